// One pass over an article's view that every stage shares: where each sentence, clause and paragraph
// starts, so no stage walks back through the text once per figure.

export interface Doc {
  text: string;
  /** Where sentences end: 。！？!? and line breaks, ascending. */
  statementEnds: number[];
  /** The same with ；; too (clauses of one statement). */
  sentenceEnds: number[];
  /** Line breaks, ascending. */
  lineEnds: number[];
}

export function indexDoc(text: string): Doc {
  const statementEnds: number[] = [];
  const sentenceEnds: number[] = [];
  const lineEnds: number[] = [];
  // Built before the loop: code optimised while the loop runs would otherwise meet this literal
  // without having seen it run, and be thrown away at the first article's return.
  const doc: Doc = { text, statementEnds, sentenceEnds, lineEnds };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Every end character is 。！？；, a line break or ASCII !?; — all but 。 below 0xff00 are ASCII.
    if (c > 63 && c !== 0x3002 && c < 0xff01) continue;
    if (c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10) {
      statementEnds.push(i);
      sentenceEnds.push(i);
      if (c === 10) lineEnds.push(i);
    } else if (c === 0xff1b || c === 59) sentenceEnds.push(i);
  }
  return doc;
}

/** 1 + the last end before i, or 0: the start of the unit holding i (0 outside the text, as before). */
function startBefore(ends: readonly number[], i: number, length: number): number {
  if (!(i >= 0 && i <= length)) return 0;
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : ends[lo - 1]! + 1;
}

/** Start of the sentence holding i, where 。！？；and line breaks end sentences. */
export function sentenceStart(doc: Doc, i: number): number {
  return startBefore(doc.sentenceEnds, i, doc.text.length);
}

/** The same, where only 。！？ and line breaks end sentences (；joins clauses of one statement). */
export function statementStart(doc: Doc, i: number): number {
  return startBefore(doc.statementEnds, i, doc.text.length);
}

/** Start of the paragraph (line) holding i. */
export function paragraphStart(doc: Doc, i: number): number {
  return startBefore(doc.lineEnds, i, doc.text.length);
}

/** End of the paragraph holding i (the index of its line break, or the text's length). */
export function paragraphEnd(doc: Doc, i: number): number {
  const at = doc.text.indexOf('\n', i);
  return at < 0 ? doc.text.length : at;
}

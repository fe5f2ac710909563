// One pass over an article's view that every stage shares: where each sentence, clause and paragraph
// starts, so no stage walks back through the text once per figure.

export interface Doc {
  text: string;
  /** Start of the sentence holding i, where 。！？；and line breaks end sentences. */
  sentence: Int32Array;
  /** The same, where only 。！？ and line breaks end sentences (；joins clauses of one statement). */
  statement: Int32Array;
  /** Start of the paragraph (line) holding i. */
  paragraph: Int32Array;
}

const isSentenceEnd = (c: number) =>
  c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63 || c === 10;
const isClauseJoin = (c: number) => c === 0xff1b || c === 59;

export function indexDoc(text: string): Doc {
  const n = text.length;
  const sentence = new Int32Array(n + 1);
  const statement = new Int32Array(n + 1);
  const paragraph = new Int32Array(n + 1);
  let s = 0;
  let st = 0;
  let p = 0;
  for (let i = 0; i <= n; i++) {
    sentence[i] = s;
    statement[i] = st;
    paragraph[i] = p;
    const c = text.charCodeAt(i);
    if (isSentenceEnd(c)) {
      s = i + 1;
      st = i + 1;
      if (c === 10) p = i + 1;
    } else if (isClauseJoin(c)) s = i + 1;
  }
  return { text, sentence, statement, paragraph };
}

/** End of the paragraph holding i (the index of its line break, or the text's length). */
export function paragraphEnd(doc: Doc, i: number): number {
  const at = doc.text.indexOf('\n', i);
  return at < 0 ? doc.text.length : at;
}

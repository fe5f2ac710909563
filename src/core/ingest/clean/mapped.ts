// Text that remembers where each of its characters came from in the original, so cleaning can
// remove and rewrite freely while every figure found later still points at the original file.

/** One edit a cleaning step asks for: replace original[start, end) by `text` (never longer). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface MappedText {
  text: string;
  /** origin[i] is the original index of character i; origin[text.length] is the original's length. */
  origin: Int32Array;
}

/** A cleaning step: a pure function from text to the edits it wants, in order, not overlapping. */
export type CleaningStep = (text: string) => Edit[];

export function identity(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/**
 * Applies edits to a mapped text. A replacement's characters map one for one onto the start of
 * what they replace, so origin stays strictly increasing and every span maps back exactly.
 */
export function applyEdits(input: MappedText, edits: readonly Edit[]): MappedText {
  if (edits.length === 0) return input;
  const parts: string[] = [];
  // Edits never lengthen the text, so the input's length bounds the output's; offsets are copied
  // a run at a time.
  const origin = new Int32Array(input.text.length + 1);
  let n = 0;
  let at = 0;
  const keep = (from: number, to: number) => {
    parts.push(input.text.slice(from, to));
    origin.set(input.origin.subarray(from, to), n);
    n += to - from;
  };
  for (const e of edits) {
    if (e.start < at || e.end < e.start || e.end > input.text.length) {
      throw new Error(`cleaning edit [${e.start}, ${e.end}) overlaps or leaves the text`);
    }
    if (e.text.length > e.end - e.start) throw new Error('a cleaning edit may not lengthen the text');
    keep(at, e.start);
    parts.push(e.text);
    origin.set(input.origin.subarray(e.start, e.start + e.text.length), n);
    n += e.text.length;
    at = e.end;
  }
  keep(at, input.text.length);
  origin[n] = input.origin[input.text.length]!;
  return { text: parts.join(''), origin: origin.slice(0, n + 1) };
}

/** Runs a step on plain text and returns the result (what the steps' table tests check). */
export function runStep(step: CleaningStep, text: string): string {
  return applyEdits(identity(text), step(text)).text;
}

/** Edits for every match of a global regex; `replace` returns the replacement (default: delete). */
export function editsFor(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null = () => '',
): Edit[] {
  const edits: Edit[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement !== null && replacement !== m[0]) {
      edits.push({ start: m.index, end: m.index + m[0].length, text: replacement });
    }
  }
  return edits;
}

/** A cleaned span [start, end) → the original span that holds all its characters. */
export function toOriginalSpan(origin: ArrayLike<number>, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = origin[start] ?? 0;
    return [at, at];
  }
  return [origin[start]!, origin[end - 1]! + 1];
}

/** An original span → the cleaned characters that came from inside it. */
export function toCleanSpan(origin: ArrayLike<number>, start: number, end: number): [number, number] {
  const n = origin.length - 1;
  const first = lowerBound(origin, start, n);
  const last = lowerBound(origin, end, n);
  return [first, Math.max(first, last)];
}

/** The first cleaned index whose origin is at or after `value`. */
function lowerBound(origin: ArrayLike<number>, value: number, n: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (origin[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

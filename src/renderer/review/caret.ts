// The article text's caret as offsets into the original text, and the moves along the text that need
// no layout: by character (never inside a surrogate pair or a CRLF) and by word (Chinese words as the
// browser's segmenter finds them, numbers with their decimals). Moves by line are made in textCaret.ts.

/** A selection as the analyst made it: where it started (anchor) and where the caret is (focus). */
export interface Caret {
  anchor: number;
  focus: number;
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/** The next caret position one character before (-1) or after (+1) `at`, within the text. */
export function stepChar(text: string, at: number, dir: -1 | 1): number {
  if (dir > 0) {
    if (at >= text.length) return text.length;
    const skip =
      (isHighSurrogate(text.charCodeAt(at)) && isLowSurrogate(text.charCodeAt(at + 1))) ||
      (text[at] === '\r' && text[at + 1] === '\n');
    return Math.min(text.length, at + (skip ? 2 : 1));
  }
  if (at <= 0) return 0;
  const skip =
    (isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2))) ||
    (text[at - 1] === '\n' && text[at - 2] === '\r');
  return Math.max(0, at - (skip ? 2 : 1));
}

let segmenter: Intl.Segmenter | null = null;

/** Where words start and end, in order (a number such as 12.5 is one word). */
function wordEdges(text: string): number[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const edges = new Set<number>();
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    edges.add(s.index);
    edges.add(s.index + s.segment.length);
  }
  return [...edges].sort((a, b) => a - b);
}

/**
 * The next word edge before or after `at` (a word's start or end, as Ctrl+arrow moves in an
 * editor); the text's start or end when there is none. Only the stretch around `at` is segmented.
 */
export function stepWord(text: string, at: number, dir: -1 | 1): number {
  const REACH = 200;
  const from = Math.max(0, at - REACH);
  const to = Math.min(text.length, at + REACH);
  const edges = wordEdges(text.slice(from, to)).map((e) => e + from);
  // An edge at the stretch's cut is not a real edge: the word may run on past it.
  const real = edges.filter((e) => (e > from || from === 0) && (e < to || to === text.length));
  const next = dir > 0 ? real.find((e) => e > at) : real.findLast((e) => e < at);
  if (next !== undefined) return next;
  if (dir > 0) return to === text.length ? text.length : to;
  return from === 0 ? 0 : from;
}

/** The caret after a move: extending keeps the anchor; otherwise the selection collapses to it. */
export function moved(caret: Caret, focus: number, extend: boolean): Caret {
  return { anchor: extend ? caret.anchor : focus, focus };
}

/**
 * Where a plain (not extending) horizontal move starts from: with text selected, the arrow first
 * collapses the selection to its edge on that side, as editors do.
 */
export function collapseFor(caret: Caret, dir: -1 | 1): number | null {
  if (caret.anchor === caret.focus) return null;
  return dir < 0 ? Math.min(caret.anchor, caret.focus) : Math.max(caret.anchor, caret.focus);
}

/** The innermost figure under the caret (the shortest span holding it), for Enter. */
export function figureAt<T extends { id: number; start: number; end: number }>(
  figures: readonly T[],
  at: number,
): T | null {
  let best: T | null = null;
  for (const f of figures) {
    if (f.start <= at && at < f.end && (!best || f.end - f.start < best.end - best.start)) best = f;
  }
  return best;
}

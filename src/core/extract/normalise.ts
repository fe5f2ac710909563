// A simplified, analysable view of an article that remembers where every character came from,
// so figures found in the view are reported at their offsets in the text as given.
import t2s from '../../../resources/lexicon/t2s.json' with { type: 'json' };
import { MEASURE_CUES } from './lexicon.ts';

export interface TextView {
  /** Simplified Chinese, ASCII digits, no reading aids, numbers broken by layout rejoined. */
  text: string;
  /**
   * Where view characters come from, as pairs (at, shift): view character i is character i + shift of
   * the given text, with the shift of the last pair whose `at` is at most i (0 before the first pair).
   * Only skipped characters (reading aids, layout) change the shift, so an article needs a few pairs,
   * not a table as long as itself; the view's end maps to the given text's length the same way.
   */
  shifts: number[];
}

/** One UTF-16 code unit in, one out: traditional → simplified, full-width digits and signs → ASCII. */
const TABLE = new Uint16Array(0x10000);
for (let i = 0; i < TABLE.length; i++) TABLE[i] = i;
for (let i = 0; i < t2s.traditional.length; i++) {
  TABLE[t2s.traditional.charCodeAt(i)] = t2s.simplified.charCodeAt(i);
}
for (let d = 0; d < 10; d++) TABLE[0xff10 + d] = 48 + d;
for (const [wide, narrow] of Object.entries({
  '．': '.',
  '％': '%',
  '～': '~',
  '－': '-',
  '＋': '+',
  '（': '(',
  '）': ')',
  '／': '/',
  '﹪': '%',
})) {
  TABLE[wide.charCodeAt(0)] = narrow.charCodeAt(0);
}

/** Reading aids some sites print after a character: 萬(wàn), 個(gè). Lower-case, with or without tone. */
const PINYIN =
  /\([a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]{1,7}\)/y;
const LATIN_LETTER = /[a-z]/;

const isHan = (code: number) => code >= 0x3400 && code <= 0x9fff;
const isDigit = (code: number) => (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
/** The whitespace a line break in a PDF or web page leaves: space, tab, CR, LF, ideographic space. */
const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;

/** The characters buildView has rules for: "(" (reading aids), layout whitespace, commas after digits. */
const SPECIAL = new Uint8Array(0x10000);
for (const code of [40, 32, 9, 10, 13, 0x3000, 0xa0, 44, 0xff0c]) SPECIAL[code] = 1;

/** Turns one character into its simplified, half-width form (same length). */
export function simplifyChar(c: string): string {
  return c.length === 1 ? String.fromCharCode(TABLE[c.charCodeAt(0)] ?? 0) : c;
}

export function simplify(text: string): string {
  // Most text is simplified and half-width already: then it is its own answer, with nothing copied.
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const codes = new Uint16Array(text.length);
  for (let j = 0; j < text.length; j++) codes[j] = TABLE[text.charCodeAt(j)] ?? 0;
  return decode(codes, codes.length);
}

/** The view's code units before decoding, reused from article to article (decoding copies them). */
let scratch = new Uint16Array(8192);

export function buildView(text: string): TextView {
  const n = text.length;
  if (scratch.length < n) scratch = new Uint16Array(n);
  const codes = scratch;
  const shifts: number[] = [];
  let len = 0;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    // Most characters are none of the few the rules below look at: one table read says so.
    if (SPECIAL[code] !== 1) {
      codes[len] = TABLE[code]!;
      len++;
      i++;
      continue;
    }
    if (code === 40 /* ( */ && i > 0 && isHan(text.charCodeAt(i - 1))) {
      PINYIN.lastIndex = i;
      const m = PINYIN.exec(text);
      if (m && LATIN_LETTER.test(m[0])) {
        i += m[0].length;
        shift(shifts, len, i);
        continue;
      }
    }
    if (isSpace(code) && len > 1 && codes[len - 1] === 46 && isDigit(codeBefore(codes, len - 2))) {
      // "4.\n\n81亿美元": a decimal point left at the end of a line.
      let j = i;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j < n && isDigit(text.charCodeAt(j))) {
        i = j;
        shift(shifts, len, i);
        continue;
      }
    }
    if (isSpace(code) && len > 1 && isHan(codes[len - 1] ?? 0)) {
      // "同比增长\n12.6%", "下降 3.2%": a change cue parted from its number by layout.
      const j = afterLayoutSpace(text, i);
      if (j > i && isDigit(text.charCodeAt(j)) && endsInChangeCue(codes, len)) {
        i = j;
        shift(shifts, len, i);
        continue;
      }
    }
    codes[len] =
      (code === COMMA || code === WIDE_COMMA) && len > 0 && isDigit(codeBefore(codes, len - 1))
        ? commaBetweenDigits(text, i, codes, len)
        : (TABLE[code] ?? code);
    len++;
    i++;
  }
  return { text: decode(codes, len), shifts };
}

/** After a skip: view character `len` onwards comes from `i` onwards (one pair per view position). */
function shift(shifts: number[], len: number, i: number): void {
  if (shifts.length > 0 && shifts[shifts.length - 2] === len) shifts[shifts.length - 1] = i - len;
  else shifts.push(len, i - len);
}

/** The index in the given text of view character i (i = the view's length: the text's); else undefined. */
function originOf(view: TextView, i: number): number | undefined {
  if (!Number.isInteger(i) || i < 0 || i > view.text.length) return undefined;
  const { shifts } = view;
  // The last pair at or before i, by binary search over the pairs.
  let lo = 0;
  let hi = shifts.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (shifts[2 * mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? i : i + shifts[2 * lo - 1]!;
}

/**
 * codes[i]: a separate function, so that this rarely taken read does not make the optimised loop give
 * up each time it is first reached (the loop itself never gathered type feedback for it).
 */
function codeBefore(codes: Uint16Array, i: number): number {
  return codes[i] ?? 0;
}

/** The end of a run of layout whitespace from i holding at most one line break (a blank line parts paragraphs). */
function afterLayoutSpace(text: string, i: number): number {
  let breaks = 0;
  let j = i;
  for (; j < text.length && isSpace(text.charCodeAt(j)); j++)
    if (text.charCodeAt(j) === 10 && ++breaks > 1) return i;
  return j;
}

/** Change cues (增长, 同比下降), optionally with 了/为/达到, as the view so far ends. */
const CHANGE_CUE_END = new RegExp(
  `(?:${[...MEASURE_CUES.change].sort((a, b) => b.length - a.length).join('|')})(?:了|为|达到?)?$`,
  'u',
);

/** The last characters CHANGE_CUE_END can end on: most lines end on none of them. */
const CUE_LAST = new Uint8Array(0x10000);
for (const w of [...MEASURE_CUES.change, '了', '为', '达', '到']) CUE_LAST[w.charCodeAt(w.length - 1)] = 1;

function endsInChangeCue(codes: Uint16Array, len: number): boolean {
  if (CUE_LAST[codes[len - 1] ?? 0] !== 1) return false;
  return CHANGE_CUE_END.test(decode(codes.subarray(Math.max(0, len - 8)), Math.min(8, len)));
}

const COMMA = 44;
const WIDE_COMMA = 0xff0c;
const DOT = 46;

/**
 * A comma after a digit, in either width: `,` when it separates thousands (１，２３４．５ and 12,345,678:
 * a first group of one to three digits, then groups of exactly three), else `，`, which ends a clause, so
 * that 分别为12，15 or 1,2,3 stay separate numbers.
 */
function commaBetweenDigits(text: string, i: number, codes: Uint16Array, len: number): number {
  let k = 0;
  while (k < len && isDigit(codeBefore(codes, len - 1 - k))) k++;
  const before = k < len ? codeBefore(codes, len - 1 - k) : 0;
  // After a comma already read as a separator the group has three digits; after one read as a clause
  // break (or a decimal point) the run is not a thousands-separated number at all.
  const joined = before === COMMA;
  const brokenRun = before === WIDE_COMMA && isDigit(codeBefore(codes, len - 2 - k));
  if (joined ? k !== 3 : k > 3 || before === DOT || brokenRun) return WIDE_COMMA;
  let j = i;
  for (;;) {
    let d = 0;
    while (d < 4 && isDigit(text.charCodeAt(j + 1 + d))) d++;
    if (d !== 3) return WIDE_COMMA;
    j += 4;
    const next = text.charCodeAt(j);
    if (!((next === COMMA || next === WIDE_COMMA) && isDigit(text.charCodeAt(j + 1)))) return COMMA;
  }
}

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

function decode(codes: Uint16Array, len: number): string {
  return UTF16.decode(codes.subarray(0, len));
}

/** Maps a half-open span of the view back to the given text. */
export function toOriginal(view: TextView, start: number, end: number): [number, number] {
  const s = originOf(view, start) ?? 0;
  const last = originOf(view, end - 1) ?? s;
  return [s, last + 1];
}

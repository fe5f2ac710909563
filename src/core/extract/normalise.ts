// A simplified, analysable view of an article that remembers where every character came from,
// so figures found in the view are reported at their offsets in the text as given.
import t2s from '../../../resources/lexicon/t2s.json' with { type: 'json' };

export interface TextView {
  /** Simplified Chinese, ASCII digits, no reading aids, numbers broken by layout rejoined. */
  text: string;
  /** origin[i] is the index in the given text of view character i; origin[text.length] is its length. */
  origin: number[];
}

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i < t2s.traditional.length; i++) {
  SIMPLIFIED.set(t2s.traditional[i] ?? '', t2s.simplified[i] ?? '');
}

const WIDE: Record<string, string> = {
  '．': '.',
  '％': '%',
  '～': '~',
  '－': '-',
  '＋': '+',
  '（': '(',
  '）': ')',
  '／': '/',
  '﹪': '%',
};

/** Reading aids some sites print after a character: 萬(wàn), 個(gè). Lower-case, with or without tone. */
const PINYIN =
  /^\([a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc]{1,7}\)/;
const HAN = /[\u3400-\u9fff]/;

/** Turns one character into its simplified, half-width form (same length). */
export function simplifyChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 48);
  return WIDE[c] ?? SIMPLIFIED.get(c) ?? c;
}

export function simplify(text: string): string {
  let out = '';
  for (const c of text) out += c.length === 1 ? simplifyChar(c) : c;
  return out;
}

export function buildView(text: string): TextView {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '(' && i > 0 && HAN.test(text[i - 1] ?? '')) {
      const m = PINYIN.exec(text.slice(i, i + 10));
      if (m && /[a-z]/.test(m[0])) {
        i += m[0].length;
        continue;
      }
    }
    if (/\s/.test(c) && /\d\.$/.test(out)) {
      // "4.\n\n81亿美元": a decimal point left at the end of a line.
      let j = i;
      while (j < text.length && /\s/.test(text[j] ?? '')) j++;
      if (/[0-9０-９]/.test(text[j] ?? '')) {
        i = j;
        continue;
      }
    }
    out += simplifyChar(c);
    origin.push(i);
    i++;
  }
  origin.push(text.length);
  return { text: out, origin };
}

/** Maps a half-open span of the view back to the given text. */
export function toOriginal(view: TextView, start: number, end: number): [number, number] {
  const s = view.origin[start] ?? 0;
  const last = view.origin[end - 1] ?? s;
  return [s, last + 1];
}

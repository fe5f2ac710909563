// Reads the numerals of Chinese news: Arabic (with thousands separators), Chinese (两千三百, 廿),
// and mixtures such as 3千 or 1.5万. 万 and 亿 stay with the unit (亿元), as analysts write them.

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const LARGE_DESCENDING: [string, number][] = Object.entries(LARGE_UNITS).reverse();

export const CHINESE_DIGIT_CHARS = '〇零一二两三四五六七八九壹贰叁肆伍陆柒捌玖';
export const CHINESE_NUMERAL_CHARS = `${CHINESE_DIGIT_CHARS}十拾百佰千仟廿卅`;

/** Chinese numeral without 万/亿, e.g. 两千三百, 十五, 廿一, 一五 (digit by digit). */
function readChineseSection(s: string): number | null {
  if (s === '') return null;
  let text = s.replace(/^廿/, '二十').replace(/^卅/, '三十');
  if (text.startsWith('十') || text.startsWith('拾')) text = `一${text}`;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS) && chars.length > 1) {
    // 二〇二三 reads digit by digit; 一一 or 三五 are words, not numbers.
    return /[〇零]/u.test(text) ? Number(chars.map((c) => DIGITS[c]).join('')) : null;
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      if (d === 0) continue; // 一百零五: 零 only marks a gap.
      if (digit !== null) return null;
      digit = d;
      continue;
    }
    const unit = SMALL_UNITS[c];
    if (unit === undefined) return null;
    total += (digit ?? 1) * unit;
    digit = null;
  }
  return total + (digit ?? 0);
}

/** Any Chinese numeral, including 万 and 亿 (三千万 = 30000000). */
export function readChinese(s: string): number | null {
  let total = 0;
  let rest = s;
  for (const [large, factor] of LARGE_DESCENDING) {
    const at = rest.indexOf(large);
    if (at < 0) continue;
    const head = rest.slice(0, at);
    const value = head === '' ? 1 : readChinese(head);
    if (value === null) return null;
    total += value * factor;
    rest = rest.slice(at + 1);
  }
  if (rest === '') return total === 0 ? null : total;
  if (rest.startsWith('零')) rest = rest.slice(1);
  const section = readChineseSection(rest);
  return section === null ? null : total + section;
}

/** Numerals other than plain decimals, read before: news writes the same few (一, 两, 三十, 1,000) again and again. */
const READ = new Map<string, number | null>();
const READ_MAX = 5000;

/** Reads one numeral as written: "1,234.5", "两", "3千", "二十三", "１２". */
export function readNumber(raw: string): number | null {
  const plain = plainDecimal(raw);
  if (plain !== null) return plain;
  let value = READ.get(raw);
  if (value === undefined) {
    if (READ.size >= READ_MAX) READ.clear();
    value = readWritten(raw);
    READ.set(raw, value);
  }
  return value;
}

function readWritten(raw: string): number | null {
  const s = isPlain(raw)
    ? raw
    : raw.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/，|,/g, '');
  const plain = plainDecimal(s);
  if (plain !== null) return plain;
  const mixed = /^(\d+(?:\.\d+)?)([十百千万亿]*)$/.exec(s);
  if (mixed) {
    let value = Number(mixed[1]);
    for (const c of mixed[2] ?? '') value *= SMALL_UNITS[c] ?? LARGE_UNITS[c] ?? 1;
    return Number.isFinite(value) ? roundFloat(value) : null;
  }
  return readChinese(s);
}

/** 12 or 3.5 (most numerals) read directly, as the general pattern below would; else null. */
function plainDecimal(s: string): number | null {
  let i = 0;
  // Whole numbers of up to 15 digits are exact in a double: read them without parsing a string.
  let whole = 0;
  while (i < s.length && isAsciiDigit(s.charCodeAt(i))) whole = whole * 10 + (s.charCodeAt(i++) - 48);
  if (i === 0) return null;
  if (i === s.length && i <= 15) return whole;
  if (i < s.length) {
    if (s.charCodeAt(i) !== 46 || i + 1 >= s.length) return null;
    for (let k = i + 1; k < s.length; k++) if (!isAsciiDigit(s.charCodeAt(k))) return null;
  }
  const value = Number(s);
  return Number.isFinite(value) ? roundFloat(value) : null;
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** True when a numeral has no full-width digit and no thousands separator to remove first. */
function isPlain(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0c || c === 44) return false;
  }
  return true;
}

/** Removes binary noise from products such as 1.1 * 1e8. */
export function roundFloat(n: number): number {
  if (Number.isInteger(n)) return n;
  // Most products are a few decimals from an exact value; toPrecision is the slow path.
  const cents = Math.round(n * 1e4);
  if (Math.abs(n * 1e4 - cents) < 1e-6 && Math.abs(n) < 1e11) return cents / 1e4;
  return Number.parseFloat(n.toPrecision(12));
}

// The period a figure belongs to: the nearest time expression before it in the sentence, as written,
// and its normal form (YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, ranges) resolved against the publication date.
import { readNumber } from './numbers.ts';

const CN_NUM = '[一二三四五六七八九十〇零两]';
const MONTH = `(?:\\d{1,2}|${CN_NUM}{1,3})`;
const YEAR = '(?:(?:19|20)\\d{2}|今|去|明|上|本|当|前)';
const PART = `(?:第?[一二三四1-4]季度|[上下]半年|前[一二三]季度|年底|年末|年初|全年|${MONTH}[-~至到—]${MONTH}月(?:份)?|${MONTH}月(?:份)?(?:${MONTH}日)?(?:以来)?|以来|底|末|初)?`;

const PATTERNS = [
  `[“"]?十[三四五六]五[”"]?(?:期间|时期|末|以来|时期末)?`,
  `(?:到|至|截至|截止|截止到)?(?:19|20)\\d{2}(?:[-~至到—](?:19|20)\\d{2})?年${PART}`,
  `(?:到|至|截至)?${YEAR}年${PART}`,
  `(?:第?[一二三四]季度|[上下]半年|前[一二三]季度)`,
  `${MONTH}[-~至到—]${MONTH}月(?:份)?`,
  `(?<![\\d年])${MONTH}月(?:${MONTH}日)?`,
  '全年',
  '年内',
  '目前',
  '当前',
  '近年来',
  '不久前',
  '截至目前',
];
const PERIOD = new RegExp(PATTERNS.join('|'), 'gu');
const SENTENCE_END = /[。！？!?；;\n]/u;

export interface PeriodFound {
  period: string;
  start: number;
  end: number;
}

/** Nearest period before the figure in its sentence; otherwise one just after it in the same clause. */
export function findPeriod(text: string, figureStart: number, figureEnd: number): PeriodFound | null {
  let sentenceStart = figureStart;
  while (sentenceStart > 0 && !SENTENCE_END.test(text[sentenceStart - 1] ?? '')) sentenceStart--;
  const before = text.slice(sentenceStart, figureStart);
  let best: PeriodFound | null = null;
  for (const m of before.matchAll(PERIOD)) {
    if (!isPeriod(m[0])) continue;
    best = {
      period: clean(m[0]),
      start: sentenceStart + m.index,
      end: sentenceStart + m.index + m[0].length,
    };
  }
  if (best) return best;
  const clause = /^[^，,。；;！？!?\n]{0,20}/u.exec(text.slice(figureEnd))?.[0] ?? '';
  const m = /(?:19|20)\d{2}年/u.exec(clause);
  if (m) return { period: m[0], start: figureEnd + m.index, end: figureEnd + m.index + m[0].length };
  // A sentence that opens without a date continues the period of the one before it in the paragraph.
  let paragraphStart = sentenceStart;
  while (paragraphStart > 0 && text[paragraphStart - 1] !== '\n') paragraphStart--;
  const earlier = text.slice(Math.max(paragraphStart, sentenceStart - 120), sentenceStart);
  let last: PeriodFound | null = null;
  for (const p of earlier.matchAll(PERIOD)) {
    if (!isPeriod(p[0])) continue;
    const at = sentenceStart - earlier.length + p.index;
    last = { period: clean(p[0]), start: at, end: at + p[0].length };
  }
  return last;
}

function isPeriod(s: string): boolean {
  // 前年 alone or a bare 底 are not periods worth reporting.
  return s.length >= 2 && !/^(前|上|本|当)年$/u.test(s);
}

function clean(s: string): string {
  return s
    .replace(/"/gu, '')
    .replace(/^(至|截止到|截止)/u, '截至')
    .replace(/^截至(?=\d)/u, '截至');
}

/** YYYY / YYYY-Qn / YYYY-Hn / YYYY-MM / YYYY-MM..YYYY-MM / YYYY..YYYY, or null when it cannot be resolved. */
export function normalisePeriod(period: string | null, published: string | null): string | null {
  if (!period) return null;
  const p = period.replace(/[“”"]/gu, '');
  const plan = /十([三四五])五/u.exec(p);
  if (plan) {
    const first = { 三: 2016, 四: 2021, 五: 2026 }[plan[1] as '三' | '四' | '五'];
    return `${first}..${first + 4}`;
  }
  const pubYear = published ? Number(published.slice(0, 4)) : null;
  const span = /((?:19|20)\d{2})[-~至到—]((?:19|20)\d{2})年/u.exec(p);
  if (span) return `${span[1]}..${span[2]}`;
  let year: number | null = null;
  const explicit = /((?:19|20)\d{2})年/u.exec(p);
  if (explicit) year = Number(explicit[1]);
  else if (/^(?:到|至|截至)?(今|本|当)年/u.test(p) || /^(全年|年内|年底|年末)/u.test(p)) year = pubYear;
  else if (/^(?:到|至|截至)?(去|上)年/u.test(p)) year = pubYear === null ? null : pubYear - 1;
  else if (/^(?:到|至)?明年/u.test(p)) year = pubYear === null ? null : pubYear + 1;
  else if (/^(第?[一二三四]季度|[上下]半年|前[一二三]季度|\d|[一二三四五六七八九十])/u.test(p))
    year = pubYear;
  if (year === null) return null;
  const rest = p.replace(/^.*?年/u, '');
  const quarter = /第?([一二三四1-4])季度/u.exec(rest);
  if (quarter && !/前/u.test(rest)) return `${year}-Q${toInt(quarter[1] ?? '')}`;
  const firstQuarters = /前([一二三])季度/u.exec(rest);
  if (firstQuarters) return `${year}-01..${year}-${pad(toInt(firstQuarters[1] ?? '') * 3)}`;
  if (/上半年/u.test(rest)) return `${year}-H1`;
  if (/下半年/u.test(rest)) return `${year}-H2`;
  const months = new RegExp(`(${MONTH})[-~至到—](${MONTH})月`, 'u').exec(rest);
  if (months) return `${year}-${pad(toInt(months[1] ?? ''))}..${year}-${pad(toInt(months[2] ?? ''))}`;
  const month = new RegExp(`(${MONTH})月`, 'u').exec(rest);
  if (month) {
    const m = toInt(month[1] ?? '');
    if (m >= 1 && m <= 12 && !/以来/u.test(rest)) return `${year}-${pad(m)}`;
  }
  return String(year);
}

function toInt(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (readNumber(s) ?? 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

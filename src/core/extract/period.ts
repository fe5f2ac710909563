// The period a figure belongs to: the nearest time expression before it in the sentence, as written,
// and its normal form (YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM, ranges) resolved against the publication date.
import { charTable } from './chars.ts';
import { indexDoc, paragraphStart, sentenceStart, type Doc } from './doc.ts';
import { readNumber } from './numbers.ts';

const CN_NUM = '[一二三四五六七八九十〇零两]';
const MONTH = `(?:\\d{1,2}|${CN_NUM}{1,3})`;
const YEAR = '(?:(?:19|20)\\d{2}|今|去|明|上|本|当|前)';
const PART = `(?:第?[一二三四1-4]季度|[上下]半年|前[一二三]季度|年底|年末|年初|全年|${MONTH}[-~至到—]${MONTH}月(?:份)?|${MONTH}月(?:份)?(?:${MONTH}日)?(?:以来)?|以来|底|末|初)?`;

const PATTERNS = [
  `(?:到|至)?[“"]?十[三四五六]五[”"]?(?:期间|时期|末|以来|时期末)?`,
  `(?:到|至|截至|截止|截止到)?(?:19|20)\\d{2}(?:[-~至到—](?:19|20)\\d{2})?年${PART}`,
  `(?:到|至|截至)?${YEAR}年${PART}`,
  `(?:第?[一二三四]季度|[上下]半年|前[一二三]季度)`,
  `${MONTH}[-~至到—]${MONTH}月(?:份)?`,
  `(?:截至|截止|到)?(?<![\\d年])${MONTH}月(?:${MONTH}日|底|末)?`,
  '全年',
  '年内',
  '年末',
  '年底',
  '目前',
  '当前',
  '近年来',
  '不久前',
  '截至目前',
];
/** Every period starts with one of these: a cheap first test before the alternation. */
const FIRST = '(?=[“"十到至截\\d今去明上本当前第一二三四五六七八九〇零两下全年目近不])';
export const PERIOD = new RegExp(`${FIRST}(?:${PATTERNS.join('|')})`, 'gu');
/**
 * Every period holds 十, 年, 季, 月 or 前 at most 12 characters from its start (截止到2021-2025年), so
 * the pattern runs sticky only at first characters with one of those close ahead: the same matches as
 * a scan from every position, without trying the alternation at every numeral.
 */
const PERIOD_STICKY = new RegExp(PERIOD.source, 'uy');
const PERIOD_FIRST = charTable('“"十到至截0123456789今去明上本当前第一二三四五六七八九〇零两下全年目近不');
const PERIOD_KEY = charTable('十年季月前');
const KEY_REACH = 12;

const isDigit = (c: number) => c >= 48 && c <= 57;
/** What may follow a month's one or two digits (a range's dash, or 月), or a year's four (or 年). */
const AFTER_MONTH = charTable('-~至到—月');
const AFTER_YEAR = charTable('-~至到—年');

/**
 * False when no period can start with the digit at b: every alternative that starts with a digit is a
 * month (one or two digits, then a dash or 月) or a year (four digits, then a dash or 年). Most digits
 * in an article are figures' numbers and fail here without the pattern.
 */
function digitsMayStart(text: string, b: number): boolean {
  if (AFTER_MONTH[text.charCodeAt(b + 1)] === 1) return true;
  if (!isDigit(text.charCodeAt(b + 1))) return false;
  if (AFTER_MONTH[text.charCodeAt(b + 2)] === 1) return true;
  return (
    isDigit(text.charCodeAt(b + 2)) &&
    isDigit(text.charCodeAt(b + 3)) &&
    AFTER_YEAR[text.charCodeAt(b + 4)] === 1
  );
}

export function periodMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  // The first position at or after b that holds a key character (n when none is left).
  let key = -1;
  for (let b = 0; b < n; b++) {
    if (PERIOD_FIRST[text.charCodeAt(b)] !== 1) continue;
    if (key < b) {
      key = b;
      while (key < n && PERIOD_KEY[text.charCodeAt(key)] !== 1) key++;
    }
    if (key - b > KEY_REACH) continue;
    if (isDigit(text.charCodeAt(b)) && !digitsMayStart(text, b)) continue;
    PERIOD_STICKY.lastIndex = b;
    const m = PERIOD_STICKY.exec(text);
    if (m) {
      out.push(m);
      b += m[0].length - 1;
    }
  }
  return out;
}

/** 比去年同期: a comparison, not the figure's period. */
const COMPARISON_AFTER = /^同期|^同比/u;
const SAME = '同'.charCodeAt(0);
const YEAR_AFTER = /^[^，,。；;！？!?\n]{0,20}?((?:19|20)\d{2}年)/u;
/** How far back in its paragraph a sentence without a date looks for the period it continues. */
const CARRY_REACH = 120;
/** A heading is a short line without a full stop: 一、2023年前三季度主要指标. */
const HEADING_MAX = 40;
const TITLE_MAX = 60;

const BASE_BEFORE = charTable('比较');
const BASE_COPULA = charTable('是为');
const OF = '的'.charCodeAt(0);

/** 较2023年翻一番, 比上年末增加, 是2020年的2.5倍: the base a figure is compared with, not its period. */
function isBase(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  return BASE_BEFORE[before] === 1 || (BASE_COPULA[before] === 1 && text.charCodeAt(end) === OF);
}

export interface PeriodFound {
  period: string;
  start: number;
  end: number;
}

/** Every period mentioned in an article, found once; figures then look theirs up. */
export interface PeriodIndex {
  doc: Doc;
  found: PeriodFound[];
  /** The sentence start whose context period (carried, opening or heading) `context` holds; -1: none. */
  contextFor: number;
  context: PeriodFound | null;
}

export function indexPeriods(doc: Doc): PeriodIndex {
  const found: PeriodFound[] = [];
  for (const m of periodMatches(doc.text)) {
    if (!isPeriod(m[0])) continue;
    const end = m.index + m[0].length;
    if (doc.text.charCodeAt(end) === SAME && COMPARISON_AFTER.test(doc.text.slice(end, end + 2))) continue;
    if (isBase(doc.text, m.index, end)) continue;
    found.push({ period: clean(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return { doc, found, contextFor: -1, context: null };
}

/** The last period that starts at or after `from` and ends at or before `to`. */
function lastWithin(index: PeriodIndex, from: number, to: number): PeriodFound | null {
  const list = index.found;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.end ?? 0) <= to) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0; k--) {
    const p = list[k]!;
    if (p.start < from) return null;
    if (p.end <= to) return p;
  }
  return null;
}

/**
 * The period of a figure: the nearest before it in its sentence; else a year just after it in its
 * clause; else the period an earlier sentence of the paragraph set; else the paragraph's opening;
 * else the nearest heading above.
 */
export function periodAt(index: PeriodIndex, figureStart: number, figureEnd: number): PeriodFound | null {
  const { doc } = index;
  const text = doc.text;
  const sentenceBegins = sentenceStart(doc, figureStart);
  const inSentence = lastWithin(index, sentenceBegins, figureStart);
  if (inSentence) return inSentence;
  // YEAR_AFTER needs a 年 in the window; most figures have none after them.
  const windowEnd = figureEnd + 24;
  const after = hasYearChar(text, figureEnd, windowEnd)
    ? YEAR_AFTER.exec(text.slice(figureEnd, windowEnd))
    : null;
  if (after) {
    const at = figureEnd + after[0].length - (after[1]?.length ?? 0);
    return { period: after[1] ?? '', start: at, end: at + (after[1]?.length ?? 0) };
  }
  // The rest depends on the sentence alone (its paragraph is the line holding it): the figures of one
  // sentence share the answer.
  if (index.contextFor !== sentenceBegins) {
    index.context = contextPeriod(index, sentenceBegins);
    index.contextFor = sentenceBegins;
  }
  return index.context;
}

const YEAR_CHAR = '年'.charCodeAt(0);

/** text.slice(from, to).includes('年'), without the slice. */
function hasYearChar(text: string, from: number, to: number): boolean {
  const end = Math.min(to, text.length);
  for (let i = from; i < end; i++) if (text.charCodeAt(i) === YEAR_CHAR) return true;
  return false;
}

/** The period an earlier sentence of the paragraph set; else the paragraph's opening; else a heading's. */
function contextPeriod(index: PeriodIndex, sentenceBegins: number): PeriodFound | null {
  const { doc } = index;
  const text = doc.text;
  const paragraphBegins = paragraphStart(doc, sentenceBegins);
  const carried = lastWithin(index, Math.max(paragraphBegins, sentenceBegins - CARRY_REACH), sentenceBegins);
  if (carried) return carried;
  const openingEnd = Math.min(sentenceBegins, firstClauseEnd(text, paragraphBegins));
  const opening = lastWithin(index, paragraphBegins, openingEnd);
  if (opening) return opening;
  return headingPeriod(index, paragraphBegins) ?? titlePeriod(index, paragraphBegins);
}

/** 东湖科创园前三季度成绩单: a title's period covers a body that states none, below the title line. */
function titlePeriod(index: PeriodIndex, paragraphBegins: number): PeriodFound | null {
  const text = index.doc.text;
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || lineEnd > TITLE_MAX || paragraphBegins <= lineEnd) return null;
  const found = lastWithin(index, 0, lineEnd);
  // 到2025年力争…: a title's goal year dates its plan, not the facts the body reports.
  return found && !PLAN_PERIOD.test(found.period) ? found : null;
}

const PLAN_PERIOD = /^(?:到|至)|十[三四五六]五/u;

function firstClauseEnd(text: string, from: number): number {
  const m = /[，,。；;！？!?\n]/u.exec(text.slice(from, from + 60));
  return m ? from + m.index : from;
}

/** The period in the nearest heading line above the paragraph, if that heading names one. */
function headingPeriod(index: PeriodIndex, paragraphBegins: number): PeriodFound | null {
  const { doc } = index;
  let lineEnd = paragraphBegins - 1;
  for (let steps = 0; lineEnd > 0 && steps < 40; steps++) {
    const lineStart = paragraphStart(doc, lineEnd - 1);
    const line = doc.text.slice(lineStart, lineEnd).trim();
    if (line !== '' && line.length <= HEADING_MAX && !/[。；;]$/u.test(line)) {
      return lastWithin(index, lineStart, lineEnd);
    }
    lineEnd = lineStart - 1;
  }
  return null;
}

/** Nearest period before the figure in its sentence; otherwise one just after it in the same clause. */
export function findPeriod(text: string, figureStart: number, figureEnd: number): PeriodFound | null {
  return periodAt(indexPeriods(indexDoc(text)), figureStart, figureEnd);
}

function isPeriod(s: string): boolean {
  // 前年 alone or a bare 底 are not periods worth reporting.
  return s.length >= 2 && !(s.length === 2 && /^(前|上|本|当)年$/u.test(s));
}

function clean(s: string): string {
  const unquoted = s.includes('"') ? s.replace(/"/gu, '') : s;
  // Most periods start with neither 至 nor 截 and need no rewriting.
  const first = unquoted.charAt(0);
  return first === '至' || first === '截' ? unquoted.replace(/^(至|截止到|截止)/u, '截至') : unquoted;
}

/** Articles repeat the same few periods and publication dates: each pair is resolved once. */
const RESOLVED = new Map<string | null, Map<string, string | null>>();
const RESOLVED_MAX = 5000;

/** YYYY / YYYY-Qn / YYYY-Hn / YYYY-MM / YYYY-MM..YYYY-MM / YYYY..YYYY, or null when it cannot be resolved. */
export function normalisePeriod(period: string | null, published: string | null): string | null {
  if (!period) return null;
  let byPeriod = RESOLVED.get(published);
  if (!byPeriod) {
    if (RESOLVED.size >= RESOLVED_MAX) RESOLVED.clear();
    RESOLVED.set(published, (byPeriod = new Map()));
  }
  let resolved = byPeriod.get(period);
  if (resolved === undefined) {
    if (byPeriod.size >= RESOLVED_MAX) byPeriod.clear();
    resolved = resolvePeriod(period, published);
    byPeriod.set(period, resolved);
  }
  return resolved;
}

function resolvePeriod(period: string, published: string | null): string | null {
  const p = period
    .replace(/[“”"]/gu, '')
    .replace(/^(?:截至|截止|到|至)(?=(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)/u, '');
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
  const rest = p.replace(/^(?:到|至|截至|截止)?(?:(?:19|20)\d{2}|今|去|明|本|当|上)年/u, '');
  const quarter = /第?([一二三四1-4])季度/u.exec(rest);
  if (quarter && !/前/u.test(rest)) return `${year}-Q${toInt(quarter[1] ?? '')}`;
  const firstQuarters = /前([一二三])季度/u.exec(rest);
  if (firstQuarters) return `${year}-01..${year}-${pad(toInt(firstQuarters[1] ?? '') * 3)}`;
  if (/上半年/u.test(rest)) return `${year}-H1`;
  if (/下半年/u.test(rest)) return `${year}-H2`;
  const months = MONTHS.exec(rest);
  if (months) return `${year}-${pad(toInt(months[1] ?? ''))}..${year}-${pad(toInt(months[2] ?? ''))}`;
  const month = ONE_MONTH.exec(rest);
  if (month) {
    const m = toInt(month[1] ?? '');
    if (m >= 1 && m <= 12 && !/以来/u.test(rest)) return `${year}-${pad(m)}`;
  }
  return String(year);
}

const MONTHS = new RegExp(`(${MONTH})[-~至到—](${MONTH})月`, 'u');
const ONE_MONTH = new RegExp(`(${MONTH})月`, 'u');

function toInt(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : (readNumber(s) ?? 0);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// Finds candidate figures in the simplified view: a number (or range) with its unit and any
// qualifier, plus the special forms 翻两番, 倍增, 第15名 and 100强. Exclusions come later.
import type { Approx, Range } from '../../shared/domain.ts';
import { charTable } from './chars.ts';
import { readNumber } from './numbers.ts';
import { CN, eachPlain, NUM } from './plain.ts';
import type { PlainMatch } from './plain.ts';
import { unitInfo } from './units.ts';
import type { UnitInfo } from './units.ts';

export { PLAIN, plainMatches } from './plain.ts';

export interface Candidate {
  /** Span in the view, qualifiers included. */
  start: number;
  end: number;
  /** Where the number itself starts and the unit ends, for the context rules. */
  numberStart: number;
  unitEnd: number;
  value: number | null;
  range: Range | null;
  info: UnitInfo;
  approx: Approx;
  /** The numeral as written, to tell Chinese numerals from Arabic ones. */
  numeral: string;
  form: 'plain' | 'rank' | 'doubling' | 'list';
}

// 位列第1，/ 居全省第3。: after a ranking verb a bare 第N that ends its clause is a rank too.
const RANK = new RegExp(
  `(第)(${NUM})(名|位|(?<=(?:位列|排名|排|位居|居|列)[^，,。；;\\d第]{0,4}第[0-9一二三四五六七八九十百]{1,4})(?=[，,。；;、）)]))|(前)(${NUM})(名|位|强)`,
  'gu',
);
const DOUBLING = new RegExp(`翻(?:了)?(${CN}|\\d+)番|倍增`, 'gu');

/** 四大国家级平台, 三大创新平台: N大 counts the platforms, bases or clusters it names (not 三大任务). */
const BIG = new RegExp(
  `(?<![第这那其])([二两三四五六七八九十]+)大(?=[“"]?(?:国家级|省级|市级|国字号)?[^，,。；;、\\n]{0,8}?(?:平台|基地|中心|园区|产业园|实验室|研究院|载体|孵化器|集群))`,
  'gu',
);

const RANK_INFO: UnitInfo = { unit: '名', norm: 'rank', factor: 1, family: 'rank' };

export function scan(text: string): Candidate[] {
  const out = scanPlain(text);
  scanRanks(text, out);
  scanDoubling(text, out);
  scanBig(text, out);
  return out;
}

const BARE_MULTIPLIER = /^[万亿]/u;

function scanPlain(text: string): Candidate[] {
  const out: Candidate[] = [];
  eachPlain(text, (m) => {
    const c = plainCandidate(text, m);
    if (c !== null) out.push(c);
  });
  return out;
}

const MORE = '多'.charCodeAt(0);

/** 新台币1.27万亿元, 港币35亿元: a currency named before the number decides what its 元 are. */
const CURRENCY_BEFORE: [string, UnitInfo['norm']][] = [
  ['新台币', 'TWD'],
  ['台币', 'TWD'],
  ['港币', 'HKD'],
  ['港元', 'HKD'],
  ['美元', 'USD'],
  ['欧元', 'EUR'],
  ['日元', 'JPY'],
];

function currencyBefore(text: string, at: number, info: UnitInfo): UnitInfo {
  const last = text.charCodeAt(at - 1);
  if (info.norm !== 'CNY' || (last !== 0x5e01 /* 币 */ && last !== 0x5143) /* 元 */) return info;
  for (const [name, norm] of CURRENCY_BEFORE)
    if (text.startsWith(name, at - name.length)) return { ...info, norm };
  return info;
}

/** The candidate a match of the plain pattern makes, or null when it makes none. */
function plainCandidate(text: string, m: PlainMatch): Candidate | null {
  const info = currencyBefore(text, m.start, m.info);
  const at = m.start;
  const numberStart = m.prefixEnd;
  const unitEnd = m.unitEnd;
  if (m.firstStart < 0) {
    // 超万亩, 突破千亿元: a bare 万/亿 needs a qualifier to be a figure at all.
    if (m.prefix === null || !BARE_MULTIPLIER.test(info.unit)) return null;
    return {
      start: at,
      end: m.end,
      numberStart,
      unitEnd,
      value: 1,
      range: null,
      info,
      approx: m.prefix ?? m.suffix ?? 'exact',
      numeral: '',
      form: 'plain',
    };
  }
  if (m.pct >= 0 && m.secondStart < 0) return null;
  const first = text.slice(m.firstStart, m.firstEnd);
  let value: number | Range | null;
  let range: Range | null = null;
  if (m.secondStart >= 0) {
    const second = text.slice(m.secondStart, m.secondEnd);
    const arabic = isDigit(first.charCodeAt(0)) && isDigit(second.charCodeAt(0));
    if (text.charCodeAt(m.sep) === ONE && !arabic) return null;
    const low = readNumber(first);
    const high = readNumber(second);
    if (low === null || high === null || low >= high) return null;
    range = [low, high];
    value = null;
  } else {
    value = readRange(first);
    if (Array.isArray(value)) {
      range = value;
      value = null;
    } else if (value === null) return null;
  }
  // 是2019年的3倍多: 多 after 倍 is a lower bound (after other units it starts a word: 个多月).
  const moreAfter = info.family === 'multiple' && m.suffix === null && text.charCodeAt(m.end) === MORE;
  return {
    start: at,
    end: moreAfter ? m.end + 1 : m.end,
    numberStart,
    unitEnd,
    value,
    range,
    info,
    approx:
      m.prefix ??
      (m.fuzzy >= 0 || moreAfter ? 'over' : null) ??
      m.suffix ??
      (info.unit === '强' ? 'under' : 'exact'),
    numeral: first,
    form: 'plain',
  };
}

const ONE = '一'.charCodeAt(0);
const isDigit = (c: number) => c >= 48 && c <= 57;
const CN_PAIR_FIRST = charTable('一二两三四五六七八九');

/** 两三家 reads as the range 2-3; anything else as one number. */
function readRange(numeral: string): number | Range | null {
  const pair =
    numeral.length === 2 && CN_PAIR_FIRST[numeral.charCodeAt(0)] === 1
      ? /^([一二两三四五六七八九])([二三四五六七八九])$/u.exec(numeral)
      : null;
  if (pair) {
    const low = readNumber(pair[1] ?? '');
    const high = readNumber(pair[2] ?? '');
    if (low !== null && high !== null && high === low + 1) return [low, high];
  }
  return readNumber(numeral);
}

function scanRanks(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(RANK)) {
    const top = m[4] !== undefined;
    const numeral = (top ? m[5] : m[2]) ?? '';
    const value = readNumber(numeral);
    if (value === null || value === 0) continue;
    const unit = (top ? m[6] : m[3]) || '名';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      numberStart: m.index + 1,
      unitEnd: m.index + m[0].length,
      value,
      range: null,
      info: { ...RANK_INFO, unit },
      approx: top ? 'under' : 'exact',
      numeral,
      form: 'rank',
    });
  }
}

function scanDoubling(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(DOUBLING)) {
    const doubled = m[0] === '倍增';
    const value = doubled ? 2 : readNumber(m[1] ?? '');
    if (value === null) continue;
    const unit = doubled ? '倍' : '番';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      numberStart: m.index,
      unitEnd: m.index + m[0].length,
      value,
      range: null,
      info: { unit, norm: 'x', factor: 1, family: 'multiple' },
      approx: 'exact',
      numeral: m[1] ?? '',
      form: 'doubling',
    });
  }
}

function scanBig(text: string, out: Candidate[]): void {
  const info = unitInfo('个');
  if (!info) return;
  for (const m of text.matchAll(BIG)) {
    const numeral = m[1] ?? '';
    const value = readNumber(numeral);
    if (value === null) continue;
    const end = m.index + m[0].length;
    out.push({
      start: m.index,
      end,
      numberStart: m.index,
      unitEnd: end,
      value,
      range: null,
      info,
      approx: 'exact',
      numeral,
      form: 'plain',
    });
  }
}

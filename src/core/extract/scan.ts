// Finds candidate figures in the simplified view: a number (or range) with its unit and any
// qualifier, plus the special forms 翻两番, 倍增, 第15名 and 100强. Exclusions come later.
import type { Approx, Range } from '../../shared/domain.ts';
import { charTable } from './chars.ts';
import { readNumber } from './numbers.ts';
import {
  fuzzyApprox,
  prefixApprox,
  PREFIX_PATTERN,
  suffixApprox,
  SUFFIX_PATTERN,
  combineApprox,
} from './qualifiers.ts';
import { escapeForRegExp, unitInfo, WRITTEN_UNITS } from './units.ts';
import type { UnitInfo } from './units.ts';

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

const AR = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CN = '[〇零一二两三四五六七八九十百千廿卅]+';
const NUM = `(?:${AR}(?:[千百](?=[万亿]))?|${CN})`;
const SEP = '(?:-|~|至|到|—|–|一)';
const UNIT = WRITTEN_UNITS.map(escapeForRegExp).join('|');

/** Every figure starts with a qualifier, a digit, a Chinese numeral or a bare 万/亿: a cheap first test. */
const FIRST = `(?=[${[...new Set(PREFIX_PATTERN.replace(/\|/gu, ''))].join('')}\\d〇零一二两三四五六七八九十百千廿卅万亿])`;
export const PLAIN = new RegExp(
  `${FIRST}(${PREFIX_PATTERN})?(?:(${NUM})(%)?(?:(${SEP})(${NUM}))?)?(多|余)?(${UNIT})(${SUFFIX_PATTERN})?`,
  'gu',
);
/**
 * The pattern runs sticky, only where a match can start: at a character FIRST allows, from which (past
 * a qualifier) a unit starts within the run of number characters or right after it and 多/余. That
 * finds exactly the matches of a scan from every position, at a fraction of the cost.
 */
const PLAIN_STICKY = new RegExp(PLAIN.source, 'uy');
const PLAIN_FIRST = charTable(
  `${PREFIX_PATTERN.replace(/\|/gu, '')}0123456789〇零一二两三四五六七八九十百千廿卅万亿`,
);
const NUMBER_CHAR = charTable('0123456789,.%-~至到—–一〇零二两三四五六七八九十百千廿卅');
const UNIT_FIRST = charTable(WRITTEN_UNITS.map((u) => u[0]).join(''));
const PREFIXES_BY_FIRST = new Map<number, string[]>();
for (const p of PREFIX_PATTERN.split('|'))
  (
    PREFIXES_BY_FIRST.get(p.charCodeAt(0)) ?? PREFIXES_BY_FIRST.set(p.charCodeAt(0), []).get(p.charCodeAt(0))!
  ).push(p);
const PREFIX_FIRST = charTable([...PREFIXES_BY_FIRST.keys()].map((c) => String.fromCharCode(c)).join(''));
const MORE = '多'.charCodeAt(0);
const ODD = '余'.charCodeAt(0);

export function plainMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = text.length;
  // Positions up to `dead` lie in a number run already found to have no unit after it.
  let dead = -1;
  for (let b = 0; b < n; b++) {
    const c = text.charCodeAt(b);
    if (PLAIN_FIRST[c] !== 1) continue;
    let direct = false;
    if (b > dead) {
      const end = runWithoutUnit(text, b);
      if (end < 0) direct = true;
      else dead = end;
    }
    if (
      !direct &&
      !(
        PREFIX_FIRST[c] === 1 &&
        PREFIXES_BY_FIRST.get(c)?.some((p) => text.startsWith(p, b) && unitFollows(text, b + p.length))
      )
    )
      continue;
    PLAIN_STICKY.lastIndex = b;
    const m = PLAIN_STICKY.exec(text);
    if (m) {
      out.push(m);
      b += m[0].length - 1;
    }
  }
  return out;
}

/** True when a unit can start in the run of number characters at i, or just after it past 多/余. */
function unitFollows(text: string, i: number): boolean {
  return runWithoutUnit(text, i) < 0;
}

/**
 * -1 when a unit can start in the run of number characters at i (or just after it, past 多/余); else
 * where the run ends, for every later start inside the run ends there too, without a unit.
 */
function runWithoutUnit(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (UNIT_FIRST[c] === 1) return -1;
    if (NUMBER_CHAR[c] !== 1)
      return (c === MORE || c === ODD) && UNIT_FIRST[text.charCodeAt(i + 1)] === 1 ? -1 : i;
  }
  return text.length;
}

const RANK = new RegExp(`(第)(${NUM})(名|位)|(前)(${NUM})(名|位|强)`, 'gu');
const DOUBLING = new RegExp(`翻(?:了)?(${CN}|\\d+)番|倍增`, 'gu');

/** 四大国家级平台, 三大创新平台: N大 counts the platforms, bases or clusters it names (not 三大任务). */
const BIG = new RegExp(
  `(?<![第这那其])([二两三四五六七八九十]+)大(?=[“"]?(?:国家级|省级|市级|国字号)?[^，,。；;、\\n]{0,8}?(?:平台|基地|中心|园区|产业园|实验室|研究院|载体|孵化器|集群))`,
  'gu',
);

const RANK_INFO: UnitInfo = { unit: '名', norm: 'rank', factor: 1, family: 'rank' };

export function scan(text: string): Candidate[] {
  return [...scanPlain(text), ...scanRanks(text), ...scanDoubling(text), ...scanBig(text)];
}

function scanPlain(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of plainMatches(text)) {
    const [whole, prefix, first, firstPct, sep, second, fuzzy, unit, suffix] = m;
    const info = unitInfo(unit ?? '');
    if (!info) continue;
    const at = m.index;
    const numberStart = at + (prefix?.length ?? 0);
    const unitEnd = at + whole.length - (suffix?.length ?? 0);
    if (first === undefined) {
      // 超万亩, 突破千亿元: a bare 万/亿 needs a qualifier to be a figure at all.
      if (!prefix || !/^[万亿]/.test(unit ?? '')) continue;
      out.push({
        start: at,
        end: at + whole.length,
        numberStart,
        unitEnd,
        value: 1,
        range: null,
        info,
        approx: combineApprox(prefixApprox(prefix), suffixApprox(suffix)),
        numeral: '',
        form: 'plain',
      });
      continue;
    }
    if (firstPct && !second) continue;
    let value = readRange(first);
    let range: Range | null = null;
    if (second !== undefined && sep !== undefined) {
      const arabic = /^\d/.test(first) && /^\d/.test(second);
      if (sep === '一' && !arabic) continue;
      const low = readNumber(first);
      const high = readNumber(second);
      if (low === null || high === null || low >= high) continue;
      range = [low, high];
      value = null;
    } else if (Array.isArray(value)) {
      range = value;
      value = null;
    } else if (value === null) {
      continue;
    }
    out.push({
      start: at,
      end: at + whole.length,
      numberStart,
      unitEnd,
      value: value as number | null,
      range,
      info,
      approx: combineApprox(
        prefixApprox(prefix),
        fuzzyApprox(fuzzy),
        suffixApprox(suffix),
        info.unit === '强' ? 'under' : null,
      ),
      numeral: first,
      form: 'plain',
    });
  }
  return out;
}

/** 两三家 reads as the range 2-3; anything else as one number. */
function readRange(numeral: string): number | Range | null {
  const pair = numeral.length === 2 ? /^([一二两三四五六七八九])([二三四五六七八九])$/u.exec(numeral) : null;
  if (pair) {
    const low = readNumber(pair[1] ?? '');
    const high = readNumber(pair[2] ?? '');
    if (low !== null && high !== null && high === low + 1) return [low, high];
  }
  return readNumber(numeral);
}

function scanRanks(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(RANK)) {
    const top = m[4] !== undefined;
    const numeral = (top ? m[5] : m[2]) ?? '';
    const value = readNumber(numeral);
    if (value === null || value === 0) continue;
    const unit = (top ? m[6] : m[3]) ?? '名';
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
  return out;
}

function scanDoubling(text: string): Candidate[] {
  const out: Candidate[] = [];
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
  return out;
}

function scanBig(text: string): Candidate[] {
  const out: Candidate[] = [];
  const info = unitInfo('个');
  if (!info) return out;
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
  return out;
}

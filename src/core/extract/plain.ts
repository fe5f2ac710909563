// The plain figure pattern (qualifier, number or range, unit, qualifier) matched by hand: the regular
// expression PLAIN states it, and this finds exactly its matches (gates.test.ts compares them) as offsets,
// without the capture strings and result array each regex match costs, for every number in an article.
import type { Approx } from '../../shared/domain.ts';
import { charTable, openingKey } from './chars.ts';
import { PREFIXES, PREFIX_PATTERN, SUFFIXES, SUFFIX_PATTERN } from './qualifiers.ts';
import { escapeForRegExp, unitInfo, WRITTEN_UNITS } from './units.ts';
import type { UnitInfo } from './units.ts';

const AR = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
export const CN = '[〇零一二两三四五六七八九十百千廿卅]+';
export const NUM = `(?:${AR}(?:[千百](?=[万亿]))?|${CN})`;
const SEP = '(?:-|~|至|到|—|–|一)';
const UNIT = WRITTEN_UNITS.map(escapeForRegExp).join('|');

/** Every figure starts with a qualifier, a digit, a Chinese numeral or a bare 万/亿: a cheap first test. */
const FIRST = `(?=[${[...new Set(PREFIX_PATTERN.replace(/\|/gu, ''))].join('')}\\d〇零一二两三四五六七八九十百千廿卅万亿])`;
/** The specification: groups prefix, first, %, separator, second, 多/余, unit, suffix. */
export const PLAIN = new RegExp(
  `${FIRST}(${PREFIX_PATTERN})?(?:(${NUM})(%)?(?:(${SEP})(${NUM}))?)?(多|余)?(${UNIT})(${SUFFIX_PATTERN})?`,
  'gu',
);

/** One match, as offsets; a group that took no part is -1 (its start) or, for the qualifiers, empty. */
export interface PlainMatch {
  start: number;
  /** Where the qualifier before the number ends (start: none). */
  prefixEnd: number;
  prefix: Approx | null;
  firstStart: number;
  firstEnd: number;
  /** Where the % after the first number is (-1: none). */
  pct: number;
  sep: number;
  secondStart: number;
  secondEnd: number;
  /** Where 多 or 余 is (-1: none). */
  fuzzy: number;
  unitStart: number;
  unitEnd: number;
  info: UnitInfo;
  /** Where the qualifier after the unit ends (unitEnd: none). */
  end: number;
  suffix: Approx | null;
}

function byFirst<T>(entries: readonly (readonly [string, T])[]): Map<number, [string, T][]> {
  const out = new Map<number, [string, T][]>();
  for (const [word, value] of entries) {
    const k = word.charCodeAt(0);
    (out.get(k) ?? out.set(k, []).get(k)!).push([word, value]);
  }
  return out;
}

/** In list order per first character, as the alternations try them (units longest first). */
const PREFIXES_BY_FIRST = byFirst(PREFIXES);
/**
 * The same as a table read: PREFIX_SLOT[code] - 1 indexes PREFIX_BUCKETS (0: no qualifier starts with
 * the character), for the scan asks at every 不, 大, 高 and 多 of an article.
 */
const PREFIX_BUCKETS = [...PREFIXES_BY_FIRST.values()];
const PREFIX_SLOT = new Uint8Array(0x10000);
[...PREFIXES_BY_FIRST.keys()].forEach((code, k) => (PREFIX_SLOT[code] = k + 1));
const SUFFIXES_BY_FIRST = byFirst(SUFFIXES);
/**
 * Units of two or more characters by their first two (longest first), and one-character units by their
 * character: a unit is found among the few sharing its opening, not among all thirty that start with 万.
 */
const UNITS_BY_OPENING = new Map<number, [string, UnitInfo][]>();
const ONE_CHAR_UNITS = new Map<number, UnitInfo>();
for (const unit of WRITTEN_UNITS) {
  const info = unitInfo(unit)!;
  if (unit.length === 1) ONE_CHAR_UNITS.set(unit.charCodeAt(0), info);
  else {
    const k = openingKey(unit.charCodeAt(0), unit.charCodeAt(1));
    (UNITS_BY_OPENING.get(k) ?? UNITS_BY_OPENING.set(k, []).get(k)!).push([unit, info]);
  }
}

const CN_CHAR = charTable('〇零一二两三四五六七八九十百千廿卅');
const SEP_CHAR = charTable('-~至到—–一');
const HUNDRED = '百'.charCodeAt(0);
const THOUSAND = '千'.charCodeAt(0);
const TEN_THOUSAND = '万'.charCodeAt(0);
const HUNDRED_MILLION = '亿'.charCodeAt(0);
const PERCENT = 37;
const COMMA = 44;
const DOT = 46;
const MORE = '多'.charCodeAt(0);
const ODD = '余'.charCodeAt(0);

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where \d+(?:,\d{3})*(?:\.\d+)? ends from `at` (-1: no digit there). Only its longest reading can lead
 * to a match: giving back a digit, a ",ddd" or a ".d" leaves a digit, comma or point next, and nothing
 * the pattern allows after a number starts with one of those.
 */
function arabicEnd(text: string, at: number): number {
  let i = at;
  while (isDigit(text.charCodeAt(i))) i++;
  if (i === at) return -1;
  while (
    text.charCodeAt(i) === COMMA &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3))
  )
    i += 4;
  if (text.charCodeAt(i) === DOT && isDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/**
 * Calls `rest` with each end of NUM from `at`, in the order the regex tries them (the Arabic numeral
 * with 千/百 before 万/亿 first; a Chinese numeral longest first), until it returns true.
 */
function eachNumberEnd(text: string, at: number, rest: (end: number) => boolean): boolean {
  const arabic = arabicEnd(text, at);
  if (arabic >= 0) {
    const c = text.charCodeAt(arabic);
    const after = text.charCodeAt(arabic + 1);
    if (
      (c === THOUSAND || c === HUNDRED) &&
      (after === TEN_THOUSAND || after === HUNDRED_MILLION) &&
      rest(arabic + 1)
    )
      return true;
    return rest(arabic);
  }
  let end = at;
  while (CN_CHAR[text.charCodeAt(end)] === 1) end++;
  for (; end > at; end--) if (rest(end)) return true;
  return false;
}

/** (多|余)?(UNIT)(SUFFIX)? from `at`: the longest unit wins, as the longest-first alternation has it. */
function tail(text: string, at: number, m: PlainMatch): boolean {
  const c = text.charCodeAt(at);
  if ((c === MORE || c === ODD) && unitAt(text, at + 1, m)) {
    m.fuzzy = at;
    return true;
  }
  if (!unitAt(text, at, m)) return false;
  m.fuzzy = -1;
  return true;
}

function unitAt(text: string, at: number, m: PlainMatch): boolean {
  const first = text.charCodeAt(at);
  const units = UNITS_BY_OPENING.get(openingKey(first, text.charCodeAt(at + 1)));
  if (units !== undefined) {
    for (const [unit, info] of units) {
      if (text.startsWith(unit, at)) {
        setUnit(text, at, unit.length, info, m);
        return true;
      }
    }
  }
  const info = ONE_CHAR_UNITS.get(first);
  if (info === undefined) return false;
  setUnit(text, at, 1, info, m);
  return true;
}

/** Records the unit at `at` and the qualifier after it, if any. */
function setUnit(text: string, at: number, length: number, info: UnitInfo, m: PlainMatch): void {
  m.unitStart = at;
  m.unitEnd = at + length;
  m.info = info;
  m.end = m.unitEnd;
  m.suffix = null;
  for (const [word, approx] of SUFFIXES_BY_FIRST.get(text.charCodeAt(m.unitEnd)) ?? []) {
    if (text.startsWith(word, m.unitEnd)) {
      m.end = m.unitEnd + word.length;
      m.suffix = approx;
      return;
    }
  }
}

/** (?:(SEP)(NUM))? then the tail, after the first number (and its %) ending at `at`. */
function afterFirst(text: string, at: number, m: PlainMatch): boolean {
  if (SEP_CHAR[text.charCodeAt(at)] === 1) {
    const found = eachNumberEnd(text, at + 1, (end) => {
      if (!tail(text, end, m)) return false;
      m.secondEnd = end;
      return true;
    });
    if (found) {
      m.sep = at;
      m.secondStart = at + 1;
      return true;
    }
  }
  m.sep = -1;
  m.secondStart = -1;
  m.secondEnd = -1;
  return tail(text, at, m);
}

/** Everything after the qualifier before the number (which ends at `at`). */
function afterPrefix(text: string, at: number, m: PlainMatch): boolean {
  const found = eachNumberEnd(text, at, (end) => {
    if (text.charCodeAt(end) === PERCENT && afterFirst(text, end + 1, m)) {
      m.pct = end;
    } else if (afterFirst(text, end, m)) {
      m.pct = -1;
    } else return false;
    m.firstEnd = end;
    return true;
  });
  if (found) {
    m.firstStart = at;
    return true;
  }
  m.firstStart = -1;
  m.firstEnd = -1;
  m.pct = -1;
  m.sep = -1;
  m.secondStart = -1;
  m.secondEnd = -1;
  return tail(text, at, m);
}

/** PLAIN, sticky at `at`: fills `m` and returns true when it matches there. */
export function matchPlainAt(text: string, at: number, m: PlainMatch): boolean {
  m.start = at;
  for (const [word, approx] of PREFIXES_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
    if (text.startsWith(word, at) && afterPrefix(text, at + word.length, m)) {
      m.prefixEnd = at + word.length;
      m.prefix = approx;
      return true;
    }
  }
  if (!afterPrefix(text, at, m)) return false;
  m.prefixEnd = at;
  m.prefix = null;
  return true;
}

export function newPlainMatch(): PlainMatch {
  return {
    start: 0,
    prefixEnd: 0,
    prefix: null,
    firstStart: -1,
    firstEnd: -1,
    pct: -1,
    sep: -1,
    secondStart: -1,
    secondEnd: -1,
    fuzzy: -1,
    unitStart: 0,
    unitEnd: 0,
    info: unitInfo('个')!,
    end: 0,
    suffix: null,
  };
}

/**
 * The pattern runs only where a match can start: at a character FIRST allows, from which (past a
 * qualifier) a unit starts within the run of number characters or right after it and 多/余. That finds
 * exactly the matches of a scan from every position, at a fraction of the cost.
 */
const PLAIN_FIRST = charTable(
  `${PREFIX_PATTERN.replace(/\|/gu, '')}0123456789〇零一二两三四五六七八九十百千廿卅万亿`,
);
const NUMBER_CHAR = charTable('0123456789,.%-~至到—–一〇零二两三四五六七八九十百千廿卅');
const UNIT_FIRST = charTable(WRITTEN_UNITS.map((u) => u[0]).join(''));

/** Calls `visit` with each match of PLAIN in text, left to right, as text.matchAll finds them. */
export function eachPlain(text: string, visit: (m: PlainMatch) => void): void {
  const m = newPlainMatch();
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
    if (!direct && !prefixBeforeUnit(text, b)) continue;
    if (matchPlainAt(text, b, m)) {
      visit(m);
      b = m.end - 1;
    }
  }
}

/** True when a qualifier starts at b and a unit can start in the run of number characters after it. */
function prefixBeforeUnit(text: string, b: number): boolean {
  const slot = PREFIX_SLOT[text.charCodeAt(b)]!;
  if (slot === 0) return false;
  for (const [word] of PREFIX_BUCKETS[slot - 1]!)
    if (text.startsWith(word, b) && runWithoutUnit(text, b + word.length) < 0) return true;
  return false;
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

/** The matches as text.matchAll(PLAIN) gives them (groups as strings), for checking against it. */
export function plainMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const part = (from: number, to: number) => (from < 0 ? undefined : text.slice(from, to));
  eachPlain(text, (m) => {
    const groups = [
      text.slice(m.start, m.end),
      part(m.prefix === null ? -1 : m.start, m.prefixEnd),
      part(m.firstStart, m.firstEnd),
      part(m.pct, m.pct + 1),
      part(m.sep, m.sep + 1),
      part(m.secondStart, m.secondEnd),
      part(m.fuzzy, m.fuzzy + 1),
      text.slice(m.unitStart, m.unitEnd),
      part(m.suffix === null ? -1 : m.unitEnd, m.end),
    ];
    out.push(Object.assign(groups, { index: m.start, input: text, groups: undefined }) as RegExpExecArray);
  });
  return out;
}

// Tells a level from a change, a ratio, percentage points, a multiple or a rank (SCHEMA.md `measure`),
// and whether a change is a decline, which makes the value negative.
import type { Measure } from '../../shared/domain.ts';
import { charTable } from './chars.ts';
import { byLength, MEASURE_CUES } from './lexicon.ts';
import type { UnitFamily } from './units.ts';

const CHANGE = byLength(MEASURE_CUES.change).join('|');
const DECLINE = new RegExp(`(${byLength(MEASURE_CUES.decline).join('|')})`, 'u');
const RATIO = byLength(MEASURE_CUES.ratio).join('|');
const NOT_CHANGE = new RegExp(`(${byLength(MEASURE_CUES.notChange).join('|')})$`, 'u');
/** Words allowed between a change cue and its number (增长了, 涨幅控制在); 增长至 is a level. */
const FILLER = '(?:了|为|达到?|约|近|超过?|逾|突破|高达|分别为?|分别|将近|接近|达到了|控制在|保持在|稳定在)?';
const CHANGE_BEFORE = new RegExp(`(${CHANGE})${FILLER}$`, 'u');
/**
 * The longest text CHANGE_BEFORE can match: the longest cue, then FILLER's longest (达到了, 分别为).
 * An end-anchored pattern is tried from every position of the clause, so it runs on this tail only,
 * where the same leftmost match lies (no match is longer, and none reads before its start).
 */
const CHANGE_BEFORE_MAX = Math.max(...MEASURE_CUES.change.map((w) => w.length)) + 3;
const CHANGE_AFTER = new RegExp(`^的?[^，,。；;]{0,6}?(增长|增幅|增速|涨幅|降幅|下降|提升)`, 'u');
const RATIO_BEFORE = new RegExp(`(${RATIO})[^，,。；;]{0,8}$`, 'u');
const BY_COMPARISON = /(比|较|与)[^，,。；;]{0,10}(增加|减少|多|少|增长|下降|提高|降低)了?$/u;

const CLAUSE_END = charTable('，,。；;！？!?\n');
/**
 * The last characters the end-anchored patterns can finish on: a clause ending in none of them is
 * tested without running the pattern (most figures have no cue at all).
 */
const CHANGE_LAST = charTable(`${MEASURE_CUES.change.map((w) => w.at(-1)).join('')}了为达到约近超过逾破别在`);
const COMPARISON_LAST = charTable('了加少多长降高低');
const QUALIFIER_LAST = charTable('约近过超逾破于少到足');

export interface MeasureResult {
  measure: Measure;
  /** -1 for a decline: the value is reported negative. */
  sign: 1 | -1;
}

/** The answers, built once: measureOf runs for every figure and its results are only read. */
const RESULTS = {
  rank: { measure: 'rank', sign: 1 },
  multiple: { measure: 'multiple', sign: 1 },
  pp: { measure: 'pp', sign: 1 },
  ppDown: { measure: 'pp', sign: -1 },
  change: { measure: 'change', sign: 1 },
  changeDown: { measure: 'change', sign: -1 },
  ratio: { measure: 'ratio', sign: 1 },
  level: { measure: 'level', sign: 1 },
} as const satisfies Record<string, Readonly<MeasureResult>>;

export function measureOf(
  family: UnitFamily,
  text: string,
  numberStart: number,
  unitEnd: number,
  form: string,
): Readonly<MeasureResult> {
  if (family === 'rank' || form === 'rank') return RESULTS.rank;
  if (family === 'multiple') return RESULTS.multiple;
  const before = clauseBefore(text, numberStart);
  const last = before.charCodeAt(before.length - 1);
  const cue = CHANGE_LAST[last] === 1 ? changeBefore(before) : null;
  const isNew = cue !== null && NOT_CHANGE.test(before.slice(0, cue.index + (cue[1]?.length ?? 0)));
  const change = (cue !== null && !isNew) || (COMPARISON_LAST[last] === 1 && BY_COMPARISON.test(before));
  const sign = change && DECLINE.test(cue?.[1] ?? before.slice(-6)) ? -1 : 1;
  if (family === 'pp') return sign === 1 ? RESULTS.pp : RESULTS.ppDown;
  if (change) return sign === 1 ? RESULTS.change : RESULTS.changeDown;
  if (family === 'percent') {
    if (changeFollows(text, unitEnd)) return RESULTS.change;
    return RESULTS.ratio;
  }
  if (family === 'count' && before.includes('率') && RATIO_BEFORE.test(before)) return RESULTS.ratio;
  return RESULTS.level;
}

/** CHANGE_BEFORE.exec(before), with the index on the whole clause. */
function changeBefore(before: string): RegExpExecArray | null {
  const skip = Math.max(0, before.length - CHANGE_BEFORE_MAX);
  if (skip === 0) return CHANGE_BEFORE.exec(before);
  const m = CHANGE_BEFORE.exec(before.slice(skip));
  if (m !== null) m.index += skip;
  return m;
}

/** The first characters of CHANGE_AFTER's words, and where its look ahead stops. */
const CHANGE_AFTER_FIRST = charTable('增涨降下提');
const CHANGE_AFTER_STOP = charTable('，,。；;');

/**
 * CHANGE_AFTER.test(text.slice(at, at + 12)), run only when one of its words can start within reach
 * (的 and six more characters) before the clause ends: after most percentages none can.
 */
function changeFollows(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 8);
  for (let i = at; i < end; i++) {
    const c = text.charCodeAt(i);
    if (CHANGE_AFTER_FIRST[c] === 1) return CHANGE_AFTER.test(text.slice(at, at + 12));
    if (CHANGE_AFTER_STOP[c] === 1) return false;
  }
  return false;
}

function clauseBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 20 && CLAUSE_END[text.charCodeAt(i - 1)] !== 1) i--;
  const clause = text.slice(i, at);
  return QUALIFIER_LAST[clause.charCodeAt(clause.length - 1)] === 1
    ? clause.replace(/(约|近|超过|超|逾|突破|不少于|不低于|至少|不到|不足|接近|将近|大约)$/u, '')
    : clause;
}

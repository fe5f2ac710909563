// Actual, forecast or target (SCHEMA.md `kind`): the nearest cue word before the figure in its
// sentence decides; a period after the publication year makes an uncued figure a target.
import type { Kind } from '../../shared/domain.ts';
import { charTable } from './chars.ts';
import { indexDoc, paragraphEnd, paragraphStart, sentenceStart, type Doc } from './doc.ts';
import { KIND_CUES } from './lexicon.ts';
import { termIndex, type TermHit } from './terms.ts';

const SENTENCE_END = charTable('。！？!?；;\n');
/** 要 in 重要, 主要, 需要 and 将 in 将近 are not plans. */
const FALSE_CUES = [
  '重要',
  '主要',
  '需要',
  '只要',
  '必要',
  '纲要',
  '要素',
  '要求',
  '要点',
  '摘要',
  '将近',
  '将军',
  '首要',
  '要闻',
  '计划单列',
  '年度计划',
  '全年计划',
  '计划的',
  '打造成了',
  '打造了',
  '推动了',
  '推进了',
  '即将',
];

const FORECAST_BEFORE = /预计|预期(?!目标)|有望/u;

/** Cues strong enough to govern the next sentence too. */
const CARRIED = /预期目标|(?<!即)将(?!近)|力争|目标|计划(?![”"单])|争取|确保|预计|拟|有望|预期/u;

const CUES: [string, Kind][] = [
  ...KIND_CUES.forecast.map((w): [string, Kind] => [w, 'forecast']),
  ...KIND_CUES.target.map((w): [string, Kind] => [w, 'target']),
  ...KIND_CUES.actual.map((w): [string, Kind] => [w, 'actual']),
];

const CUE_INDEX = termIndex(CUES);

/** Number(s.slice(0, 4)), without the slice and parse for the usual four leading digits. */
function yearOf(s: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = s.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return Number(s.slice(0, 4));
    year = year * 10 + d;
  }
  return year;
}

/**
 * One article's cue searches, kept between figures: the figures of one sentence search the same text
 * again and again, and share the sentence before it and the publication date.
 */
export interface KindIndex {
  doc: Doc;
  published: string | null;
  pubYear: number;
  /** The last cue search: text[from, to) and what it found. */
  from: number;
  to: number;
  hit: TermHit<Kind> | null;
  /** The sentence start `carried` was found for (-1: none yet). */
  carriedFor: number;
  carried: Kind | null;
  /** The sentence start `plan` was found for (-1: none yet), and where that plan's cue is (-1: none). */
  planFor: number;
  plan: number;
  /** The paragraph the two below were found for (-1: none yet): its first plan cue, its heading's. */
  planPara: number;
  planOwn: number;
  planHeading: number;
  /** Where PLAN first matches at or after `planSearched` (the text's length: nowhere). */
  planSearched: number;
  planNext: number;
  /** The last period normal form asked about and whether it ended before publication. */
  endedFor: string | null;
  ended: boolean;
  /** The last period normal form asked about and the year it ends in (NaN: none). */
  yearFor: string | null;
  year: number;
}

export function indexKinds(doc: Doc, published: string | null): KindIndex {
  return {
    doc,
    published,
    pubYear: published ? yearOf(published) : NaN,
    from: -1,
    to: -1,
    hit: null,
    carriedFor: -1,
    carried: null,
    planFor: -1,
    plan: -1,
    planPara: -1,
    planOwn: -1,
    planHeading: -1,
    planSearched: -1,
    planNext: -1,
    endedFor: null,
    ended: false,
    yearFor: null,
    year: NaN,
  };
}

/** Actual, forecast or target for the figure starting at `figureStart`. */
export function kindAt(
  index: KindIndex,
  figureStart: number,
  periodNorm: string | null,
  period: string | null = null,
  periodStart: number | null = null,
): Kind {
  const { doc, pubYear } = index;
  const text = doc.text;
  const start = sentenceStart(doc, figureStart);
  const hit = cueBefore(index, start, figureStart);
  // The cue that governs the figure: where it starts and what it says (none: -1).
  let cueAt = -1;
  let cueKind: Kind = 'actual';
  if (hit) {
    cueAt = hit.start;
    cueKind = hit.value;
    // 预计下半年将有40家: the 将 of an estimate states the estimate, not a commitment.
    if (hit.term === '将' && FORECAST_BEFORE.test(text.slice(Math.max(start, hit.start - 12), hit.start)))
      cueKind = 'forecast';
  } else if (start > 0) {
    // A plan stated in the sentence before carries over to a sentence without cues of its own.
    const carried = carriedInto(index, start);
    if (carried) {
      cueAt = Math.max(0, start - 1);
      cueKind = carried;
    } else {
      // 目标：到2025年…。园区产值突破1000亿元: a plan the paragraph or its heading opens with.
      const plan = paragraphPlan(index, start);
      if (plan >= 0) {
        cueAt = plan;
        cueKind = 'target';
      }
    }
  }
  const year = lastYear(index, periodNorm);
  // A period already past when the article appeared reports what happened.
  if (year < pubYear && cueKind !== 'forecast' && !(cueAt >= 0 && strongTargetAt(text, cueAt, figureStart)))
    return 'actual';
  // 园区将优化营商环境，上半年新增市场主体1200户: a clause dated to a period already over when the
  // article appeared reports what happened, whatever plan an earlier clause or sentence states.
  if (
    cueAt >= 0 &&
    cueKind === 'target' &&
    periodStart !== null &&
    periodStart > cueAt &&
    hasClauseBreak(text, cueAt, periodStart) &&
    endedBefore(index, periodNorm)
  )
    return 'actual';
  if (cueAt >= 0) return cueKind;
  if (year > pubYear || /^到|十[四五]五/u.test(period ?? '')) return 'target';
  return 'actual';
}

/** The year a period normal form ends in, remembered for the run of figures sharing it. */
function lastYear(index: KindIndex, periodNorm: string | null): number {
  if (periodNorm !== index.yearFor) {
    // A span of years (“十四五”期间: 2021..2025) is past only when its last year is.
    const span = periodNorm ? periodNorm.indexOf('..') : -1;
    index.year = periodNorm ? yearOf(span >= 0 ? periodNorm.slice(span + 2) : periodNorm) : NaN;
    index.yearFor = periodNorm;
  }
  return index.year;
}

const STRONG_TARGETS = ['力争', '目标', '计划', '争取', '确保'];

/** STRONG_TARGET.test(text.slice(at, end)), without the slice. */
function strongTargetAt(text: string, at: number, end: number): boolean {
  for (const w of STRONG_TARGETS) if (at + w.length <= end && text.startsWith(w, at)) return true;
  return false;
}

const CLAUSE_BREAK = charTable('，,；;。\n');

function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (CLAUSE_BREAK[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** periodEndsBefore for the article's publication date, remembering the last answer. */
function endedBefore(index: KindIndex, periodNorm: string | null): boolean {
  if (periodNorm === null || periodNorm !== index.endedFor) {
    index.ended = periodEndsBefore(periodNorm, index.published);
    index.endedFor = periodNorm;
  }
  return index.ended;
}

/** True when the period (YYYY-Qn, YYYY-Hn, YYYY-MM, YYYY-MM..YYYY-MM) ended before the month of publication. */
export function periodEndsBefore(periodNorm: string | null, published: string | null): boolean {
  if (!periodNorm || !published || published.length < 7) return false;
  const m = /^(\d{4})(?:-(Q[1-4]|H[12]|\d{2}))?(?:\.\.(\d{4})-(\d{2}))?$/u.exec(periodNorm);
  if (!m) return false;
  let year = Number(m[1]);
  let month = 12;
  if (m[3] && m[4]) {
    year = Number(m[3]);
    month = Number(m[4]);
  } else if (m[2]?.startsWith('Q')) month = Number(m[2].slice(1)) * 3;
  else if (m[2]?.startsWith('H')) month = Number(m[2].slice(1)) * 6;
  else if (m[2]) month = Number(m[2]);
  return year * 12 + month < Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7));
}

/** The same for a lone sentence (tests, callers without a document index). */
export function kindOf(
  text: string,
  figureStart: number,
  periodNorm: string | null,
  published: string | null,
  period: string | null = null,
): Kind {
  return kindAt(indexKinds(indexDoc(text), published), figureStart, periodNorm, period);
}

/** The cue ending last in text[from, to), reusing the search for an earlier figure of the sentence. */
function cueBefore(index: KindIndex, from: number, to: number): TermHit<Kind> | null {
  const text = index.doc.text;
  const accept = (h: TermHit<Kind>) => !isFalseCue(text, h.start, h.term);
  const known = index.from === from && index.to <= to;
  // Cues ending after the earlier figure come first; otherwise the earlier answer stands.
  const hit = known
    ? (CUE_INDEX.lastEnding(text, from, to, accept, index.to) ?? index.hit)
    : CUE_INDEX.lastEnding(text, from, to, accept);
  index.from = from;
  index.to = to;
  index.hit = hit;
  return hit;
}

/** The plan (target or forecast) the sentence before the one starting at `start` states, if any. */
function carriedInto(index: KindIndex, start: number): Kind | null {
  if (index.carriedFor === start) return index.carried;
  const { doc } = index;
  const text = doc.text;
  let end = start;
  while (end > 0 && SENTENCE_END[text.charCodeAt(end - 1)] === 1) end--;
  const found = CARRIED.exec(text.slice(sentenceStart(doc, end), end));
  const carried: Kind | null = found
    ? /^(?:预计|有望|预期)$/u.test(found[0])
      ? 'forecast'
      : 'target'
    : null;
  index.carriedFor = start;
  index.carried = carried;
  return carried;
}

/** A plan as a paragraph or heading states it; not 倍增计划” (a label) or 计划单列. */
const PLAN =
  /力争|目标(?!责任)|(?<![年度划])计划(?![”"单的])|争取|确保|到20\d{2}年|十[四五]五”?(?:期间|时期)[^。；;\n]*将/u;
/** A sentence that compares with an earlier period reports what happened, whatever plan heads it. */
const REPORTED = /同比|环比|比上年|较上年|比去年|较去年|上年同期|去年同期/u;
/** A heading: a short line without a sentence's closing punctuation. */
const HEADING_MAX = 30;
const STATEMENT_END = charTable('。！？；;!?');
/**
 * PLAN searched from a position: no word of it crosses a line break, and its look-arounds read the
 * same at a line's ends as at a slice's, so where it matches from a line's start within the line is
 * where it matches in that line alone. One search serves every line up to its match.
 */
const PLAN_FROM = new RegExp(PLAN.source, 'gu');

function planFrom(index: KindIndex, from: number): number {
  if (!(index.planSearched <= from && index.planNext >= from)) {
    PLAN_FROM.lastIndex = from;
    const m = PLAN_FROM.exec(index.doc.text);
    index.planNext = m ? m.index : index.doc.text.length;
    index.planSearched = from;
  }
  return index.planNext;
}

/** The first characters of REPORTED's words: most sentences hold none of them. */
const REPORTED_FIRST = charTable('同环比较上去');

function holdsAny(text: string, from: number, to: number, table: Uint8Array): boolean {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Where the plan cue governing the sentence starting at `start` is (-1: none): in the sentences of its
 * paragraph before it, or in a heading line right above the paragraph.
 */
function paragraphPlan(index: KindIndex, start: number): number {
  if (index.planFor === start) return index.plan;
  const { doc } = index;
  const text = doc.text;
  const para = paragraphStart(doc, start);
  if (index.planPara !== para) {
    // Once per paragraph: where its first plan cue is, and the cue of a heading right above it.
    index.planHeading = -1;
    if (para > 0) {
      const heading = paragraphStart(doc, para - 1);
      if (para - 1 - heading <= HEADING_MAX && !holdsAny(text, heading, para - 1, STATEMENT_END)) {
        const found = planFrom(index, heading);
        if (found < para - 1) index.planHeading = found;
      }
    }
    const own = planFrom(index, para);
    index.planOwn = own < paragraphEnd(doc, para) ? own : -1;
    index.planPara = para;
  }
  let plan = index.planOwn >= 0 && index.planOwn < start ? index.planOwn : index.planHeading;
  if (plan >= 0) {
    const end = sentenceEnd(text, start);
    if (holdsAny(text, start, end, REPORTED_FIRST) && REPORTED.test(text.slice(start, end))) plan = -1;
  }
  index.planFor = start;
  index.plan = plan;
  return plan;
}

function sentenceEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && SENTENCE_END[text.charCodeAt(i)] !== 1) i++;
  return i;
}

/** For each cue, the non-cue words holding it and where it sits in them (要 at 1 in 重要). */
const FALSE_BY_CUE = new Map<string, [string, number][]>(
  CUES.map(([word]) => [
    word,
    FALSE_CUES.map((fw): [string, number] => [fw, fw.indexOf(word)]).filter(([, k]) => k >= 0),
  ]),
);

/** True when this occurrence of a cue is part of a longer non-cue word (要 in 重要). */
function isFalseCue(text: string, at: number, word: string): boolean {
  const holders = FALSE_BY_CUE.get(word);
  if (holders === undefined) return FALSE_CUES.some((fw) => holds(text, at, fw, fw.indexOf(word)));
  for (const [fw, k] of holders) if (holds(text, at, fw, k)) return true;
  return false;
}

function holds(text: string, at: number, fw: string, k: number): boolean {
  return k >= 0 && text.startsWith(fw, at - k);
}

// Actual, forecast or target (SCHEMA.md `kind`): the nearest cue word before the figure in its
// sentence decides; a period after the publication year makes an uncued figure a target.
import type { Kind } from '../../shared/domain.ts';
import { charTable } from './chars.ts';
import { indexDoc, sentenceStart, type Doc } from './doc.ts';
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

/** Cues strong enough to govern the next sentence too. */
const CARRIED = /(?<!即)将(?!近)|力争|目标|计划|争取|确保|预计|拟|有望|预期/u;

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
  /** The last period normal form asked about and whether it ended before publication. */
  endedFor: string | null;
  ended: boolean;
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
    endedFor: null,
    ended: false,
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
  } else if (start > 0) {
    // A plan stated in the sentence before carries over to a sentence without cues of its own.
    const carried = carriedInto(index, start);
    if (carried) {
      cueAt = Math.max(0, start - 1);
      cueKind = carried;
    }
  }
  const year = periodNorm ? yearOf(periodNorm) : NaN;
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
  const carried: Kind | null = found ? (/预|望/u.test(found[0]) ? 'forecast' : 'target') : null;
  index.carriedFor = start;
  index.carried = carried;
  return carried;
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

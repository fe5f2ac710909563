// Actual, forecast or target (SCHEMA.md `kind`): the nearest cue word before the figure in its
// sentence decides; a period after the publication year makes an uncued figure a target.
import type { Kind } from '../../shared/domain.ts';
import { indexDoc, type Doc } from './doc.ts';
import { KIND_CUES } from './lexicon.ts';
import { termIndex } from './terms.ts';

const SENTENCE_END = /[。！？!?；;\n]/u;
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
  '打造成了',
  '即将',
];

const STRONG_TARGET = /^(力争|目标|计划|争取|确保)/u;
/** Cues strong enough to govern the next sentence too. */
const CARRIED = /(?<!即)将(?!近)|力争|目标|计划|争取|确保|预计|拟|有望|预期/u;

const CUES: [string, Kind][] = [
  ...KIND_CUES.forecast.map((w): [string, Kind] => [w, 'forecast']),
  ...KIND_CUES.target.map((w): [string, Kind] => [w, 'target']),
  ...KIND_CUES.actual.map((w): [string, Kind] => [w, 'actual']),
];

const CUE_INDEX = termIndex(CUES);

/** Actual, forecast or target for the figure starting at `figureStart`. */
export function kindAt(
  doc: Doc,
  figureStart: number,
  periodNorm: string | null,
  published: string | null,
  period: string | null = null,
): Kind {
  const text = doc.text;
  const start = doc.sentence[figureStart] ?? 0;
  const hit = CUE_INDEX.lastEnding(text, start, figureStart, (h) => !isFalseCue(text, h.start, h.term));
  let best: Cue | null = hit ? { at: hit.start, len: hit.term.length, kind: hit.value } : null;
  if (!best && start > 0) {
    // A plan stated in the sentence before carries over to a sentence without cues of its own.
    let end = start;
    while (end > 0 && SENTENCE_END.test(text[end - 1] ?? '')) end--;
    const carried = CARRIED.exec(text.slice(doc.sentence[end] ?? 0, end));
    if (carried) best = { at: start, len: 0, kind: /预|望/u.test(carried[0]) ? 'forecast' : 'target' };
  }
  const year = periodNorm ? Number(periodNorm.slice(0, 4)) : NaN;
  const pubYear = published ? Number(published.slice(0, 4)) : NaN;
  // A period already past when the article appeared reports what happened.
  if (
    year < pubYear &&
    best?.kind !== 'forecast' &&
    !(best && STRONG_TARGET.test(text.slice(best.at, figureStart)))
  )
    return 'actual';
  if (best) return best.kind;
  if (year > pubYear || /^到|十[四五]五/u.test(period ?? '')) return 'target';
  return 'actual';
}

/** The same for a lone sentence (tests, callers without a document index). */
export function kindOf(
  text: string,
  figureStart: number,
  periodNorm: string | null,
  published: string | null,
  period: string | null = null,
): Kind {
  return kindAt(indexDoc(text), figureStart, periodNorm, published, period);
}

interface Cue {
  at: number;
  len: number;
  kind: Kind;
}

/** True when this occurrence of a cue is part of a longer non-cue word (要 in 重要). */
function isFalseCue(text: string, at: number, word: string): boolean {
  return FALSE_CUES.some((fw) => {
    const k = fw.indexOf(word);
    return k >= 0 && text.startsWith(fw, at - k);
  });
}

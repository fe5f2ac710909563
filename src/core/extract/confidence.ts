// How sure the extractor is of a figure, from what it could and could not establish about it, so that
// sorting the review grid by confidence puts the figures most likely to need an edit first.
import type { Category } from '../../shared/domain.ts';
import { roundFloat } from './numbers.ts';
import type { Candidate } from './scan.ts';

export interface Evidence {
  candidate: Candidate;
  /** The indicator came from a lexicon term in the text (not a fallback word, not carried over). */
  named: boolean;
  /** The indicator was carried from the figure before it in the sentence (增长, 占比). */
  carried: boolean;
  category: Category;
  /** The period was written in the figure's own sentence. */
  periodInSentence: boolean;
  /** The subject was named in the figure's own sentence. */
  subjectInSentence: boolean;
}

const FAMILY_BASE: Record<string, number> = {
  money: 0.75,
  area: 0.72,
  percent: 0.7,
  pp: 0.75,
  mass: 0.65,
  power: 0.68,
  energy: 0.68,
  length: 0.55,
  count: 0.6,
  multiple: 0.6,
  rank: 0.58,
};

/** 0.05..0.99, two decimals. */
export function confidenceOf(e: Evidence): number {
  const c = e.candidate;
  let score = FAMILY_BASE[c.info.family] ?? 0.6;
  const first = c.numeral.charCodeAt(0);
  if (first >= 48 && first <= 57) score += 0.08;
  else if (c.numeral !== '') score -= 0.12;
  if (c.form === 'list') score -= 0.08;
  if (c.form === 'doubling') score -= 0.05;
  if (e.named) score += 0.1;
  else if (e.carried) score += 0.02;
  else score -= 0.15;
  if (e.category === 'other') score -= 0.1;
  score += e.periodInSentence ? 0.04 : -0.04;
  score += e.subjectInSentence ? 0.03 : 0;
  return roundFloat(Math.round(Math.max(0.05, Math.min(0.99, score)) * 100) / 100);
}

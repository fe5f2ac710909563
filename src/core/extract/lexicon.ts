// Typed access to the cue-word lexicon in resources/lexicon/indicators.json (data, not code).
import type { Category } from '../../shared/domain.ts';
import data from '../../../resources/lexicon/indicators.json' with { type: 'json' };

export const CATEGORY_TERMS: [string, Category][] = Object.entries(data.categories).flatMap(
  ([category, terms]) => terms.map((t): [string, Category] => [t, category as Category]),
);
export const MEASURE_CUES = data.measure;
export const KIND_CUES = data.kind;
export const HEAD_NOUNS = data.heads;

/** Longest first, so the scanner prefers 固定资产投资 over 投资. */
export function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

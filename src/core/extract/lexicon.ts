// Typed access to the cue-word lexicon in resources/lexicon/indicators.json (data, not code), merged
// with the terms analysts add in the store: their terms win over the shipped ones.
import { CATEGORIES, type Category } from '../../shared/domain.ts';
import data from '../../../resources/lexicon/indicators.json' with { type: 'json' };
import { termIndex, type TermIndex } from './terms.ts';

export const CATEGORY_TERMS: [string, Category][] = Object.entries(data.categories).flatMap(
  ([category, terms]) => terms.map((t): [string, Category] => [t, category as Category]),
);
export const MEASURE_CUES = data.measure;
export const KIND_CUES = data.kind;
export const HEAD_NOUNS = data.heads;

/** One indicator term → category pair an analyst added. */
export interface LexiconEntry {
  term: string;
  category: Category;
}

/** The compiled lexicon a run of extraction uses. */
export interface Lexicon {
  categories: TermIndex<Category>;
  heads: TermIndex<true>;
  /** The analysts' own entries, as given. */
  added: readonly LexiconEntry[];
}

export function buildLexicon(added: readonly LexiconEntry[] = []): Lexicon {
  const valid = added.filter((e) => e.term.trim() !== '' && CATEGORIES.includes(e.category));
  return {
    categories: termIndex([
      ...valid.map((e): [string, Category] => [e.term.trim(), e.category]),
      ...CATEGORY_TERMS,
    ]),
    heads: termIndex(HEAD_NOUNS.map((h): [string, true] => [h, true])),
    added: valid,
  };
}

export const BUILTIN_LEXICON = buildLexicon();

/** The category the shipped lexicon alone gives a term (for showing what an entry overrides). */
export function builtinCategory(term: string): Category | null {
  return CATEGORY_TERMS.find(([t]) => t === term)?.[1] ?? null;
}

/** Longest first, so the scanner prefers 固定资产投资 over 投资. */
export function byLength(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length);
}

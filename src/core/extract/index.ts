// Tally's extraction engine: article text in, figures out (SCHEMA.md), as pure functions without I/O.
// Stages: view (simplify, keep offsets) → scan → exclusions → context (measure, kind, period, subject).
import type { Figure } from '../../shared/domain.ts';
import { findPublished, findTitle } from './article.ts';
import { buildFigures } from './figures.ts';
import type { Lexicon } from './lexicon.ts';
import { buildView } from './normalise.ts';
import { findNames, mainSubject } from './subject.ts';

export { toEvalJson } from './eval-json.ts';

export { buildLexicon, BUILTIN_LEXICON, type Lexicon, type LexiconEntry } from './lexicon.ts';
export { unitNorm } from './units.ts';

export interface ExtractContext {
  published: string | null;
  title?: string | null;
  subject?: string | null;
  /** The indicator→category lexicon with the analysts' additions; the shipped one when absent. */
  lexicon?: Lexicon | undefined;
}

export interface AnalyseOptions {
  lexicon?: Lexicon | undefined;
}

export interface ArticleAnalysis {
  published: string | null;
  subject: string | null;
  title: string;
  figures: Figure[];
}

/** Finds every figure in text; offsets are UTF-16 indices into `text`. */
export function extractFigures(text: string, ctx: ExtractContext): Figure[] {
  const view = buildView(text);
  const names = findNames(view.text);
  const subject = ctx.subject ?? mainSubject(view.text, names);
  return buildFigures(text, view, names, { published: ctx.published, subject, lexicon: ctx.lexicon });
}

/** Whole-article pass: title, published date, main subject, then figures. */
export function analyseArticle(text: string, options: AnalyseOptions = {}): ArticleAnalysis {
  const view = buildView(text);
  const published = findPublished(view.text);
  const names = findNames(view.text);
  const subject = mainSubject(view.text, names);
  const figures = buildFigures(text, view, names, { published, subject, lexicon: options.lexicon });
  return { published, subject, title: findTitle(text), figures };
}

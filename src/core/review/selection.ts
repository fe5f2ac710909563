// Adding a figure from a text selection: the extractor reads the sentence around the selection and
// the figure that overlaps it most pre-fills the fields; the span is exactly what the analyst chose.
import type { Article, Figure } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { extractFigures } from '../extract/index.ts';

const SENTENCE_END = /[。！？!?；;\n]/u;

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to++;
  return [from, Math.min(text.length, to + 1)];
}

function overlap(f: Figure, start: number, end: number): number {
  return Math.min(f.end, end) - Math.max(f.start, start);
}

/** The first number written in the selection, for when the extractor finds no figure there. */
function bareNumber(quote: string): { value: number | null; unit: string } {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(quote);
  if (!m) return { value: null, unit: quote.trim().slice(0, 20) || '?' };
  const value = Number(m[0].replace(/,/g, ''));
  const unit = quote
    .slice(m.index + m[0].length)
    .trim()
    .slice(0, 20);
  return { value: Number.isFinite(value) ? value : null, unit: unit || '?' };
}

export function checkSpan(article: Article, start: number, end: number): string {
  if (end <= start || end > article.originalText.length) {
    throw new AppError(
      'invalid_input',
      `The selection ${start}–${end} is not inside the article (0–${article.originalText.length}).`,
    );
  }
  const quote = article.originalText.slice(start, end);
  if (!quote.trim()) throw new AppError('invalid_input', 'The selection is blank.');
  return quote;
}

/** The figure an analyst's selection [start, end) of the article's original text stands for. */
export function figureFromSelection(article: Article, start: number, end: number): Figure {
  const quote = checkSpan(article, start, end);
  const text = article.originalText;
  const [from, to] = sentenceAround(text, start, end);
  const ctx = { published: article.published, title: article.title, subject: article.subject };
  const found = extractFigures(text.slice(from, to), ctx)
    .map((f) => ({ ...f, start: f.start + from, end: f.end + from }))
    .filter((f) => overlap(f, start, end) > 0)
    .sort((a, b) => overlap(b, start, end) - overlap(a, start, end));
  const best = found[0] ?? extractFigures(quote, ctx)[0];
  if (best) return { ...best, start, end, quote, confidence: 1 };
  const { value, unit } = bareNumber(quote);
  return {
    start,
    end,
    quote,
    value,
    range: null,
    unit,
    norm: { value, unit: 'count', range: null },
    approx: 'exact',
    measure: 'level',
    kind: 'actual',
    category: 'other',
    indicator: '',
    subject: article.subject ?? '',
    period: null,
    periodNorm: null,
    confidence: 1,
  };
}

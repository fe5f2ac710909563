// The eval JSON form of SCHEMA.md: what `tally extract --json` and scripts/eval-extract.ts write.
import type { ArticleAnalysis } from './index.ts';

export function toEvalJson(articleFileName: string, analysis: ArticleAnalysis, text: string): object {
  return {
    article: articleFileName,
    published: analysis.published,
    subject: analysis.subject,
    indicators: analysis.figures.map((f) => ({
      start: f.start,
      end: f.end,
      quote: text.slice(f.start, f.end),
      value: f.value,
      range: f.range,
      unit: f.unit,
      norm:
        f.range === null
          ? { value: f.norm.value, unit: f.norm.unit }
          : { value: null, unit: f.norm.unit, range: f.norm.range },
      approx: f.approx,
      measure: f.measure,
      kind: f.kind,
      category: f.category,
      indicator: f.indicator,
      subject: f.subject,
      period: f.period,
      period_norm: f.periodNorm,
      confidence: f.confidence,
    })),
  };
}

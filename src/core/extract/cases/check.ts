// Shared by the generalisation cases: wraps invented sentences in a short article and checks the
// figures found against what an analyst would enter, in order of appearance.
import { expect } from 'vitest';
import type { Figure } from '../../../shared/domain.ts';
import { analyseArticle } from '../index.ts';

export type Expect = Partial<
  Pick<
    Figure,
    | 'value'
    | 'range'
    | 'unit'
    | 'approx'
    | 'measure'
    | 'kind'
    | 'category'
    | 'indicator'
    | 'subject'
    | 'period'
    | 'periodNorm'
  >
> & {
  quote: string;
  /** A phrase the indicator name must contain. */
  name?: string;
};

/** Title, a publication date in July 2024, then the body. */
export function article(body: string, title = '北塘科技城经济运行情况'): string {
  return `${title}\n2024-07-20 10:00:00\n${body}`;
}

export function check(body: string, expected: Expect[], title?: string): void {
  const found = analyseArticle(article(body, title)).figures;
  expect(found.map((f) => f.quote)).toEqual(expected.map((e) => e.quote));
  expected.forEach((e, k) => {
    const { name, ...fields } = e;
    expect(found[k]).toMatchObject(fields);
    if (name) expect(found[k]!.indicator).toContain(name);
  });
}

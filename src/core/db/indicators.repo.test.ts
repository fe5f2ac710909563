// Inserting figures: a single value and a range are written by different statements (the single
// value's leaves the range columns out); both must read back exactly as given, status included.
import { describe, expect, it } from 'vitest';
import { makeIndicator } from '../../shared/testing/indicator.ts';
import { newArticle } from '../testing/article.ts';
import { insertArticle } from './articles.repo.ts';
import { getIndicator, insertIndicators } from './indicators.repo.ts';
import { useTempStore } from '../testing/store.ts';

const store = useTempStore();

describe('insertIndicators', () => {
  it('stores single values and ranges field for field, with the status given', () => {
    const { db } = store();
    const articleId = insertArticle(db, newArticle('示例', '示例文本'.repeat(10), 'h'));
    const single = makeIndicator({ start: 0, end: 4, period: null, periodNorm: null });
    const range = makeIndicator({
      start: 5,
      end: 12,
      quote: '10-12亿元',
      value: null,
      range: [10, 12],
      norm: { value: null, unit: 'CNY', range: [1e9, 1.2e9] },
      approx: 'about',
      measure: 'change',
      kind: 'target',
    });
    const at = '2024-05-06T07:08:09.000Z';
    for (const status of ['pending', 'added'] as const) {
      const ids = insertIndicators(db, articleId, [single, range], status, at);
      const [a, b] = ids.map((id) => getIndicator(db, id)!);
      const expected = (f: typeof single, id: number) => ({
        ...f,
        id,
        articleId,
        status,
        version: 1,
        updatedAt: at,
      });
      expect(a).toEqual(expected(single, ids[0]!));
      expect(b).toEqual(expected(range, ids[1]!));
    }
    expect(() => insertIndicators(db, articleId, [single], "pending', 'x" as never, at)).toThrow(
      /unknown review status/,
    );
  });
});

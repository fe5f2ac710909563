// A figure sent from an import worker as a row comes back as the same figure, ranges and nulls
// included, with nothing added or lost.
import { describe, expect, it } from 'vitest';
import { makeIndicator } from '../../shared/testing/indicator.ts';
import type { Figure } from '../../shared/domain.ts';
import { fromFigureRow, toFigureRow } from './figure-rows.ts';

const figureOf = ({
  id: _i,
  articleId: _a,
  status: _s,
  note: _n,
  version: _v,
  updatedAt: _u,
  ...f
}: ReturnType<typeof makeIndicator>): Figure => f;

describe('figure rows', () => {
  it.each([
    ['a single value', figureOf(makeIndicator())],
    [
      'a range with nulls',
      figureOf(
        makeIndicator({
          value: null,
          range: [10, 12.5],
          norm: { value: null, unit: 'CNY', range: [1e9, 1.25e9] },
          period: null,
          periodNorm: null,
        }),
      ),
    ],
  ])('%s survives the trip', (_, figure) => {
    const back = fromFigureRow(structuredClone(toFigureRow(figure)));
    expect(back).toStrictEqual(figure);
    expect(Object.keys(back)).toEqual(Object.keys(figure));
  });
});

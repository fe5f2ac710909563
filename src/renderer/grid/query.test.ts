import { describe, expect, it } from 'vitest';
import { apiSchemas } from '../../shared/api.ts';
import { filtersOf, pageQuery, sortOf } from './query.ts';

describe('the grid query', () => {
  it('sorts only by columns the store can sort by', () => {
    expect(
      sortOf([
        { colId: 'value', sort: 'desc' },
        { colId: 'normValue', sort: 'asc' },
      ]),
    ).toEqual([{ field: 'value', dir: 'desc' }]);
  });

  it('turns text and number filters, with AND conditions, into store filters', () => {
    expect(
      filtersOf({
        subject: { filterType: 'text', type: 'equals', filter: '临江高新区' },
        value: {
          filterType: 'number',
          operator: 'AND',
          conditions: [
            { filterType: 'number', type: 'greaterThan', filter: 10 },
            { filterType: 'number', type: 'inRange', filter: 0, filterTo: 500 },
          ],
        },
        period: { filterType: 'text', type: 'blank' },
      }),
    ).toEqual([
      { field: 'subject', op: 'equals', value: '临江高新区' },
      { field: 'value', op: 'greaterThan', value: 10 },
      { field: 'value', op: 'inRange', value: 0, to: 500 },
      { field: 'period', op: 'blank' },
    ]);
  });

  it('keeps every condition of an OR filter, as one filter with alternatives', () => {
    const filters = filtersOf({
      subject: {
        filterType: 'text',
        operator: 'OR',
        conditions: [
          { filterType: 'text', type: 'equals', filter: '临江高新区' },
          { filterType: 'text', type: 'contains', filter: '经开区' },
        ],
      },
      value: {
        filterType: 'number',
        operator: 'OR',
        conditions: [
          { filterType: 'number', type: 'lessThan', filter: 1 },
          { filterType: 'number', type: 'inRange', filter: null },
        ],
      },
    });
    expect(filters).toEqual([
      { field: 'subject', op: 'equals', value: '临江高新区', or: [{ op: 'contains', value: '经开区' }] },
      // A half-typed alternative is dropped; what remains is a plain filter.
      { field: 'value', op: 'lessThan', value: 1 },
    ]);
    expect(apiSchemas.listIndicators.safeParse({ filters }).success).toBe(true);
  });

  it('drops unknown columns, unknown operators and half-typed filters', () => {
    expect(
      filtersOf({
        quote: { filterType: 'text', type: 'contains', filter: '亿' },
        unit: { filterType: 'text', type: 'regex', filter: '.*' },
        indicator: { filterType: 'text', type: 'contains', filter: null },
      }),
    ).toEqual([]);
  });

  it('makes a page request the contract accepts, for one article or the corpus', () => {
    const q = pageQuery(null, [{ colId: 'value', sort: 'asc' }], {}, 900_000, 900_100, false);
    expect(q).toEqual({ sort: [{ field: 'value', dir: 'asc' }], offset: 900_000, limit: 100, count: false });
    expect(apiSchemas.listIndicators.safeParse(q).success).toBe(true);
    expect(pageQuery(4, [], {}, 0, 100, true)).toMatchObject({ articleId: 4, count: true });
  });
});

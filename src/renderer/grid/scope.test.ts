import { describe, expect, it } from 'vitest';
import { apiSchemas } from '../../shared/api.ts';
import { gridScopeSchema } from '../../shared/api/reports.ts';
import { pageQuery } from './query.ts';
import { gridScopeOf } from './scope.ts';

describe('the grid scope a report exports', () => {
  const state = {
    sort: { sortModel: [{ colId: 'value', sort: 'desc' as const }] },
    filter: { filterModel: { subject: { filterType: 'text', type: 'equals', filter: '临江高新区' } } },
  };

  it('is the query the grid pages through, without paging', () => {
    const page = pageQuery(7, state.sort.sortModel, state.filter.filterModel, 200, 300, true);
    const scope = gridScopeOf(7, state);
    expect(scope).toEqual({
      articleId: 7,
      sort: [{ field: 'value', dir: 'desc' }],
      filters: [{ field: 'subject', op: 'equals', value: '临江高新区' }],
    });
    const { offset: _o, limit: _l, count: _c, ...rest } = page;
    expect(scope).toEqual(rest);
    // What the report's schema accepts as a grid scope.
    expect(gridScopeSchema.parse(scope)).toEqual(scope);
    expect(apiSchemas.listIndicators.parse({ ...scope, offset: 0, limit: 1 }).filters).toHaveLength(1);
  });

  it('covers the whole corpus, in the store order, when the grid has no sort or filter', () => {
    expect(gridScopeOf(null, undefined)).toEqual({ sort: [] });
  });
});

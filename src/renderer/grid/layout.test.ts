import type { GridState } from 'ag-grid-community';
import { describe, expect, it } from 'vitest';
import { layoutChange } from './layout.ts';

const columns = { columnOrder: { orderedColIds: ['quote', 'value', 'unit'] } };
const byValue: GridState = { ...columns, sort: { sortModel: [{ colId: 'value', sort: 'asc' }] } };

describe('layoutChange', () => {
  it('changes nothing when the grid already shows the view layout', () => {
    expect(layoutChange(byValue, byValue)).toBeNull();
    expect(layoutChange({ ...columns, scroll: { top: 40, left: 0 } }, undefined)).toBeNull();
  });

  it('applies only the sort when only the sort differs, and leaves the columns alone', () => {
    const change = layoutChange(columns, byValue)!;
    expect(change.state).toEqual({ sort: byValue.sort });
    expect(change.ignore).toContain('columnOrder');
    expect(change.ignore).toContain('scroll');
    expect(change.ignore).not.toContain('sort');
  });

  it('clears a sort and a filter the view does not keep', () => {
    const shown: GridState = {
      ...byValue,
      filter: { filterModel: { subject: { filterType: 'text', type: 'equals', filter: '临江' } } },
    };
    const change = layoutChange(shown, undefined)!;
    expect(change.state).toEqual({ sort: { sortModel: [] }, filter: { filterModel: {} } });
  });

  it('applies a kept column order that differs', () => {
    const moved = { columnOrder: { orderedColIds: ['value', 'quote', 'unit'] } };
    expect(layoutChange(columns, moved)?.state).toEqual(moved);
  });
});

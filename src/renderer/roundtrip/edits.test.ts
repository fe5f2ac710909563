import { describe, expect, it } from 'vitest';
import type { ReportDifference } from '../../shared/domain.ts';
import { editsOf } from './edits.ts';

const diff = (
  indicatorId: number,
  field: ReportDifference['field'],
  patch: ReportDifference['patch'],
): ReportDifference => ({
  indicatorId,
  version: indicatorId * 10,
  row: indicatorId + 1,
  field,
  stored: '',
  workbook: '',
  patch,
  problem: patch ? null : 'bad',
  changedSinceExport: false,
});

describe('editsOf', () => {
  it('merges the chosen fields of one row into one edit and leaves out unchosen or unusable ones', () => {
    const differences = [
      diff(1, 'value', { value: 47 }),
      diff(1, 'note', { note: '核对' }),
      diff(2, 'status', null),
      diff(3, 'deleted', { status: 'rejected' }),
      diff(4, 'value', { value: 5 }),
    ];
    expect(editsOf(differences, new Set([0, 1, 2, 3]))).toEqual([
      { id: 1, version: 10, patch: { value: 47, note: '核对' } },
      { id: 3, version: 30, patch: { status: 'rejected' } },
    ]);
  });
});

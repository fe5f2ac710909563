import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/domain.ts';
import { patchFromEdit } from './patch.ts';
import { makeIndicator } from '../../shared/testing/indicator.ts';

const row: Indicator = makeIndicator({ id: 3, articleId: 1, version: 4 });

describe('patchFromEdit', () => {
  it('parses a typed number, with thousands separators', () => {
    expect(patchFromEdit(row, 'value', '1,250.5')).toEqual({ kind: 'patch', patch: { value: 1250.5 } });
    expect(patchFromEdit(row, 'value', 12)).toEqual({ kind: 'patch', patch: { value: 12 } });
  });

  it('refuses text that is not a number, naming it', () => {
    expect(patchFromEdit(row, 'value', '十二')).toEqual({
      kind: 'invalid',
      key: 'edit.notNumber',
      vars: { value: '十二' },
    });
  });

  it('clears the value when the cell is emptied', () => {
    expect(patchFromEdit(row, 'value', '')).toEqual({ kind: 'patch', patch: { value: null } });
  });

  it('sends nothing when the value did not change', () => {
    expect(patchFromEdit(row, 'value', '240.3')).toEqual({ kind: 'unchanged' });
    expect(patchFromEdit(row, 'subject', ' 示例园区 ')).toEqual({ kind: 'unchanged' });
  });

  it('makes a blank period or period_norm null', () => {
    expect(patchFromEdit(row, 'period', '  ')).toEqual({ kind: 'patch', patch: { period: null } });
    expect(patchFromEdit(row, 'periodNorm', '')).toEqual({ kind: 'patch', patch: { periodNorm: null } });
  });

  it('accepts the period_norm forms of the schema and refuses others', () => {
    for (const ok of ['2023-Q1', '2023-H2', '2023-07', '2023-01..2023-09', '2021..2025']) {
      expect(patchFromEdit(row, 'periodNorm', ok)).toEqual({ kind: 'patch', patch: { periodNorm: ok } });
    }
    expect(patchFromEdit(row, 'periodNorm', '2023年').kind).toBe('invalid');
    expect(patchFromEdit(row, 'periodNorm', '2023-Q5').kind).toBe('invalid');
  });

  it('passes a chosen status and ignores values outside the list', () => {
    expect(patchFromEdit(row, 'status', 'confirmed')).toEqual({
      kind: 'patch',
      patch: { status: 'confirmed' },
    });
    expect(patchFromEdit(row, 'category', 'weather')).toEqual({ kind: 'unchanged' });
  });

  it('refuses an empty unit, which the contract forbids', () => {
    expect(patchFromEdit(row, 'unit', ' ').kind).toBe('invalid');
  });

  it('keeps a note as typed, inner spacing and all', () => {
    expect(patchFromEdit(row, 'note', '核对 原文')).toEqual({ kind: 'patch', patch: { note: '核对 原文' } });
  });
});

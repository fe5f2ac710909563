import { describe, expect, it } from 'vitest';
import { ROW } from '../commands/testing.ts';
import { bulkPatch } from './bulkPatch.ts';

describe('bulkPatch', () => {
  it('sets a value even when the sample row already holds it', () => {
    expect(bulkPatch(ROW, 'kind', 'actual')).toEqual({ kind: 'patch', patch: { kind: 'actual' } });
    expect(bulkPatch(ROW, 'subject', ' 青湾开发区 ')).toEqual({
      kind: 'patch',
      patch: { subject: '青湾开发区' },
    });
  });

  it('refuses what a cell would refuse, and choices outside the list', () => {
    expect(bulkPatch(ROW, 'periodNorm', '2023年').kind).toBe('invalid');
    expect(bulkPatch(ROW, 'unit', '').kind).toBe('invalid');
    expect(bulkPatch(ROW, 'category', 'weather')).toMatchObject({ kind: 'invalid', key: 'edit.notAChoice' });
  });
});

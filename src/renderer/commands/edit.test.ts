import { describe, expect, it } from 'vitest';
import { edit } from './edit.ts';
import { recordingContext } from './testing.ts';

describe('edit', () => {
  it('opens the cell editor on the current row, and needs one', async () => {
    const r = recordingContext();
    await edit.perform(r.ctx);
    expect(r.log).toEqual(['edit']);
    expect(edit.enabled(recordingContext({ current: null }).ctx)).toBe(false);
  });
});

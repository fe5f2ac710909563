import { describe, expect, it } from 'vitest';
import { nextPending } from './nextPending.ts';
import { recordingContext } from './testing.ts';

describe('next pending', () => {
  it('moves the grid to the next pending row, and says when there is none', async () => {
    const r = recordingContext();
    await nextPending.perform(r.ctx);
    expect(r.log).toEqual(['nextPending', 'notice:No pending figures in this view']);

    const found = recordingContext({
      grid: { next: () => {}, edit: () => {}, nextPending: async () => true },
    });
    await nextPending.perform(found.ctx);
    expect(found.log).toEqual([]);
  });
});

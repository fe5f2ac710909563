import { describe, expect, it } from 'vitest';
import { reject } from './reject.ts';
import { recordingContext, ROW } from './testing.ts';

describe('reject', () => {
  it('rejects the row as a reject command and moves on', async () => {
    const r = recordingContext();
    await reject.perform(r.ctx);
    expect(r.calls).toEqual([
      ['updateIndicator', { id: 7, version: 3, patch: { status: 'rejected' }, command: 'reject' }],
    ]);
    expect(r.log).toEqual(['next']);
  });

  it('sends nothing for a row already rejected', async () => {
    const r = recordingContext({ current: { ...ROW, status: 'rejected' } });
    await reject.perform(r.ctx);
    expect(r.calls).toEqual([]);
  });
});

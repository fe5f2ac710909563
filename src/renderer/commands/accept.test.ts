import { describe, expect, it } from 'vitest';
import { accept } from './accept.ts';
import { recordingContext, ROW } from './testing.ts';

describe('accept', () => {
  it('confirms a pending row at the version seen, as an accept command, and moves on', async () => {
    const r = recordingContext();
    await accept.perform(r.ctx);
    expect(r.calls).toEqual([
      ['updateIndicator', { id: 7, version: 3, patch: { status: 'confirmed' }, command: 'accept' }],
    ]);
    expect(r.applied[0]!.indicators[0]).toMatchObject({ status: 'confirmed', version: 4 });
    expect(r.log).toEqual(['next']);
  });

  it('leaves a corrected row as corrected and just moves on', async () => {
    const r = recordingContext({ current: { ...ROW, status: 'corrected' } });
    await accept.perform(r.ctx);
    expect(r.calls).toEqual([]);
    expect(r.log).toEqual(['next']);
  });

  it('does not apply without a row under review', () => {
    expect(accept.enabled(recordingContext({ current: null }).ctx)).toBe(false);
  });
});

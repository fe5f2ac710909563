import { describe, expect, it } from 'vitest';
import { reanchor } from './reanchor.ts';
import { recordingContext } from './testing.ts';

describe('re-anchor', () => {
  it('moves the current row to the selected span, at the version seen', async () => {
    const r = recordingContext({ textSelection: { start: 4, end: 12 } });
    await reanchor.perform(r.ctx);
    expect(r.calls).toEqual([['reanchorIndicator', { id: 7, version: 3, start: 4, end: 12 }]]);
    expect(r.applied).toHaveLength(1);
  });

  it('needs both a row and a selection', () => {
    expect(reanchor.enabled(recordingContext({ textSelection: null }).ctx)).toBe(false);
    expect(
      reanchor.enabled(recordingContext({ current: null, textSelection: { start: 0, end: 1 } }).ctx),
    ).toBe(false);
  });
});

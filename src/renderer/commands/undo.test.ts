import { describe, expect, it } from 'vitest';
import { recordingContext } from './testing.ts';
import { undo } from './undo.ts';

describe('undo', () => {
  it('asks the store to undo and shows what came back', async () => {
    const r = recordingContext();
    await undo.perform(r.ctx);
    expect(r.calls).toEqual([['undo', {}]]);
    expect(r.applied).toHaveLength(1);
    expect(r.log).toEqual(['notice:Undone (1 rows)']);
  });

  it('says so when there is nothing to undo', async () => {
    const r = recordingContext({}, { emptyStack: true });
    await undo.perform(r.ctx);
    expect(r.applied).toEqual([]);
    expect(r.log).toEqual(['notice:Nothing to undo']);
  });
});

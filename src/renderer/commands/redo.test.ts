import { describe, expect, it } from 'vitest';
import { redo } from './redo.ts';
import { recordingContext } from './testing.ts';

describe('redo', () => {
  it('asks the store to redo and shows what came back', async () => {
    const r = recordingContext();
    await redo.perform(r.ctx);
    expect(r.calls).toEqual([['redo', {}]]);
    expect(r.log).toEqual(['notice:Redone (1 rows)']);
  });

  it('says so when nothing was undone', async () => {
    const r = recordingContext({}, { emptyStack: true });
    await redo.perform(r.ctx);
    expect(r.log).toEqual(['notice:Nothing to redo']);
  });
});

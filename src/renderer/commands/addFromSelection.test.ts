import { describe, expect, it } from 'vitest';
import { addFromSelection } from './addFromSelection.ts';
import { recordingContext } from './testing.ts';

describe('add from selection', () => {
  it('adds the selected span of the open article and shows the new row', async () => {
    const r = recordingContext({ textSelection: { start: 30, end: 36 } });
    expect(addFromSelection.enabled(r.ctx)).toBe(true);
    await addFromSelection.perform(r.ctx);
    expect(r.calls).toEqual([['addIndicator', { articleId: 2, start: 30, end: 36 }]]);
    expect(r.applied[0]!.indicators[0]).toMatchObject({ id: 8, status: 'added' });
  });

  it('asks for a selection first when there is none', async () => {
    const r = recordingContext({ textSelection: null });
    expect(addFromSelection.enabled(r.ctx)).toBe(false);
    await addFromSelection.perform(r.ctx);
    expect(r.calls).toEqual([]);
    expect(r.log).toEqual(['notice:Select text in the article first']);
  });
});

import { describe, expect, it } from 'vitest';
import { findReplace } from './findReplace.ts';
import { help } from './help.ts';
import { history } from './history.ts';
import { setField } from './setField.ts';
import { recordingContext } from './testing.ts';

describe('commands that open a panel', () => {
  it('set field opens its dialog, only with rows selected', async () => {
    const r = recordingContext();
    await setField.perform(r.ctx);
    expect(r.log).toEqual(['open:setField']);
    expect(setField.enabled(recordingContext({ selected: [] }).ctx)).toBe(false);
  });

  it('find & replace, history and help open theirs', async () => {
    const r = recordingContext();
    await findReplace.perform(r.ctx);
    await history.perform(r.ctx);
    await help.perform(r.ctx);
    expect(r.log).toEqual(['open:findReplace', 'open:history', 'open:help']);
  });
});

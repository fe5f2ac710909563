import { describe, expect, it } from 'vitest';
import { focusText } from './focusText.ts';
import { commandForKey } from './registry.ts';
import { recordingContext } from './testing.ts';

describe('select in text', () => {
  it('is the T key, and puts the keyboard in the open article’s text', () => {
    const key = { key: 't', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false };
    expect(commandForKey(key)).toBe(focusText);
    const r = recordingContext();
    expect(focusText.enabled(r.ctx)).toBe(true);
    void focusText.perform(r.ctx);
    expect(r.log).toEqual(['focusText']);
  });

  it('needs an open article', () => {
    expect(focusText.enabled(recordingContext({ articleId: null }).ctx)).toBe(false);
  });
});

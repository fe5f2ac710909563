import { describe, expect, it } from 'vitest';
import { allCommands, commandForKey } from '../commands/index.ts';
import { MESSAGES } from '../i18n/strings.ts';
import { moveForKey, TEXT_KEY_HELP } from './textKeys.ts';
import { press } from '../commands/testing.ts';

describe('the article text keys', () => {
  it('move the caret by character, word, line and to the ends; Shift extends', () => {
    expect(moveForKey(press('ArrowRight'))).toEqual({ motion: 'char', dir: 1, extend: false });
    expect(moveForKey(press('ArrowLeft', { shift: true }))).toEqual({
      motion: 'char',
      dir: -1,
      extend: true,
    });
    expect(moveForKey(press('ArrowRight', { ctrl: true, shift: true }))).toEqual({
      motion: 'word',
      dir: 1,
      extend: true,
    });
    expect(moveForKey(press('ArrowLeft', { meta: true }))).toMatchObject({ motion: 'word', dir: -1 });
    expect(moveForKey(press('ArrowUp'))).toMatchObject({ motion: 'line', dir: -1 });
    expect(moveForKey(press('End'))).toMatchObject({ motion: 'lineEdge', dir: 1 });
    expect(moveForKey(press('Home', { ctrl: true }))).toMatchObject({ motion: 'textEdge', dir: -1 });
  });

  it('leave every other key to the commands, and take none of theirs', () => {
    expect(moveForKey(press('i'))).toBeNull();
    expect(moveForKey(press('ArrowRight', { alt: true }))).toBeNull();
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End']) {
      for (const mods of [{}, { shift: true }, { ctrl: true }, { ctrl: true, shift: true }]) {
        expect(commandForKey(press(key, mods)), `${key} ${JSON.stringify(mods)}`).toBeUndefined();
      }
    }
    expect(allCommands().some((c) => c.name === 'focusText')).toBe(true);
  });

  it('are listed in the help in both languages', () => {
    expect(TEXT_KEY_HELP.length).toBeGreaterThan(5);
    for (const row of TEXT_KEY_HELP) {
      expect(MESSAGES.zh[row.label]).toBeTruthy();
      expect(MESSAGES.en[row.label]).toBeTruthy();
    }
    const shown = TEXT_KEY_HELP.flatMap((r) => r.keys).join(' ');
    for (const k of ['←', 'Ctrl+→', '↓', 'Home', 'Ctrl+End', 'Shift+→', 'Esc', 'Enter'])
      expect(shown).toContain(k);
  });
});

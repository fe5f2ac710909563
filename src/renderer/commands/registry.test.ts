import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/strings.ts';
import { allCommands, commandForKey, shortcutText } from './index.ts';
import { press } from './testing.ts';

describe('the command registry', () => {
  it('holds every review command once, each labelled in both languages', () => {
    const names = allCommands().map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'accept',
        'reject',
        'undo',
        'redo',
        'nextPending',
        'edit',
        'focusText',
        'addFromSelection',
        'reanchor',
        'acceptHighConfidence',
        'setField',
        'findReplace',
        'history',
        'help',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
    for (const c of allCommands()) {
      expect(MESSAGES.zh[c.label]).toBeTruthy();
      expect(MESSAGES.en[c.label]).toBeTruthy();
    }
  });

  it('gives no two commands the same key', () => {
    const keys = allCommands().flatMap((c) => c.shortcuts.map((s) => shortcutText(s)));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds the command for a key press, Shift and Ctrl/⌘ included', () => {
    expect(commandForKey(press('a'))?.name).toBe('accept');
    expect(commandForKey(press('A', { shift: true }))?.name).toBe('acceptHighConfidence');
    expect(commandForKey(press('z', { ctrl: true }))?.name).toBe('undo');
    expect(commandForKey(press('z', { meta: true }))?.name).toBe('undo');
    expect(commandForKey(press('Z', { ctrl: true, shift: true }))?.name).toBe('redo');
    expect(commandForKey(press('y', { ctrl: true }))?.name).toBe('redo');
    expect(commandForKey(press('?', { shift: true }))?.name).toBe('help');
    expect(commandForKey(press('a', { alt: true }))).toBeUndefined();
    expect(commandForKey(press('a', { ctrl: true }))).toBeUndefined(); // select-all stays the browser's
    expect(commandForKey(press('q'))).toBeUndefined();
  });

  it('writes shortcuts the way the UI shows them', () => {
    expect(shortcutText({ key: 'z', mod: true, shift: true })).toBe('Ctrl+Shift+Z');
    expect(shortcutText({ key: 'z', mod: true }, true)).toBe('⌘+Z');
    expect(shortcutText({ key: '?' })).toBe('?');
  });
});

// The keys that move the caret in the article text, in one table: the text pane's key handler and
// the help overlay both read it, so what the help shows is what the keys do. Shift with any move
// extends the selection, as in an editor.
import type { KeyPress } from '../commands/registry.ts';
import type { MessageKey } from '../i18n/strings.ts';

export type Motion = 'char' | 'word' | 'line' | 'lineEdge' | 'textEdge';

interface MoveKey {
  key: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod: boolean;
  motion: Motion;
  dir: -1 | 1;
}

const MOVES: readonly MoveKey[] = [
  { key: 'ArrowLeft', mod: false, motion: 'char', dir: -1 },
  { key: 'ArrowRight', mod: false, motion: 'char', dir: 1 },
  { key: 'ArrowLeft', mod: true, motion: 'word', dir: -1 },
  { key: 'ArrowRight', mod: true, motion: 'word', dir: 1 },
  { key: 'ArrowUp', mod: false, motion: 'line', dir: -1 },
  { key: 'ArrowDown', mod: false, motion: 'line', dir: 1 },
  { key: 'Home', mod: false, motion: 'lineEdge', dir: -1 },
  { key: 'End', mod: false, motion: 'lineEdge', dir: 1 },
  { key: 'Home', mod: true, motion: 'textEdge', dir: -1 },
  { key: 'End', mod: true, motion: 'textEdge', dir: 1 },
];

export interface Move {
  motion: Motion;
  dir: -1 | 1;
  extend: boolean;
}

/** The caret move a key press asks for in the text pane, or null for any other key. */
export function moveForKey(e: KeyPress): Move | null {
  if (e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  const m = MOVES.find((k) => k.key === e.key && k.mod === mod);
  return m ? { motion: m.motion, dir: m.dir, extend: e.shiftKey } : null;
}

/** The help overlay's rows for the text pane (the command table lists T, which gets there). */
export const TEXT_KEY_HELP: readonly { label: MessageKey; keys: string[] }[] = [
  { label: 'textKeys.char', keys: ['←', '→'] },
  { label: 'textKeys.word', keys: ['Ctrl+←', 'Ctrl+→'] },
  { label: 'textKeys.line', keys: ['↑', '↓'] },
  { label: 'textKeys.lineEdge', keys: ['Home', 'End'] },
  { label: 'textKeys.textEdge', keys: ['Ctrl+Home', 'Ctrl+End'] },
  { label: 'textKeys.extend', keys: ['Shift+←', 'Shift+→', 'Shift+↑', 'Shift+↓'] },
  { label: 'textKeys.collapse', keys: ['Esc'] },
  { label: 'textKeys.selectFigure', keys: ['Enter'] },
];

// The one list of review commands, filled by register() in each command's file, and how a key press
// finds its command. The toolbar, the help overlay and the keyboard all read this list.
import type { Command, Shortcut } from './types.ts';

const registry: Command[] = [];

export function register(command: Command): Command {
  if (registry.some((c) => c.name === command.name))
    throw new Error(`command ${command.name} registered twice`);
  registry.push(command);
  return command;
}

export function allCommands(): readonly Command[] {
  return registry;
}

export function byName(name: string): Command | undefined {
  return registry.find((c) => c.name === name);
}

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Symbols such as '?' need Shift on most layouts; for them Shift is part of the key itself. */
const isLetter = (key: string) => /^[a-z]$/i.test(key);

export function matches(s: Shortcut, e: KeyPress): boolean {
  if (e.altKey) return false;
  if (!!s.mod !== (e.ctrlKey || e.metaKey)) return false;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key !== s.key) return false;
  return isLetter(s.key) || s.key.length > 1 ? !!s.shift === e.shiftKey : true;
}

export function commandForKey(e: KeyPress, commands: readonly Command[] = registry): Command | undefined {
  return commands.find((c) => c.shortcuts.some((s) => matches(s, e)));
}

/** How a shortcut is written on a button or in the help: "A", "Ctrl+Z", "Shift+A", "?". */
export function shortcutText(s: Shortcut, mac = false): string {
  const parts: string[] = [];
  if (s.mod) parts.push(mac ? '⌘' : 'Ctrl');
  if (s.shift) parts.push('Shift');
  parts.push(s.key.length === 1 ? s.key.toUpperCase() : s.key);
  return parts.join('+');
}

// The keyboard half of the command registry: a key pressed anywhere in the workbench (but not while
// typing in a field or editing a cell) runs its command. Listening in the capture phase lets our
// keys win over the grid's type-to-edit, while every other key still reaches the grid.
import { useEffect, useRef } from 'react';
import { commandForKey } from './registry.ts';
import type { Command } from './types.ts';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target.closest('.ag-cell-inline-editing, .ag-popup-editor, .ag-filter, .ag-menu')) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useCommandKeys(run: (command: Command) => void, active: boolean): void {
  const runRef = useRef(run);
  useEffect(() => {
    runRef.current = run;
  }, [run]);
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || typing(e.target)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      e.stopPropagation();
      runRef.current(command);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active]);
}

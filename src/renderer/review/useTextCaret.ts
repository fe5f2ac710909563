// Keyboard selection in the article text: arrow keys (and Ctrl, Home, End) move a caret the pane
// draws itself, Shift extends the selection, Esc clears it and Enter chooses the figure under the
// caret. The selection is the browser's own, so the add and re-anchor commands read it as they read
// a mouse selection, while the text stays plain, never-editable nodes.
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { collapseFor, moved, stepChar, stepWord, type Caret } from './caret.ts';
import { caretBox, lineEdge, lineStep, readCaret, writeCaret } from './textCaret.ts';
import { moveForKey, type Move } from './textKeys.ts';

function target(root: HTMLElement, caret: Caret, move: Move, goalX: () => number): number {
  const text = root.textContent ?? '';
  switch (move.motion) {
    case 'char':
      return (move.extend ? null : collapseFor(caret, move.dir)) ?? stepChar(text, caret.focus, move.dir);
    case 'word':
      return stepWord(text, caret.focus, move.dir);
    case 'line':
      return lineStep(root, caret.focus, move.dir, goalX());
    case 'lineEdge':
      return lineEdge(root, caret.focus, move.dir);
    case 'textEdge':
      return move.dir < 0 ? 0 : text.length;
  }
}

/** Draws the caret at the selection's focus while the text has the keyboard; hides it otherwise. */
function drawCaret(root: HTMLElement, el: HTMLElement): void {
  const frame = root.parentElement;
  const caret = document.activeElement === root ? readCaret(root) : null;
  const box = caret && frame ? caretBox(root, caret.focus) : null;
  if (!box || !frame) {
    el.hidden = true;
    return;
  }
  const f = frame.getBoundingClientRect();
  el.style.transform = `translate(${box.left - f.left}px, ${box.top - f.top}px)`;
  el.style.height = `${box.height}px`;
  el.hidden = false;
}

export function useTextCaret(
  container: RefObject<HTMLElement | null>,
  /** Enter: the analyst chose the figure at this offset. */
  onChoose: (offset: number) => void,
) {
  const caretRef = useRef<HTMLSpanElement>(null);
  /** The x a run of up/down moves keeps to, so short lines do not pull the caret left. */
  const goal = useRef<number | null>(null);
  /** A key moved the caret: once drawn, it is scrolled into view. */
  const follow = useRef(false);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const draw = () => {
      const el = caretRef.current;
      if (!el) return;
      drawCaret(root, el);
      if (follow.current && !el.hidden) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      follow.current = false;
    };
    const clicked = () => (goal.current = null);
    const resized = new ResizeObserver(draw);
    resized.observe(root);
    document.addEventListener('selectionchange', draw);
    root.addEventListener('focus', draw);
    root.addEventListener('blur', draw);
    root.addEventListener('pointerdown', clicked);
    return () => {
      resized.disconnect();
      document.removeEventListener('selectionchange', draw);
      root.removeEventListener('focus', draw);
      root.removeEventListener('blur', draw);
      root.removeEventListener('pointerdown', clicked);
    };
  }, [container]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const root = container.current;
    // Keys on a focused figure move between figures (ArticleText's own handler).
    if (!root || e.target !== root || e.nativeEvent.isComposing) return;
    const caret = readCaret(root) ?? { anchor: 0, focus: 0 };
    if (e.key === 'Escape' || e.key === 'Enter') {
      e.preventDefault();
      if (e.key === 'Enter') onChoose(caret.focus);
      else writeCaret(root, { anchor: caret.focus, focus: caret.focus });
      return;
    }
    const move = moveForKey(e);
    if (!move) return;
    e.preventDefault();
    const goalX = () => (goal.current ??= caretBox(root, caret.focus)?.left ?? 0);
    const focus = target(root, caret, move, goalX);
    if (move.motion !== 'line') goal.current = null;
    follow.current = true;
    writeCaret(root, moved(caret, focus, move.extend));
  };

  return { caretRef, onKeyDown };
}

// The article caret in the page: offsets into the original text ↔ positions in the rendered text
// nodes, the browser's own selection as the one place the caret lives (so mouse and keyboard
// selections are the same thing, and textSelection.ts reads either), and moves that need layout
// (by line, to a line's ends). The text is never editable: the caret is drawn, not the browser's.
import type { Caret } from './caret.ts';

interface Position {
  node: Node;
  offset: number;
}

/** The text-node position of an offset; at the edge of a mark, the start of the node after it. */
export function positionAt(container: HTMLElement, offset: number): Position {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let rest = Math.max(0, offset);
  let last: Position = { node: container, offset: 0 };
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (rest < n.length) return { node: n, offset: rest };
    rest -= n.length;
    last = { node: n, offset: n.length };
  }
  return last;
}

/** The offset of a DOM position inside the container (the characters before it). */
export function offsetOf(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The browser selection as a caret, when it lies in the text; null when it is elsewhere or none. */
export function readCaret(container: HTMLElement): Caret | null {
  const sel = window.getSelection();
  if (!sel || !sel.anchorNode || !sel.focusNode) return null;
  if (!container.contains(sel.anchorNode) || !container.contains(sel.focusNode)) return null;
  return {
    anchor: offsetOf(container, sel.anchorNode, sel.anchorOffset),
    focus: offsetOf(container, sel.focusNode, sel.focusOffset),
  };
}

export function writeCaret(container: HTMLElement, caret: Caret): void {
  const a = positionAt(container, caret.anchor);
  const f = positionAt(container, caret.focus);
  window.getSelection()?.setBaseAndExtent(a.node, a.offset, f.node, f.offset);
}

/** The box of the caret at an offset: one line high, zero wide. */
export function caretBox(container: HTMLElement, offset: number): DOMRect | null {
  const p = positionAt(container, offset);
  const range = document.createRange();
  range.setStart(p.node, p.offset);
  range.collapse(true);
  const box = range.getClientRects()[0];
  if (box && box.height > 0) return box;
  // Some positions (after a line break, at a node's end) have no box of their own: use the
  // character after the caret, else the one before it.
  const text = p.node.textContent ?? '';
  if (p.offset < text.length) {
    range.setEnd(p.node, p.offset + 1);
    const next = range.getClientRects()[0];
    if (next) return new DOMRect(next.left, next.top, 0, next.height);
  }
  if (p.offset > 0) {
    range.setStart(p.node, p.offset - 1);
    range.setEnd(p.node, p.offset);
    const prev = range.getClientRects()[0];
    if (prev) return new DOMRect(prev.right, prev.top, 0, prev.height);
  }
  return null;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text offset at a point on screen, or null when the point is not over the text. */
function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const doc = document as CaretDocument;
  let pos: Position | null = null;
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    if (p) pos = { node: p.offsetNode, offset: p.offset };
  } else {
    const r = doc.caretRangeFromPoint?.(x, y);
    if (r) pos = { node: r.startContainer, offset: r.startOffset };
  }
  if (!pos || !container.contains(pos.node)) return null;
  return offsetOf(container, pos.node, pos.offset);
}

function scroller(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** Scrolls the text's scrolling pane so a screen y (a line's middle) is in view; returns its new y. */
function bringIntoView(container: HTMLElement, y: number, lineHeight: number): number {
  const pane = scroller(container);
  if (!pane) return y;
  const view = pane.getBoundingClientRect();
  const delta =
    y < view.top + lineHeight
      ? y - view.top - lineHeight
      : y > view.bottom - lineHeight
        ? y - view.bottom + lineHeight
        : 0;
  if (delta === 0) return y;
  const before = pane.scrollTop;
  pane.scrollTop += delta;
  return y - (pane.scrollTop - before);
}

/**
 * The offset one line above or below the caret, at the same x (`goalX` keeps the column over short
 * lines). The text's start or end when there is no line there.
 */
export function lineStep(container: HTMLElement, at: number, dir: -1 | 1, goalX: number): number {
  const box = caretBox(container, at);
  const length = container.textContent?.length ?? 0;
  if (!box) return dir < 0 ? 0 : length;
  const y = bringIntoView(container, box.top + box.height / 2 + dir * box.height, box.height);
  const found = offsetAtPoint(container, goalX, y);
  if (found === null || found === at) return dir < 0 ? 0 : length;
  return found;
}

/** The start or end of the visual line the caret is on. */
export function lineEdge(container: HTMLElement, at: number, dir: -1 | 1): number {
  const box = caretBox(container, at);
  if (!box) return at;
  const bounds = container.getBoundingClientRect();
  const x = dir < 0 ? bounds.left + 1 : bounds.right - 1;
  return offsetAtPoint(container, x, box.top + box.height / 2) ?? at;
}

/**
 * Puts the keyboard in the text: focuses it and places the caret at `offset` (the chosen figure's
 * start, so it can be re-anchored from there). Text the analyst has selected is kept; with no figure
 * chosen, so is the caret, else it starts at the text's start.
 */
export function focusText(container: HTMLElement | null, offset: number | null): void {
  if (!container) return;
  container.focus({ preventScroll: true });
  const caret = readCaret(container);
  if (caret && caret.anchor !== caret.focus) return;
  const at = offset ?? caret?.focus ?? 0;
  writeCaret(container, { anchor: at, focus: at });
}

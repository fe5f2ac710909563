// The analyst's selection in the article text as offsets into the original text. The text pane
// renders the original text exactly (marks only wrap it), so counting characters of the text nodes
// before the selection gives the stored offsets.

export interface TextSpan {
  start: number;
  end: number;
}

function offsetWithin(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The selection inside `container`, or null when nothing (or something elsewhere) is selected. */
export function selectionIn(container: HTMLElement | null): TextSpan | null {
  const sel = window.getSelection();
  if (!container || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = offsetWithin(container, range.startContainer, range.startOffset);
  const end = offsetWithin(container, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}

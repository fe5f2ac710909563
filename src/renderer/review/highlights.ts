// Lays figure spans over the article text as a tree of text runs and marks. Figures may nest
// (a range inside a larger quote) or cross; a crossing figure is cut where its parent ends, so
// the tree stays well formed and every figure still owns at least one mark.

export interface Span {
  id: number;
  start: number;
  end: number;
}

export type Segment =
  | { kind: 'text'; text: string }
  | {
      kind: 'mark';
      id: number;
      /** The first piece of a figure: where scrolling to the figure should land. */
      first: boolean;
      start: number;
      end: number;
      children: Segment[];
    };

interface Piece extends Span {
  first: boolean;
}

function byPosition(a: Piece, b: Piece): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/** Spans clamped to the text, empty ones dropped; offsets are UTF-16 indices as stored. */
function validPieces(length: number, spans: readonly Span[]): Piece[] {
  const pieces: Piece[] = [];
  for (const s of spans) {
    const start = Math.max(0, Math.min(length, Math.trunc(s.start)));
    const end = Math.max(0, Math.min(length, Math.trunc(s.end)));
    if (end > start) pieces.push({ id: s.id, start, end, first: true });
  }
  return pieces.sort(byPosition);
}

function insertSorted(queue: Piece[], piece: Piece): void {
  let i = queue.length;
  while (i > 0 && byPosition(queue[i - 1] as Piece, piece) > 0) i--;
  queue.splice(i, 0, piece);
}

interface Frame {
  piece: Piece | null;
  children: Segment[];
  /** How far into the text this frame has emitted. */
  cursor: number;
  end: number;
}

export function layoutHighlights(text: string, spans: readonly Span[]): Segment[] {
  const queue = validPieces(text.length, spans);
  const root: Frame = { piece: null, children: [], cursor: 0, end: text.length };
  const frames: Frame[] = [root];
  const top = (): Frame => frames[frames.length - 1] as Frame;

  const emitText = (frame: Frame, upTo: number) => {
    if (upTo > frame.cursor) frame.children.push({ kind: 'text', text: text.slice(frame.cursor, upTo) });
    frame.cursor = Math.max(frame.cursor, upTo);
  };

  const close = () => {
    const frame = frames.pop() as Frame;
    const piece = frame.piece as Piece;
    emitText(frame, frame.end);
    const parent = top();
    parent.children.push({
      kind: 'mark',
      id: piece.id,
      first: piece.first,
      start: piece.start,
      end: piece.end,
      children: frame.children,
    });
    parent.cursor = frame.end;
  };

  for (let piece = queue.shift(); piece; piece = queue.shift()) {
    while (frames.length > 1 && top().end <= piece.start) close();
    const parent = top();
    if (piece.end > parent.end) {
      // Crossing: keep the part inside the parent here, the rest after the parent closes.
      insertSorted(queue, { id: piece.id, start: parent.end, end: piece.end, first: false });
      piece.end = parent.end;
    }
    emitText(parent, piece.start);
    frames.push({ piece, children: [], cursor: piece.start, end: piece.end });
  }
  while (frames.length > 1) close();
  emitText(root, text.length);
  return root.children;
}

// The figure under review, shared by the text and the grid. `from` says which view chose it, so
// only the other view scrolls; `seq` makes choosing the same figure again still count.

export interface Selection {
  id: number;
  from: 'grid' | 'text';
  seq: number;
}

export function nextSelection(prev: Selection | null, id: number, from: Selection['from']): Selection {
  return { id, from, seq: (prev?.seq ?? 0) + 1 };
}

// Each reviewer's column layout, sort and filters, per view (one article or the corpus), kept in
// the store: read once before the grid mounts, saved shortly after each change.
import type { GridState } from 'ag-grid-community';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.ts';

export type GridView = 'article' | 'corpus';

const SAVE_AFTER_MS = 400;

/** Only what a reviewer arranges; scroll, focus and selection belong to the moment. */
function kept(state: GridState): Record<string, unknown> {
  const { columnOrder, columnSizing, columnVisibility, columnPinning, sort, filter } = state;
  return Object.fromEntries(
    Object.entries({ columnOrder, columnSizing, columnVisibility, columnPinning, sort, filter }).filter(
      ([, v]) => v !== undefined,
    ),
  );
}

export function useGridState(view: GridView, reviewer: string | null) {
  // Both views' layouts are read up front, so switching view never waits on the store.
  const [loaded, setLoaded] = useState<{
    reviewer: string;
    states: Record<GridView, GridState | undefined>;
  } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef<Record<GridView, string>>({ article: '', corpus: '' });

  useEffect(() => {
    if (reviewer === null) return;
    let live = true;
    const read = (v: GridView) =>
      api
        .getGridState({ view: v })
        .then((s) => (s ?? undefined) as GridState | undefined)
        .catch(() => undefined);
    void Promise.all([read('article'), read('corpus')]).then(([article, corpus]) => {
      if (live) setLoaded({ reviewer, states: { article, corpus } });
    });
    return () => {
      live = false;
    };
  }, [reviewer]);

  const save = useCallback(
    (state: GridState) => {
      const snapshot = kept(state);
      // AG Grid reports every scroll, focus and selection; only a changed layout is worth a render.
      const text = JSON.stringify(snapshot);
      if (text === lastSaved.current[view]) return;
      lastSaved.current[view] = text;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void api.saveGridState({ view, state: snapshot }).catch(() => {});
      }, SAVE_AFTER_MS);
      // The next mount of this view starts from what the reviewer has now.
      setLoaded((l) => (l ? { ...l, states: { ...l.states, [view]: snapshot as GridState } } : l));
    },
    [view],
  );

  const ready = loaded !== null && loaded.reviewer === reviewer;
  return { ready, initialState: ready ? loaded.states[view] : undefined, save };
}

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
  const [loaded, setLoaded] = useState<{ key: string; state: GridState | undefined } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const key = `${view}:${reviewer}`;

  useEffect(() => {
    if (reviewer === null) return;
    let live = true;
    api
      .getGridState({ view })
      .then((state) => {
        if (live) setLoaded({ key, state: (state ?? undefined) as GridState | undefined });
      })
      .catch(() => {
        if (live) setLoaded({ key, state: undefined });
      });
    return () => {
      live = false;
    };
  }, [view, reviewer, key]);

  const save = useCallback(
    (state: GridState) => {
      if (timer.current) clearTimeout(timer.current);
      const snapshot = kept(state);
      timer.current = setTimeout(() => {
        void api.saveGridState({ view, state: snapshot }).catch(() => {});
      }, SAVE_AFTER_MS);
    },
    [view],
  );

  const ready = loaded?.key === key;
  return { ready, initialState: ready ? loaded.state : undefined, save };
}

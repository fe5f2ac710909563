// What store is open and how much it holds; re-read whenever the store changes (revision).
import { useEffect, useState } from 'react';
import type { StoreInfo } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useFeedback } from './feedback.tsx';

export function useStoreInfo(revision: number): StoreInfo | null {
  const { showError } = useFeedback();
  const [info, setInfo] = useState<StoreInfo | null>(null);
  useEffect(() => {
    let live = true;
    api
      .getStoreInfo({})
      .then((i) => {
        if (live) setInfo(i);
      })
      .catch((e: unknown) => {
        if (live) showError(e);
      });
    return () => {
      live = false;
    };
  }, [revision, showError]);
  return info;
}

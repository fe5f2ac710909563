// The reviewer's name from settings: shown in the header, and the key of their grid layout.
import { useEffect, useState } from 'react';
import { api } from '../api.ts';

export function useReviewer(): [string | null, (name: string) => void] {
  const [reviewer, setReviewer] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api
      .getSettings({})
      .then((s) => live && setReviewer(s.reviewer))
      .catch(() => live && setReviewer(''));
    return () => {
      live = false;
    };
  }, []);
  return [reviewer, setReviewer];
}

// One-shot imports (the demo corpus, pasted text): busy while the call runs, then the summary.
import { useState } from 'react';
import type { ImportSummary } from '../../shared/domain.ts';
import { useFeedback } from '../layout/feedback.tsx';

export interface ImportProps {
  onImported: (summary: ImportSummary) => void;
}

export function useRunImport(onImported: ImportProps['onImported']) {
  const { showError, showImport } = useFeedback();
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<ImportSummary | null>) => {
    setBusy(true);
    try {
      const summary = await work();
      if (summary) {
        showImport(summary);
        onImported(summary);
      }
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}

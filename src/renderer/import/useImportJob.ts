// An import as the back end runs it: a job started with the picked files, polled for progress
// (files done of total, the current file) until it ends, and cancellable in between. When the batch
// is done, each list whose columns were not recognised is offered for mapping, one at a time: mapped,
// it is imported again on its own; cancelled, it stays skipped. The batch never waits for either.
import { useCallback, useState } from 'react';
import type { ColumnMapping, ImportFailure, ImportSummary } from '../../shared/domain.ts';
import type { PickedFile } from '../../shared/shell.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useJob } from '../jobs/useJob.ts';
import { useFeedback } from '../layout/feedback.tsx';
import {
  emptySummary,
  mappingRequests,
  markSkipped,
  replaceFile,
  withSkipped,
  type MappingRequest,
} from './summaries.ts';

interface Mapping {
  /** The batch's summary so far, which each mapped or cancelled list updates. */
  summary: ImportSummary;
  queue: MappingRequest[];
  /** The first list is being imported with its mapping: the dialog is hidden, imports stay blocked. */
  running?: boolean;
}

export function useImportJob(onImported: (summary: ImportSummary) => void) {
  const t = useT();
  const { showError, showImport, showNotice } = useFeedback();
  const { job, run, cancel } = useJob(showError);
  const [mapping, setMapping] = useState<Mapping | null>(null);

  const runImport = useCallback(
    async (files: PickedFile[], columns?: ColumnMapping): Promise<ImportSummary | null> => {
      const status = await run(() => api.startImport({ files, columns }));
      if (!status) return null;
      if (status.state === 'failed') throw new Error(status.error ?? 'import failed');
      if (status.state === 'cancelled') showNotice(t('import.cancelled'));
      return status.result as ImportSummary | null;
    },
    [run, showNotice, t],
  );

  /** `skipped`: files left out before the import (the desktop's folder reader), listed first. */
  const start = useCallback(
    async (files: PickedFile[], skipped: ImportFailure[] = []) => {
      if (files.length === 0 && skipped.length === 0) return;
      try {
        const result = files.length ? await runImport(files) : emptySummary();
        if (!result) return;
        const summary = withSkipped(result, skipped);
        showImport(summary);
        onImported(summary);
        const queue = mappingRequests(summary, files);
        if (queue.length) setMapping({ summary, queue });
      } catch (e) {
        showError(e);
      }
    },
    [runImport, onImported, showError, showImport],
  );

  const next = (summary: ImportSummary, rest: MappingRequest[]) =>
    setMapping(rest.length ? { summary, queue: rest } : null);

  /** Imports the first list in the queue again with the analyst's mapping. */
  const map = async (columns: ColumnMapping) => {
    const head = mapping?.queue[0];
    if (!mapping || !head || mapping.running) return;
    const rest = mapping.queue.slice(1);
    setMapping({ ...mapping, running: true }); // progress shows instead of the dialog
    try {
      const again = await runImport([head.file], columns);
      if (!again) return next(mapping.summary, rest);
      const summary = replaceFile(mapping.summary, head.name, again);
      showImport(summary);
      onImported(again);
      next(summary, rest);
    } catch (e) {
      showError(e);
      next(mapping.summary, rest);
    }
  };

  const skip = () => {
    const head = mapping?.queue[0];
    if (!mapping || !head || mapping.running) return;
    const summary = markSkipped(mapping.summary, head.name, t('import.map.skipped'));
    showImport(summary);
    next(summary, mapping.queue.slice(1));
  };

  return {
    job,
    start,
    cancel,
    /** The list to map now (null while none, or while one imports). */
    mapping: mapping && !mapping.running ? (mapping.queue[0] ?? null) : null,
    /** Busy until the batch and every mapping offered after it are done. */
    busy: job !== null || mapping !== null,
    map,
    skip,
  };
}

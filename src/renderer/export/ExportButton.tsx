// The report commands in the header: export at once (what the analyst last chose, or the defaults),
// export with options (scope, statuses, columns, sheets, presets), and bring an edited workbook back.
// While an export runs it shows its progress and can be cancelled.
import { useCallback, useState } from 'react';
import type { ReportOptions } from '../../shared/api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import { RoundTripDialog } from '../roundtrip/RoundTripDialog.tsx';
import { ExportDialog, type GridScope } from './ExportDialog.tsx';
import { useExportJob, type ExportOutcome } from './useExportJob.ts';

interface ExportButtonProps {
  disabled?: boolean;
  /** What the grid shows (its filters and sort), when the workbench passes it. */
  gridScope?: GridScope | undefined;
  /** The open article, when there is one. */
  articleId?: number | null | undefined;
  /** Called after edits from a workbook were applied, so the panes reload. */
  onStoreChanged?: (() => void) | undefined;
}

export function ExportButton({ disabled = false, gridScope, articleId, onStoreChanged }: ExportButtonProps) {
  const t = useT();
  const { showError, showNotice } = useFeedback();
  const [dialog, setDialog] = useState<'options' | 'roundtrip' | null>(null);
  const onDone = useCallback(
    ({ saved, downloaded, fileName, rows }: ExportOutcome) => {
      if (saved) showNotice(t('export.saved', { path: saved, rows }));
      else if (downloaded) showNotice(t('export.downloaded', { file: fileName, rows }));
    },
    [showNotice, t],
  );
  const job = useExportJob(onDone, showError);
  const run = (options: ReportOptions) => {
    setDialog(null);
    void job.start(options);
  };

  return (
    <span className="export-controls">
      {job.running ? (
        <>
          <span className="export-progress" data-testid="export-progress" role="status">
            {t('export.progress', { percent: job.percent })}
          </span>
          <button type="button" className="btn btn-quiet" data-testid="export-cancel" onClick={job.cancel}>
            {t('export.cancel')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="btn"
          data-testid="export-button"
          disabled={disabled}
          onClick={() => run({})}
        >
          {t('export.button')}
        </button>
      )}
      <button
        type="button"
        className="btn btn-quiet"
        data-testid="export-options"
        disabled={disabled || job.running}
        title={t('export.options')}
        onClick={() => setDialog('options')}
      >
        {t('export.optionsShort')}
      </button>
      <button
        type="button"
        className="btn btn-quiet"
        data-testid="roundtrip-open"
        onClick={() => setDialog('roundtrip')}
      >
        {t('roundtrip.button')}
      </button>
      {dialog === 'options' && (
        <ExportDialog
          gridScope={gridScope}
          articleId={articleId ?? null}
          onExport={run}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'roundtrip' && (
        <RoundTripDialog onApplied={() => onStoreChanged?.()} onClose={() => setDialog(null)} />
      )}
    </span>
  );
}

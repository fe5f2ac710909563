// Exports the reviewed figures as a report workbook and hands it to the host: a save dialog on
// the desktop, a download in the browser.
import { useState } from 'react';
import { api, shell } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';

export function ExportButton({ disabled = false }: { disabled?: boolean }) {
  const t = useT();
  const { showError, showNotice } = useFeedback();
  const [busy, setBusy] = useState(false);

  const onClick = async () => {
    setBusy(true);
    try {
      const report = await api.exportReport({});
      const { saved, downloaded } = await shell.saveReport(report);
      if (saved) showNotice(t('export.saved', { path: saved, rows: report.rows }));
      else if (downloaded) showNotice(t('export.downloaded', { file: report.fileName, rows: report.rows }));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="btn"
      data-testid="export-button"
      disabled={busy || disabled}
      onClick={() => void onClick()}
    >
      {busy ? t('export.busy') : t('export.button')}
    </button>
  );
}

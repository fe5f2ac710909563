// Brings back a report edited in Excel: Tally lists how it differs from the store, row by row and field
// by field; the analyst picks which differences to apply, and each goes through the grid's audited edit.
import { useState } from 'react';
import type { ReportComparison } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { readPickedFiles } from '../hostFiles.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import { editsOf } from './edits.ts';

interface Props {
  onApplied: () => void;
  onClose: () => void;
}

export function RoundTripDialog({ onApplied, onClose }: Props) {
  const t = useT();
  const { showError, showNotice } = useFeedback();
  const [comparison, setComparison] = useState<ReportComparison | null>(null);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);

  const read = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    try {
      const [file] = await readPickedFiles(files);
      const result = await api.compareReport({ fileName: file!.name, dataBase64: file!.dataBase64 });
      setComparison(result);
      setChosen(new Set(result.differences.flatMap((d, i) => (d.patch ? [i] : []))));
    } catch (e) {
      setComparison(null);
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!comparison) return;
    const edits = editsOf(comparison.differences, chosen);
    if (!edits.length) return;
    setBusy(true);
    try {
      const results = await api.applyReportEdits({ edits });
      const failed = results.filter((r) => !r.ok);
      showNotice(t('roundtrip.applied', { ok: results.length - failed.length, failed: failed.length }));
      if (failed.length) showError(new Error(failed.map((f) => `#${f.id}: ${f.error}`).join('\n')));
      onApplied();
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const toggle = (i: number, on: boolean) =>
    setChosen((s) => {
      const next = new Set(s);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });

  return (
    <Dialog title={t('roundtrip.title')} testId="roundtrip-dialog" onClose={onClose}>
      <div className="dialog-form roundtrip">
        <label>
          {t('roundtrip.pick')}
          <input
            type="file"
            accept=".xlsx"
            data-testid="roundtrip-file"
            disabled={busy}
            onChange={(e) => void read(e.currentTarget.files)}
          />
        </label>
        {comparison && (
          <>
            <p data-testid="roundtrip-summary">
              {t('roundtrip.summary', { rows: comparison.rows, differences: comparison.differences.length })}
            </p>
            <div className="roundtrip-table">
              <table>
                <thead>
                  <tr>
                    <th />
                    <th>{t('roundtrip.row')}</th>
                    <th>{t('roundtrip.id')}</th>
                    <th>{t('roundtrip.field')}</th>
                    <th>{t('roundtrip.stored')}</th>
                    <th>{t('roundtrip.workbook')}</th>
                  </tr>
                </thead>
                <tbody>
                  {comparison.differences.map((d, i) => (
                    <tr
                      key={`${d.indicatorId}-${d.field}`}
                      data-testid="roundtrip-difference"
                      data-field={d.field}
                      data-indicator-id={d.indicatorId}
                    >
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('roundtrip.choose')}
                          disabled={!d.patch}
                          checked={chosen.has(i)}
                          onChange={(e) => toggle(i, e.currentTarget.checked)}
                        />
                      </td>
                      <td>{d.row ?? '—'}</td>
                      <td>#{d.indicatorId}</td>
                      <td>{d.field === 'deleted' ? t('roundtrip.deleted') : d.field}</td>
                      <td>{d.stored}</td>
                      <td>
                        {d.workbook}
                        {d.problem && <span className="roundtrip-problem"> — {d.problem}</span>}
                        {d.changedSinceExport && (
                          <span className="muted"> ({t('roundtrip.changedSince')})</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {comparison.skipped.length > 0 && (
              <ul className="muted">
                {comparison.skipped.map((s) => (
                  <li key={s.row}>{t('roundtrip.skipped', { row: s.row, reason: s.reason })}</li>
                ))}
              </ul>
            )}
          </>
        )}
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={onClose}>
            {t('common.dismiss')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="roundtrip-apply"
            disabled={busy || !comparison || editsOf(comparison.differences, chosen).length === 0}
            onClick={() => void apply()}
          >
            {t('roundtrip.apply', { n: chosen.size })}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

// What an import did, file by file: imported articles, duplicates of stored ones, and files
// skipped with the reason, so the analyst knows what to fix and re-import.
import type { ImportSummary } from '../../shared/domain.ts';
import { useT } from '../i18n/i18n.tsx';

export function ImportSummaryPanel({
  summary,
  onDismiss,
}: {
  summary: ImportSummary;
  onDismiss: () => void;
}) {
  const t = useT();
  const { imported, duplicates, skipped } = summary;
  return (
    <section className="import-summary" role="status" aria-live="polite" data-testid="import-summary">
      <header className="import-summary-head">
        <h2>{t('import.summaryTitle')}</h2>
        <span data-testid="import-counts">
          {t('import.counts', {
            // The lists stop at the first 1,000 of a large import; counts are exact.
            imported: summary.counts?.imported ?? imported.length,
            duplicates: summary.counts?.duplicates ?? duplicates.length,
            skipped: skipped.length,
          })}
        </span>
        <button type="button" className="btn btn-quiet" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      </header>
      <div className="import-summary-body">
        {imported.length > 0 && (
          <div>
            <h3>{t('import.imported')}</h3>
            <ul>
              {imported.map((a) => (
                <li key={a.id}>
                  {a.title}{' '}
                  <span className="muted">
                    ({a.file} · {t('import.indicators', { n: a.indicators })})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {duplicates.length > 0 && (
          <div>
            <h3>{t('import.duplicates')}</h3>
            <ul>
              {duplicates.map((d) => (
                <li key={d.file}>
                  {d.file} <span className="muted">({t('import.existing', { id: d.existingId })})</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {(summary.nearDuplicates?.length ?? 0) > 0 && (
          <div>
            <h3>{t('import.near')}</h3>
            <ul data-testid="import-near">
              {summary.nearDuplicates?.map((n) => (
                <li key={n.id}>
                  {n.file}{' '}
                  <span className="muted">
                    ({t('import.nearOf', { ids: n.similarTo.map((s) => s.id).join(', #') })})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {skipped.length > 0 && (
          <div>
            <h3>{t('import.skipped')}</h3>
            <ul className="import-skipped">
              {skipped.map((s) => (
                <li key={s.file}>
                  {s.file}: <span className="reason">{s.reason}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

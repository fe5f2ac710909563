// A running import: files done of the total, the file in hand, and the way to stop it.
import type { JobStatus } from '../../shared/domain.ts';
import { useT } from '../i18n/i18n.tsx';

export function ImportProgress({ job, onCancel }: { job: JobStatus; onCancel: () => void }) {
  const t = useT();
  return (
    <div className="import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <progress max={Math.max(job.total, 1)} value={job.done} />
      <span data-testid="import-progress-count">
        {t('import.progress', { done: job.done, total: job.total })}
      </span>
      {job.current && <span className="muted">{t('import.current', { file: job.current })}</span>}
      <button type="button" className="btn btn-quiet" data-testid="import-cancel" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </div>
  );
}

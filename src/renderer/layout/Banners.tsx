// The strip under the header: the current error (if any) and a short notice such as
// "report saved". Errors stay until dismissed; the analyst must not miss them.
import { useEffect } from 'react';
import type { ErrorData } from '../../shared/errors.ts';
import { useT, type T } from '../i18n/i18n.tsx';

function errorText(t: T, error: ErrorData): string {
  if (error.code === 'stale') return `${t('error.stale')} (${error.message})`;
  if (error.code === 'invalid_input') return t('error.invalid', { message: error.message });
  return error.message;
}

export function ErrorBanner({ error, onDismiss }: { error: ErrorData; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner" data-code={error.code}>
      <strong>{t('error.title')}</strong>
      <span className="banner-text">{errorText(t, error)}</span>
      <button type="button" className="btn btn-quiet" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

export function Notice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const t = useT();
  useEffect(() => {
    const timer = setTimeout(onDismiss, 8000);
    return () => clearTimeout(timer);
  }, [text, onDismiss]);
  return (
    <div className="banner banner-notice" role="status" data-testid="notice">
      <span className="banner-text">{text}</span>
      <button type="button" className="btn btn-quiet" onClick={onDismiss}>
        {t('common.dismiss')}
      </button>
    </div>
  );
}

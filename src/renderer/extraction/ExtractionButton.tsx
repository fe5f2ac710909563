// The header's way into extraction: a button opening a dialog with two tabs, re-extraction
// (preview, then apply) and the analysts' lexicon.
import { useState } from 'react';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { LexiconPanel } from './LexiconPanel.tsx';
import { ReextractPanel } from './ReextractPanel.tsx';

type Tab = 'reextract' | 'lexicon';

interface Props {
  /** Called after re-extraction wrote to the store, so the panes can reload. */
  onApplied?: (() => void) | undefined;
}

export function ExtractionButton({ onApplied }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>('reextract');
  return (
    <>
      <button
        type="button"
        className="btn btn-quiet"
        data-testid="extraction-open"
        onClick={() => setOpen(true)}
      >
        {t('extraction.button')}
      </button>
      {open && (
        <Dialog title={t('extraction.title')} testId="extraction-dialog" onClose={() => setOpen(false)}>
          <div className="extraction-tabs" role="tablist">
            {(['reextract', 'lexicon'] as const).map((k) => (
              <button
                key={k}
                type="button"
                role="tab"
                aria-selected={tab === k}
                className={tab === k ? 'btn btn-small active' : 'btn btn-small'}
                data-testid={`extraction-tab-${k}`}
                onClick={() => setTab(k)}
              >
                {t(`extraction.${k}`)}
              </button>
            ))}
          </div>
          {tab === 'reextract' ? <ReextractPanel onApplied={() => onApplied?.()} /> : <LexiconPanel />}
          <div className="dialog-actions">
            <button
              type="button"
              className="btn btn-quiet"
              data-testid="extraction-close"
              onClick={() => setOpen(false)}
            >
              {t('common.dismiss')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  );
}

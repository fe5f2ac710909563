// A small modal for the workbench's panels (help, settings, bulk edits): Escape closes it, focus
// starts on its first field and returns to where it was when it closes.
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useFeedback } from './feedback.tsx';

interface DialogProps {
  title: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}

export function Dialog({ title, testId, onClose, children }: DialogProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = box.current?.querySelector<HTMLElement>('input, select, textarea, button');
    first?.focus();
    return () => before?.focus();
  }, []);
  return (
    <div className="dialog-backdrop" onMouseDown={onClose}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        ref={box}
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

interface FormDialogProps extends DialogProps {
  submitLabel: string;
  /** Runs on submit; if it throws, the error shows in the banner and the dialog stays open. */
  onSubmit: () => Promise<void>;
}

/** A dialog holding one form: its fields, then Cancel and the submit button. */
export function FormDialog({ submitLabel, onSubmit, children, ...dialog }: FormDialogProps) {
  const { t } = useI18n();
  const { showError } = useFeedback();
  return (
    <Dialog {...dialog}>
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit().catch(showError);
        }}
      >
        {children}
        <div className="dialog-actions">
          <button type="button" className="btn btn-quiet" onClick={dialog.onClose}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="btn">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

// The two ways articles come in: the analyst's own files (native dialog on the desktop, a file
// input in the browser) and the bundled demo corpus for a first look.
import { useRef, useState } from 'react';
import type { ImportSummary } from '../../shared/domain.ts';
import { api, hasNativeFiles, shell } from '../api.ts';
import { readPickedFiles } from '../hostFiles.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';

export interface ImportProps {
  onImported: (summary: ImportSummary) => void;
}

function useRunImport(onImported: ImportProps['onImported']) {
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

export function ImportButton({ onImported }: ImportProps) {
  const t = useT();
  const { busy, run } = useRunImport(onImported);
  const input = useRef<HTMLInputElement>(null);

  const onClick = () => {
    if (!hasNativeFiles) {
      input.current?.click();
      return;
    }
    void run(async () => {
      const files = await shell.openFiles();
      return files.length > 0 ? api.importFiles({ files }) : null;
    });
  };

  return (
    <>
      <button
        type="button"
        className="btn btn-primary"
        data-testid="import-button"
        disabled={busy}
        onClick={onClick}
      >
        {busy ? t('import.busy') : t('import.button')}
      </button>
      {!hasNativeFiles && (
        <input
          ref={input}
          type="file"
          multiple
          hidden
          data-testid="import-input"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void run(async () =>
              files.length > 0 ? api.importFiles({ files: await readPickedFiles(files) }) : null,
            );
          }}
        />
      )}
    </>
  );
}

export function DemoButton({ onImported, prominent = false }: ImportProps & { prominent?: boolean }) {
  const t = useT();
  const { busy, run } = useRunImport(onImported);
  return (
    <button
      type="button"
      className={prominent ? 'btn btn-primary btn-large' : 'btn'}
      data-testid={prominent ? 'demo-cta' : 'demo-button'}
      disabled={busy}
      onClick={() => void run(() => api.importDemo({}))}
    >
      {busy ? t('import.busy') : t('import.demo')}
    </button>
  );
}

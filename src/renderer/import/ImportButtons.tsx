// The ways articles come in: the analyst's own files and folders (native dialogs on the desktop,
// file and folder inputs in the browser, or dropped anywhere on the window), pasted text, and the
// bundled demo corpus for a first look. File imports run as a job with progress and a cancel button;
// a list whose columns were not recognised is then offered for mapping.
import { useEffect, useRef, useState } from 'react';
import type { ImportProps } from './useRunImport.ts';
import { api, hasNativeFiles, shell } from '../api.ts';
import { readPickedFiles } from '../hostFiles.ts';
import { useT } from '../i18n/i18n.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import { ColumnMappingDialog } from './ColumnMappingDialog.tsx';
import { droppedFiles, folderFiles } from './dropped.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { PasteDialog } from './PasteDialog.tsx';
import { useImportJob } from './useImportJob.ts';
import { useRunImport } from './useRunImport.ts';

export type { ImportProps } from './useRunImport.ts';

/** Drops anywhere on the window import, with a hint while something is dragged over. */
function useWindowDrop(onFiles: (data: DataTransfer) => void): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (e.relatedTarget === null) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      setOver(false);
      onFiles(e.dataTransfer);
    };
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [onFiles]);
  return over;
}

export function ImportButton({ onImported }: ImportProps) {
  const t = useT();
  const { showError } = useFeedback();
  const { job, start, cancel, busy, mapping, map, skip } = useImportJob(onImported);
  const [pasting, setPasting] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);

  const startFrom = (read: () => Promise<Parameters<typeof start>[0]>) =>
    void read()
      .then((files) => start(files))
      .catch((e: unknown) => showError(e));
  const [onDrop] = useState(() => (data: DataTransfer) => startFrom(() => droppedFiles(data)));
  const dragging = useWindowDrop(busy ? () => undefined : onDrop);

  const onClick = () => {
    if (!hasNativeFiles) input.current?.click();
    else startFrom(() => shell.openFiles());
  };
  const onFolder = () => {
    if (!hasNativeFiles) return folder.current?.click();
    void shell
      .openFolder()
      .then((picked) => start(picked.files, picked.skipped))
      .catch((e: unknown) => showError(e));
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
      <button
        type="button"
        className="btn"
        data-testid="import-folder-button"
        disabled={busy}
        onClick={onFolder}
      >
        {t('import.folder')}
      </button>
      {!hasNativeFiles && (
        <>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            data-testid="import-input"
            onChange={(e) => {
              const files = Array.from(e.currentTarget.files ?? []);
              e.currentTarget.value = '';
              startFrom(() => readPickedFiles(files));
            }}
          />
          <input
            ref={folder}
            type="file"
            multiple
            hidden
            data-testid="import-folder-input"
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              const files = folderFiles(e.currentTarget.files);
              e.currentTarget.value = '';
              startFrom(() => readPickedFiles(files));
            }}
          />
        </>
      )}
      <button
        type="button"
        className="btn"
        data-testid="paste-button"
        disabled={busy}
        onClick={() => setPasting(true)}
      >
        {t('import.paste')}
      </button>
      {pasting && <PasteDialog onClose={() => setPasting(false)} onImported={onImported} />}
      {job && <ImportProgress job={job} onCancel={cancel} />}
      {mapping && <ColumnMappingDialog key={mapping.name} request={mapping} onMap={map} onSkip={skip} />}
      {dragging && (
        <div className="import-drop" data-testid="import-drop">
          {t('import.drop')}
        </div>
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

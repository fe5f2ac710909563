// What the File menu does. The menu runs in main, so it calls the service through dispatch and
// the dialogs directly, then reloads the page so its lists show the new articles.
import { dialog, type BrowserWindow } from 'electron';
import type { AppApi, ReportFile } from '../shared/api.ts';
import type { ImportSummary } from '../shared/domain.ts';
import { dispatch } from '../core/dispatch.ts';
import { openFiles, saveFile } from './dialogs.ts';

function fail(win: BrowserWindow, title: string, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  void dialog.showMessageBox(win, { type: 'error', title, message: title, detail: message });
}

export function summarizeImport(summary: ImportSummary): string {
  const figures = summary.imported.reduce((n, a) => n + a.indicators, 0);
  const lines = [`Imported ${summary.imported.length} article(s) with ${figures} figure(s).`];
  if (summary.duplicates.length) lines.push(`${summary.duplicates.length} already in the store.`);
  for (const s of summary.skipped) lines.push(`Skipped ${s.file}: ${s.reason}`);
  return lines.join('\n');
}

export async function importArticles(win: BrowserWindow, api: AppApi): Promise<void> {
  try {
    const files = await openFiles(win);
    if (files.length === 0) return;
    const result = await dispatch(api, 'importFiles', { files });
    if (!result.ok) return fail(win, 'Import failed', new Error(result.error.message));
    const summary = result.value as ImportSummary;
    await dialog.showMessageBox(win, { type: 'info', title: 'Import', message: summarizeImport(summary) });
    if (summary.imported.length > 0) win.webContents.reload();
  } catch (err) {
    fail(win, 'Import failed', err);
  }
}

export async function exportReport(win: BrowserWindow, api: AppApi): Promise<void> {
  try {
    const result = await dispatch(api, 'exportReport', {});
    if (!result.ok) return fail(win, 'Export failed', new Error(result.error.message));
    const report = result.value as ReportFile;
    await saveFile(win, { suggestedName: report.fileName, dataBase64: report.dataBase64 });
  } catch (err) {
    fail(win, 'Export failed', err);
  }
}

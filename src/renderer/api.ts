// The renderer's one door to the back end: window.api over IPC on the desktop, or the HTTP
// bridge in browser mode, behind the same AppApi; plus the host's file pickers and savers.
import type { AppApi, ReportFile } from '../shared/api.ts';
import type { PickedFile, PickedFolder } from '../shared/shell.ts';
import { apiFromCall, httpCall, takeToken, unwrap, type Call } from './apiClient.ts';
import { downloadBase64 } from './hostFiles.ts';

const TOKEN_KEY = 'tally.token';

function sessionToken(): string | null {
  const { token, cleanUrl } = takeToken(window.location.href);
  if (token !== null) {
    sessionStorage.setItem(TOKEN_KEY, token);
    window.history.replaceState(window.history.state, '', cleanUrl);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function desktopCall(): Call | null {
  const raw = window.api;
  if (!raw) return null;
  return async (method, input) => {
    const fn = raw[method] as (input: unknown) => Promise<unknown>;
    return unwrap(await fn(input));
  };
}

/** Native open/save dialogs exist only on the desktop; the browser uses <input> and downloads. */
export const hasNativeFiles = window.desktop !== undefined;

export const api: AppApi = apiFromCall(
  desktopCall() ?? httpCall(sessionToken(), (url, init) => fetch(url, init)),
);

function mimeOf(fileName: string): string {
  if (fileName.endsWith('.csv')) return 'text/csv';
  if (fileName.endsWith('.json')) return 'application/json';
  return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
}

export const shell = {
  /** Desktop only: the native open dialog. The browser uses an <input type=file> instead. */
  async openFiles(): Promise<PickedFile[]> {
    return window.desktop ? window.desktop.openFiles() : [];
  },
  /** Desktop only: the native folder dialog, walked in main. The browser uses a folder <input>. */
  async openFolder(): Promise<PickedFolder> {
    return window.desktop ? window.desktop.openFolder() : { files: [], skipped: [] };
  },
  /** Saves the report: a native save dialog on the desktop, a download in the browser. */
  async saveReport(report: ReportFile): Promise<{ saved: string | null; downloaded: boolean }> {
    if (window.desktop) {
      const saved = await window.desktop.saveFile({
        suggestedName: report.fileName,
        dataBase64: report.dataBase64,
      });
      return { saved, downloaded: false };
    }
    downloadBase64(report.fileName, report.dataBase64, mimeOf(report.fileName));
    return { saved: null, downloaded: true };
  },
};

// AppApi over IPC: one channel per method (api:<method>) plus the shell channels. Only frames of
// windows we created, showing our renderer, may call; every input goes through dispatch (zod).
import { z } from 'zod';
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { AppApi } from '../shared/api.ts';
import { AppError, type ApiResult } from '../shared/errors.ts';
import { API_METHODS } from '../shared/methods.ts';
import { dispatch } from '../core/dispatch.ts';
import { openFiles, openFolder, saveFile } from './dialogs.ts';
import { shellSchemas } from './shell-inputs.ts';
import { isOurRendererUrl, type RendererOrigin } from './trust.ts';

const UNAUTHORIZED: ApiResult<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'This window may not call Tally.' },
};

export interface IpcOptions {
  api: AppApi;
  origin: RendererOrigin;
  /** Windows we created; a frame of any other window is refused. */
  ownWindows: ReadonlySet<BrowserWindow>;
}

function trustedWindow(event: IpcMainInvokeEvent, opts: IpcOptions): BrowserWindow | null {
  const frame = event.senderFrame;
  // Top frame only: an embedded frame (even one of our own pages) never gets the API.
  if (!frame || frame.parent !== null) return null;
  const win = BrowserWindow.fromWebContents(event.sender);
  if (!win || !opts.ownWindows.has(win)) return null;
  return isOurRendererUrl(frame.url, opts.origin) ? win : null;
}

async function asResult<T>(run: () => Promise<T>): Promise<ApiResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toData() };
    console.error('[tally] shell call failed:', err);
    return {
      ok: false,
      error: { code: 'internal', message: err instanceof Error ? err.message : String(err) },
    };
  }
}

function invalid(channel: string, error: z.ZodError): ApiResult<never> {
  return { ok: false, error: { code: 'invalid_input', message: `${channel}: ${z.prettifyError(error)}` } };
}

export function registerIpc(opts: IpcOptions): () => void {
  const channels: string[] = [];
  const handle = (
    channel: string,
    run: (win: BrowserWindow, input: unknown) => Promise<ApiResult<unknown>>,
  ) => {
    channels.push(channel);
    ipcMain.handle(channel, (event, input: unknown) => {
      const win = trustedWindow(event, opts);
      return win ? run(win, input) : UNAUTHORIZED;
    });
  };

  for (const method of API_METHODS) {
    handle(`api:${method}`, (_win, input) => dispatch(opts.api, method, input));
  }
  handle('shell:openFiles', async (win, input) => {
    const parsed = shellSchemas.openFiles.safeParse(input);
    return parsed.success ? asResult(() => openFiles(win)) : invalid('openFiles', parsed.error);
  });
  handle('shell:openFolder', async (win, input) => {
    const parsed = shellSchemas.openFolder.safeParse(input);
    return parsed.success ? asResult(() => openFolder(win)) : invalid('openFolder', parsed.error);
  });
  handle('shell:saveFile', async (win, input) => {
    const parsed = shellSchemas.saveFile.safeParse(input);
    return parsed.success ? asResult(() => saveFile(win, parsed.data)) : invalid('saveFile', parsed.error);
  });

  return () => channels.forEach((c) => ipcMain.removeHandler(c));
}

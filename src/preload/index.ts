// Builds window.api and window.desktop for the sandboxed renderer from the shared method lists:
// one IPC channel per method, nothing else reachable. Imports only shared code and electron.
import { contextBridge, ipcRenderer } from 'electron';
import type { ApiResult } from '../shared/errors.ts';
import { API_METHODS, type ApiMethod } from '../shared/methods.ts';
import { SHELL_METHODS, type DesktopShell } from '../shared/shell.ts';
import type { RawApi } from './types.d.ts';

// IPC results are untyped at runtime; `satisfies RawApi` pins the method set and result shape.
type Invoke = (input: unknown) => Promise<ApiResult<never>>;

const api = Object.fromEntries(
  API_METHODS.map((method) => [method, (input: unknown) => ipcRenderer.invoke(`api:${method}`, input)]),
) as Record<ApiMethod, Invoke>;

/** The shell answers with ApiResult too; a failure becomes a rejected promise with its message. */
async function shellCall(channel: string, input?: unknown): Promise<unknown> {
  const result = (await ipcRenderer.invoke(channel, input)) as ApiResult<unknown>;
  if (result.ok) return result.value;
  throw Object.assign(new Error(result.error.message), { code: result.error.code });
}

type ShellCall = (input?: unknown) => Promise<never>;

const desktop = Object.fromEntries(
  SHELL_METHODS.map((method) => [method, (input?: unknown) => shellCall(`shell:${method}`, input)]),
) as Record<(typeof SHELL_METHODS)[number], ShellCall>;

contextBridge.exposeInMainWorld('api', api satisfies RawApi);
contextBridge.exposeInMainWorld('desktop', desktop satisfies DesktopShell);

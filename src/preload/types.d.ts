// The globals the preload exposes to the renderer on the desktop. Absent in browser mode.
import type { AppApi } from '../shared/api.ts';
import type { ApiResult } from '../shared/errors.ts';
import type { DesktopShell } from '../shared/shell.ts';

/** Raw IPC surface: each AppApi method returns its result as data ({ok, value} | {ok:false, error}). */
export type RawApi = {
  [K in keyof AppApi]: (
    input: Parameters<AppApi[K]>[0],
  ) => Promise<ApiResult<Awaited<ReturnType<AppApi[K]>>>>;
};

declare global {
  interface Window {
    api?: RawApi;
    desktop?: DesktopShell;
  }
}

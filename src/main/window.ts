// The one application window, locked down: isolated, sandboxed, no Node in the page, no new
// windows, no navigation away from our renderer, no permissions, and a strict CSP header.
import path from 'node:path';
import { BrowserWindow, session, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/server/headers.ts';
import { isAllowedNavigation, type RendererOrigin } from './trust.ts';

export interface WindowPaths {
  /** out/preload/index.cjs: a sandboxed preload must be CommonJS. */
  preload: string;
  /** out/renderer/index.html */
  indexHtml: string;
  origin: RendererOrigin;
}

/**
 * Session-wide rules: set once, before any window loads. The CSP header backs up the page's meta
 * tag for the built renderer; the dev server (hot reload) is left to the page's own policy.
 */
export function hardenSession(origin: RendererOrigin): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  if (origin.kind === 'dev') return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    title: 'Tally',
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());

  const contents = win.webContents;
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, contents.getURL(), paths.origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, contents.getURL(), paths.origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link to the web (e.g. an article's source URL) opens in the user's browser, never in Tally.
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });

  if (paths.origin.kind === 'dev') void win.loadURL(paths.origin.url);
  else void win.loadFile(path.resolve(paths.indexHtml));
  return win;
}

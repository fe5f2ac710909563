// Electron entry: one instance, one store (the same file the CLI and browser mode use), one
// service behind IPC, one locked-down window. The shell only: all behaviour lives in core.
import path from 'node:path';
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { openStore, type OpenedStore } from '../core/db/open.ts';
import { resolveStorePath } from '../core/paths.ts';
import { createService } from '../core/service.ts';
import { exportReport, importArticles } from './commands.ts';
import { registerIpc } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { rendererOrigin } from './trust.ts';
import { createMainWindow, hardenSession } from './window.ts';

// Built layout: out/main/index.js beside out/preload/index.cjs and out/renderer/index.html.
const here = import.meta.dirname;
const rendererDir = path.join(here, '../renderer');
const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const origin = rendererOrigin(rendererDir, devUrl);
const windows = new Set<BrowserWindow>();
let store: OpenedStore | null = null;

app.enableSandbox();

function openWindow(api: ReturnType<typeof createService>): BrowserWindow {
  const win = createMainWindow({
    preload: path.join(here, '../preload/index.cjs'),
    indexHtml: path.join(rendererDir, 'index.html'),
    origin,
  });
  windows.add(win);
  win.on('closed', () => windows.delete(win));
  Menu.setApplicationMenu(
    buildMenu({
      isDev: !app.isPackaged,
      importArticles: () => void importArticles(win, api),
      exportReport: () => void exportReport(win, api),
    }),
  );
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const storePath = resolveStorePath(process.argv, process.env);
  try {
    store = openStore(storePath);
  } catch (err) {
    dialog.showErrorBox(
      'Tally cannot open its store',
      `${storePath}\n\n${err instanceof Error ? err.message : String(err)}`,
    );
    app.exit(1);
    return;
  }
  const api = createService(store.db, { storePath: store.path });
  hardenSession(origin);
  registerIpc({ api, origin, ownWindows: windows });
  openWindow(api);

  app.on('activate', () => {
    if (windows.size === 0) openWindow(api);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Tally already has the store open: it gets focus (below), this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = windows;
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    store?.db.close();
    store = null;
  });
  start().catch((err: unknown) => {
    console.error('[tally] startup failed:', err);
    app.exit(1);
  });
}

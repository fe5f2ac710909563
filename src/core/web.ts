// Browser mode in one call: open the store, build the service, serve it on 127.0.0.1.
// The launcher (scripts/start.ts) and the end-to-end tests both start Tally this way.
import { openStore, type OpenedStore } from './db/open.ts';
import { startServer, type RunningServer } from './server.ts';
import { createService } from './service.ts';

export interface BrowserModeOptions {
  storePath: string;
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The reviewer's name recorded with each change. */
  actor?: string;
}

export interface BrowserMode {
  server: RunningServer;
  store: OpenedStore;
  /** Stops serving, then closes the store (checkpointing the WAL). */
  close(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const store = openStore(options.storePath);
  try {
    const api = createService(store.db, { storePath: store.path, actor: options.actor });
    const server = await startServer({ api, rendererDir: options.rendererDir, port: options.port ?? 0 });
    let closed = false;
    return {
      server,
      store,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await server.close();
        } finally {
          store.db.close();
        }
      },
    };
  } catch (err) {
    store.db.close();
    throw err;
  }
}

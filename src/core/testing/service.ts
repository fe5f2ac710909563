// A service over a real store in a fresh temporary folder, for tests that go through the API.
import path from 'node:path';
import { openStore, type OpenedStore } from '../db/open.ts';
import { createService } from '../service.ts';
import { tempDir } from './temp.ts';

export interface TempService {
  store: OpenedStore;
  service: ReturnType<typeof createService>;
  /** Closes the store and removes its folder. */
  close(): void;
}

export function openTempService(): TempService {
  const tmp = tempDir();
  const store = openStore(path.join(tmp.dir, 'tally.db'));
  return {
    store,
    service: createService(store.db, { storePath: store.path }),
    close() {
      store.db.close();
      tmp.cleanup();
    },
  };
}

/** A file as the import API takes it (its bytes in base64). */
export function importFile(name: string, data: string | Buffer): { name: string; dataBase64: string } {
  return {
    name,
    dataBase64: (typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('base64'),
  };
}

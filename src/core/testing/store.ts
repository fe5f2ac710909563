// A fresh store in a temporary folder for each test of the calling file, closed and removed after it.
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openStore, type OpenedStore } from '../db/open.ts';
import { tempDir } from './temp.ts';

/** Call at the top of a test file; the function it returns gives the current test's store. */
export function useTempStore(): () => OpenedStore {
  let tmp: ReturnType<typeof tempDir> | undefined;
  let store: OpenedStore | undefined;
  beforeEach(() => {
    tmp = tempDir();
    store = openStore(path.join(tmp.dir, 'tally.db'));
  });
  afterEach(() => {
    store?.db.close();
    tmp?.cleanup();
  });
  return () => store!;
}

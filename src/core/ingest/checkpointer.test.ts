// The import's checkpointer on a real store: while it runs, the connection leaves checkpoints to it
// and the log is copied into the database by the worker, so the log starts over instead of growing;
// afterwards the connection checkpoints as before and every row is there, intact. (The RESTART a
// worker makes when its checkpoints keep racing the writer shows in the import bench: the log levels
// off at ~80 MB instead of growing with the import.)
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertArticle } from '../db/articles.repo.ts';
import { openStore, type OpenedStore } from '../db/open.ts';
import { newArticle } from '../testing/article.ts';
import { tempDir } from '../testing/temp.ts';
import { startCheckpointer } from './checkpointer.ts';

let tmp: ReturnType<typeof tempDir>;
let store: OpenedStore;
beforeEach(() => {
  tmp = tempDir();
  store = openStore(path.join(tmp.dir, 'tally.db'));
});
afterEach(() => {
  store.db.close();
  tmp.cleanup();
});

const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
const PAGE = 4096;

describe('the import checkpointer', () => {
  it('checkpoints on its own thread so the log starts over, and hands checkpointing back', async () => {
    const { db } = store;
    const dbFile = store.path;
    const before = size(dbFile);
    const checkpointer = startCheckpointer(db, { restartFrames: 100 });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const text = '临江高新区集成电路产业完成产值12.5亿元,同比增长8.1%。'.repeat(40);
    let largestLog = 0;
    for (let batch = 0; batch < 40; batch++) {
      db.transaction(() => {
        for (let i = 0; i < 20; i++)
          insertArticle(db, newArticle(`第${batch}批${i}`, `${text}${batch}-${i}`, `h${batch}-${i}`));
      })();
      largestLog = Math.max(largestLog, size(`${dbFile}-wal`));
      checkpointer.committed();
      await checkpointer.idle();
    }
    await checkpointer.close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // The worker copied the log into the database file: this connection never checkpointed.
    expect(size(dbFile)).toBeGreaterThan(before + 100 * PAGE);
    // The log started over rather than holding all 800 articles (~1,070 pages).
    expect(largestLog).toBeLessThan(400 * PAGE);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(800);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('does nothing for an in-memory store', async () => {
    const memory = openStore(':memory:');
    const checkpointer = startCheckpointer(memory.db);
    checkpointer.committed();
    await checkpointer.close();
    expect(memory.db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    memory.db.close();
  });
});

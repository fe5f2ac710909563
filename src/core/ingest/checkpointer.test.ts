// The import's checkpointer on a real store: while it runs, the connection leaves checkpoints to it
// and the log is copied into the database by the worker, so the log starts over instead of growing;
// past its limit it is truncated between batches; afterwards the connection checkpoints as before
// and every row is there, intact.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insertArticle } from '../db/articles.repo.ts';
import { openStore, type OpenedStore } from '../db/open.ts';
import { newArticle } from '../testing/article.ts';
import { startCheckpointer } from './checkpointer.ts';
import { useTempStore } from '../testing/store.ts';

const store = useTempStore();

const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
const PAGE = 4096;

const TEXT = '临江高新区集成电路产业完成产值12.5亿元,同比增长8.1%。'.repeat(40);

/** Writes batch `n` of 20 articles (~27 pages of log) in one transaction. */
function writeBatch(db: OpenedStore['db'], n: number) {
  db.transaction(() => {
    for (let i = 0; i < 20; i++)
      insertArticle(db, newArticle(`第${n}批${i}`, `${TEXT}${n}-${i}`, `h${n}-${i}`));
  })();
}

/** A log of ten batches (~270 pages) that no checkpoint has copied yet. */
function uncheckpointedLog(db: OpenedStore['db']) {
  db.pragma('wal_autocheckpoint = 0');
  for (let n = 0; n < 10; n++) writeBatch(db, n);
}

describe('the import checkpointer', () => {
  it('checkpoints on its own thread, and hands checkpointing back', async () => {
    const { db } = store();
    const before = size(store().path);
    const checkpointer = startCheckpointer(db, { truncateBytes: Infinity });
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    let largestLog = 0;
    for (let n = 0; n < 40; n++) {
      writeBatch(db, n);
      largestLog = Math.max(largestLog, size(`${store().path}-wal`));
      checkpointer.committed();
      await checkpointer.idle();
    }
    await checkpointer.close();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    // The worker copied the log into the database file (this connection never checkpointed), so
    // the log started over rather than holding all 800 articles (~1,070 pages).
    expect(size(store().path)).toBeGreaterThan(before + 100 * PAGE);
    expect(largestLog).toBeLessThan(400 * PAGE);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(800);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('truncates a log past its limit once the worker is idle', async () => {
    const { db } = store();
    uncheckpointedLog(db);
    expect(size(`${store().path}-wal`)).toBeGreaterThan(200 * PAGE);
    const checkpointer = startCheckpointer(db, { truncateBytes: 100 * PAGE });
    writeBatch(db, 10);
    checkpointer.committed();
    expect(size(`${store().path}-wal`)).toBe(0);
    // Under the limit, the worker checkpoints and the log is left as it is.
    writeBatch(db, 11);
    checkpointer.committed();
    expect(size(`${store().path}-wal`)).toBeGreaterThan(0);
    await checkpointer.close();
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(240);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('does not wait for a reader on another connection to truncate, and tries again later', async () => {
    const { db } = store();
    uncheckpointedLog(db);
    const reader = openStore(store().path).db;
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM articles').get();
    const checkpointer = startCheckpointer(db, { truncateBytes: 100 * PAGE });
    writeBatch(db, 10);
    const started = performance.now();
    checkpointer.committed();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(size(`${store().path}-wal`)).toBeGreaterThan(100 * PAGE);
    reader.exec('COMMIT');
    reader.close();
    await checkpointer.idle();
    writeBatch(db, 11);
    checkpointer.committed();
    expect(size(`${store().path}-wal`)).toBe(0);
    await checkpointer.close();
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

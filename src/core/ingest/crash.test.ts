// Each article lands whole or not at all: an import killed with SIGKILL mid-way leaves a sound
// store in which every article has all its figures and its signature, or is absent.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../db/open.ts';
import { tempDir } from '../testing/temp.ts';
import { prepareArticle } from './index.ts';

const CLI = path.resolve(import.meta.dirname, '../cli.ts');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => (tmp = tempDir()));
afterEach(() => tmp.cleanup());

function countArticles(db: string): number {
  if (!fs.existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}

const FILES = 3000;

describe('an import killed mid-way', () => {
  it('leaves integrity_check ok and every article whole or absent', async () => {
    const dir = path.join(tmp.dir, 'in');
    fs.mkdirSync(dir);
    // Enough files for several batches (run.ts commits every 1,000 articles or every second).
    for (let i = 0; i < FILES; i++) {
      const lines = Array.from(
        { length: 12 },
        (_, k) =>
          `第${k + 1}段:园区${i}号项目完成投资${((i * 7 + k) % 90) + 10}.${k}亿元,同比增长${(i + k) % 30}.5%,新增企业${k + 3}家。`,
      );
      fs.writeFileSync(
        path.join(dir, `a${String(i).padStart(4, '0')}.txt`),
        `园区${i}号项目进展\n${lines.join('\n')}`,
      );
    }
    const db = path.join(tmp.dir, 'crash.db');
    const child = spawn(process.execPath, [CLI, 'import', dir, '--db', db], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const deadline = Date.now() + 30_000;
    while (countArticles(db) < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const store = openStore(db);
    try {
      expect(store.db.pragma('integrity_check', { simple: true })).toBe('ok');
      const rows = store.db
        .prepare(
          `SELECT a.id, a.file_name, a.original_text,
             (SELECT count(*) FROM indicators i WHERE i.article_id = a.id) AS figures,
             (SELECT count(*) FROM article_signatures s WHERE s.article_id = a.id) AS signed
           FROM articles a`,
        )
        .all() as { id: number; file_name: string; original_text: string; figures: number; signed: number }[];
      expect(rows.length).toBeGreaterThanOrEqual(20);
      expect(rows.length).toBeLessThan(FILES);
      for (const r of rows) {
        const expected = prepareArticle({
          fileName: r.file_name,
          label: r.file_name,
          originalText: r.original_text,
          encoding: 'utf-8',
          hints: {},
        });
        expect(r.original_text).toBe(fs.readFileSync(path.join(dir, r.file_name), 'utf8'));
        expect(r.figures).toBe(expected.figures.length);
        expect(r.signed).toBe(1);
      }
    } finally {
      store.db.close();
    }
  });
});

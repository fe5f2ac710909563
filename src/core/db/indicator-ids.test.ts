import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportStore } from '../report/fixture-store.ts';
import { tempDir } from '../testing/temp.ts';
import {
  afterCursor,
  countIndicatorsIn,
  indicatorIdPages,
  listIndicatorIds,
  type IdQuery,
} from './indicator-ids.ts';
import { conditionsOf, listIndicators, orderKeysOf, orderOf } from './indicators.repo.ts';
import { join, sql, where } from './sql.ts';
import { openStore, type Db } from './open.ts';

const tmp = tempDir();
let db: Db;
let firstArticle = 0;
beforeAll(() => {
  db = openStore(path.join(tmp.dir, 'tally.db')).db;
  firstArticle = seedReportStore(db, 6, 20)[0]!;
  // Blank values and periods, so NULL sort keys sit inside the order, and ties in every sort key.
  db.prepare('UPDATE indicators SET norm_value = NULL, value = NULL WHERE id % 7 = 0').run();
  db.prepare('UPDATE indicators SET period_norm = NULL WHERE id % 5 = 1').run();
});
afterAll(() => {
  db.close();
  tmp.cleanup();
});

/** The order the grid pages through (listIndicators with offset), read in one go. */
function gridOrder(q: IdQuery): number[] {
  return listIndicators(db, { ...q, offset: 0, limit: 100_000, count: false }).items.map((x) => x.id);
}

/** Name, query, and whether it is walked by keyset (else read in one statement). */
const QUERIES: [string, IdQuery, boolean][] = [
  ['the corpus in store order', { sort: [] }, true],
  ['by value, descending, blanks last', { sort: [{ field: 'value', dir: 'desc' }] }, true],
  ['by value, ascending, blanks first', { sort: [{ field: 'value', dir: 'asc' }] }, true],
  [
    'by subject then period, mixed directions',
    {
      sort: [
        { field: 'subject', dir: 'asc' },
        { field: 'periodNorm', dir: 'desc' },
      ],
    },
    false,
  ],
  [
    'by period, with statuses and a filter',
    {
      statuses: ['confirmed', 'corrected', 'added'],
      filters: [{ field: 'unit', op: 'equals', value: '亿元' }],
      sort: [{ field: 'periodNorm', dir: 'asc' }],
    },
    false,
  ],
  [
    'by status, with statuses and a filter',
    {
      statuses: ['confirmed', 'corrected', 'added'],
      filters: [{ field: 'unit', op: 'equals', value: '亿元' }],
      sort: [{ field: 'status', dir: 'desc' }],
    },
    true,
  ],
  ['one article, by confidence', { articleId: 0, sort: [{ field: 'confidence', dir: 'desc' }] }, false],
];

describe('indicator ids a page at a time', () => {
  it.each(QUERIES)('reads %s in exactly the grid order', (_name, query, paged) => {
    const q = query.articleId === 0 ? { ...query, articleId: firstArticle } : query;
    const expected = gridOrder(q);
    expect(expected.length).toBeGreaterThan(10);
    const pages = [...indicatorIdPages(db, q, 7)];
    expect(pages.flat()).toEqual(expected);
    if (paged) expect(pages.every((p) => p.length <= 7)).toBe(true);
    else expect(pages).toHaveLength(1);
    expect(countIndicatorsIn(db, q)).toBe(expected.length);
  });

  it('finds the rows after any row of a mixed, nullable order (as next-pending seeks)', () => {
    const q = QUERIES[3]![1];
    const expected = gridOrder(q);
    const keys = orderKeysOf(q);
    const select = `SELECT ${keys.map((k) => k.expr).join(', ')} FROM indicators`;
    const all = db
      .prepare(`${select} ${orderOf(q)}`)
      .raw()
      .all() as unknown[][];
    for (const [i, cursor] of all.entries()) {
      const after = join(
        [sql(select), where([...conditionsOf(q), afterCursor(keys, cursor)]), sql(orderOf(q))],
        ' ',
      );
      const ids = (
        db
          .prepare(after.text)
          .raw()
          .all(...after.params) as unknown[][]
      ).map((r) => r.at(-1));
      expect(ids).toEqual(expected.slice(i + 1));
    }
  });

  it('reads the whole list the same way, and nothing for a query that selects nothing', () => {
    expect(listIndicatorIds(db, { sort: [] })).toHaveLength(120);
    const none: IdQuery = { sort: [], filters: [{ field: 'subject', op: 'equals', value: '无此地' }] };
    expect([...indicatorIdPages(db, none, 7)]).toEqual([]);
    expect(countIndicatorsIn(db, none)).toBe(0);
  });
});

// The ids a query selects, in its order, a page at a time by keyset (the last row's sort keys + id),
// so a report over 100,000 indicators never holds the event loop for one long read: each page seeks
// to where the last one ended instead of sorting or skipping everything before it.
import type { IndicatorSortField } from '../../shared/api.ts';
import type { IndicatorQuery, OrderKey } from './indicators.repo.ts';
import { conditionsOf, orderKeysOf, orderOf } from './indicators.repo.ts';
import type { Db } from './open.ts';
import { join, sql, where, type Fragment } from './sql.ts';

export type IdQuery = Omit<IndicatorQuery, 'offset' | 'limit'>;

/** Ids per page: walking an index, a page reads in a few milliseconds. */
export const ID_PAGE = 2000;

/**
 * The index whose order is the corpus order for a sort on this one field (each ends with the
 * tie-breakers article_id, span_start, then the rowid). Named, because for a LIMITed page the planner
 * would rather search a filter's index (status, subject) and sort everything it found, every page.
 */
const ORDER_INDEX: Partial<Record<IndicatorSortField, string>> = {
  articleId: 'INDEXED BY indicators_by_article',
  id: 'NOT INDEXED',
  value: 'INDEXED BY indicators_by_value',
  subject: 'INDEXED BY indicators_by_subject',
  indicator: 'INDEXED BY indicators_by_indicator',
  status: 'INDEXED BY indicators_by_status',
  confidence: 'INDEXED BY indicators_by_confidence',
};

/**
 * How to walk the query's order a page at a time, or null when no index yields it (an article's few
 * rows, a sort on several fields or an unindexed one): then the ids are read in one statement.
 */
function orderIndex(q: IdQuery): string | null {
  if (q.articleId !== undefined || q.sort.length > 1) return null;
  const first = q.sort[0];
  return first ? (ORDER_INDEX[first.field] ?? null) : 'INDEXED BY indicators_by_article';
}

/**
 * The walk in one or two passes. Each pass's keys all run one way and none is NULL, so "after the
 * cursor" is a single row-value comparison, which SQLite seeks on the index. A nullable sort key is
 * walked as its NULLs (first ascending, last descending) and its values, in the order SQLite sorts them.
 */
function passesOf(keys: readonly OrderKey[]): { only: Fragment[]; keys: OrderKey[] }[] {
  const [first, ...rest] = keys;
  if (!first?.nullable) return [{ only: [], keys: [...keys] }];
  const blank = { only: [sql(`${first.expr} IS NULL`)], keys: rest };
  const valued = { only: [sql(`${first.expr} IS NOT NULL`)], keys: [...keys] };
  return first.desc ? [valued, blank] : [blank, valued];
}

/**
 * After the cursor within one pass (one direction, no NULL): a row-value comparison, plus the same
 * bound on the first key alone, which SQLite can seek on an expression index (value) too.
 */
function rowAfter(keys: readonly OrderKey[], cursor: readonly unknown[]): Fragment {
  const first = keys[0]!;
  const [from, past] = first.desc ? ['<=', '<'] : ['>=', '>'];
  return sql(
    `${first.expr} ${from} ? AND (${keys.map((k) => k.expr).join(', ')}) ${past} (${keys.map(() => '?').join(', ')})`,
    cursor[0],
    ...cursor,
  );
}

/** Rows strictly beyond `key` = `value` in this key's direction, where NULL sorts low. */
function beyond(key: OrderKey, value: unknown): Fragment | null {
  if (!key.desc) return value === null ? sql(`${key.expr} IS NOT NULL`) : sql(`${key.expr} > ?`, value);
  if (value === null) return null;
  return key.nullable
    ? sql(`(${key.expr} < ? OR ${key.expr} IS NULL)`, value)
    : sql(`${key.expr} < ?`, value);
}

/** A bound on the first key alone, implied by the cursor: it lets SQLite seek the index to it. */
function leadingBound(key: OrderKey, value: unknown): Fragment | null {
  if (value === null) return key.desc ? sql(`${key.expr} IS NULL`) : null;
  if (!key.desc) return sql(`${key.expr} >= ?`, value);
  return key.nullable ? null : sql(`${key.expr} <= ?`, value);
}

/**
 * Rows after the cursor row in any order the keys give (mixed directions, NULLs anywhere): the
 * lexicographic "greater than" spelled out, with `IS` so NULLs compare as equal.
 */
export function afterCursor(keys: readonly OrderKey[], cursor: readonly unknown[]): Fragment {
  const terms: Fragment[] = [];
  keys.forEach((key, i) => {
    const step = beyond(key, cursor[i]);
    if (!step) return;
    const ties = keys.slice(0, i).map((k, j) => sql(`${k.expr} IS ?`, cursor[j]));
    terms.push(join([...ties, step], ' AND '));
  });
  const either = join(
    terms.map((t) => ({ text: `(${t.text})`, params: t.params })),
    ' OR ',
  );
  const bound = leadingBound(keys[0]!, cursor[0]);
  return join([...(bound ? [bound] : []), { text: `(${either.text})`, params: either.params }], ' AND ');
}

/** The query's ids in its order, `pageSize` at a time; each page is its own short read. */
export function* indicatorIdPages(db: Db, q: IdQuery, pageSize = ID_PAGE): Generator<number[]> {
  const keys = orderKeysOf(q);
  const conditions = conditionsOf(q);
  const index = orderIndex(q);
  if (index === null) {
    const all = join([sql('SELECT id FROM indicators'), where(conditions), sql(orderOf(q))], ' ');
    const ids = db
      .prepare(all.text)
      .pluck()
      .all(...all.params) as number[];
    if (ids.length) yield ids;
    return;
  }
  for (const pass of passesOf(keys)) {
    const select = `SELECT ${pass.keys.map((k) => k.expr).join(', ')} FROM indicators ${index}`;
    let cursor: unknown[] | null = null;
    for (;;) {
      const filter = [...conditions, ...pass.only, ...(cursor ? [rowAfter(pass.keys, cursor)] : [])];
      const page = join([sql(select), where(filter), sql(`${orderOf(q)} LIMIT ?`, pageSize)], ' ');
      const rows = db
        .prepare(page.text)
        .raw()
        .all(...page.params) as unknown[][];
      if (rows.length) yield rows.map((r) => r[pass.keys.length - 1] as number);
      if (rows.length < pageSize) break;
      cursor = rows[rows.length - 1]!;
    }
  }
}

/** All the ids at once, for callers that need the whole list (tests, the benchmark's floor). */
export function listIndicatorIds(db: Db, q: IdQuery): number[] {
  const ids: number[] = [];
  for (const page of indicatorIdPages(db, q)) for (const id of page) ids.push(id);
  return ids;
}

/**
 * How many indicators the query selects (a report's progress total). With column filters over the
 * corpus, one pass over the table beats the planner's pick (a status index, then a lookup per row).
 */
export function countIndicatorsIn(db: Db, q: IdQuery): number {
  const filter = where(conditionsOf(q));
  const scan = q.articleId === undefined && q.filters?.length ? 'NOT INDEXED' : '';
  return (
    db.prepare(`SELECT count(*) AS n FROM indicators ${scan} ${filter.text}`).get(...filter.params) as {
      n: number;
    }
  ).n;
}

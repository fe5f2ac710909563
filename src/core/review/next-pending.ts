// "Next pending" asked of the store: the first pending row after the current one in the grid's own
// sort and filter, and its position there, so the grid can scroll to a row it has not loaded yet.
import type { RowPosition } from '../../shared/domain.ts';
import { afterCursor } from '../db/indicator-ids.ts';
import { conditionsOf, orderKeysOf, orderOf, type IndicatorQuery } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import { join, sql, where, type Fragment } from '../db/sql.ts';

export type PendingQuery = Pick<IndicatorQuery, 'articleId' | 'filters' | 'sort'>;

/**
 * The next pending row after position `after` (-1: from the top), going round to the top when none
 * follows. Seeks by keyset on the order's index, then counts what sorts after the found row: no
 * statement reads every row before it, even at row 900,000 of a million.
 */
export function findNextPending(db: Db, q: PendingQuery, after: number): RowPosition | null {
  const keys = orderKeysOf(q);
  const conditions = conditionsOf(q);
  const order = orderOf(q);
  const select = `SELECT ${keys.map((k) => k.expr).join(', ')} FROM indicators`;
  const first = (extra: Fragment[], offset = 0): unknown[] | undefined => {
    const query = join(
      [sql(select), where([...conditions, ...extra]), sql(`${order} LIMIT 1 OFFSET ?`, offset)],
      ' ',
    );
    return db
      .prepare(query.text)
      .raw()
      .get(...query.params) as unknown[] | undefined;
  };
  const pending = sql("status = 'pending'");
  const current = after >= 0 ? first([], after) : undefined;
  const found = (current && first([pending, afterCursor(keys, current)])) ?? first([pending]);
  if (!found) return null;
  const count = (extra: Fragment[]) => {
    const filter = where([...conditions, ...extra]);
    return (
      db.prepare(`SELECT count(*) AS n FROM indicators ${filter.text}`).get(...filter.params) as { n: number }
    ).n;
  };
  const index = count([]) - count([afterCursor(keys, found)]) - 1;
  return { id: found[keys.length - 1] as number, index };
}

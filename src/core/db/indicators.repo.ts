// Indicators: the figures of each article, one row each, with review status and a row version
// that every write bumps (a write carrying an older version is stale and refused).
import type { IndicatorFilter, IndicatorSortField } from '../../shared/api.ts';
import {
  APPROX,
  KINDS,
  MEASURES,
  REVIEW_STATUSES,
  type Figure,
  type Indicator,
  type NormUnit,
  type Page,
  type ReviewStatus,
} from '../../shared/domain.ts';
import { filterCondition, SORT_COLUMNS } from './indicator-filters.ts';
import { toFigureRow } from '../ingest/figure-rows.ts';
import type { Db } from './open.ts';
import { join, placeholders, sql, where, type Fragment } from './sql.ts';
import { cachedStatement } from './statements.ts';

interface IndicatorRow {
  id: number;
  article_id: number;
  span_start: number;
  span_end: number;
  quote: string;
  value: number | null;
  range_low: number | null;
  range_high: number | null;
  unit: string;
  norm_value: number | null;
  norm_unit: string;
  norm_range_low: number | null;
  norm_range_high: number | null;
  approx: Indicator['approx'];
  measure: Indicator['measure'];
  kind: Indicator['kind'];
  category: Indicator['category'];
  indicator: string;
  subject: string;
  period: string | null;
  period_norm: string | null;
  confidence: number;
  status: ReviewStatus;
  note: string;
  version: number;
  updated_at: string;
}

function pair(low: number | null, high: number | null): [number, number] | null {
  return low === null || high === null ? null : [low, high];
}

export function toIndicator(r: IndicatorRow): Indicator {
  return {
    id: r.id,
    articleId: r.article_id,
    start: r.span_start,
    end: r.span_end,
    quote: r.quote,
    value: r.value,
    range: pair(r.range_low, r.range_high),
    unit: r.unit,
    norm: {
      value: r.norm_value,
      unit: r.norm_unit as NormUnit,
      range: pair(r.norm_range_low, r.norm_range_high),
    },
    approx: r.approx,
    measure: r.measure,
    kind: r.kind,
    category: r.category,
    indicator: r.indicator,
    subject: r.subject,
    period: r.period,
    periodNorm: r.period_norm,
    confidence: r.confidence,
    status: r.status,
    note: r.note,
    version: r.version,
    updatedAt: r.updated_at,
  };
}

/** FIGURE_COLUMNS, in toFigureRow's order: the columns an Indicator occupies, for inserts and whole-row updates. */
const FIGURE_COLUMNS = `span_start, span_end, quote, value, range_low, range_high, unit, norm_value, norm_unit,
  norm_range_low, norm_range_high, approx, measure, kind, category, indicator, subject, period, period_norm,
  confidence`;

const INSERT_INDICATOR = `INSERT INTO indicators (article_id, ${FIGURE_COLUMNS}, status, created_at, updated_at)
  VALUES (?, ${placeholders(20)}, ?, ?, ?)`;

/**
 * Most figures are single values: their insert leaves the four range columns to default to NULL and
 * names the status in the SQL, five fewer parameters to bind of 24. Binding costs more than SQLite's
 * own insert (~0.25 µs a parameter against ~1 µs for the row), so this takes a tenth off storing an
 * import's figures.
 */
const SINGLE_VALUE_COLUMNS = FIGURE_COLUMNS.split(',')
  .map((c) => c.trim())
  .filter((c) => !c.includes('range'));
const INSERT_SINGLE_VALUE = new Map(
  REVIEW_STATUSES.map((status) => [
    status,
    `INSERT INTO indicators (article_id, ${SINGLE_VALUE_COLUMNS.join(', ')}, status, created_at, updated_at)
    VALUES (${placeholders(1 + SINGLE_VALUE_COLUMNS.length)}, '${status}', ?, ?)`,
  ]),
);

export function insertIndicators(
  db: Db,
  articleId: number,
  figures: readonly Figure[],
  status: ReviewStatus,
  now: string,
): number[] {
  const single = INSERT_SINGLE_VALUE.get(status);
  if (!single) throw new Error(`unknown review status ${String(status)}`);
  const full = cachedStatement(db, INSERT_INDICATOR);
  const lean = cachedStatement(db, single);
  const ids: number[] = [];
  for (const f of figures) {
    const info =
      f.range || f.norm.range
        ? full.run(articleId, ...toFigureRow(f), status, now, now)
        : lean.run(
            articleId,
            f.start,
            f.end,
            f.quote,
            f.value,
            f.unit,
            f.norm.value,
            f.norm.unit,
            f.approx,
            f.measure,
            f.kind,
            f.category,
            f.indicator,
            f.subject,
            f.period,
            f.periodNorm,
            f.confidence,
            now,
            now,
          );
    ids.push(Number(info.lastInsertRowid));
  }
  return ids;
}

const ALLOWED = {
  approx: new Set<string>(APPROX),
  measure: new Set<string>(MEASURES),
  kind: new Set<string>(KINDS),
  status: new Set<string>(REVIEW_STATUSES),
};

/**
 * The table's CHECK constraints, in code: true when SQLite would accept these rows. A bulk insert
 * checks here and then runs with SQLite's own checks off (see withChecksInCode).
 */
export function passesTableChecks(figures: readonly Figure[], status: ReviewStatus): boolean {
  if (!ALLOWED.status.has(status)) return false;
  return figures.every(
    (f) =>
      Number.isInteger(f.start) &&
      Number.isInteger(f.end) &&
      f.start >= 0 &&
      f.end > f.start &&
      ALLOWED.approx.has(f.approx) &&
      ALLOWED.measure.has(f.measure) &&
      ALLOWED.kind.has(f.kind),
  );
}

/**
 * Runs `work` with SQLite's CHECK and foreign-key enforcement off for this connection, for a bulk
 * insert whose rows were checked with passesTableChecks and whose references are to articles it has
 * just written or read under its own write lock (an import batch). The table's `x IN (…)` checks
 * cost ~3 µs each per row (13 µs of a 17 µs insert), and every row's reference is a lookup of its
 * article; together ~5% of storing an import. Both pragmas are connection settings changed outside
 * a transaction (inside one, foreign_keys is ignored), once per batch, and always restored.
 */
export function withChecksInCode<T>(db: Db, work: () => T): T {
  db.pragma('ignore_check_constraints = ON');
  db.pragma('foreign_keys = OFF');
  try {
    return work();
  } finally {
    db.pragma('ignore_check_constraints = OFF');
    db.pragma('foreign_keys = ON');
  }
}

export function getIndicator(db: Db, id: number): Indicator | null {
  const row = db.prepare('SELECT * FROM indicators WHERE id = ?').get(id) as IndicatorRow | undefined;
  return row ? toIndicator(row) : null;
}

export interface IndicatorQuery {
  articleId?: number | undefined;
  statuses?: ReviewStatus[] | undefined;
  subject?: string | undefined;
  filters?: IndicatorFilter[] | undefined;
  /** false: skip counting (total comes back as -1). */
  count?: boolean | undefined;
  sort: { field: IndicatorSortField; dir: 'asc' | 'desc' }[];
  offset: number;
  limit: number;
}

/** The query's conditions, each a fragment, for callers that add their own (a keyset cursor). */
export function conditionsOf(q: Omit<IndicatorQuery, 'offset' | 'limit'>): Fragment[] {
  const conditions: Fragment[] = [];
  if (q.articleId !== undefined) conditions.push(sql('article_id = ?', q.articleId));
  if (q.statuses?.length)
    conditions.push(sql(`status IN (${placeholders(q.statuses.length)})`, ...q.statuses));
  if (q.subject) conditions.push(sql('subject = ?', q.subject));
  for (const f of q.filters ?? []) conditions.push(filterCondition(f));
  return conditions;
}

function filterOf(q: IndicatorQuery): Fragment {
  return where(conditionsOf(q));
}

/** Sort fields whose SQL expression can be NULL (NULL sorts first ascending, last descending). */
const NULLABLE_SORT_FIELDS: ReadonlySet<IndicatorSortField> = new Set(['value', 'period', 'periodNorm']);

/** One key of a query's full order; the last key is always id, so the order is total. */
export interface OrderKey {
  expr: string;
  desc: boolean;
  nullable: boolean;
}

export function orderKeysOf(q: Pick<IndicatorQuery, 'articleId' | 'sort'>): OrderKey[] {
  const keys = q.sort.map((s) => ({
    expr: SORT_COLUMNS[s.field],
    desc: s.dir === 'desc',
    nullable: NULLABLE_SORT_FIELDS.has(s.field),
  }));
  // Tie-breakers run in the last sort key's direction, so one index (read backwards if need be)
  // yields the whole order and a sorted page never needs a temporary sort of the table.
  const desc = q.sort.at(-1)?.dir === 'desc';
  const ties = q.articleId !== undefined ? ['span_start', 'id'] : ['article_id', 'span_start', 'id'];
  return [...keys, ...ties.map((expr) => ({ expr, desc, nullable: false }))];
}

export function orderOf(q: Pick<IndicatorQuery, 'articleId' | 'sort'>): string {
  return `ORDER BY ${orderKeysOf(q)
    .map((k) => `${k.expr} ${k.desc ? 'DESC' : 'ASC'}`)
    .join(', ')}`;
}

/**
 * One page of a query. The page's ids come off an index first (a deep offset steps through index
 * entries only), then only those rows are read: paging 1,000,000 rows stays cheap at any depth.
 */
export function listIndicators(db: Db, q: IndicatorQuery): Page<Indicator> {
  const filter = filterOf(q);
  const total =
    q.count === false
      ? -1
      : (
          db.prepare(`SELECT count(*) AS n FROM indicators ${filter.text}`).get(...filter.params) as {
            n: number;
          }
        ).n;
  const page = join(
    [sql('SELECT id FROM indicators'), filter, sql(`${orderOf(q)} LIMIT ? OFFSET ?`, q.limit, q.offset)],
    ' ',
  );
  const ids = db
    .prepare(page.text)
    .pluck()
    .all(...page.params) as number[];
  return { items: rowsByIds(db, ids), total };
}

/** Rows by id, in the order given; read in chunks to stay under SQLite's parameter limit. */
function rowsByIds(db: Db, ids: readonly number[]): Indicator[] {
  const byId = new Map<number, Indicator>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = db
      .prepare(`SELECT * FROM indicators WHERE id IN (${placeholders(chunk.length)})`)
      .all(...chunk) as IndicatorRow[];
    for (const r of rows) byId.set(r.id, toIndicator(r));
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Writes a whole indicator back if its stored version is still `expectedVersion`; false if stale. */
export function writeIndicator(db: Db, next: Indicator, expectedVersion: number, now: string): boolean {
  const assignments = FIGURE_COLUMNS.split(',')
    .map((c) => `${c.trim()} = ?`)
    .join(', ');
  const info = db
    .prepare(
      `UPDATE indicators SET ${assignments}, status = ?, note = ?, version = version + 1, updated_at = ?
       WHERE id = ? AND version = ?`,
    )
    .run(...toFigureRow(next), next.status, next.note, now, next.id, expectedVersion);
  return info.changes === 1;
}

export function countIndicators(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM indicators').get() as { n: number }).n;
}

/** The indicators with these ids, in the order given (missing ids are skipped). */
export function getIndicatorsByIds(db: Db, ids: readonly number[]): Indicator[] {
  if (!ids.length) return [];
  const rows = db
    .prepare(`SELECT * FROM indicators WHERE id IN (${placeholders(ids.length)})`)
    .all(...ids) as IndicatorRow[];
  const byId = new Map(rows.map((r) => [r.id, toIndicator(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Puts a removed indicator back exactly as it was (redo of an add, undo of a removal). */
export function restoreIndicator(db: Db, ind: Indicator, now: string): boolean {
  const info = db
    .prepare(
      `INSERT OR IGNORE INTO indicators (id, article_id, ${FIGURE_COLUMNS}, status, note, version, created_at,
         updated_at)
       VALUES (?, ?, ${placeholders(20)}, ?, ?, ?, ?, ?)`,
    )
    .run(ind.id, ind.articleId, ...toFigureRow(ind), ind.status, ind.note, ind.version + 1, now, now);
  return info.changes === 1;
}

export function deleteIndicator(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM indicators WHERE id = ?').run(id).changes === 1;
}

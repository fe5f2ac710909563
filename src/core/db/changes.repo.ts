// The audit: one row per changed field — who, when, old → new — written in the same transaction
// as the change itself, so the history can be trusted.
import type { Change } from '../../shared/domain.ts';
import type { Db } from './open.ts';
import { join, sql, where, type Fragment } from './sql.ts';

export interface NewChange {
  indicatorId: number;
  articleId: number;
  field: Change['field'];
  oldValue: unknown;
  newValue: unknown;
  actor: string;
  at: string;
  /** The command this change belongs to (null for changes made before commands existed). */
  commandId?: number | null;
}

const encode = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export function recordChange(db: Db, c: NewChange): number {
  const info = db
    .prepare(
      `INSERT INTO changes (indicator_id, article_id, field, old_value, new_value, actor, at, command_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      c.indicatorId,
      c.articleId,
      c.field,
      encode(c.oldValue),
      encode(c.newValue),
      c.actor,
      c.at,
      c.commandId ?? null,
    );
  return Number(info.lastInsertRowid);
}

export interface ChangeRow {
  id: number;
  indicator_id: number;
  article_id: number;
  field: Change['field'];
  old_value: string | null;
  new_value: string | null;
  actor: string;
  at: string;
  command_id: number | null;
}

export function toChange(r: ChangeRow): Change {
  return {
    id: r.id,
    indicatorId: r.indicator_id,
    articleId: r.article_id,
    field: r.field,
    oldValue: r.old_value,
    newValue: r.new_value,
    actor: r.actor,
    at: r.at,
  };
}

export function getChange(db: Db, id: number): ChangeRow | null {
  return (db.prepare('SELECT * FROM changes WHERE id = ?').get(id) as ChangeRow | undefined) ?? null;
}

/** The changes a command made, in the order it made them. */
export function changesOfCommand(db: Db, commandId: number): ChangeRow[] {
  return db.prepare('SELECT * FROM changes WHERE command_id = ? ORDER BY id').all(commandId) as ChangeRow[];
}

export function listChanges(
  db: Db,
  q: { articleId?: number | undefined; indicatorId?: number | undefined; limit: number },
): Change[] {
  const conditions: Fragment[] = [];
  if (q.articleId !== undefined) conditions.push(sql('article_id = ?', q.articleId));
  if (q.indicatorId !== undefined) conditions.push(sql('indicator_id = ?', q.indicatorId));
  const query = join(
    [sql('SELECT * FROM changes'), where(conditions), sql('ORDER BY id DESC LIMIT ?', q.limit)],
    ' ',
  );
  return (db.prepare(query.text).all(...query.params) as ChangeRow[]).map(toChange);
}

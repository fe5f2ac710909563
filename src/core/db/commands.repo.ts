// Review commands: one row per command an analyst ran, so undo and redo are read from the store
// (per reviewer) and survive sorting, filtering, reloading and restarting.
import type { ChangeRow } from './changes.repo.ts';
import { toChange } from './changes.repo.ts';
import type { CommandName, CommandState, CommandSummary, HistoryEntry } from '../../shared/domain.ts';
import type { Db } from './open.ts';
import { join, sql, where, type Fragment } from './sql.ts';

interface CommandRow {
  id: number;
  name: CommandName;
  actor: string;
  at: string;
  article_id: number | null;
  state: CommandState;
  target_id: number | null;
  changes: number;
}

/** undo and redo act on the stacks; they are recorded but never sit on them. */
const META: readonly CommandName[] = ['undo', 'redo'];

function toSummary(r: CommandRow): CommandSummary {
  return {
    id: r.id,
    name: r.name,
    actor: r.actor,
    at: r.at,
    articleId: r.article_id,
    state: r.state,
    changes: r.changes,
  };
}

const SUMMARY = `SELECT c.*, (SELECT count(*) FROM changes x WHERE x.command_id = c.id) AS changes FROM commands c`;

/**
 * Records a command. A regular command empties its actor's redo stack, as in every editor:
 * once you do something new, what you undid can no longer be redone.
 */
export function insertCommand(
  db: Db,
  c: { name: CommandName; actor: string; at: string; articleId: number | null; targetId?: number | null },
): number {
  const meta = META.includes(c.name);
  if (!meta) {
    db.prepare("UPDATE commands SET state = 'dropped' WHERE actor = ? AND state = 'undone'").run(c.actor);
  }
  const info = db
    .prepare('INSERT INTO commands (name, actor, at, article_id, state, target_id) VALUES (?, ?, ?, ?, ?, ?)')
    .run(c.name, c.actor, c.at, c.articleId, meta ? 'applied' : 'done', c.targetId ?? null);
  return Number(info.lastInsertRowid);
}

export function getCommand(db: Db, id: number): CommandSummary | null {
  const row = db.prepare(`${SUMMARY} WHERE c.id = ?`).get(id) as CommandRow | undefined;
  return row ? toSummary(row) : null;
}

/** A command that changed nothing leaves no trace. */
export function deleteCommand(db: Db, id: number): void {
  db.prepare('DELETE FROM commands WHERE id = ?').run(id);
}

/** The command undo would take back: the actor's latest that is still done. */
export function undoable(db: Db, actor: string): CommandSummary | null {
  const row = db
    .prepare(`${SUMMARY} WHERE c.actor = ? AND c.state = 'done' ORDER BY c.id DESC LIMIT 1`)
    .get(actor) as CommandRow | undefined;
  return row ? toSummary(row) : null;
}

/** The command redo would bring back: the one most recently undone. */
export function redoable(db: Db, actor: string): CommandSummary | null {
  const row = db
    .prepare(`${SUMMARY} WHERE c.actor = ? AND c.state = 'undone' ORDER BY c.undo_seq DESC LIMIT 1`)
    .get(actor) as CommandRow | undefined;
  return row ? toSummary(row) : null;
}

export function markUndone(db: Db, id: number): void {
  db.prepare(
    `UPDATE commands SET state = 'undone',
       undo_seq = (SELECT coalesce(max(undo_seq), 0) + 1 FROM commands) WHERE id = ?`,
  ).run(id);
}

export function markDone(db: Db, id: number): void {
  db.prepare("UPDATE commands SET state = 'done', undo_seq = NULL WHERE id = ?").run(id);
}

interface HistoryRow extends ChangeRow {
  command: CommandName | null;
  command_state: CommandState | null;
}

/** The history of a row or an article, newest first, each change with its command. */
export function listHistory(
  db: Db,
  q: { articleId?: number | undefined; indicatorId?: number | undefined; limit: number },
): HistoryEntry[] {
  const conditions: Fragment[] = [];
  if (q.articleId !== undefined) conditions.push(sql('x.article_id = ?', q.articleId));
  if (q.indicatorId !== undefined) conditions.push(sql('x.indicator_id = ?', q.indicatorId));
  const query = join(
    [
      sql(
        `SELECT x.*, c.name AS command, c.state AS command_state
         FROM changes x LEFT JOIN commands c ON c.id = x.command_id`,
      ),
      where(conditions),
      sql('ORDER BY x.id DESC LIMIT ?', q.limit),
    ],
    ' ',
  );
  return (db.prepare(query.text).all(...query.params) as HistoryRow[]).map((r) => ({
    ...toChange(r),
    commandId: r.command_id,
    command: r.command,
    commandState: r.command_state,
  }));
}

// Runs one review command as one transaction: the command row, every row write and every audited
// change land together or not at all. A command that changed nothing leaves no trace.
import type { CommandName, CommandOutcome, Indicator } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { recordChange } from '../db/changes.repo.ts';
import { getCommand, insertCommand } from '../db/commands.repo.ts';
import {
  deleteIndicator,
  getIndicator,
  getIndicatorsByIds,
  insertIndicators,
  restoreIndicator,
  writeIndicator,
} from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import { nowIso } from '../db/sql.ts';
import type { FieldChange } from './edit.ts';
import { readField, same, withField, type RecordedField } from './fields.ts';

/** Outcomes list at most this many rows; a bigger command tells the grid to reload instead. */
export const OUTCOME_ROWS = 500;

export interface CommandMeta {
  name: CommandName;
  actor: string;
  articleId: number | null;
  targetId?: number | null;
}

export class CommandWriter {
  readonly db: Db;
  readonly id: number;
  readonly actor: string;
  readonly at: string;
  changed = 0;
  readonly touched = new Set<number>();
  readonly removed = new Set<number>();

  constructor(db: Db, meta: CommandMeta) {
    this.db = db;
    this.actor = meta.actor;
    this.at = nowIso();
    this.id = insertCommand(db, { ...meta, at: this.at });
  }

  row(id: number): Indicator {
    const row = getIndicator(this.db, id);
    if (!row) throw new AppError('not_found', `Indicator ${id} does not exist`);
    return row;
  }

  private record(ind: Pick<Indicator, 'id' | 'articleId'>, c: FieldChange): void {
    recordChange(this.db, {
      indicatorId: ind.id,
      articleId: ind.articleId,
      ...c,
      actor: this.actor,
      at: this.at,
      commandId: this.id,
    });
    this.changed++;
  }

  /** Writes an edited row if it is still at prev's version, and audits its changes. */
  save(prev: Indicator, next: Indicator, changes: readonly FieldChange[]): void {
    if (changes.length === 0) return;
    if (!writeIndicator(this.db, next, prev.version, this.at)) {
      throw new AppError(
        'stale',
        `Indicator ${prev.id} was changed elsewhere. Reload to see the current value.`,
      );
    }
    for (const c of changes) this.record(prev, c);
    this.touched.add(prev.id);
  }

  /** Sets one field to `value`, refusing if it no longer holds `expected` (undo, redo, revert). */
  setField(id: number, field: RecordedField, expected: unknown, value: unknown): void {
    const prev = this.row(id);
    const current = readField(prev, field);
    if (same(current, value)) return;
    if (!same(current, expected)) {
      throw new AppError(
        'stale',
        `Indicator ${id}: ${field} was changed again since (now ${JSON.stringify(current)}); ` +
          'take back the later change first.',
      );
    }
    this.save(prev, withField(prev, field, value), [{ field, oldValue: current, newValue: value }]);
  }

  create(
    articleId: number,
    figure: Omit<Indicator, 'id' | 'articleId' | 'version' | 'updatedAt'>,
  ): Indicator {
    const [id] = insertIndicators(this.db, articleId, [figure], figure.status, this.at);
    const row = this.row(id!);
    if (row.note !== figure.note) {
      writeIndicator(this.db, { ...row, note: figure.note }, row.version, this.at);
    }
    const stored = this.row(id!);
    this.record(stored, { field: 'created', oldValue: null, newValue: stored });
    this.touched.add(stored.id);
    return stored;
  }

  /** Puts back a row removed earlier, under its old id. */
  restore(snapshot: Indicator): void {
    if (!restoreIndicator(this.db, snapshot, this.at)) {
      throw new AppError('stale', `Indicator ${snapshot.id} cannot be restored: its id is in use again.`);
    }
    this.record(snapshot, { field: 'created', oldValue: null, newValue: this.row(snapshot.id) });
    this.touched.add(snapshot.id);
    this.removed.delete(snapshot.id);
  }

  remove(id: number): void {
    const prev = this.row(id);
    deleteIndicator(this.db, id);
    this.record(prev, { field: 'deleted', oldValue: prev, newValue: null });
    this.touched.delete(id);
    this.removed.add(id);
  }

  outcome(): CommandOutcome {
    const ids = [...this.touched];
    return {
      command: this.changed ? getCommand(this.db, this.id) : null,
      indicators: ids.length <= OUTCOME_ROWS ? getIndicatorsByIds(this.db, ids) : [],
      removed: [...this.removed],
      count: ids.length + this.removed.size,
    };
  }
}

class NothingChanged extends Error {}

/**
 * Runs `work` as one command in one immediate transaction; returns what it did. A command that
 * changed nothing is rolled back whole, so it neither shows in history nor empties the redo stack.
 */
export function runCommand(db: Db, meta: CommandMeta, work: (w: CommandWriter) => void): CommandOutcome {
  try {
    return db
      .transaction(() => {
        const writer = new CommandWriter(db, meta);
        work(writer);
        if (writer.changed === 0) throw new NothingChanged();
        return writer.outcome();
      })
      .immediate();
  } catch (err) {
    if (err instanceof NothingChanged) return { command: null, indicators: [], removed: [], count: 0 };
    throw err;
  }
}

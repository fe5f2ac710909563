// Undo, redo and revert, read from the store. Each is itself a recorded command whose changes are
// the inverse (or the replay) of the ones it acts on, so the audit shows every write that happened.
// A value changed again since is never overwritten silently: the command is refused instead.
import type { CommandOutcome, Indicator } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { changesOfCommand, getChange, type ChangeRow } from '../db/changes.repo.ts';
import { markDone, markUndone, redoable, undoable } from '../db/commands.repo.ts';
import type { Db } from '../db/open.ts';
import type { RecordedField } from './fields.ts';
import { decode } from './fields.ts';
import { runCommand, type CommandWriter } from './writer.ts';

const EMPTY: CommandOutcome = { command: null, indicators: [], removed: [], count: 0 };

/** Applies one audited change backwards (undo, revert) or forwards again (redo). */
function replay(w: CommandWriter, c: ChangeRow, direction: 'back' | 'forward'): void {
  const from = decode(direction === 'back' ? c.new_value : c.old_value);
  const to = decode(direction === 'back' ? c.old_value : c.new_value);
  const creates = (c.field === 'created') === (direction === 'forward');
  if (c.field === 'created' || c.field === 'deleted') {
    if (creates) w.restore(to as Indicator);
    else w.remove(c.indicator_id);
    return;
  }
  w.setField(c.indicator_id, c.field as RecordedField, from, to);
}

export function undo(db: Db, actor: string): CommandOutcome {
  const target = undoable(db, actor);
  if (!target) return EMPTY;
  const outcome = runCommand(
    db,
    { name: 'undo', actor, articleId: target.articleId, targetId: target.id },
    (w) => {
      for (const c of changesOfCommand(db, target.id).reverse()) replay(w, c, 'back');
      markUndone(db, target.id);
    },
  );
  // Already as it was before (someone reverted it by hand): off the stack all the same.
  if (!outcome.command) markUndone(db, target.id);
  return outcome;
}

export function redo(db: Db, actor: string): CommandOutcome {
  const target = redoable(db, actor);
  if (!target) return EMPTY;
  const outcome = runCommand(
    db,
    { name: 'redo', actor, articleId: target.articleId, targetId: target.id },
    (w) => {
      for (const c of changesOfCommand(db, target.id)) replay(w, c, 'forward');
      markDone(db, target.id);
    },
  );
  if (!outcome.command) markDone(db, target.id);
  return outcome;
}

/** Takes back one change, leaving every later change in place. Itself undoable. */
export function revertChange(db: Db, actor: string, changeId: number): CommandOutcome {
  const change = getChange(db, changeId);
  if (!change) throw new AppError('not_found', `Change ${changeId} does not exist`);
  return runCommand(db, { name: 'revert', actor, articleId: change.article_id, targetId: changeId }, (w) =>
    replay(w, change, 'back'),
  );
}

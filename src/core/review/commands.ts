// The review commands the store knows: each is one transaction recorded as one command, so history,
// undo and redo treat a bulk accept of 300 rows exactly like a single edit.
import type { Article, CommandName, CommandOutcome, IndicatorPatch } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { unitNorm } from '../extract/index.ts';
import type { Db } from '../db/open.ts';
import { applyPatch, type FieldChange } from './edit.ts';
import { checkSpan, figureFromSelection } from './selection.ts';
import { runCommand, type CommandWriter } from './writer.ts';

export interface VersionedId {
  id: number;
  version: number;
}

function patchRow(w: CommandWriter, item: VersionedId, patch: IndicatorPatch): void {
  const prev = w.row(item.id);
  if (prev.version !== item.version) {
    throw new AppError(
      'stale',
      `Indicator ${item.id} was changed elsewhere (version ${prev.version}, this edit was based on ${item.version}). ` +
        'Reload to see the current value.',
    );
  }
  const { next, changes } = applyPatch(prev, patch, unitNorm);
  w.save(prev, next, changes);
}

/** One patch to one or more rows, each at the version the analyst saw; any stale row refuses all. */
export function editRows(
  db: Db,
  actor: string,
  name: Extract<CommandName, 'edit' | 'accept' | 'reject' | 'set-field'>,
  items: readonly VersionedId[],
  patch: IndicatorPatch,
): CommandOutcome {
  return runCommand(db, { name, actor, articleId: null }, (w) => {
    for (const item of items) patchRow(w, item, patch);
  });
}

export function addFromSelection(db: Db, actor: string, article: Article, start: number, end: number) {
  const figure = figureFromSelection(article, start, end);
  return runCommand(db, { name: 'add', actor, articleId: article.id }, (w) => {
    w.create(article.id, { ...figure, status: 'added', note: '' });
  });
}

/** Points a row at a new span of its article; what the figure says is left for the analyst. */
export function reanchor(
  db: Db,
  actor: string,
  article: Article,
  item: VersionedId,
  start: number,
  end: number,
) {
  const quote = checkSpan(article, start, end);
  return runCommand(db, { name: 'reanchor', actor, articleId: article.id }, (w) => {
    const prev = w.row(item.id);
    if (prev.articleId !== article.id) {
      throw new AppError('invalid_input', `Indicator ${item.id} belongs to another article.`);
    }
    if (prev.version !== item.version) {
      throw new AppError(
        'stale',
        `Indicator ${item.id} was changed elsewhere. Reload to see the current value.`,
      );
    }
    const span = { start, end, quote };
    const next = { ...prev, ...span };
    const changes: FieldChange[] = [
      { field: 'span', oldValue: { start: prev.start, end: prev.end, quote: prev.quote }, newValue: span },
    ];
    if (prev.status === 'pending' || prev.status === 'confirmed') {
      next.status = 'corrected';
      changes.push({ field: 'status', oldValue: prev.status, newValue: 'corrected' });
    }
    w.save(prev, next, changes);
  });
}

/** Confirms every pending row of an article the extractor was at least `threshold` sure of. */
export function acceptHighConfidence(db: Db, actor: string, articleId: number, threshold: number) {
  const ids = db
    .prepare(
      "SELECT id, version FROM indicators WHERE article_id = ? AND status = 'pending' AND confidence >= ?",
    )
    .all(articleId, threshold) as VersionedId[];
  return runCommand(db, { name: 'accept-high-confidence', actor, articleId }, (w) => {
    for (const item of ids) patchRow(w, item, { status: 'confirmed' });
  });
}

export interface Replacement {
  find: string;
  replace: string;
  fields: readonly ('indicator' | 'subject')[];
  articleId?: number | undefined;
}

/** Replaces text inside indicator and subject names, in one article or the whole corpus. */
export function findReplace(db: Db, actor: string, r: Replacement): CommandOutcome {
  if (!r.find) throw new AppError('invalid_input', 'Nothing to find.');
  const fields = r.fields.length ? r.fields : (['indicator', 'subject'] as const);
  const scope = r.articleId === undefined ? '' : 'AND article_id = ?';
  const where = fields.map((f) => `instr(${f}, ?) > 0`).join(' OR ');
  const params: unknown[] = fields.map(() => r.find);
  if (r.articleId !== undefined) params.push(r.articleId);
  const items = db
    .prepare(`SELECT id, version FROM indicators WHERE (${where}) ${scope}`)
    .all(...params) as VersionedId[];
  return runCommand(db, { name: 'find-replace', actor, articleId: r.articleId ?? null }, (w) => {
    for (const item of items) {
      const prev = w.row(item.id);
      const patch: IndicatorPatch = {};
      for (const f of fields) {
        const next = prev[f].replaceAll(r.find, r.replace);
        if (next !== prev[f]) patch[f] = next;
      }
      if (Object.keys(patch).length) patchRow(w, item, patch);
    }
  });
}

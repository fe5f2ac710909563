// Review slice: add from a selection, re-anchor, bulk actions, undo/redo/revert and history. Every
// write is a recorded command under the reviewer's name from settings.
import type { Article } from '../../shared/domain.ts';
import { AppError } from '../../shared/errors.ts';
import { getArticle } from '../db/articles.repo.ts';
import { listHistory, redoable, undoable } from '../db/commands.repo.ts';
import { getIndicator } from '../db/indicators.repo.ts';
import type { Db } from '../db/open.ts';
import {
  acceptHighConfidence,
  addFromSelection,
  editRows,
  findReplace,
  reanchor,
} from '../review/commands.ts';
import { redo, revertChange, undo } from '../review/history.ts';
import { findNextPending } from '../review/next-pending.ts';
import { reviewProgress } from '../review/progress.ts';
import type { ApiImpl } from '../validated.ts';
import type { ServiceContext } from './context.ts';
import { reviewerOf } from './settings.ts';

type ReviewMethods =
  | 'addIndicator'
  | 'reanchorIndicator'
  | 'updateIndicators'
  | 'acceptHighConfidence'
  | 'replaceInNames'
  | 'undo'
  | 'redo'
  | 'getUndoState'
  | 'revertChange'
  | 'listHistory'
  | 'getReviewProgress'
  | 'findNextPending';

function articleOf(db: Db, id: number): Article {
  const article = getArticle(db, id);
  if (!article) throw new AppError('not_found', `Article ${id} does not exist`);
  return article;
}

export function reviewSlice({ db, actor }: ServiceContext): Pick<ApiImpl, ReviewMethods> {
  const who = () => reviewerOf(db, actor);
  return {
    async addIndicator({ articleId, start, end }) {
      return addFromSelection(db, who(), articleOf(db, articleId), start, end);
    },
    async reanchorIndicator({ id, version, start, end }) {
      const row = getIndicator(db, id);
      if (!row) throw new AppError('not_found', `Indicator ${id} does not exist`);
      return reanchor(db, who(), articleOf(db, row.articleId), { id, version }, start, end);
    },
    async updateIndicators({ items, patch }) {
      return editRows(db, who(), 'set-field', items, patch);
    },
    async acceptHighConfidence({ articleId, threshold }) {
      articleOf(db, articleId);
      return acceptHighConfidence(db, who(), articleId, threshold);
    },
    async replaceInNames(input) {
      return findReplace(db, who(), input);
    },
    async undo() {
      return undo(db, who());
    },
    async redo() {
      return redo(db, who());
    },
    async getUndoState() {
      const name = who();
      return { undo: undoable(db, name), redo: redoable(db, name) };
    },
    async revertChange({ changeId }) {
      return revertChange(db, who(), changeId);
    },
    async listHistory(input) {
      return listHistory(db, input);
    },
    async getReviewProgress({ articleId }) {
      return reviewProgress(db, articleId);
    },
    async findNextPending({ after, ...query }) {
      return findNextPending(db, query, after);
    },
  };
}

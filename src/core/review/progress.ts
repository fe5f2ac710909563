// Review progress: how many rows are still pending, for one article or the whole corpus.
import type { ReviewProgress } from '../../shared/domain.ts';
import type { Db } from '../db/open.ts';

export function reviewProgress(db: Db, articleId?: number): ReviewProgress {
  // Two counts, each answered from an index alone: cheap even over a million rows.
  const count = (where: string, ...params: unknown[]) =>
    (db.prepare(`SELECT count(*) AS n FROM indicators ${where}`).get(...params) as { n: number }).n;
  const total = articleId === undefined ? count('') : count('WHERE article_id = ?', articleId);
  const pending =
    articleId === undefined
      ? count("WHERE status = 'pending'")
      : count("WHERE article_id = ? AND status = 'pending'", articleId);
  return { total, pending, done: total - pending };
}

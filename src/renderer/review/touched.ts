// A review change names the articles it touched, so only their counts are read again: re-reading
// the article list and the corpus counts after every keystroke-sized edit costs more than the edit.
import type { Indicator } from '../../shared/domain.ts';

export interface Touched {
  /** Increases with each change; 0 before the first. */
  seq: number;
  articles: number[];
}

export const UNTOUCHED: Touched = { seq: 0, articles: [] };

/** Beyond this many articles a change refreshes everything (a bulk action over the corpus). */
const MAX_ARTICLES = 20;

/**
 * The articles a change touched, or null when it changed the store's shape (rows added or removed,
 * or too many articles), which calls for a full refresh.
 */
export function touchedBy(rows: readonly Indicator[], removed: number): number[] | null {
  const articles = [...new Set(rows.map((r) => r.articleId))];
  // A row at version 1 was just created (added, or an add redone): the totals changed.
  if (removed > 0 || rows.some((r) => r.version === 1) || articles.length > MAX_ARTICLES) return null;
  return articles;
}

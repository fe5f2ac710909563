// A stored-article record for tests that write articles through the repository directly.
import type { NewArticle } from '../db/articles.repo.ts';

/** An article whose original and cleaned text are `text`, with no metadata. */
export function newArticle(title: string, text: string, contentHash: string): NewArticle {
  return {
    title,
    published: null,
    source: null,
    url: null,
    subject: null,
    fileName: null,
    encoding: 'utf-8',
    script: 'simplified',
    contentHash,
    originalText: text,
    cleanText: text,
    offsetMap: null,
    importedAt: '2024-01-01T00:00:00Z',
  };
}

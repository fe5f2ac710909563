// Ingest: file bytes → an article ready to store (original text, cleaned text, metadata, figures).
// The skeleton reads plain text; cleaning is the identity, so the offset map is empty.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Figure } from '../../shared/domain.ts';
import type { NewArticle } from '../db/articles.repo.ts';
import { analyseArticle } from '../extract/index.ts';
import { decodeText, IngestError } from './decode.ts';

export { IngestError } from './decode.ts';

export const TEXT_EXTENSIONS = ['.txt', '.md'];
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface IngestedArticle {
  article: Omit<NewArticle, 'importedAt'>;
  figures: Figure[];
}

export function contentHash(cleanText: string): string {
  return crypto.createHash('sha256').update(cleanText.replace(/\s+/g, ' ').trim()).digest('hex');
}

/** Reads one file's bytes; throws IngestError with a reason an analyst can act on. */
export function ingestFile(
  fileName: string,
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
): IngestedArticle {
  const ext = path.extname(fileName).toLowerCase();
  if (!TEXT_EXTENSIONS.includes(ext)) {
    throw new IngestError(`${ext || 'files without an extension'} is not supported yet (only .txt and .md)`);
  }
  if (bytes.length > maxBytes) {
    throw new IngestError(
      `the file is ${(bytes.length / 1048576).toFixed(1)} MB, over the ${maxBytes / 1048576} MB limit`,
    );
  }
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw new IngestError('the file has no text');
  const analysis = analyseArticle(text);
  return {
    article: {
      title: analysis.title || path.basename(fileName, ext),
      published: analysis.published,
      source: null,
      url: null,
      subject: analysis.subject,
      fileName: path.basename(fileName),
      encoding,
      script: 'simplified',
      contentHash: contentHash(text),
      originalText: text,
      cleanText: text,
      offsetMap: null,
    },
    figures: analysis.figures,
  };
}

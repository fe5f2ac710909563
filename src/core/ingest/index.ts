// Ingest: file bytes → articles ready to store. Each is read (format, encoding), cleaned (with an
// offset map back to the original), described (title, date, source, URL, script, hash), signed for
// near-duplicate lookup, and analysed: figures are found in the cleaned simplified view and their
// offsets mapped back to the original text, which is what the store keeps and the UI highlights.
import crypto from 'node:crypto';
import path from 'node:path';
import type { Figure } from '../../shared/domain.ts';
import type { NewArticle } from '../db/articles.repo.ts';
import { analyseArticle, type Lexicon } from '../extract/index.ts';
import { cleanText, encodeOffsetMap, toOriginalSpan } from './clean/index.ts';
import { IngestError } from './decode.ts';
import { findSource, findTitle, findUrl, normaliseDate, stripSiteSuffix } from './metadata.ts';
import { signature } from './minhash.ts';
import type { RawArticle } from './raw.ts';

export { IngestError } from './decode.ts';
export { DEFAULT_MAX_BYTES, readSource, SUPPORTED_EXTENSIONS, type ReadOptions } from './read.ts';
export type { RawArticle } from './raw.ts';

/** Kept for callers that walk folders for plain text only. */
export const TEXT_EXTENSIONS = ['.txt', '.md'];

export interface IngestedArticle {
  /** The file (and row) the article came from, as the import summary names it. */
  label: string;
  article: Omit<NewArticle, 'importedAt'>;
  figures: Figure[];
  /** MinHash signature for near-duplicate lookup; null for texts too short to compare. */
  signature: Uint32Array | null;
}

export function contentHash(cleanText: string): string {
  return crypto.createHash('sha256').update(cleanText.replace(/\s+/gu, ' ').trim()).digest('hex');
}

/** Cleans, describes and analyses one raw article. Pure apart from hashing; throws IngestError. */
export function prepareArticle(raw: RawArticle, lexicon?: Lexicon): IngestedArticle {
  const original = raw.originalText.startsWith('\ufeff') ? raw.originalText.slice(1) : raw.originalText;
  const cleaned = cleanText(original);
  if (!cleaned.text.trim()) throw new IngestError('nothing is left once page chrome is removed');
  const analysis = analyseArticle(cleaned.simplified, { lexicon });
  const figures = analysis.figures.map((f) => {
    const [start, end] = toOriginalSpan(cleaned.origin, f.start, f.end);
    return { ...f, start, end, quote: original.slice(start, end) };
  });
  const hints = raw.hints;
  const title =
    (hints.title && stripSiteSuffix(hints.title)) || findTitle(cleaned.text) || path.parse(raw.fileName).name;
  return {
    label: raw.label,
    article: {
      title: title.slice(0, 200),
      published: normaliseDate(hints.published) ?? analysis.published,
      source: hints.source?.trim() || findSource(cleaned.simplified, cleaned.text),
      url: hints.url?.trim() || findUrl(cleaned.simplified),
      subject: analysis.subject,
      fileName: raw.fileName,
      encoding: raw.encoding,
      script: cleaned.script,
      contentHash: contentHash(cleaned.text),
      originalText: original,
      cleanText: cleaned.simplified,
      offsetMap: encodeOffsetMap(cleaned.origin),
    },
    figures,
    signature: signature(cleaned.simplified),
  };
}

// File bytes → raw articles, by format: text, web page, Word document, or a list (CSV, workbook).
// The extension picks the reader; the bytes decide the encoding. Problems become IngestErrors.
import path from 'node:path';
import type { ColumnMapping } from '../../shared/domain.ts';
import { binaryKind, decodeText, IngestError } from './decode.ts';
import { parseCsv } from './formats/csv.ts';
import { rowsToArticles } from './formats/table.ts';
import type { RawArticle } from './raw.ts';
import { DEFAULT_SANDBOX_LIMITS, openInSandbox, type SandboxLimits } from './sandbox.ts';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.csv', '.xlsx', '.xls'];
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number | undefined;
  columns?: ColumnMapping | undefined;
  sandbox?: SandboxLimits | undefined;
}

const megabytes = (n: number) => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MB`;

export async function readSource(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<RawArticle[]> {
  const name = path.basename(fileName);
  const ext = path.extname(name).toLowerCase();
  if (!SUPPORTED_EXTENSIONS.includes(ext)) {
    throw new IngestError(
      `${ext || 'a file without an extension'} is not a format Tally reads (${SUPPORTED_EXTENSIONS.join(' ')})`,
    );
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new IngestError(`the file is ${megabytes(bytes.length)}, over the ${megabytes(maxBytes)} limit`);
  }
  if (bytes.length === 0) throw new IngestError('the file is empty');
  const limits = options.sandbox ?? DEFAULT_SANDBOX_LIMITS;
  switch (ext) {
    case '.html':
    case '.htm': {
      const { text, encoding } = decodeText(bytes);
      // Loaded on the first web page: the DOM library takes ~150 ms to load, which an import of plain
      // text (and each import worker starting) should not pay.
      const { readHtml } = await import('./formats/html.ts');
      return [{ ...readHtml(name, text, encoding), label: fileName }];
    }
    case '.docx': {
      if (binaryKind(bytes) !== 'a zip archive (an Office file or similar)')
        throw new IngestError('the file is not a Word document (.docx)');
      const out = await openInSandbox('docx', bytes, limits);
      if (out.kind !== 'docx' || !out.text.trim()) throw new IngestError('the document has no text');
      return [{ fileName: name, label: fileName, originalText: out.text, encoding: 'docx', hints: {} }];
    }
    case '.csv': {
      const { text, encoding } = decodeText(bytes);
      const articles = rowsToArticles(name, fileName, parseCsv(text), encoding, options.columns);
      if (!articles.length) throw new IngestError('the list has no rows with text');
      return articles;
    }
    case '.xlsx':
    case '.xls': {
      const kind = binaryKind(bytes);
      if (ext === '.xlsx' ? kind !== 'a zip archive (an Office file or similar)' : kind === null) {
        throw new IngestError(`the file is not an Excel workbook (${ext})`);
      }
      const out = await openInSandbox('workbook', bytes, limits);
      if (out.kind !== 'workbook') throw new IngestError('the workbook could not be read');
      const articles: RawArticle[] = [];
      let firstError: IngestError | null = null;
      for (const sheet of out.sheets) {
        if (sheet.rows.length === 0) continue;
        try {
          articles.push(
            ...rowsToArticles(
              name,
              fileName,
              sheet.rows,
              'xlsx',
              options.columns,
              out.sheets.length > 1 ? sheet.name : undefined,
            ),
          );
        } catch (e) {
          firstError ??= e instanceof IngestError ? e : new IngestError(String(e));
        }
      }
      if (!articles.length) throw firstError ?? new IngestError('the workbook has no rows with text');
      return articles;
    }
    default: {
      const { text, encoding } = decodeText(bytes);
      if (!text.trim()) throw new IngestError('the file has no text');
      return [{ fileName: name, label: fileName, originalText: text, encoding, hints: {} }];
    }
  }
}

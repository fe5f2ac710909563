// Validation of what the renderer sends to the native dialogs. The renderer is untrusted input
// like any other: a file name it suggests must not steer the save dialog outside the chosen folder.
import path from 'node:path';
import { z } from 'zod';

/** The formats ingest reads; the open dialog offers exactly these. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'csv', 'xlsx', 'xls'] as const;

/** Matches importFiles' limit on one file (80 MB of base64 ≈ 60 MB of bytes). */
export const MAX_IMPORT_FILE_BYTES = 60 * 1024 * 1024;

export const shellSchemas = {
  openFiles: z.undefined(),
  /** The folder is chosen in the native dialog, never named by the page. */
  openFolder: z.undefined(),
  saveFile: z.strictObject({
    suggestedName: z.string().min(1).max(255),
    dataBase64: z.base64().max(200_000_000),
  }),
};

export type SaveFileInput = z.output<typeof shellSchemas.saveFile>;

/** A plain file name: no folders, no control or reserved characters, never empty or dot-only. */
export function safeFileName(suggested: string, fallback = 'tally-report.xlsx'): string {
  const base = path.basename(suggested.replace(/\\/g, '/'));
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim();
  return /^[. ]*$/.test(cleaned) ? fallback : cleaned.slice(0, 200);
}

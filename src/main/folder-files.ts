// A folder the analyst picked on the desktop, read in main (the sandboxed page never touches the
// file system): every file Tally reads, recursively, without following links, within fixed limits.
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../shared/errors.ts';
import type { PickedFolder } from '../shared/shell.ts';
import { IMPORT_EXTENSIONS, MAX_IMPORT_FILE_BYTES } from './shell-inputs.ts';

export interface FolderLimits {
  /** startImport takes at most this many files at once. */
  maxFiles: number;
  /** One file over this is left out with its reason (the import's own base64 limit). */
  maxFileBytes: number;
  /** All files together: the renderer holds them as base64 until the import starts. */
  maxTotalBytes: number;
}

export const FOLDER_LIMITS: FolderLimits = {
  maxFiles: 10_000,
  maxFileBytes: MAX_IMPORT_FILE_BYTES,
  maxTotalBytes: 400 * 1024 * 1024,
};

/** The import API names a file in at most 500 characters; a deeper path keeps its end. */
const MAX_NAME = 500;

const megabytes = (n: number) => `${(n / 1048576).toFixed(1)} MB`;
const READABLE = new Set<string>(IMPORT_EXTENSIONS.map((e) => `.${e}`));

/** The folder's readable files, named by their path inside it with `/`, sorted by that path. */
async function listReadable(root: string): Promise<{ full: string; name: string }[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && READABLE.has(path.extname(e.name).toLowerCase()))
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      const rel = path.relative(root, full).split(path.sep).join('/');
      return { full, name: rel.length > MAX_NAME ? `…${rel.slice(-(MAX_NAME - 1))}` : rel };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export async function readFolder(root: string, limits: FolderLimits = FOLDER_LIMITS): Promise<PickedFolder> {
  const found = await listReadable(root);
  if (found.length > limits.maxFiles) {
    throw new AppError(
      'invalid_input',
      `${path.basename(root)} holds ${found.length} files Tally reads, more than ${limits.maxFiles} at once; import it in parts.`,
    );
  }
  const out: PickedFolder = { files: [], skipped: [] };
  const sizes: { full: string; name: string; size: number }[] = [];
  let total = 0;
  for (const f of found) {
    try {
      const { size } = await fs.stat(f.full);
      if (size > limits.maxFileBytes) {
        out.skipped.push({
          file: f.name,
          reason: `the file is ${megabytes(size)}, over the ${megabytes(limits.maxFileBytes)} a folder import reads`,
        });
        continue;
      }
      total += size;
      sizes.push({ ...f, size });
    } catch (err) {
      out.skipped.push({ file: f.name, reason: `the file could not be read (${errorCode(err)})` });
    }
  }
  if (total > limits.maxTotalBytes) {
    throw new AppError(
      'invalid_input',
      `${path.basename(root)} holds ${megabytes(total)} of files, more than ${megabytes(limits.maxTotalBytes)} at once; import it in parts.`,
    );
  }
  for (const f of sizes) {
    try {
      out.files.push({ name: f.name, dataBase64: (await fs.readFile(f.full)).toString('base64') });
    } catch (err) {
      out.skipped.push({ file: f.name, reason: `the file could not be read (${errorCode(err)})` });
    }
  }
  return out;
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
}

// Files dropped on the window, folders walked recursively (the browser's entry API), read as
// base64 like picked files; only the formats Tally reads are kept from folders.
import type { PickedFile } from '../../shared/shell.ts';
import { readPickedFiles } from '../hostFiles.ts';

const READABLE = /\.(txt|md|html?|docx|csv|xlsx|xls)$/iu;

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: Entry, out: File[], fromFolder: boolean): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    if (!fromFolder || READABLE.test(file.name)) out.push(file);
    return;
  }
  if (!entry.isDirectory || !entry.createReader) return;
  const reader = entry.createReader();
  // readEntries answers in chunks until it returns none.
  for (;;) {
    const chunk = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
    if (chunk.length === 0) break;
    for (const child of chunk) await walk(child, out, true);
  }
}

export async function droppedFiles(data: DataTransfer): Promise<PickedFile[]> {
  const files: File[] = [];
  const entries = Array.from(data.items)
    .map((item) => item.webkitGetAsEntry() as unknown as Entry | null)
    .filter((e): e is Entry => e !== null);
  if (entries.length) for (const e of entries) await walk(e, files, false);
  else files.push(...Array.from(data.files));
  return readPickedFiles(files);
}

/** Folder input: keep what Tally reads, named by their path inside the folder. */
export function folderFiles(list: FileList | null): File[] {
  return Array.from(list ?? []).filter((f) => READABLE.test(f.name));
}

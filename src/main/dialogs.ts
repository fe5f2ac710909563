// Native file dialogs. Files are read and written here in main, so the sandboxed page never
// touches the file system: it gets bytes from openFiles and hands bytes to saveFile.
import fs from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { PickedFile, PickedFolder } from '../shared/shell.ts';
import { AppError } from '../shared/errors.ts';
import { readFolder } from './folder-files.ts';
import {
  IMPORT_EXTENSIONS,
  MAX_IMPORT_FILE_BYTES,
  safeFileName,
  type SaveFileInput,
} from './shell-inputs.ts';

export async function openFiles(win: BrowserWindow | null): Promise<PickedFile[]> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import articles',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Articles and tables', extensions: [...IMPORT_EXTENSIONS] }],
  };
  const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (picked.canceled) return [];
  const files: PickedFile[] = [];
  for (const file of picked.filePaths) {
    const { size } = await fs.stat(file);
    if (size > MAX_IMPORT_FILE_BYTES) {
      throw new AppError(
        'invalid_input',
        `${path.basename(file)} is larger than 60 MB; split it before importing.`,
      );
    }
    files.push({ name: path.basename(file), dataBase64: (await fs.readFile(file)).toString('base64') });
  }
  return files;
}

/** Native folder dialog: the folder is walked and read here, never by the page. */
export async function openFolder(win: BrowserWindow | null): Promise<PickedFolder> {
  const options: Electron.OpenDialogOptions = {
    title: 'Import a folder of articles',
    properties: ['openDirectory'],
  };
  const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  const folder = picked.filePaths[0];
  if (picked.canceled || folder === undefined) return { files: [], skipped: [] };
  return readFolder(folder);
}

export async function saveFile(win: BrowserWindow | null, input: SaveFileInput): Promise<string | null> {
  const name = safeFileName(input.suggestedName);
  const ext = path.extname(name).slice(1);
  const options: Electron.SaveDialogOptions = {
    title: 'Save report',
    defaultPath: path.join(app.getPath('downloads'), name),
    filters: ext ? [{ name: ext.toUpperCase(), extensions: [ext] }] : [],
  };
  const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return null;
  await fs.writeFile(chosen.filePath, Buffer.from(input.dataBase64, 'base64'));
  return chosen.filePath;
}

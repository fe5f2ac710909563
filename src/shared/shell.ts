// What only the host can do: native file dialogs on the desktop, <input>/download in the browser.
// Kept apart from AppApi because it is not a back-end call: the renderer picks an implementation.

export interface PickedFile {
  name: string;
  dataBase64: string;
}

/** A folder as the desktop reads it: the files Tally reads, and those it had to leave out. */
export interface PickedFolder {
  /** Named by their path inside the folder (e.g. `2024/园区.txt`), in path order. */
  files: PickedFile[];
  /** Files left out (too large, unreadable), each with the reason, for the import summary. */
  skipped: { file: string; reason: string }[];
}

export interface DesktopShell {
  /** Native open dialog; reads the chosen files in main. Empty when cancelled. */
  openFiles(): Promise<PickedFile[]>;
  /** Native folder dialog; walks the folder in main for the formats Tally reads. Empty when cancelled. */
  openFolder(): Promise<PickedFolder>;
  /** Native save dialog; writes the bytes in main. The saved path, or null when cancelled. */
  saveFile(input: { suggestedName: string; dataBase64: string }): Promise<string | null>;
}

export const SHELL_METHODS = [
  'openFiles',
  'openFolder',
  'saveFile',
] as const satisfies readonly (keyof DesktopShell)[];

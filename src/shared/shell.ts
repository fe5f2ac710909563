// What only the host can do: native file dialogs on the desktop, <input>/download in the browser.
// Kept apart from AppApi because it is not a back-end call: the renderer picks an implementation.

export interface PickedFile {
  name: string;
  dataBase64: string;
}

export interface DesktopShell {
  /** Native open dialog; reads the chosen files in main. Empty when cancelled. */
  openFiles(): Promise<PickedFile[]>;
  /** Native save dialog; writes the bytes in main. The saved path, or null when cancelled. */
  saveFile(input: { suggestedName: string; dataBase64: string }): Promise<string | null>;
}

export const SHELL_METHODS = ['openFiles', 'saveFile'] as const satisfies readonly (keyof DesktopShell)[];

// What a review command is (after excalidraw's actions): a name, a label from the translation table,
// its shortcuts, when it applies and what it does. The workbench hands each one the same context.
import type { AppApi } from '../../shared/api.ts';
import type { CommandOutcome, Indicator } from '../../shared/domain.ts';
import type { T } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/strings.ts';

export interface Shortcut {
  /** KeyboardEvent.key, lower-case for letters ('a', 'z', '?', 'F2'). */
  key: string;
  /** Ctrl on Windows and Linux, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
}

export type Dialog = 'help' | 'history' | 'setField' | 'findReplace' | 'settings';

/** Offsets into the article's original text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What the grid can do for a command. */
export interface GridPort {
  /** Moves the focus to the next row (accept and reject move on, as in a checklist). */
  next(): void;
  /**
   * Focuses the next pending row after the current one in the grid's sort and filter, loaded or
   * not (the store finds it); false when there is none in view.
   */
  nextPending(): Promise<boolean>;
  /** Starts editing the current row, in the focused column or the value column. */
  edit(): void;
}

export interface CommandContext {
  api: AppApi;
  t: T;
  articleId: number | null;
  /** The row under review (chosen in the grid or by clicking its highlight). */
  current: Indicator | null;
  /** Rows selected in the grid for bulk actions; the current row when none are. */
  selected: Indicator[];
  /** What the analyst has selected in the article text, if anything. */
  textSelection: TextSpan | null;
  grid: GridPort;
  /** Shows what a command stored: the grid and the highlighted text follow. */
  applied(outcome: CommandOutcome): void;
  open(dialog: Dialog): void;
  /** Puts the keyboard in the article text, the caret at the current figure (or where it was). */
  focusText(): void;
  notify(text: string): void;
}

export interface Command {
  name: string;
  label: MessageKey;
  shortcuts: Shortcut[];
  /** Whether it applies now; a command that does not is skipped, and its button greyed. */
  enabled(ctx: CommandContext): boolean;
  perform(ctx: CommandContext): Promise<void> | void;
}

// A command context for the commands' tests: the api answers as the store would for the calls a
// command makes, and every call, grid move, dialog and notice is written down to be checked.
import type { AppApi } from '../../shared/api.ts';
import type { CommandOutcome, Indicator } from '../../shared/domain.ts';
import { translate } from '../i18n/strings.ts';
import type { CommandContext } from './types.ts';
import { makeIndicator } from '../../shared/testing/indicator.ts';

export const ROW: Indicator = makeIndicator();

export interface Recorded {
  ctx: CommandContext;
  calls: [string, unknown][];
  log: string[];
  applied: CommandOutcome[];
}

const outcome = (rows: Indicator[], named = true): CommandOutcome => ({
  command: named
    ? { id: 1, name: 'edit', actor: 'a', at: '', articleId: 2, state: 'done', changes: rows.length }
    : null,
  indicators: rows,
  removed: [],
  count: rows.length,
});

export function recordingContext(
  over: Partial<CommandContext> = {},
  opts: { emptyStack?: boolean } = {},
): Recorded {
  const calls: [string, unknown][] = [];
  const log: string[] = [];
  const applied: CommandOutcome[] = [];
  const answer = (method: string, result: (input: never) => unknown) => async (input: unknown) => {
    calls.push([method, input]);
    return result(input as never);
  };
  const api = {
    updateIndicator: answer('updateIndicator', (i: { patch: Partial<Indicator> }) => ({
      ...ROW,
      ...i.patch,
      version: ROW.version + 1,
    })),
    undo: answer('undo', () => outcome(opts.emptyStack ? [] : [ROW], !opts.emptyStack)),
    redo: answer('redo', () => outcome(opts.emptyStack ? [] : [ROW], !opts.emptyStack)),
    addIndicator: answer('addIndicator', () => outcome([{ ...ROW, id: 8, status: 'added' }])),
    reanchorIndicator: answer('reanchorIndicator', () => outcome([ROW])),
    acceptHighConfidence: answer('acceptHighConfidence', () => outcome([ROW, ROW])),
  } as unknown as AppApi;
  const ctx: CommandContext = {
    api,
    t: (key, vars) => translate('en', key, vars),
    articleId: 2,
    current: ROW,
    selected: [ROW],
    textSelection: null,
    grid: {
      next: () => void log.push('next'),
      nextPending: async () => (log.push('nextPending'), false),
      edit: () => void log.push('edit'),
    },
    applied: (o) => void applied.push(o),
    open: (d) => void log.push(`open:${d}`),
    focusText: () => void log.push('focusText'),
    notify: (text) => void log.push(`notice:${text}`),
    ...over,
  };
  return { ctx, calls, log, applied };
}

/** A key press as the keyboard handlers read it (KeyboardEvent's key and modifier flags). */
export const press = (
  key: string,
  mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {},
) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

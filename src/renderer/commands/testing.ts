// A command context for the commands' tests: the api answers as the store would for the calls a
// command makes, and every call, grid move, dialog and notice is written down to be checked.
import type { AppApi } from '../../shared/api.ts';
import type { CommandOutcome, Indicator } from '../../shared/domain.ts';
import { translate } from '../i18n/strings.ts';
import type { CommandContext } from './types.ts';

export const ROW: Indicator = {
  id: 7,
  articleId: 2,
  start: 10,
  end: 17,
  quote: '240.3亿元',
  value: 240.3,
  range: null,
  unit: '亿元',
  norm: { value: 24_030_000_000, unit: 'CNY', range: null },
  approx: 'exact',
  measure: 'level',
  kind: 'actual',
  category: 'investment',
  indicator: '工业投资',
  subject: '示例园区',
  period: '2023年',
  periodNorm: '2023',
  confidence: 0.9,
  status: 'pending',
  note: '',
  version: 3,
  updatedAt: '2024-01-01T00:00:00Z',
};

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
      nextPending: () => (log.push('nextPending'), false),
      edit: () => void log.push('edit'),
    },
    applied: (o) => void applied.push(o),
    open: (d) => void log.push(`open:${d}`),
    notify: (text) => void log.push(`notice:${text}`),
    ...over,
  };
  return { ctx, calls, log, applied };
}

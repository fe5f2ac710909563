// Runs a command with the workbench's current context, one at a time (a held-down key must not
// fire accept on rows whose new version has not come back yet), and reports what went wrong.
import { useCallback, useRef } from 'react';
import { AppError } from '../../shared/errors.ts';
import type { Command, CommandContext } from './types.ts';

export function useCommandRunner(
  context: () => CommandContext,
  onError: (e: unknown) => void,
  onStale: () => void,
): (command: Command) => void {
  const busy = useRef(false);
  return useCallback(
    (command: Command) => {
      if (busy.current) return;
      const ctx = context();
      if (!command.enabled(ctx)) {
        if (command.name === 'addFromSelection' || command.name === 'reanchor') {
          ctx.notify(ctx.t('cmd.selectTextFirst'));
        }
        return;
      }
      busy.current = true;
      Promise.resolve()
        .then(() => command.perform(ctx))
        .catch((e: unknown) => {
          onError(e);
          if (e instanceof AppError && e.code === 'stale') onStale();
        })
        .finally(() => {
          busy.current = false;
        });
    },
    [context, onError, onStale],
  );
}

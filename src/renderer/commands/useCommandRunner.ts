// Runs commands one after another, each with the workbench's context as it is when its turn comes:
// keys pressed quickly (accept, accept, reject…) are queued, never dropped, and never act on a row
// whose new version has not come back yet. Reports what went wrong.
import { useCallback, useEffect, useRef } from 'react';
import { AppError } from '../../shared/errors.ts';
import type { Command, CommandContext } from './types.ts';

export function useCommandRunner(
  context: () => CommandContext,
  onError: (e: unknown) => void,
  onStale: () => void,
): (command: Command) => void {
  const queue = useRef<Promise<void>>(Promise.resolve());
  const latest = useRef({ context, onError, onStale });
  useEffect(() => {
    latest.current = { context, onError, onStale };
  }, [context, onError, onStale]);
  const running = useRef(0);
  return useCallback((command: Command) => {
    const turn = async () => {
      const { context: now, onError: fail, onStale: stale } = latest.current;
      const ctx = now();
      if (!command.enabled(ctx)) {
        if (command.name === 'addFromSelection' || command.name === 'reanchor') {
          ctx.notify(ctx.t('cmd.selectTextFirst'));
        }
        return;
      }
      try {
        await command.perform(ctx);
      } catch (e) {
        fail(e);
        if (e instanceof AppError && e.code === 'stale') stale();
      }
    };
    running.current++;
    const done = () => {
      running.current--;
    };
    // Idle: start at once, inside the key press (an editor opened by "edit" gets the next keys).
    // Busy: wait for the commands before this one.
    queue.current = running.current === 1 ? turn().finally(done) : queue.current.then(turn).finally(done);
  }, []);
}

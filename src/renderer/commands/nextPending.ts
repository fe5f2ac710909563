// Next pending: jumps to the next row still waiting for review.
import { register } from './registry.ts';

export const nextPending = register({
  name: 'nextPending',
  label: 'cmd.nextPending',
  shortcuts: [{ key: 'n' }],
  enabled: () => true,
  async perform(ctx) {
    if (!(await ctx.grid.nextPending())) ctx.notify(ctx.t('cmd.noPending'));
  },
});

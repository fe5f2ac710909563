// Reject: the row is not a figure worth keeping (or not what the article says); then move on.
import { register } from './registry.ts';

export const reject = register({
  name: 'reject',
  label: 'cmd.reject',
  shortcuts: [{ key: 'r' }],
  enabled: (ctx) => ctx.current !== null,
  async perform(ctx) {
    const row = ctx.current;
    if (!row) return;
    if (row.status !== 'rejected') {
      const saved = await ctx.api.updateIndicator({
        id: row.id,
        version: row.version,
        patch: { status: 'rejected' },
        command: 'reject',
      });
      ctx.applied({ command: null, indicators: [saved], removed: [], count: 1 });
    }
    ctx.grid.next();
  },
});

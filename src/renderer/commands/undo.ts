// Undo: takes back this reviewer's latest command, from the store (so it survives sorting,
// filtering, reloading and restarting, unlike a grid's own undo stack).
import { register } from './registry.ts';

export const undo = register({
  name: 'undo',
  label: 'cmd.undo',
  shortcuts: [{ key: 'z', mod: true }],
  enabled: () => true,
  async perform(ctx) {
    const outcome = await ctx.api.undo({});
    if (!outcome.command) {
      ctx.notify(ctx.t('cmd.nothingToUndo'));
      return;
    }
    ctx.applied(outcome);
    ctx.notify(ctx.t('cmd.undone', { n: outcome.count }));
  },
});

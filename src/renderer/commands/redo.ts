// Redo: brings back the command most recently undone, until a new command ends the chain.
import { register } from './registry.ts';

export const redo = register({
  name: 'redo',
  label: 'cmd.redo',
  shortcuts: [
    { key: 'z', mod: true, shift: true },
    { key: 'y', mod: true },
  ],
  enabled: () => true,
  async perform(ctx) {
    const outcome = await ctx.api.redo({});
    if (!outcome.command) {
      ctx.notify(ctx.t('cmd.nothingToRedo'));
      return;
    }
    ctx.applied(outcome);
    ctx.notify(ctx.t('cmd.redone', { n: outcome.count }));
  },
});

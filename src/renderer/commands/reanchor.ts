// Re-anchor: points the current row at the text now selected in the article (a figure whose span
// the extractor got wrong keeps its fields and history).
import { register } from './registry.ts';

export const reanchor = register({
  name: 'reanchor',
  label: 'cmd.reanchor',
  shortcuts: [{ key: 'm' }],
  enabled: (ctx) => ctx.current !== null && ctx.textSelection !== null,
  async perform(ctx) {
    const row = ctx.current;
    const span = ctx.textSelection;
    if (!row || !span) {
      ctx.notify(ctx.t('cmd.selectTextFirst'));
      return;
    }
    const outcome = await ctx.api.reanchorIndicator({ id: row.id, version: row.version, ...span });
    ctx.applied(outcome);
  },
});

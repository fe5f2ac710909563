// Add from selection: the text the analyst selected in the article becomes a new figure, its fields
// pre-filled by the extractor, with status "added".
import { register } from './registry.ts';

export const addFromSelection = register({
  name: 'addFromSelection',
  label: 'cmd.addFromSelection',
  shortcuts: [{ key: 'i' }],
  enabled: (ctx) => ctx.articleId !== null && ctx.textSelection !== null,
  async perform(ctx) {
    const span = ctx.textSelection;
    if (ctx.articleId === null || !span) {
      ctx.notify(ctx.t('cmd.selectTextFirst'));
      return;
    }
    const outcome = await ctx.api.addIndicator({ articleId: ctx.articleId, ...span });
    ctx.applied(outcome);
  },
});

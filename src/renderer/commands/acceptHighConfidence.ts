// Bulk accept: confirms every pending row of the article the extractor was sure of, as one command
// (one undo takes it all back).
import { register } from './registry.ts';

export const HIGH_CONFIDENCE = 0.8;

export const acceptHighConfidence = register({
  name: 'acceptHighConfidence',
  label: 'cmd.acceptHighConfidence',
  shortcuts: [{ key: 'a', shift: true }],
  enabled: (ctx) => ctx.articleId !== null,
  async perform(ctx) {
    if (ctx.articleId === null) return;
    const outcome = await ctx.api.acceptHighConfidence({
      articleId: ctx.articleId,
      threshold: HIGH_CONFIDENCE,
    });
    ctx.applied(outcome);
    ctx.notify(ctx.t('cmd.acceptedMany', { n: outcome.count }));
  },
});

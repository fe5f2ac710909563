// Find and replace in indicator and subject names, in this article or the whole corpus.
import { register } from './registry.ts';

export const findReplace = register({
  name: 'findReplace',
  label: 'cmd.findReplace',
  shortcuts: [{ key: 'f' }],
  enabled: () => true,
  perform(ctx) {
    ctx.open('findReplace');
  },
});

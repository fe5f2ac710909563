// History: every change to the current row and to the article, each revertible on its own.
import { register } from './registry.ts';

export const history = register({
  name: 'history',
  label: 'cmd.history',
  shortcuts: [{ key: 'h' }],
  enabled: () => true,
  perform(ctx) {
    ctx.open('history');
  },
});

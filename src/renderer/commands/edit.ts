// Edit: opens the cell editor on the current row (typing a value into a focused cell works too).
import { register } from './registry.ts';

export const edit = register({
  name: 'edit',
  label: 'cmd.edit',
  shortcuts: [{ key: 'e' }],
  enabled: (ctx) => ctx.current !== null,
  perform(ctx) {
    ctx.grid.edit();
  },
});

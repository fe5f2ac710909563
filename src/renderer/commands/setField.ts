// Set field: one value for one field on every selected row, in one command.
import { register } from './registry.ts';

export const setField = register({
  name: 'setField',
  label: 'cmd.setField',
  shortcuts: [{ key: 's' }],
  enabled: (ctx) => ctx.selected.length > 0,
  perform(ctx) {
    ctx.open('setField');
  },
});

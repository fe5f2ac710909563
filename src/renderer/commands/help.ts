// Help: every command with its keys, from the same registry the keyboard uses.
import { register } from './registry.ts';

export const help = register({
  name: 'help',
  label: 'cmd.help',
  shortcuts: [{ key: '?' }],
  enabled: () => true,
  perform(ctx) {
    ctx.open('help');
  },
});

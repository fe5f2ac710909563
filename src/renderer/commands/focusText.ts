// Select in text: the keyboard's way into the article text, where arrow keys move a caret and
// Shift+arrows select the words to add as a figure (or to re-anchor the current row to).
import { register } from './registry.ts';

export const focusText = register({
  name: 'focusText',
  label: 'cmd.focusText',
  shortcuts: [{ key: 't' }],
  enabled: (ctx) => ctx.articleId !== null,
  perform(ctx) {
    ctx.focusText();
  },
});

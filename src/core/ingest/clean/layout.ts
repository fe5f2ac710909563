// Layout left by the page: numbers broken across lines (4.\n\n81億美元), and whitespace — lines
// trimmed, blank lines dropped, runs of spaces made one — so paragraphs are one line each.
import { editsFor, type CleaningStep } from './mapped.ts';

/** A decimal point at a line's end with the digits on a later line: the break goes. */
export const joinBrokenNumbers: CleaningStep = (text) =>
  editsFor(text, /(?<=\d[.．])\s*\n\s*(?=\d)|(?<=\d)\s*\n\s*(?=[.．]\d)/gu);

export const tidyWhitespace: CleaningStep = (text) =>
  editsFor(text, /^\s+|\s+$|[ \t]*\n\s*|[ \t]{2,}/gu, (m) => {
    if (m.index === 0 || m.index + m[0].length === text.length) return '';
    return m[0].includes('\n') ? '\n' : ' ';
  });

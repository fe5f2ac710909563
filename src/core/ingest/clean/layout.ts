// Layout left by the page: numbers broken across lines (4.\n\n81億美元), and whitespace — lines
// trimmed, blank lines dropped, runs of spaces made one — so paragraphs are one line each.
import { editsFor, type CleaningStep } from './mapped.ts';

/** A decimal point at a line's end with the digits on a later line: the break goes. */
export const joinBrokenNumbers: CleaningStep = (text) =>
  breakBesidePoint(text) ? editsFor(text, /(?<=\d[.．])\s*\n\s*(?=\d)|(?<=\d)\s*\n\s*(?=[.．]\d)/gu) : [];

const isPoint = (c: string | undefined) => c === '.' || c === '．';
const SPACE = /\s/u;

/**
 * True when some line break has a decimal point beside it (whitespace aside), which every match
 * of the pattern above needs: most texts have none, and the pattern's look-behinds try every
 * position of the text.
 */
function breakBesidePoint(text: string): boolean {
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    let before = i - 1;
    while (before >= 0 && SPACE.test(text[before]!)) before--;
    if (isPoint(text[before])) return true;
    let after = i + 1;
    while (after < text.length && SPACE.test(text[after]!)) after++;
    if (isPoint(text[after])) return true;
  }
  return false;
}

export const tidyWhitespace: CleaningStep = (text) =>
  editsFor(text, /^\s+|\s+$|[ \t]*\n\s*|[ \t]{2,}/gu, (m) => {
    if (m.index === 0 || m.index + m[0].length === text.length) return '';
    return m[0].includes('\n') ? '\n' : ' ';
  });

// Punctuation left behind by copying and re-encoding: doubled marks (,, ,。 ,、), marks that open a
// line, and question marks standing where a character was lost (強區??彰顯).
import { editsFor, type CleaningStep } from './mapped.ts';

const PAUSE = ',，、;；';
const CLAUSE = `${PAUSE}。?？!！:：`;
const HAN = '\\u3400-\\u9fff';

/**
 * A pause mark followed by another clause mark is a slip: keep only the last (,。 → 。, ,, → ,).
 * A run of one full stop or colon repeated keeps one. Ellipses (…, ...) and ?! stay as written.
 */
export const collapsePunctuation: CleaningStep = (text) =>
  editsFor(text, new RegExp(`[${PAUSE}]+(?=[${CLAUSE}])|([。；;：:])\\1+`, 'gu'), (m) => m[1] ?? '');

/** Clause marks cannot open a line: ,。text at a line's start lost what came before them. */
export const dropLeadingMarks: CleaningStep = (text) =>
  editsFor(text, new RegExp(`(?<=^|\\n)[ \\t]*[${CLAUSE}]+`, 'gu'));

const LOST = new RegExp(
  [
    `(?<=[${HAN}])\\?{2,}(?=[${HAN}“"])`, // 區??彰: between characters
    `(?<=^|\\n)\\?+`, // at a line's start
    `(?<=[ \\t])\\?+(?=[ \\t]|$|\\n)`, // standing alone
    `(?<=[${HAN}])\\?(?=[、,，;；])`, // before a pause: no question ends there
  ].join('|'),
  'gu',
);

/**
 * Question marks where a character was lost: two or more between characters (區??彰) become a
 * space; others (at a line's start, alone, before a pause mark) go. A real question keeps its mark.
 */
export const dropLostCharacters: CleaningStep = (text) =>
  editsFor(text, LOST, (m) =>
    m[0].length >= 2 && /[\u3400-\u9fff]/u.test(text[m.index - 1] ?? '') ? ' ' : '',
  );

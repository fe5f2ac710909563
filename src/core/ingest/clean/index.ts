// Cleaning: the original text in, a cleaned text and its simplified-script view out, with the
// offset map from both back to the original. Each step is a small pure function (see its file).
import { simplify } from '../../extract/normalise.ts';
import { dropBoilerplate } from './boilerplate.ts';
import { dropInvisible, halfWidth, stripPinyin } from './characters.ts';
import { joinBrokenNumbers, tidyWhitespace } from './layout.ts';
import { applyEdits, identity, type CleaningStep, type MappedText } from './mapped.ts';
import { collapsePunctuation, dropLeadingMarks, dropLostCharacters } from './punctuation.ts';
import { dropRepeats } from './repeats.ts';

export { toCleanSpan, toOriginalSpan, type MappedText } from './mapped.ts';
export { decodeOffsetMap, encodeOffsetMap } from './offset-map.ts';

/** In order: characters first, so lines are judged as readers see them; whitespace last. */
export const CLEANING_STEPS: readonly CleaningStep[] = [
  dropInvisible,
  stripPinyin,
  halfWidth,
  dropBoilerplate,
  dropRepeats,
  collapsePunctuation,
  dropLostCharacters,
  dropLeadingMarks,
  joinBrokenNumbers,
  tidyWhitespace,
];

export type Script = 'simplified' | 'traditional';

export interface CleanedText {
  /** The cleaned text in the article's own script. */
  text: string;
  /** The same text in simplified script, character for character (what extraction and search read). */
  simplified: string;
  /** origin[i]: where character i of both texts sits in the original; origin[length] = original length. */
  origin: Int32Array;
  script: Script;
}

export function cleanText(original: string, steps: readonly CleaningStep[] = CLEANING_STEPS): CleanedText {
  let mapped: MappedText = identity(original);
  for (const step of steps) mapped = applyEdits(mapped, step(mapped.text));
  const simplified = simplify(mapped.text);
  return {
    text: mapped.text,
    // simplify() is one character for one; should a table entry ever break that, keep the offsets true.
    simplified: simplified.length === mapped.text.length ? simplified : mapped.text,
    origin: mapped.origin,
    script: detectScript(mapped.text, simplified),
  };
}

/** Traditional when a noticeable share of the Han characters change under simplification. */
export function detectScript(text: string, simplified = simplify(text)): Script {
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (c !== simplified.charCodeAt(i)) changed++;
  }
  return changed >= 2 && changed >= han * 0.03 ? 'traditional' : 'simplified';
}

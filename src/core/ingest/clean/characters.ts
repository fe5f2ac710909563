// Character-level cleaning: invisible marks and lost characters, pinyin reading aids after
// characters, and full-width digits and letters. Each step is pure: text in, edits out.
import { editsFor, type CleaningStep } from './mapped.ts';

const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff';
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_LETTERS = `a-zü${TONED}`;

/** Zero-width marks, stray BOMs and U+FFFD (a character the decoder could not read) go. */
export const dropInvisible: CleaningStep = (text) =>
  editsFor(text, /[\u200b-\u200d\u2060\ufeff\ufffd]+|\r(?=\n)/gu)
    .concat(editsFor(text, /[\u00a0\u3000]/gu, () => ' '))
    .sort((a, b) => a.start - b.start);

/**
 * Reading aids some sites print after each character: 產(chǎn)業(yè) → 產業. A gloss with a tone mark is
 * always one; a toneless one (個(ge)) only in an article that glosses elsewhere, so 平台(app) stays.
 * Where the character and its opening bracket were lost (研究?jī)), the remnant goes too.
 */
export const stripPinyin: CleaningStep = (text) => {
  const gloss = new RegExp(
    `(?<=([${HAN}A-Za-z]))[(（]([${PINYIN_LETTERS}]{1,7})[)）]|[?？]([${PINYIN_LETTERS}]{1,7})[)）]`,
    'gu',
  );
  const toned = new RegExp(`[${TONED}]`, 'u');
  let tonedCount = 0;
  for (const m of text.matchAll(gloss)) if (toned.test(m[2] ?? m[3] ?? '')) tonedCount++;
  return editsFor(text, gloss, (m) => {
    const letters = m[2] ?? m[3] ?? '';
    if (!/[aeiouü]|ng?$|^m$/u.test(letters.normalize('NFD'))) return null;
    if (toned.test(letters)) return '';
    // Toneless: only in a glossed article, and only after a character (I(i) in a name stays).
    return tonedCount >= 3 && m[2] !== undefined && !/[A-Za-z]/u.test(m[1] ?? '') ? '' : null;
  });
};

/** Full-width digits, letters and the signs numbers use become half-width: １２．５％ → 12.5%. */
export const halfWidth: CleaningStep = (text) =>
  editsFor(text, /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0e\uff05\uff0b\uff0d]+/gu, (m) =>
    String.fromCharCode(...[...m[0]].map((c) => c.charCodeAt(0) - 0xfee0)),
  );

// A passage pasted twice: a line (paragraph) that repeats an earlier one goes, the first copy
// stays; a line that is one passage written twice in a row keeps one copy.
import { simplify } from '../../extract/normalise.ts';
import type { CleaningStep, Edit } from './mapped.ts';
import { splitLines } from './lines.ts';

/** Shorter lines (a subheading, 平台赋能) may legitimately repeat. */
const MIN_REPEAT = 8;

const key = (line: string) => simplify(line).replace(/\s+/gu, '');

export const dropRepeats: CleaningStep = (text) => {
  const edits: Edit[] = [];
  const seen = new Set<string>();
  for (const line of splitLines(text)) {
    const k = key(line.text);
    if (k.length < MIN_REPEAT) continue;
    if (seen.has(k)) {
      edits.push({ start: line.start, end: line.next, text: '' });
      continue;
    }
    seen.add(k);
    const doubled = doubledHalf(line.text);
    if (doubled > 0) edits.push({ start: line.start + doubled, end: line.end, text: '' });
  }
  return edits;
};

/** Where the second copy starts when a line is a passage twice (with optional space between), else 0. */
function doubledHalf(line: string): number {
  const trimmed = line.trimEnd();
  for (let gap = 0; gap <= 2; gap++) {
    if ((trimmed.length - gap) % 2 !== 0) continue;
    const half = (trimmed.length - gap) / 2;
    if (half < MIN_REPEAT * 2) continue;
    const first = trimmed.slice(0, half);
    if (first === trimmed.slice(half + gap) && /^\s*$/u.test(trimmed.slice(half, half + gap))) return half;
  }
  return 0;
}

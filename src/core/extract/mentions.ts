// Whether a figure's subject is named in its sentence: where each subject occurs in the article is found
// once, and each figure's question is then a binary search, not a walk through its sentence.

/**
 * For figures' subjects (a name, or a part of a listed subject), whether one occurs wholly within
 * text[from, to): text.slice(from, to).includes(word), answered from the word's positions.
 */
export function mentionsOf(text: string): (word: string, from: number, to: number) => boolean {
  const positions = new Map<string, number[]>();
  return (word, from, to) => {
    let starts = positions.get(word);
    if (starts === undefined) {
      starts = [];
      for (let p = text.indexOf(word); p >= 0; p = text.indexOf(word, p + 1)) starts.push(p);
      positions.set(word, starts);
    }
    const k = firstAtOrAfter(starts, from);
    return k < starts.length && starts[k]! <= to - word.length;
  };
}

function firstAtOrAfter(sorted: readonly number[], from: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

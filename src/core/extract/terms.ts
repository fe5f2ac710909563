// Finds lexicon words by where they end, without looping over the whole lexicon for every figure:
// words are indexed by their last character, so a phrase is read once from its end backwards.

export interface TermHit<T> {
  term: string;
  value: T;
  start: number;
  end: number;
}

export interface TermIndex<T> {
  /**
   * The word ending last in text[from, to) (the longest at a tie) that `accept` allows; with `above`,
   * only words ending after it are looked at (the caller knows the answer for the rest).
   */
  lastEnding(
    text: string,
    from?: number,
    to?: number,
    accept?: (hit: TermHit<T>) => boolean,
    above?: number,
  ): TermHit<T> | null;
  /** Every word in text[from, to), leftmost first, the longest at each start; non-overlapping. */
  all(text: string, from?: number, to?: number): TermHit<T>[];
  /**
   * One bit per UTF-16 code unit, set when some word starts with it (code >>> 5, bit code & 31): a
   * stretch without one holds no word. A table, not a method, so a caller testing many characters
   * reads it directly (each article's names index is its own closure, which calls cannot inline).
   */
  startBits(): Uint32Array;
  size: number;
}

/** Words sharing a last (or first) character, longest first. */
interface Bucket<T> {
  terms: string[];
  values: T[];
}

/**
 * A table from UTF-16 code unit to 1 + its bucket's number (0: no word), built on first use: a
 * typed-array read per character is far cheaper than a Map look-up, and most characters end no word.
 */
function slotTable<T>(buckets: Map<number, Bucket<T>>): { slots: Uint16Array; list: Bucket<T>[] } {
  const slots = new Uint16Array(0x10000);
  const list: Bucket<T>[] = [];
  for (const [code, bucket] of buckets) {
    list.push(bucket);
    slots[code] = list.length;
  }
  return { slots, list };
}

function bucketsBy<T>(entries: [string, T][], key: (term: string) => number): Map<number, Bucket<T>> {
  const out = new Map<number, Bucket<T>>();
  const sorted = [...entries].sort((a, b) => b[0].length - a[0].length);
  for (const [term, value] of sorted) {
    const k = key(term);
    let bucket = out.get(k);
    if (!bucket) out.set(k, (bucket = { terms: [], values: [] }));
    bucket.terms.push(term);
    bucket.values.push(value);
  }
  return out;
}

export function termIndex<T>(entries: readonly (readonly [string, T])[]): TermIndex<T> {
  const unique: [string, T][] = [];
  const seen = new Set<string>();
  for (const [term, value] of entries) {
    if (term === '' || seen.has(term)) continue;
    seen.add(term);
    unique.push([term, value]);
  }
  let byLast: ReturnType<typeof slotTable<T>> | null = null;
  /** The words by first character, and one bit per code unit that starts one: built on first use. */
  let starts: { byFirst: Map<number, Bucket<T>>; firstBits: Uint32Array } | null = null;
  const startIndex = () => {
    if (starts === null) {
      const byFirst = bucketsBy(unique, (t) => t.charCodeAt(0));
      const firstBits = new Uint32Array(2048);
      for (const code of byFirst.keys()) firstBits[code >>> 5]! |= 1 << (code & 31);
      starts = { byFirst, firstBits };
    }
    return starts;
  };

  return {
    size: seen.size,
    lastEnding(text, from = 0, to = text.length, accept, above = from) {
      byLast ??= slotTable(bucketsBy(unique, (t) => t.charCodeAt(t.length - 1)));
      const { slots, list } = byLast;
      for (let end = to; end > above; end--) {
        const slot = slots[text.charCodeAt(end - 1)]!;
        if (slot === 0) continue;
        const { terms, values } = list[slot - 1]!;
        for (let k = 0; k < terms.length; k++) {
          const term = terms[k]!;
          const start = end - term.length;
          if (start < from || !text.startsWith(term, start)) continue;
          const hit = { term, value: values[k]!, start, end };
          if (!accept || accept(hit)) return hit;
        }
      }
      return null;
    },
    startBits() {
      return startIndex().firstBits;
    },
    all(text, from = 0, to = text.length) {
      const { byFirst, firstBits } = startIndex();
      const out: TermHit<T>[] = [];
      let at = from;
      while (at < to) {
        // One bit per code unit says whether any word starts with it, before the Map is asked.
        const code = text.charCodeAt(at);
        const bucket = (firstBits[code >>> 5]! & (1 << (code & 31))) === 0 ? undefined : byFirst.get(code);
        let found = -1;
        if (bucket) {
          const { terms } = bucket;
          for (let k = 0; k < terms.length; k++) {
            if (at + terms[k]!.length <= to && text.startsWith(terms[k]!, at)) {
              found = k;
              break;
            }
          }
        }
        if (found >= 0) {
          const term = bucket!.terms[found]!;
          out.push({ term, value: bucket!.values[found]!, start: at, end: at + term.length });
          at += term.length;
        } else at++;
      }
      return out;
    },
  };
}

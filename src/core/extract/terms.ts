// Finds lexicon words by where they end, without looping over the whole lexicon for every figure:
// words are indexed by their last character, so a phrase is read once from its end backwards.

export interface TermHit<T> {
  term: string;
  value: T;
  start: number;
  end: number;
}

export interface TermIndex<T> {
  /** The word ending last in text[from, to) (the longest at a tie) that `accept` allows. */
  lastEnding(
    text: string,
    from?: number,
    to?: number,
    accept?: (hit: TermHit<T>) => boolean,
  ): TermHit<T> | null;
  /** Every word in text[from, to), leftmost first, the longest at each start; non-overlapping. */
  all(text: string, from?: number, to?: number): TermHit<T>[];
  size: number;
}

/** One bit per UTF-16 code unit: most characters end no word, and a bit test is far cheaper than a Map. */
function bitset(codes: Iterable<number>): Uint32Array {
  const bits = new Uint32Array(2048);
  for (const c of codes) bits[c >>> 5]! |= 1 << (c & 31);
  return bits;
}

export function termIndex<T>(entries: readonly (readonly [string, T])[]): TermIndex<T> {
  const byLast = new Map<number, [string, T][]>();
  const byFirst = new Map<number, [string, T][]>();
  const seen = new Set<string>();
  for (const [term, value] of entries) {
    if (term === '' || seen.has(term)) continue;
    seen.add(term);
    const last = term.charCodeAt(term.length - 1);
    const first = term.charCodeAt(0);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push([term, value]);
    (byFirst.get(first) ?? byFirst.set(first, []).get(first)!).push([term, value]);
  }
  for (const list of [...byLast.values(), ...byFirst.values()])
    list.sort((a, b) => b[0].length - a[0].length);
  const lastBits = bitset(byLast.keys());
  const firstBits = bitset(byFirst.keys());

  return {
    size: seen.size,
    lastEnding(text, from = 0, to = text.length, accept) {
      for (let end = to; end > from; end--) {
        const c = text.charCodeAt(end - 1);
        if ((lastBits[c >>> 5]! & (1 << (c & 31))) === 0) continue;
        const list = byLast.get(c);
        if (!list) continue;
        for (const [term, value] of list) {
          const start = end - term.length;
          if (start < from || !text.startsWith(term, start)) continue;
          const hit = { term, value, start, end };
          if (!accept || accept(hit)) return hit;
        }
      }
      return null;
    },
    all(text, from = 0, to = text.length) {
      const out: TermHit<T>[] = [];
      let at = from;
      while (at < to) {
        const c = text.charCodeAt(at);
        const list = (firstBits[c >>> 5]! & (1 << (c & 31))) === 0 ? undefined : byFirst.get(c);
        const found = list?.find(([term]) => at + term.length <= to && text.startsWith(term, at));
        if (found) {
          out.push({ term: found[0], value: found[1], start: at, end: at + found[0].length });
          at += found[0].length;
        } else at++;
      }
      return out;
    },
  };
}

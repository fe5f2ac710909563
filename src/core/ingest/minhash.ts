// Near-duplicate detection: MinHash over character 3-shingles of the simplified text (spaces and
// punctuation ignored), banded for lookup. Two articles whose signatures agree on half their
// hashes share about half their shingles: the same story from two outlets.

export const HASHES = 60;
/**
 * Lookup bands: 10 bands of 2 hashes, over the first 20 hashes (the comparison uses all 60). Two
 * articles at similarity 0.5 share a band with probability 1 - (1 - 0.5²)¹⁰ ≈ 0.94, as 20 bands of
 * 3 did, for half the rows written and read per article.
 */
export const BANDS = 10;
const ROWS = 2;
/** Estimated Jaccard similarity at which two articles are linked as near-duplicates. */
export const NEAR_DUPLICATE = 0.5;

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix(i * 0x9e3779b1 + 1));

const isContent = (c: number) =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * The text's distinct shingles, hashed: a repeated phrase counts once (a minimum over a set is the
 * same as over the list), and each one is then hashed 60 times.
 */
function shingles(text: string): Uint32Array {
  // Open addressing in a table at least twice the text's length; 0 marks an empty slot, so a
  // shingle hashing to 0 is kept aside.
  let size = 64;
  while (size < text.length * 2) size *= 2;
  const table = new Uint32Array(size);
  const mask = size - 1;
  const out = new Uint32Array(text.length);
  let n = 0;
  let zero = false;
  let a = 0;
  let b = 0;
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isContent(c)) continue;
    seen++;
    if (seen >= 3) {
      const shingle = fmix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
      if (shingle === 0) {
        if (!zero) out[n++] = 0;
        zero = true;
      } else {
        let slot = shingle & mask;
        while (table[slot] !== 0 && table[slot] !== shingle) slot = (slot + 1) & mask;
        if (table[slot] === 0) {
          table[slot] = shingle;
          out[n++] = shingle;
        }
      }
    }
    a = b;
    b = c;
  }
  return out.subarray(0, n);
}

export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  const distinct = shingles(text);
  // One hash function at a time over all shingles: its running minimum stays in a local.
  for (let k = 0; k < HASHES; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < distinct.length; i++) {
      const h = fmix(distinct[i]! ^ seed);
      if (h < min) min = h;
    }
    sig[k] = min;
  }
  return sig;
}

/** One key per band; two articles that share a key are candidates. Keys fit SQLite integers. */
export function bandKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = band + 1;
    for (let r = 0; r < ROWS; r++) h = fmix(h ^ sig[band * ROWS + r]!);
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

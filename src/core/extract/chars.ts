// Character classes as lookup tables: the stages that walk back through a clause test one
// character per step, and a table read is far cheaper than a regular expression on a one-char string.

/** table[code] === 1 for each UTF-16 code unit in `chars` (all of them in the Basic Multilingual Plane). */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * A key for a word's first two code units that stays a small integer (first × 65536 + second would not,
 * and slows every look-up). Different openings may share a key: whoever buckets words by it checks each
 * word of the bucket against the text.
 */
export function openingKey(first: number, second: number): number {
  return (first << 12) ^ second;
}

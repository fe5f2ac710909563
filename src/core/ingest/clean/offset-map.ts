// The offset map as stored in articles.offset_map: runs of consecutive characters, so an article
// whose cleaning removed a few lines costs a few dozen bytes, not four bytes a character.

/** Encodes origin (see MappedText) as little-endian int32 pairs: [cleanStart, originStart]…, then the ends. */
export function encodeOffsetMap(origin: Int32Array): Buffer | null {
  const n = origin.length - 1;
  let identity = origin[n] === n;
  const runs: number[] = [];
  for (let i = 0; i < n; i++) {
    if (origin[i] !== i) identity = false;
    if (i === 0 || origin[i] !== origin[i - 1]! + 1) runs.push(i, origin[i]!);
  }
  if (identity) return null;
  runs.push(n, origin[n]!);
  const buf = Buffer.alloc(runs.length * 4);
  runs.forEach((v, k) => buf.writeInt32LE(v, k * 4));
  return buf;
}

/** Rebuilds origin from a stored map; null means cleaned and original are the same text. */
export function decodeOffsetMap(map: Uint8Array | null, cleanLength: number): Int32Array {
  const origin = new Int32Array(cleanLength + 1);
  if (!map) {
    for (let i = 0; i <= cleanLength; i++) origin[i] = i;
    return origin;
  }
  const view = new DataView(map.buffer, map.byteOffset, map.byteLength);
  const pairs = map.byteLength / 8;
  for (let k = 0; k < pairs - 1; k++) {
    const start = view.getInt32(k * 8, true);
    const from = view.getInt32(k * 8 + 4, true);
    const end = view.getInt32((k + 1) * 8, true);
    for (let i = start; i < end; i++) origin[i] = from + (i - start);
  }
  origin[cleanLength] = view.getInt32((pairs - 1) * 8 + 4, true);
  return origin;
}

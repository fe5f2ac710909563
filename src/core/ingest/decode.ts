// Turns a file's bytes into text. The encoding is read from the bytes, never from the extension:
// a BOM; then strict UTF-8; then UTF-16 without a BOM, GB18030 (which covers GBK) and Big5, each
// decoded strictly and weighed by how much it reads like Chinese. Binary and empty files are refused.
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import { plausibility } from './common-chars.ts';

export interface Decoded {
  text: string;
  encoding: string;
}

export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}

/** One strict decoder per encoding, reused: creating one costs more than decoding a short file. */
const strictDecoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  let decoder = strictDecoders.get(label);
  if (!decoder)
    strictDecoders.set(label, (decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true })));
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

const SIGNATURES: [number[], string][] = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a zip archive (an Office file or similar)'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document'],
  [[0x1f, 0x8b], 'a gzip archive'],
];

/** What the bytes are when a file signature says so: 'a PNG image'; else null. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [sig, kind] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return kind;
  return null;
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n ? control / n : 0;
}

/** Below this a candidate decoding is noise, not text. */
const PLAUSIBLE = 0.6;
type Candidate = Decoded & { score: number };

/** At or above this a legacy decoding reads as Chinese, and UTF-16 is not tried. */
const CONFIDENT = 0.9;

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new IngestError('the file is empty');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes.subarray(3), 'utf-8');
    if (text === null) throw new IngestError('the file starts with a UTF-8 mark but is not valid UTF-8');
    return { text, encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const kind = binaryKind(bytes);
  if (kind) throw new IngestError(`the file is binary (${kind}), not text`);

  // Checked first without decoding: a refused strict decoding throws, and an exception costs more
  // than the check.
  const utf8 = isUtf8(bytes) ? decodeStrict(bytes, 'utf-8') : null;
  if (utf8 !== null && !utf8.includes('\0')) return { text: utf8, encoding: 'utf-8' };

  /** Strict decodings with their plausibility, scored once. */
  const decodings = (labels: string[]): Candidate[] =>
    labels.flatMap((label) => {
      const text = decodeStrict(bytes, label);
      return text === null ? [] : [{ text, encoding: label, score: plausibility(text) }];
    });
  const legacy: Candidate[] = [];
  if (controlShare(bytes) < 0.02) {
    legacy.push(...decodings(['gb18030', 'big5']));
    // Plausibility decides; chardet's guess only orders two decodings that score alike (the first
    // among equals wins below). It costs a millisecond a file, more than decoding, so it is asked
    // only then.
    const [gb, big5] = legacy;
    if (gb && big5 && Math.abs(gb.score - big5.score) <= 0.02) {
      if (chardet.detect(bytes)?.toLowerCase() === 'big5') legacy.reverse();
    }
  }
  /** The most plausible decoding (the first among near-equals), or null below PLAUSIBLE. */
  const choose = (candidates: Candidate[]) => {
    let best: Candidate | null = null;
    for (const c of candidates) {
      if (c.score > (best?.score ?? PLAUSIBLE) + 0.02 || (best === null && c.score >= PLAUSIBLE)) best = c;
    }
    return best;
  };
  // UTF-16 without a mark is rare: it is tried when no legacy decoding reads as confidently Chinese
  // (ahead of them, as a mark-less UTF-16 file that also decodes as GB18030 is UTF-16).
  let chosen = choose(legacy);
  if ((chosen?.score ?? 0) < CONFIDENT && bytes.length % 2 === 0)
    chosen = choose([...decodings(['utf-16le', 'utf-16be']), ...legacy]);
  const best = chosen && { text: chosen.text, encoding: chosen.encoding };
  if (best) return best;
  if (bytes.includes(0) || controlShare(bytes) > 0.05) throw new IngestError('the file is binary, not text');
  throw new IngestError('the text encoding could not be recognised (tried UTF-8, UTF-16, GB18030 and Big5)');
}

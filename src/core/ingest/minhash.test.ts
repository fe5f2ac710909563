// The signature is stored with every article and compared with signatures stored long before, so its
// computation may get faster but never different without a migration: checked here against the
// definition written the slow and obvious way (the smallest shingle hash in each of 60 ranges, an
// empty range borrowing along its fixed probe sequence), and against true Jaccard similarity.
import { describe, expect, it } from 'vitest';
import { HASHES, MIN_SIGNED, signature, similarity } from './minhash.ts';

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const content = (text: string) =>
  [...text]
    .map((ch) => ch.charCodeAt(0))
    .filter(
      (c) => (c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122),
    );

/** Every content shingle's hash, repeats included. */
function shingleHashes(text: string): number[] {
  const cs = content(text);
  const out: number[] = [];
  for (let i = 2; i < cs.length; i++) {
    const [a, b, c] = [cs[i - 2]!, cs[i - 1]!, cs[i]!];
    out.push(fmix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)));
  }
  return out;
}

/** The definition, written the slow and obvious way. */
function reference(text: string): number[] | null {
  if (content(text).length < MIN_SIGNED) return null;
  const hashes = shingleHashes(text);
  const bins: (number | null)[] = [];
  for (let k = 0; k < HASHES; k++) {
    const inBin = hashes.filter((h) => Math.floor((h * HASHES) / 2 ** 32) === k);
    bins.push(inBin.length ? Math.min(...inBin) : null);
  }
  return bins.map((v, k) => {
    if (v !== null) return v;
    for (let attempt = 1; ; attempt++) {
      const from = fmix(Math.imul(k + 1, 0x9e3779b1) ^ attempt) % HASHES;
      if (bins[from] !== null) return bins[from]!;
    }
  });
}

const PIECES = [
  '园区',
  '完成投资',
  '12.5亿元',
  '，',
  '同比增长',
  '8.1%',
  '。',
  '\n',
  'GDP',
  '集成电路',
  ' ',
  '“',
  '年',
];

function lcg(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe('signature', () => {
  it('equals the definition on random texts, short ones (empty ranges) and repeated phrases included', () => {
    const random = lcg(7);
    let signed = 0;
    for (let n = 0; n < 200; n++) {
      const parts = Array.from(
        { length: Math.floor(random() * 80) },
        () => PIECES[Math.floor(random() * PIECES.length)]!,
      );
      const text = parts.join('');
      const sig = signature(text);
      expect(sig && [...sig]).toEqual(reference(text));
      if (sig) signed++;
    }
    // Both sides of the length floor were exercised.
    expect(signed).toBeGreaterThan(20);
    expect(signed).toBeLessThan(200);
  });

  it('estimates the Jaccard similarity of the shingle sets', () => {
    const random = lcg(11);
    const han = () => String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
    const errors: number[] = [];
    for (let n = 0; n < 60; n++) {
      const shared = Array.from({ length: 200 + Math.floor(random() * 800) }, han).join('');
      const own = () => Array.from({ length: Math.floor(random() * 1000) }, han).join('');
      const [a, b] = [shared + own(), own() + shared];
      const [sa, sb] = [new Set(shingleHashes(a)), new Set(shingleHashes(b))];
      const jaccard = [...sa].filter((h) => sb.has(h)).length / new Set([...sa, ...sb]).size;
      errors.push(Math.abs(similarity(signature(a)!, signature(b)!) - jaccard));
    }
    // 60 entries: a standard error of at most √(0.25/60) ≈ 0.065.
    expect(Math.max(...errors)).toBeLessThan(0.22);
    expect(errors.reduce((s, e) => s + e, 0) / errors.length).toBeLessThan(0.07);
  });

  it('gives a text told twice the signature of the text told once', () => {
    const story =
      '临江高新区举行重大项目集中签约活动,共签约项目26个,总投资达到318亿元,涉及新能源、集成电路等产业。';
    expect(similarity(signature(story)!, signature(`${story}\n${story}`)!)).toBeGreaterThan(0.9);
  });
});

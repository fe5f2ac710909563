// The signature is stored with every article and compared with signatures stored years before, so
// its computation may get faster but never different: checked against the plain definition (the
// minimum of each hash function over every content shingle, repeats included) on random texts.
import { describe, expect, it } from 'vitest';
import { HASHES, minhash, similarity } from './minhash.ts';

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The definition, written the slow and obvious way. */
function reference(text: string): number[] {
  const content = [...text]
    .map((ch) => ch.charCodeAt(0))
    .filter(
      (c) => (c >= 0x3400 && c <= 0x9fff) || (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122),
    );
  const sig: number[] = [];
  for (let k = 0; k < HASHES; k++) {
    const seed = fmix(k * 0x9e3779b1 + 1);
    let min = 0xffffffff;
    for (let i = 2; i < content.length; i++) {
      const [a, b, c] = [content[i - 2]!, content[i - 1]!, content[i]!];
      const shingle = fmix(Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d));
      min = Math.min(min, fmix(shingle ^ seed));
    }
    sig.push(min);
  }
  return sig;
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

describe('minhash', () => {
  it('equals the plain definition on random texts, repeated phrases included', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      const parts = Array.from(
        { length: Math.floor(random() * 80) },
        () => PIECES[Math.floor(random() * PIECES.length)]!,
      );
      const text = parts.join('');
      expect([...minhash(text)]).toEqual(reference(text));
    }
  });

  it('gives a text told twice the signature of the text told once', () => {
    const story = '临江高新区举行重大项目集中签约活动,共签约项目26个,总投资达到318亿元。';
    expect(similarity(minhash(story), minhash(`${story}\n${story}`))).toBeGreaterThan(0.9);
  });
});

// The scanners of scan.ts, period.ts and topics.ts try their patterns only where a match can start
// (first characters, cue words within reach). They must find exactly what a scan from every position
// finds; random texts dense in numerals, units, period words, cue words and punctuation check that.
// subject.ts reads name endings without a regex; it must find what the alternation of them finds.
import { describe, expect, it } from 'vitest';
import { PERIOD, periodMatches } from './period.ts';
import { PLAIN, plainMatches } from './scan.ts';
import { endingsIn, SUFFIXES } from './subject.ts';
import { gatedMatches, TOPIC_PATTERNS } from './topics.ts';

const PIECES = [
  ...'0123456789.,%-~一二两三四五六七八九十百千万亿〇零廿卅多余',
  ...'元亿元万元美元个家项人名位吨亩平方米公里千瓦时倍成番强个百分点以上左右',
  ...'超过近约逾突破不少于至少不到将近大约到至—',
  ...'年月日季度上下半全今去明本当前第截止底末初以来十三四五期间目不久近',
  ...'产业工业总产值规模营收实现完成预计达增长位列位居排名连续再次是作为企业公司龙头',
  ...'。，；;：:！？!?\n“”"AbZ+临江高新区园的和在星禾智造',
  '2023年',
  '十四五',
  '前三季度',
  '1-6月',
  '截止到2021-2025年',
  '上半年',
  '，临江生物医药产业总产值',
  '。星禾智造连续3年位列',
  '，星禾智造2023年实现',
  '；明湖智能是园区龙头企业',
  '\n华荣新材料：上半年实现营收',
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function texts(count: number, seed: number, pieces: readonly string[] = PIECES): string[] {
  const rnd = random(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = '';
    const length = 20 + Math.floor(rnd() * 200);
    while (t.length < length) t += pieces[Math.floor(rnd() * pieces.length)];
    out.push(t);
  }
  return out;
}

const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('gated scans', () => {
  const sample = texts(3000, 7);

  it('find the figures a scan from every position finds', () => {
    for (const t of sample) expect(shape(plainMatches(t)), t).toEqual(shape(t.matchAll(PLAIN)));
  });

  it('find the periods a scan from every position finds', () => {
    for (const t of sample) expect(shape(periodMatches(t)), t).toEqual(shape(t.matchAll(PERIOD)));
  });

  it('find the clause-opening subjects a scan from every position finds', () => {
    for (const pattern of TOPIC_PATTERNS)
      for (const t of sample) expect(shape(gatedMatches(pattern, t)), t).toEqual(shape(t.matchAll(pattern)));
  });

  it('are dense enough in real matches to test something', () => {
    const found = sample.map((t) => plainMatches(t).length + periodMatches(t).length);
    expect(found.filter((n) => n > 0).length).toBeGreaterThan(2500);
    const topics = TOPIC_PATTERNS.map((p) => sample.filter((t) => gatedMatches(p, t).length > 0).length);
    expect(Math.min(...topics.slice(0, 4))).toBeGreaterThan(50);
  });
});

describe('name endings', () => {
  // Every suffix whole and in pieces, so overlapping and broken endings (经济技术开发区, 开发, 高新) occur.
  const pieces = [...SUFFIXES, ...SUFFIXES.join(''), ...'临江园的和在，。'];
  const sample = texts(2000, 11, pieces);

  it('are found where the alternation of the suffixes finds them', () => {
    const alternation = new RegExp(SUFFIXES.join('|'), 'gu');
    for (const t of sample)
      expect(
        endingsIn(t).map((e) => [e.index, e.suffix]),
        t,
      ).toEqual([...t.matchAll(alternation)].map((m) => [m.index, m[0]]));
    expect(sample.reduce((n, t) => n + endingsIn(t).length, 0)).toBeGreaterThan(20000);
  });
});

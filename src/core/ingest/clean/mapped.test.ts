// The offset map as a property: random spans of the cleaned text map to the original and back
// onto themselves, and the stored (run-length) form rebuilds the same map.
import { describe, expect, it } from 'vitest';
import { cleanText } from './index.ts';
import { simplify } from '../../extract/normalise.ts';
import { halfWidth } from './characters.ts';
import { applyEdits, identity, runStep, toCleanSpan, toOriginalSpan } from './mapped.ts';
import { decodeOffsetMap, encodeOffsetMap } from './offset-map.ts';
import { mulberry32 } from '../../testing/random.ts';

const PIECES = [
  '產(chǎn)業(yè)',
  '园区',
  '投资128.5亿元',
  ',,',
  ',。',
  '??',
  '\n\n',
  '  ',
  '４．５％',
  '關鍵詞:',
  '\n关键词: 标签\n',
  '增长12.3%',
  '4.\n\n81亿美元',
  '\u200b',
  '萬(wàn)',
  '来源:某某发布',
  '\r\n',
  '。',
];

function messyArticle(rnd: () => number): string {
  const paragraph = () =>
    Array.from({ length: 3 + Math.floor(rnd() * 12) }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(
      '',
    );
  const paragraphs = Array.from({ length: 2 + Math.floor(rnd() * 6) }, paragraph);
  if (rnd() < 0.5) paragraphs.push(paragraphs[0]!); // a passage pasted twice
  return paragraphs.join('\n');
}

describe('offset map', () => {
  it('applies edits and maps every kept character to where it was', () => {
    const m = applyEdits(identity('ab,,cd'), [{ start: 2, end: 3, text: '' }]);
    expect(m.text).toBe('ab,cd');
    expect([...m.origin]).toEqual([0, 1, 3, 4, 5, 6]);
  });

  it('refuses overlapping or lengthening edits', () => {
    expect(() =>
      applyEdits(identity('abc'), [
        { start: 0, end: 2, text: '' },
        { start: 1, end: 3, text: '' },
      ]),
    ).toThrow();
    expect(() => applyEdits(identity('abc'), [{ start: 0, end: 1, text: 'xy' }])).toThrow();
  });

  it('round-trips random spans of cleaned random articles (original and back)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = mulberry32(seed);
      const original = messyArticle(rnd);
      const cleaned = cleanText(original);
      const n = cleaned.text.length;
      expect(cleaned.origin[n], `seed ${seed}`).toBe(original.length);
      for (let k = 0; k < 20 && n > 0; k++) {
        const start = Math.floor(rnd() * n);
        const end = start + 1 + Math.floor(rnd() * (n - start));
        const [os, oe] = toOriginalSpan(cleaned.origin, start, end);
        expect(toCleanSpan(cleaned.origin, os, oe), `seed ${seed} span ${start}-${end}`).toEqual([
          start,
          end,
        ]);
        // A kept character is its original one, or a rewrite of it (simplified, half-width).
        if (!/\s/u.test(cleaned.text[start]!)) {
          expect(simplify(runStep(halfWidth, original[os]!))).toBe(cleaned.simplified[start]);
        }
      }
    }
  });

  it('keeps characters that survive cleaning at their original offsets', () => {
    const original = '首页 > 正文\n園區投資(zī)128.5億元,,同比增長12.3%。\n關鍵詞: 園區';
    const cleaned = cleanText(original);
    expect(cleaned.text).toBe('園區投資128.5億元,同比增長12.3%。');
    expect(cleaned.simplified).toBe('园区投资128.5亿元,同比增长12.3%。');
    const at = cleaned.simplified.indexOf('128.5亿元');
    const [s, e] = toOriginalSpan(cleaned.origin, at, at + '128.5亿元'.length);
    expect(original.slice(s, e)).toBe('128.5億元');
    const [s2, e2] = toOriginalSpan(cleaned.origin, 2, 5);
    expect(original.slice(s2, e2)).toBe('投資(zī)1');
  });

  it('stores as runs and rebuilds the same map; an untouched text stores nothing', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const cleaned = cleanText(messyArticle(mulberry32(seed)));
      const stored = encodeOffsetMap(cleaned.origin);
      expect([...decodeOffsetMap(stored, cleaned.text.length)]).toEqual([...cleaned.origin]);
    }
    expect(encodeOffsetMap(identity('正文不需要清理').origin)).toBeNull();
    expect([...decodeOffsetMap(null, 3)]).toEqual([0, 1, 2, 3]);
  });
});

describe('cleanText', () => {
  it('tells traditional from simplified script', () => {
    expect(cleanText('珠海高新區堅持產業第一,經濟發展').script).toBe('traditional');
    expect(cleanText('珠海高新区坚持产业第一,经济发展').script).toBe('simplified');
  });
});

import { describe, expect, it } from 'vitest';
import { layoutHighlights, type Segment } from './highlights.ts';

/** Renders the tree as bracketed text: a mark for figure 7 around "12亿元" reads "[7:12亿元]". */
function show(segments: Segment[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? s.text : `[${s.id}${s.first ? '' : "'"}:${show(s.children)}]`))
    .join('');
}

function marks(segments: Segment[]): Extract<Segment, { kind: 'mark' }>[] {
  return segments.flatMap((s) => (s.kind === 'mark' ? [s, ...marks(s.children)] : []));
}

describe('layoutHighlights', () => {
  const text = '园区完成投资240.3亿元，同比增长39.5%。';

  it('keeps the text intact and marks each figure once', () => {
    const tree = layoutHighlights(text, [
      { id: 2, start: 18, end: 23 },
      { id: 1, start: 6, end: 13 },
    ]);
    expect(show(tree)).toBe('园区完成投资[1:240.3亿元]，同比增长[2:39.5%]。');
  });

  it('leaves plain text alone when there are no figures', () => {
    expect(layoutHighlights(text, [])).toEqual([{ kind: 'text', text }]);
  });

  it('nests a figure inside a larger one', () => {
    const tree = layoutHighlights('投资约12亿元以上', [
      { id: 1, start: 2, end: 10 },
      { id: 2, start: 3, end: 7 },
    ]);
    expect(show(tree)).toBe('投资[1:约[2:12亿元]以上]');
  });

  it('cuts a crossing figure where its parent ends, keeping both parts', () => {
    const tree = layoutHighlights('abcdefghij', [
      { id: 1, start: 0, end: 6 },
      { id: 2, start: 4, end: 9 },
    ]);
    expect(show(tree)).toBe("[1:abcd[2:ef]][2':ghi]j");
    const pieces = marks(tree).filter((m) => m.id === 2);
    expect(pieces.map((m) => [m.start, m.end, m.first])).toEqual([
      [4, 6, true],
      [6, 9, false],
    ]);
  });

  it('gives identical spans each their own mark', () => {
    const tree = layoutHighlights('x100家y', [
      { id: 5, start: 1, end: 5 },
      { id: 4, start: 1, end: 5 },
    ]);
    expect(show(tree)).toBe('x[4:[5:100家]]y');
  });

  it('clamps spans past the end and drops empty or inverted ones', () => {
    const tree = layoutHighlights('abc', [
      { id: 1, start: 1, end: 99 },
      { id: 2, start: 2, end: 2 },
      { id: 3, start: 3, end: 1 },
    ]);
    expect(show(tree)).toBe('a[1:bc]');
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    // 𠮷 is outside the BMP: two code units, so the figure after it starts at 3.
    const tree = layoutHighlights('𠮷约5亿', [{ id: 1, start: 2, end: 5 }]);
    expect(show(tree)).toBe('𠮷[1:约5亿]');
  });
});

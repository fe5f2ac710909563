import { describe, expect, it } from 'vitest';
import { collapseFor, figureAt, moved, stepChar, stepWord } from './caret.ts';

const TEXT = '今年前三季度，临江高新区完成固定资产投资128.5亿元，同比增长12.3%。';

describe('moving the article caret', () => {
  it('steps one character, keeping surrogate pairs and CRLF whole, and stops at the ends', () => {
    const text = 'a𠀀b\r\nc';
    expect(stepChar(text, 1, 1)).toBe(3); // over 𠀀, one character of two code units
    expect(stepChar(text, 3, -1)).toBe(1);
    expect(stepChar(text, 4, 1)).toBe(6); // over \r\n
    expect(stepChar(text, 6, -1)).toBe(4);
    expect(stepChar(text, 0, -1)).toBe(0);
    expect(stepChar(text, text.length, 1)).toBe(text.length);
  });

  it('steps by word: a number with its decimals is one word, punctuation is skipped', () => {
    const at = TEXT.indexOf('128.5');
    expect(stepWord(TEXT, at, 1)).toBe(at + '128.5'.length);
    expect(stepWord(TEXT, at + '128.5'.length, -1)).toBe(at);
    // From the end of 元, the next edge is past the comma: the start of the next word.
    const afterYuan = TEXT.indexOf('，同比');
    expect(stepWord(TEXT, afterYuan, 1)).toBe(afterYuan + 1);
    expect(stepWord(TEXT, afterYuan + 1, -1)).toBe(afterYuan);
    expect(stepWord(TEXT, TEXT.length - 1, 1)).toBe(TEXT.length);
    expect(stepWord(TEXT, 1, -1)).toBe(0);
  });

  it('finds word edges in a long text without reading it all, never stopping at a cut', () => {
    const long = `${'增长'.repeat(300)}128.5亿元`;
    const at = long.indexOf('128.5');
    expect(stepWord(long, at, 1)).toBe(at + 5);
    expect(stepWord(long, 0, 1)).toBeGreaterThan(0);
  });

  it('extends from the anchor with Shift, collapses without it', () => {
    expect(moved({ anchor: 4, focus: 4 }, 6, true)).toEqual({ anchor: 4, focus: 6 });
    expect(moved({ anchor: 4, focus: 6 }, 7, false)).toEqual({ anchor: 7, focus: 7 });
    expect(collapseFor({ anchor: 9, focus: 4 }, 1)).toBe(9);
    expect(collapseFor({ anchor: 9, focus: 4 }, -1)).toBe(4);
    expect(collapseFor({ anchor: 5, focus: 5 }, 1)).toBeNull();
  });

  it('finds the innermost figure under the caret', () => {
    const figures = [
      { id: 1, start: 10, end: 30 },
      { id: 2, start: 12, end: 16 },
    ];
    expect(figureAt(figures, 13)?.id).toBe(2);
    expect(figureAt(figures, 20)?.id).toBe(1);
    expect(figureAt(figures, 30)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readNumber } from './numbers.ts';

describe('readNumber', () => {
  it.each([
    ['12', 12],
    ['1,234', 1234],
    ['32.48', 32.48],
    ['１２３', 123],
    ['3千', 3000],
    ['1.5万', 15000],
    ['两', 2],
    ['二', 2],
    ['十', 10],
    ['十五', 15],
    ['二十三', 23],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['三千', 3000],
    ['五百', 500],
    ['千', 1000],
    ['廿一', 21],
    ['卅', 30],
    ['三千万', 30000000],
    ['一万二千', 12000],
    ['两亿', 200000000],
    ['二〇二三', 2023],
    ['〇', 0],
    ['壹佰', 100],
  ])('reads %s as %d', (raw, expected) => {
    expect(readNumber(raw)).toBe(expected);
  });

  it.each(['', 'abc', '一一', '三五'])('refuses %j', (raw) => {
    expect(readNumber(raw)).toBeNull();
  });
});

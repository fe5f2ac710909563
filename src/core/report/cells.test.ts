import { describe, expect, it } from 'vitest';
import {
  cellText,
  decimalsOf,
  displayWidth,
  linkCell,
  looksLikeFormula,
  numberFormat,
  publishedCell,
} from './cells.ts';

describe('number formats', () => {
  it.each([
    [64, '亿元', '#,##0'],
    [240.3, '亿元', '#,##0.0'],
    [1250.75, '万元', '#,##0.00'],
    [0.1 + 0.2, '倍', '#,##0.0'],
    [6, '%', '#,##0"%"'],
    [-8.8, '%', '#,##0.0"%"'],
    [1.23456789, '亿元', '#,##0.0000'],
  ])('%s %s → %s', (value, unit, format) => {
    expect(numberFormat(value, unit)).toBe(format);
  });

  it('counts only the decimals a figure really has', () => {
    expect(decimalsOf(12)).toBe(0);
    expect(decimalsOf(17.8)).toBe(1);
    expect(decimalsOf(0.30000000000000004)).toBe(1);
  });

  it('estimates the shown text of a figure, percent suffix included', () => {
    expect(cellText({ number: 24_030_000_000, format: '#,##0' })).toBe('24,030,000,000');
    expect(cellText({ number: -8.8, format: '#,##0.0"%"' })).toBe('-8.8%');
  });
});

describe('published dates', () => {
  it('turns full and partial dates into UTC dates shown at their precision', () => {
    expect(publishedCell('2024-10-18')).toEqual({
      date: new Date(Date.UTC(2024, 9, 18)),
      format: 'yyyy-mm-dd',
    });
    expect(publishedCell('2024-10')).toEqual({ date: new Date(Date.UTC(2024, 9, 1)), format: 'yyyy-mm' });
    expect(publishedCell('2024')).toEqual({ date: new Date(Date.UTC(2024, 0, 1)), format: 'yyyy' });
  });

  it('keeps impossible or unparsed dates as the text they were', () => {
    expect(publishedCell('2024-02-31')).toBe('2024-02-31');
    expect(publishedCell('2024年10月')).toBe('2024年10月');
    expect(publishedCell(null)).toBeNull();
  });
});

describe('links and formula-like text', () => {
  it('links only web and mail addresses', () => {
    expect(linkCell('https://a.example/x')).toEqual({ link: 'https://a.example/x' });
    expect(linkCell('mailto:desk@a.example')).toEqual({ link: 'mailto:desk@a.example' });
    expect(linkCell('file:///C:/Windows/system32/calc.exe')).toBe('file:///C:/Windows/system32/calc.exe');
    expect(linkCell(null)).toBeNull();
  });

  it('recognises every lead character spreadsheets read as a formula', () => {
    for (const text of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(looksLikeFormula(text)).toBe(true);
    for (const text of ['临江高新区', '1+1', 'a=b', '']) expect(looksLikeFormula(text)).toBe(false);
  });
});

describe('display width', () => {
  it('counts CJK and fullwidth characters as two, Latin as one', () => {
    expect(displayWidth('value')).toBe(5);
    expect(displayWidth('数值')).toBe(4);
    expect(displayWidth('数值 value')).toBe(10);
    expect(displayWidth('（２０２４）')).toBe(12);
    expect(displayWidth('𠀋')).toBe(2);
  });
});

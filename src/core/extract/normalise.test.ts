import { describe, expect, it } from 'vitest';
import { buildView, simplify, toOriginal } from './normalise.ts';

describe('buildView', () => {
  it('simplifies traditional characters one for one', () => {
    expect(simplify('億元 兩家 畝 個 條')).toBe('亿元 两家 亩 个 条');
  });

  it('turns full-width digits and signs half-width', () => {
    expect(buildView('增长１２．５％').text).toBe('增长12.5%');
  });

  it('drops pinyin reading aids and maps spans back over them', () => {
    const text = '資金1400多萬(wàn)元,惠及';
    const view = buildView(text);
    expect(view.text).toBe('资金1400多万元,惠及');
    const start = view.text.indexOf('1400');
    const [s, e] = toOriginal(view, start, start + '1400多万元'.length);
    expect(text.slice(s, e)).toBe('1400多萬(wàn)元');
  });

  it('keeps a parenthesis that is not pinyin', () => {
    expect(buildView('园区(二期)项目').text).toBe('园区(二期)项目');
    expect(buildView('基地(EOD)项目').text).toBe('基地(EOD)项目');
  });

  it('rejoins a decimal broken across lines', () => {
    const text = '出口4.\n\n81亿美元';
    const view = buildView(text);
    expect(view.text).toBe('出口4.81亿美元');
    const [s, e] = toOriginal(view, 2, view.text.length);
    expect(text.slice(s, e)).toBe('4.\n\n81亿美元');
  });

  it('maps spans back across several skips of different kinds', () => {
    const text = '產值同比增長\n12.6%，達到3.\n8萬(wàn)億元，其中出口2億元';
    const view = buildView(text);
    expect(view.text).toBe('产值同比增长12.6%，达到3.8万亿元，其中出口2亿元');
    for (const [figure, given] of [
      ['12.6%', '12.6%'],
      ['3.8万亿元', '3.\n8萬(wàn)億元'],
      ['2亿元', '2億元'],
    ] as const) {
      const at = view.text.indexOf(figure);
      const [s, e] = toOriginal(view, at, at + figure.length);
      expect(text.slice(s, e)).toBe(given);
    }
    expect(toOriginal(view, 0, 2)).toEqual([0, 2]);
  });

  it('keeps offsets across characters outside the basic plane', () => {
    const text = '𠀀产值5亿元';
    const view = buildView(text);
    const at = view.text.indexOf('5');
    expect(toOriginal(view, at, at + 3)).toEqual([text.indexOf('5'), text.length]);
  });

  it.each([
    ['１，２３４．５亿元', '1,234.5亿元'],
    ['营收1，234.5亿元', '营收1,234.5亿元'],
    ['共12,345,678元', '共12,345,678元'],
    ['增长，3，456家', '增长，3,456家'],
    ['分别为12，15家', '分别为12，15家'],
    ['分别为12,15家', '分别为12，15家'],
    ['依次为1,2,3', '依次为1，2，3'],
    ['编号1234,567', '编号1234，567'],
    ['12,345,67亿元', '12，345，67亿元'],
    ['1,2345亿元', '1，2345亿元'],
    ['3.5,120家', '3.5，120家'],
  ])('reads a comma between digits as a thousands separator only in consistent groups: %s', (given, view) => {
    expect(buildView(given).text).toBe(view);
  });
});

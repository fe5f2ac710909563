import { describe, expect, it } from 'vitest';
import { normalise, unitInfo } from './units.ts';

describe('units', () => {
  it.each([
    ['亿元', 64, 'CNY', 6.4e9],
    ['万元', 1400, 'CNY', 1.4e7],
    ['万亿元', 1.2, 'CNY', 1.2e12],
    ['元', 300, 'CNY', 300],
    ['亿美元', 4.81, 'USD', 4.81e8],
    ['万欧元', 5, 'EUR', 5e4],
    ['亿港元', 2, 'HKD', 2e8],
    ['亿日元', 3, 'JPY', 3e8],
    ['亿新台币', 1, 'TWD', 1e8],
    ['平方公里', 100, 'm2', 1e8],
    ['万平方米', 210, 'm2', 2.1e6],
    ['公顷', 3, 'm2', 3e4],
    ['亩', 1068, 'm2', 712000],
    ['万亩', 1, 'm2', 1e8 / 15],
    ['万吨', 4, 't', 40000],
    ['万千瓦', 2, 'kW', 20000],
    ['兆瓦', 5, 'kW', 5000],
    ['亿千瓦时', 1, 'kWh', 1e8],
    ['公里', 12, 'm', 12000],
    ['家', 156, 'count', 156],
    ['家次', 30, 'count', 30],
    ['万人', 2, 'count', 20000],
    ['%', 6, '%', 6],
    ['成', 3, '%', 30],
    ['个百分点', 1.4, 'pp', 1.4],
    ['倍', 4, 'x', 4],
    ['番', 2, 'x', 4],
    ['强', 100, 'rank', 100],
  ])('%s: %d normalises to %s', (unit, value, norm, expected) => {
    const info = unitInfo(unit);
    expect(info?.norm).toBe(norm);
    expect(normalise(value, info!)).toBeCloseTo(expected, 3);
  });

  it('knows no unit for 年, 月 or 英寸', () => {
    expect(unitInfo('年')).toBeUndefined();
    expect(unitInfo('月')).toBeUndefined();
    expect(unitInfo('英寸')).toBeUndefined();
  });
});

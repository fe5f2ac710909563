import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../shared/domain.ts';
import { applyPatch } from '../review/edit.ts';
import { unitNorm } from './units.ts';

const row: Indicator = {
  id: 1,
  articleId: 1,
  start: 0,
  end: 5,
  quote: '12亿元',
  value: 12,
  range: null,
  unit: '亿元',
  norm: { value: 1.2e9, unit: 'CNY', range: null },
  approx: 'exact',
  measure: 'level',
  kind: 'actual',
  category: 'investment',
  indicator: '固定资产投资',
  subject: '北城高新区',
  period: null,
  periodNorm: null,
  confidence: 0.9,
  status: 'pending',
  note: '',
  version: 1,
  updatedAt: '',
};

describe('unitNorm', () => {
  it.each<[string, number, string]>([
    ['亿元', 1e8, 'CNY'],
    ['万元', 1e4, 'CNY'],
    ['万亿元', 1e12, 'CNY'],
    ['亿美元', 1e8, 'USD'],
    ['万平方米', 1e4, 'm2'],
    ['平方公里', 1e6, 'm2'],
    ['公顷', 1e4, 'm2'],
    ['万吨', 1e4, 't'],
    ['万千瓦', 1e4, 'kW'],
    ['亿千瓦时', 1e8, 'kWh'],
    ['家', 1, 'count'],
    ['个百分点', 1, 'pp'],
    ['%', 1, '%'],
    ['倍', 1, 'x'],
  ])('%s → ×%d %s', (unit, factor, norm) => {
    expect(unitNorm(unit)).toEqual({ factor, unit: norm });
  });

  it('gives 亩 its SCHEMA factor and knows no made-up unit', () => {
    expect(unitNorm('亩')?.factor).toBeCloseTo(10000 / 15);
    expect(unitNorm('斤两')).toBeNull();
    expect(unitNorm('番')).toBeNull();
  });

  it('renormalises an edit from 亿元 to 万元, and to another currency', () => {
    expect(applyPatch(row, { unit: '万元' }, unitNorm).next.norm).toEqual({
      value: 120000,
      unit: 'CNY',
      range: null,
    });
    expect(applyPatch(row, { unit: '亿美元' }, unitNorm).next.norm).toEqual({
      value: 1.2e9,
      unit: 'USD',
      range: null,
    });
    expect(applyPatch(row, { value: 3, unit: '万吨' }, unitNorm).next.norm).toEqual({
      value: 30000,
      unit: 't',
      range: null,
    });
  });
});

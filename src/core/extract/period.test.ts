import { describe, expect, it } from 'vitest';
import { findPeriod, normalisePeriod } from './period.ts';

describe('normalisePeriod', () => {
  it.each<[string, string | null, string | null]>([
    ['2022年', '2023-02-17', '2022'],
    ['今年', '2023-02-17', '2023'],
    ['去年', '2023-02-17', '2022'],
    ['明年', '2023-02-17', '2024'],
    ['今年一季度', '2023-02-17', '2023-Q1'],
    ['2023年第一季度', null, '2023-Q1'],
    ['今年上半年', '2023-08-01', '2023-H1'],
    ['2022年下半年', null, '2022-H2'],
    ['前三季度', '2023-10-20', '2023-01..2023-09'],
    ['1至9月', '2023-10-20', '2023-01..2023-09'],
    ['2023年5月', null, '2023-05'],
    ['2月6日', '2023-02-17', '2023-02'],
    ['全年', '2023-02-17', '2023'],
    ['全年', null, null],
    ['到2025年', null, '2025'],
    ['“十四五”期间', null, '2021..2025'],
    ['2021-2025年', null, '2021..2025'],
    ['今年以来', null, null],
    ['目前', '2023-02-17', null],
  ])('%s (published %s) → %s', (period, published, expected) => {
    expect(normalisePeriod(period, published)).toBe(expected);
  });
});

describe('findPeriod', () => {
  it('takes the nearest period before the figure in its sentence', () => {
    const text = '2021年起步，2022年，园区实现项目23个。';
    expect(findPeriod(text, text.indexOf('23'), text.indexOf('23') + 3)?.period).toBe('2022年');
  });

  it('falls back to a year just after the figure in the same clause', () => {
    const text = '组织156家企业申报2022年省级企业。';
    expect(findPeriod(text, 2, 6)?.period).toBe('2022年');
  });

  it('inherits the period of the previous sentence in the paragraph', () => {
    const text = '园区举行2023年第一季度动工仪式。12个项目集中动工。';
    const at = text.indexOf('12个');
    expect(findPeriod(text, at, at + 3)?.period).toBe('2023年第一季度');
  });
});

// A realistic stored indicator for tests on either side of the boundary; override what a test is about.
import type { Indicator } from '../domain.ts';

export function makeIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: 7,
    articleId: 2,
    start: 10,
    end: 17,
    quote: '240.3亿元',
    value: 240.3,
    range: null,
    unit: '亿元',
    norm: { value: 24_030_000_000, unit: 'CNY', range: null },
    approx: 'exact',
    measure: 'level',
    kind: 'actual',
    category: 'investment',
    indicator: '工业投资',
    subject: '示例园区',
    period: '2023年',
    periodNorm: '2023',
    confidence: 0.9,
    status: 'pending',
    note: '',
    version: 3,
    updatedAt: '2024-01-01T00:00:00Z',
    ...overrides,
  };
}

// The preview's wording of figures and field changes: ranges, empty values and moved spans.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../shared/domain.ts';
import { MESSAGES } from '../i18n/strings.ts';

import { translate } from '../i18n/strings.ts';
import { amountOf, fieldLabelKey, fieldValueText, figureLine, valueText } from './format.ts';

const figure = (over: Partial<Figure>): Figure => ({
  start: 0,
  end: 6,
  quote: '12.5亿元',
  value: 12.5,
  range: null,
  unit: '亿元',
  norm: { value: 1.25e9, unit: 'CNY', range: null },
  approx: 'exact',
  measure: 'level',
  kind: 'actual',
  category: 'investment',
  indicator: '固定资产投资',
  subject: '东坪工业园',
  period: '一季度',
  periodNorm: '2024-Q1',
  confidence: 0.9,
  ...over,
});

describe('preview wording', () => {
  it.each([
    [{ value: 12.5, range: null, unit: '亿元' }, '12.5 亿元'],
    [{ value: null, range: [15, 25] as [number, number], unit: '%' }, '15–25 %'],
    [{ value: 3, range: null, unit: '' }, '3'],
    [{ value: null, range: null, unit: '家' }, '— 家'],
  ])('states the amount of %j as %s', (f, text) => {
    expect(amountOf(f)).toBe(text);
  });

  it('lines up amount, indicator, subject and period, skipping empty ones', () => {
    expect(figureLine(figure({}))).toBe('12.5 亿元 · 固定资产投资 · 东坪工业园 · 一季度');
    expect(figureLine(figure({ subject: '', period: null }))).toBe('12.5 亿元 · 固定资产投资');
  });

  it.each([
    [null, '—'],
    ['', '—'],
    ['revenue', 'revenue'],
    [-3.5, '-3.5'],
    [[2, 3], '2–3'],
    [{ start: 10, end: 16, quote: '3.6亿元' }, '3.6亿元 (10–16)'],
    [{ start: 10, end: 16 }, '10–16'],
  ])('writes the field value %j as %s', (v, text) => {
    expect(valueText(v)).toBe(text);
  });

  it('labels every diffed field with a key both languages have', () => {
    for (const field of ['value', 'range', 'span', 'category', 'periodNorm', 'indicator'] as const) {
      const key = fieldLabelKey(field);
      expect(MESSAGES.zh[key]).toBeTruthy();
      expect(MESSAGES.en[key]).toBeTruthy();
    }
  });

  it("names coded choices in the analyst's language and leaves free text as it is", () => {
    const t = (key: Parameters<typeof translate>[1]) => translate('zh', key);
    expect(fieldValueText(t, 'category', 'revenue')).toBe('营收');
    expect(fieldValueText(t, 'measure', 'change')).toBe(translate('zh', 'measure.change'));
    expect(fieldValueText(t, 'indicator', '营业收入')).toBe('营业收入');
    expect(fieldValueText(t, 'category', null)).toBe('—');
  });
});

// How the re-extraction preview words a figure and a field's old → new value: one short line each,
// so an analyst can scan a long preview. Pure, so it is tested without a browser.
import type { FieldDiff, Figure } from '../../shared/domain.ts';
import type { T } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/strings.ts';

/** A figure's amount as the text states it: `1.2 亿元`, `15–25 %`. */
export function amountOf(f: Pick<Figure, 'value' | 'range' | 'unit'>): string {
  const n = f.range ? `${f.range[0]}–${f.range[1]}` : f.value === null ? '—' : String(f.value);
  return f.unit ? `${n} ${f.unit}` : n;
}

/** One line for a figure: amount, indicator, subject and period, skipping what is empty. */
export function figureLine(f: Figure): string {
  return [amountOf(f), f.indicator, f.subject, f.period].filter((s) => s).join(' · ');
}

/** A field value from a FieldDiff as a reader would write it. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.map(valueText).join('–');
  if (typeof v === 'object') {
    const span = v as { start?: unknown; end?: unknown; quote?: unknown };
    if (typeof span.start === 'number' && typeof span.end === 'number') {
      const at = `${span.start}–${span.end}`;
      return typeof span.quote === 'string' ? `${span.quote} (${at})` : at;
    }
    return JSON.stringify(v);
  }
  return String(v);
}

/** The label key for a diffed field: the grid's column names, and the history panel's for the rest. */
export function fieldLabelKey(field: FieldDiff['field']): MessageKey {
  if (field === 'span') return 'field.span';
  if (field === 'range') return 'field.range';
  return `col.${field}` as MessageKey;
}

const CHOICES = new Set(['approx', 'measure', 'kind', 'category', 'status']);

/** Like valueText, but a coded choice (category, measure, …) in the analyst's language, as the grid shows it. */
export function fieldValueText(t: T, field: FieldDiff['field'], v: unknown): string {
  if (CHOICES.has(field) && typeof v === 'string' && v) return t(`${field}.${v}` as MessageKey);
  return valueText(v);
}

// Turns one grid cell edit into the patch updateIndicator expects: numbers parsed, blank
// optional text made null, unchanged values dropped, and bad input caught before the round trip.
import {
  APPROX,
  CATEGORIES,
  KINDS,
  MEASURES,
  REVIEW_STATUSES,
  type EditableField,
  type Indicator,
  type IndicatorPatch,
} from '../../shared/domain.ts';
import type { MessageKey, Vars } from '../i18n/strings.ts';

/** Same rule as the contract's schema, so the analyst hears about a typo without a round trip. */
const PERIOD_NORM = /^\d{4}(-Q[1-4]|-H[12]|-\d{2})?(\.\.\d{4}(-\d{2})?)?$/;

export const CHOICES: Partial<Record<EditableField, readonly string[]>> = {
  approx: APPROX,
  measure: MEASURES,
  kind: KINDS,
  category: CATEGORIES,
  status: REVIEW_STATUSES,
};

export type EditOutcome =
  | { kind: 'patch'; patch: IndicatorPatch }
  | { kind: 'unchanged' }
  | { kind: 'invalid'; key: MessageKey; vars?: Vars };

function parseNumber(raw: unknown): number | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  const s = String(raw).trim().replace(/,/g, '');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function text(raw: unknown): string {
  return raw === null || raw === undefined ? '' : String(raw).trim();
}

export function patchFromEdit(row: Indicator, field: EditableField, raw: unknown): EditOutcome {
  let value: unknown;
  switch (field) {
    case 'value': {
      const n = parseNumber(raw);
      if (n === undefined) return { kind: 'invalid', key: 'edit.notNumber', vars: { value: text(raw) } };
      value = n;
      break;
    }
    case 'period':
      value = text(raw) || null;
      break;
    case 'periodNorm': {
      const s = text(raw);
      if (s && !PERIOD_NORM.test(s)) return { kind: 'invalid', key: 'edit.badPeriodNorm' };
      value = s || null;
      break;
    }
    case 'unit':
      value = text(raw);
      if (value === '') return { kind: 'invalid', key: 'edit.emptyUnit' };
      break;
    case 'range':
      // Ranges are edited by a dedicated editor in a later issue; the grid never sends them.
      return { kind: 'unchanged' };
    default: {
      value = field === 'note' ? String(raw ?? '') : text(raw);
      const choices = CHOICES[field];
      if (choices && !choices.includes(value as string)) return { kind: 'unchanged' };
    }
  }
  if (Object.is(row[field], value)) return { kind: 'unchanged' };
  return { kind: 'patch', patch: { [field]: value } as IndicatorPatch };
}

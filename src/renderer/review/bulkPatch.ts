// One value for one field on many rows: validated by the same rules as a cell edit, but never
// "unchanged" (some of the rows may already hold the value; the store skips those).
import type { EditableField, Indicator, IndicatorPatch } from '../../shared/domain.ts';
import { patchFromEdit, type EditOutcome } from '../grid/patch.ts';

export const BULK_FIELDS = [
  'status',
  'category',
  'kind',
  'measure',
  'approx',
  'unit',
  'indicator',
  'subject',
  'period',
  'periodNorm',
  'note',
] as const satisfies readonly EditableField[];
export type BulkField = (typeof BULK_FIELDS)[number];

export function bulkPatch(
  sample: Indicator,
  field: BulkField,
  raw: string,
): Exclude<EditOutcome, { kind: 'unchanged' }> {
  const outcome = patchFromEdit({ ...sample, [field]: undefined } as unknown as Indicator, field, raw);
  if (outcome.kind === 'unchanged') return { kind: 'invalid', key: 'edit.notAChoice', vars: { value: raw } };
  return outcome as { kind: 'patch'; patch: IndicatorPatch } | Extract<EditOutcome, { kind: 'invalid' }>;
}

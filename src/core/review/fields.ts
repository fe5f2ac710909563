// Reading and writing one recorded field of an indicator, the same way for every command: the
// audit stores whole values per field (span and norm as objects), so undo can put them back exactly.
import type { Change, Indicator } from '../../shared/domain.ts';

export type RecordedField = Exclude<Change['field'], 'created' | 'deleted'>;

export function readField(ind: Indicator, field: RecordedField): unknown {
  if (field === 'span') return { start: ind.start, end: ind.end, quote: ind.quote };
  if (field === 'norm') return ind.norm;
  return ind[field];
}

export function withField(ind: Indicator, field: RecordedField, value: unknown): Indicator {
  if (field === 'span') {
    const span = value as { start: number; end: number; quote: string };
    return { ...ind, start: span.start, end: span.end, quote: span.quote };
  }
  if (field === 'norm') return { ...ind, norm: value as Indicator['norm'] };
  return { ...ind, [field]: value };
}

/** Two values are the same when they encode to the same JSON (as the audit stores them). */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function decode(json: string | null): unknown {
  return json === null ? null : (JSON.parse(json) as unknown);
}

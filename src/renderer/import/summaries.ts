// An import's summary as the analyst reads it across follow-ups: files the desktop left out of a
// folder, and lists re-imported with a column mapping (or skipped when the mapping is cancelled),
// folded into the one summary of the batch.
import type { ColumnMapping, ImportFailure, ImportSummary, UnmappedList } from '../../shared/domain.ts';
import type { PickedFile } from '../../shared/shell.ts';

export const MAPPED_FIELDS = [
  'content',
  'title',
  'date',
  'source',
  'url',
] as const satisfies readonly (keyof ColumnMapping)[];

/** The import API names a column by a header of at most this many characters. */
const MAX_HEADER = 200;

export interface MappingRequest {
  file: PickedFile;
  name: string;
  columns: UnmappedList;
}

export function emptySummary(): ImportSummary {
  return { imported: [], duplicates: [], skipped: [] };
}

/** Files skipped before the import started (the desktop's folder reader) come first. */
export function withSkipped(summary: ImportSummary, skipped: ImportFailure[]): ImportSummary {
  return skipped.length ? { ...summary, skipped: [...skipped, ...summary.skipped] } : summary;
}

/** The lists the analyst can map: skipped for their columns, and still at hand to import again. */
export function mappingRequests(summary: ImportSummary, files: PickedFile[]): MappingRequest[] {
  const byName = new Map(files.map((f) => [f.name, f]));
  return summary.skipped.flatMap((s) => {
    const file = byName.get(s.file);
    return s.columns && file ? [{ file, name: s.file, columns: s.columns }] : [];
  });
}

type Counts = NonNullable<ImportSummary['counts']>;

/** Exact totals: a large import's lists stop at 1,000, its counts do not. */
function countsOf(s: ImportSummary): Counts {
  return {
    imported: s.counts?.imported ?? s.imported.length,
    duplicates: s.counts?.duplicates ?? s.duplicates.length,
    nearDuplicates: s.counts?.nearDuplicates ?? s.nearDuplicates?.length ?? 0,
  };
}

/** The batch's summary once `file` was imported again on its own: its skip line gives way to the outcome. */
export function replaceFile(summary: ImportSummary, file: string, again: ImportSummary): ImportSummary {
  const near = [...(summary.nearDuplicates ?? []), ...(again.nearDuplicates ?? [])];
  const [a, b] = [countsOf(summary), countsOf(again)];
  return {
    imported: [...summary.imported, ...again.imported],
    duplicates: [...summary.duplicates, ...again.duplicates],
    skipped: [...summary.skipped.filter((s) => s.file !== file), ...again.skipped],
    ...(near.length ? { nearDuplicates: near } : {}),
    counts: {
      imported: a.imported + b.imported,
      duplicates: a.duplicates + b.duplicates,
      nearDuplicates: a.nearDuplicates + b.nearDuplicates,
    },
  };
}

/** The mapping was cancelled: the file stays skipped, now saying so, and is no longer offered. */
export function markSkipped(summary: ImportSummary, file: string, reason: string): ImportSummary {
  return {
    ...summary,
    skipped: summary.skipped.map((s) => (s.file === file ? { file: s.file, reason } : s)),
  };
}

/** Headers a mapping can name: written, within the API's length, each once. */
export function mappableHeaders(headers: string[]): string[] {
  return [...new Set(headers.filter((h) => h !== '' && h.length <= MAX_HEADER))];
}

/** Only the fields the analyst set; the rest are left to recognition by name. */
export function mappingOf(chosen: Partial<Record<keyof ColumnMapping, string>>): ColumnMapping {
  const out: ColumnMapping = {};
  for (const f of MAPPED_FIELDS) if (chosen[f]) out[f] = chosen[f];
  return out;
}

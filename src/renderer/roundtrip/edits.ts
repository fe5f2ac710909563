// Chosen differences of a workbook brought back, as the edits to send: one per indicator, its chosen
// fields merged into one patch, at the version the comparison saw.
import type { IndicatorPatch, ReportDifference } from '../../shared/domain.ts';

export interface ReportEdit {
  id: number;
  version: number;
  patch: IndicatorPatch;
}

export function editsOf(differences: readonly ReportDifference[], chosen: ReadonlySet<number>): ReportEdit[] {
  const byId = new Map<number, ReportEdit>();
  differences.forEach((d, i) => {
    if (!chosen.has(i) || !d.patch) return;
    const edit = byId.get(d.indicatorId) ?? { id: d.indicatorId, version: d.version, patch: {} };
    edit.patch = { ...edit.patch, ...d.patch };
    byId.set(d.indicatorId, edit);
  });
  return [...byId.values()];
}

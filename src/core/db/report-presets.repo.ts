// Saved report setups, one row per name, and the store's own id that every exported workbook carries.
import crypto from 'node:crypto';
import type { ReportPreset } from '../../shared/domain.ts';
import type { Db } from './open.ts';
import { nowIso } from './sql.ts';
import { getSetting, setSetting } from './settings.repo.ts';

interface PresetRow {
  id: number;
  name: string;
  options: string;
  updated_at: string;
}

const toPreset = (r: PresetRow): ReportPreset => ({
  id: r.id,
  name: r.name,
  options: JSON.parse(r.options) as Record<string, unknown>,
  updatedAt: r.updated_at,
});

export function listReportPresets(db: Db): ReportPreset[] {
  return (db.prepare('SELECT * FROM report_presets ORDER BY name').all() as PresetRow[]).map(toPreset);
}

/** Saves under `name`, replacing a preset of the same name. */
export function saveReportPreset(db: Db, name: string, options: object): ReportPreset {
  const row = db
    .prepare(
      `INSERT INTO report_presets (name, options, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET options = excluded.options, updated_at = excluded.updated_at
       RETURNING *`,
    )
    .get(name, JSON.stringify(options), nowIso()) as PresetRow;
  return toPreset(row);
}

export function deleteReportPreset(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM report_presets WHERE id = ?').run(id).changes === 1;
}

/** The store's random id (made by migration 4; made here if a store somehow lacks it). */
export function storeId(db: Db): string {
  const id = getSetting<string>(db, 'store_id');
  if (id) return id;
  const made = crypto.randomUUID().replace(/-/g, '');
  setSetting(db, 'store_id', made);
  return made;
}

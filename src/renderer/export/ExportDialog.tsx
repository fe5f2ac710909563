// Export with options: the scope (whole corpus, the open article, or what the grid shows), which review
// statuses, which columns in which order, which sheets; and presets that save all of it in the store.
import { useEffect, useState } from 'react';
import { REPORT_COLUMNS, REPORT_SHEETS, type ReportOptions } from '../../shared/api.ts';
import { REVIEW_STATUSES, type ReportPreset, type ReviewStatus } from '../../shared/domain.ts';
import { api } from '../api.ts';
import { useT } from '../i18n/i18n.tsx';
import { Dialog } from '../layout/Dialog.tsx';
import { useFeedback } from '../layout/feedback.tsx';
import type { GridScope } from '../grid/scope.ts';

export type { GridScope } from '../grid/scope.ts';

type ScopeKind = 'corpus' | 'article' | 'grid';
type Column = (typeof REPORT_COLUMNS)[number];
type Sheet = (typeof REPORT_SHEETS)[number];

const DEFAULT_STATUSES: ReviewStatus[] = ['confirmed', 'corrected', 'added'];

interface Props {
  gridScope: GridScope | undefined;
  articleId: number | null;
  onExport: (options: ReportOptions) => void;
  onClose: () => void;
}

function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);
}

export function ExportDialog({ gridScope, articleId, onExport, onClose }: Props) {
  const t = useT();
  const { showError } = useFeedback();
  const [kind, setKind] = useState<ScopeKind>(gridScope ? 'grid' : 'corpus');
  const [statuses, setStatuses] = useState<ReviewStatus[]>(DEFAULT_STATUSES);
  const [columns, setColumns] = useState<Column[]>([...REPORT_COLUMNS]);
  const [sheets, setSheets] = useState<Sheet[]>([...REPORT_SHEETS]);
  const [presets, setPresets] = useState<ReportPreset[]>([]);
  const [name, setName] = useState('');

  useEffect(() => {
    api.listReportPresets({}).then(setPresets, showError);
  }, [showError]);

  const options = (): ReportOptions => ({
    scope:
      kind === 'grid' && gridScope
        ? { kind: 'grid', grid: gridScope }
        : kind === 'article' && articleId !== null
          ? { kind: 'article', articleId }
          : { kind: 'corpus' },
    statuses,
    columns,
    sheets,
  });

  const load = (preset: ReportPreset) => {
    const o = preset.options as ReportOptions;
    const scopeKind = o.scope?.kind ?? 'corpus';
    setKind(scopeKind === 'grid' && !gridScope ? 'corpus' : scopeKind);
    setStatuses(o.statuses ?? DEFAULT_STATUSES);
    setColumns((o.columns as Column[] | undefined) ?? [...REPORT_COLUMNS]);
    setSheets(o.sheets ?? [...REPORT_SHEETS]);
    setName(preset.name);
  };

  const save = async () => {
    try {
      const saved = await api.saveReportPreset({ name, options: options() });
      setPresets((list) =>
        [...list.filter((p) => p.id !== saved.id), saved].sort((a, b) => a.name.localeCompare(b.name)),
      );
    } catch (e) {
      showError(e);
    }
  };

  const remove = async (id: number) => {
    try {
      await api.deleteReportPreset({ id });
      setPresets((list) => list.filter((p) => p.id !== id));
    } catch (e) {
      showError(e);
    }
  };

  const scopes: ScopeKind[] = [
    'corpus',
    ...(articleId !== null ? ['article' as const] : []),
    ...(gridScope ? ['grid' as const] : []),
  ];
  return (
    <Dialog title={t('export.options')} testId="export-dialog" onClose={onClose}>
      <div className="dialog-form export-dialog">
        <fieldset>
          <legend>{t('export.presets')}</legend>
          {presets.length === 0 && <p className="muted">{t('export.noPresets')}</p>}
          {presets.map((p) => (
            <span key={p.id} className="export-preset">
              <button
                type="button"
                className="btn btn-quiet"
                data-testid="export-preset"
                onClick={() => load(p)}
              >
                {p.name}
              </button>
              <button
                type="button"
                className="btn btn-quiet"
                aria-label={t('export.deletePreset', { name: p.name })}
                onClick={() => void remove(p.id)}
              >
                ×
              </button>
            </span>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.scope')}</legend>
          {scopes.map((s) => (
            <label key={s}>
              <input
                type="radio"
                name="export-scope"
                data-testid={`export-scope-${s}`}
                checked={kind === s}
                onChange={() => setKind(s)}
              />
              {t(`export.scope.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.statuses')}</legend>
          {REVIEW_STATUSES.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                data-testid={`export-status-${s}`}
                checked={statuses.includes(s)}
                onChange={(e) => setStatuses(toggle(statuses, s, e.currentTarget.checked))}
              />
              {t(`status.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.sheets')}</legend>
          {REPORT_SHEETS.map((s) => (
            <label key={s}>
              <input
                type="checkbox"
                checked={sheets.includes(s)}
                onChange={(e) => setSheets(toggle(sheets, s, e.currentTarget.checked))}
              />
              {t(`export.sheet.${s}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="export-columns">
          <legend>{t('export.columns')}</legend>
          {REPORT_COLUMNS.map((c) => {
            const at = columns.indexOf(c);
            return (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={at >= 0}
                  disabled={c === 'id'}
                  onChange={(e) => setColumns(toggle(columns, c, e.currentTarget.checked))}
                />
                {at >= 0 ? `${at + 1}. ` : ''}
                {c}
              </label>
            );
          })}
        </fieldset>
        <div className="dialog-actions">
          <input
            type="text"
            value={name}
            placeholder={t('export.presetName')}
            aria-label={t('export.presetName')}
            data-testid="export-preset-name"
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <button
            type="button"
            className="btn"
            disabled={!name.trim()}
            data-testid="export-preset-save"
            onClick={() => void save()}
          >
            {t('export.savePreset')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            data-testid="export-run"
            disabled={statuses.length === 0}
            onClick={() => onExport(options())}
          >
            {t('export.button')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

// The indicator grid's columns, in the order of the indicator contract (SCHEMA.md). Editable
// columns name an EditableField; the choice columns offer exactly the contract's values.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { APPROX, CATEGORIES, KINDS, MEASURES, REVIEW_STATUSES, type Indicator } from '../../shared/domain.ts';
import type { T } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/strings.ts';

type Col = ColDef<Indicator>;

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : numberFormat.format(n);
}

function formatRange(range: [number, number] | null): string {
  return range ? `${formatNumber(range[0])}–${formatNumber(range[1])}` : '';
}

function choice(
  t: T,
  field: 'approx' | 'measure' | 'kind' | 'category' | 'status',
  values: readonly string[],
  width: number,
): Col {
  return {
    field,
    headerName: t(`col.${field}`),
    width,
    editable: true,
    // Filtered by the stored code (e.g. pending), which the store compares exactly.
    filter: 'agTextColumnFilter',
    filterParams: { filterOptions: ['equals', 'notEqual'], maxNumConditions: 1 },
    cellEditor: 'agSelectCellEditor',
    cellEditorParams: { values: [...values] },
    valueFormatter: (p: ValueFormatterParams<Indicator>) =>
      p.value ? t(`${field}.${String(p.value)}` as MessageKey) : '',
  };
}

const INDEXED: ReadonlySet<string> = new Set(['indicator', 'subject']);

function text(
  t: T,
  field: 'unit' | 'indicator' | 'subject' | 'period' | 'periodNorm' | 'note',
  width: number,
): Col {
  return {
    field,
    headerName: t(`col.${field}`),
    width,
    editable: true,
    cellEditor: 'agTextCellEditor',
    filter: 'agTextColumnFilter',
    // Chinese arrives whole from the input method; a short pause is enough to batch Latin typing.
    // Indicator and subject names are indexed: "equals" answers from the index over a million rows,
    // where "contains" must read them all, so it comes first (the others stay one click away).
    filterParams: { debounceMs: 100, ...(INDEXED.has(field) ? { defaultOption: 'equals' } : {}) },
  };
}

export function indicatorColumns(t: T): Col[] {
  return [
    {
      field: 'quote',
      headerName: t('col.quote'),
      width: 130,
      pinned: 'left',
      sortable: false,
      cellClass: (p) => `quote-cell status-${p.data?.status ?? 'pending'}`,
    },
    {
      field: 'value',
      headerName: t('col.value'),
      width: 110,
      type: 'rightAligned',
      // A range has no single value; its ends are edited elsewhere (a later issue).
      editable: (p) => p.data?.range === null,
      cellEditor: 'agNumberCellEditor',
      filter: 'agNumberColumnFilter',
      valueFormatter: (p) =>
        p.data?.range ? formatRange(p.data.range) : formatNumber(p.value as number | null),
    },
    text(t, 'unit', 80),
    {
      colId: 'normValue',
      headerName: t('col.normValue'),
      sortable: false,
      width: 150,
      type: 'rightAligned',
      valueGetter: (p) => p.data?.norm.value ?? null,
      valueFormatter: (p) =>
        p.data?.norm.range ? formatRange(p.data.norm.range) : formatNumber(p.value as number | null),
    },
    {
      colId: 'normUnit',
      headerName: t('col.normUnit'),
      sortable: false,
      width: 90,
      valueGetter: (p) => p.data?.norm.unit ?? '',
    },
    choice(t, 'approx', APPROX, 90),
    choice(t, 'measure', MEASURES, 90),
    choice(t, 'kind', KINDS, 90),
    choice(t, 'category', CATEGORIES, 100),
    {
      ...choice(t, 'status', REVIEW_STATUSES, 100),
      cellClass: (p) => `status-cell status-${p.data?.status ?? 'pending'}`,
    },
    text(t, 'indicator', 160),
    text(t, 'subject', 140),
    text(t, 'period', 120),
    text(t, 'periodNorm', 120),
    {
      field: 'confidence',
      headerName: t('col.confidence'),
      filter: 'agNumberColumnFilter',
      width: 100,
      type: 'rightAligned',
      valueFormatter: (p) => (typeof p.value === 'number' ? `${Math.round(p.value * 100)}%` : ''),
    },
    {
      ...text(t, 'note', 200),
      sortable: false,
      filter: false,
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
    },
    { field: 'articleId', headerName: t('col.articleId'), width: 90, type: 'rightAligned' },
  ];
}

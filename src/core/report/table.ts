// One way to lay out a report sheet as a table, so every sheet gets the same frozen bilingual header,
// autofilter, typed cells and CJK-aware widths, written row by row through exceljs's streaming writer
// so a 100,000-row report never sits in memory whole.

import type { Cell, Style, stream } from 'exceljs';
import { cellText, displayWidth, looksLikeFormula, TEXT_FORMAT, type ReportCell } from './cells.ts';

type WorkbookWriter = stream.xlsx.WorkbookWriter;
type WorksheetWriter = ReturnType<WorkbookWriter['addWorksheet']>;

export interface ReportColumn<Row> {
  /** Machine name, also the English half of the header: a report read back maps columns by it. */
  key: string;
  /** Short Chinese label shown before the key, e.g. 数值 for value. */
  label: string;
  cell: (row: Row) => ReportCell;
  /** Long free text (quotes, notes) is capped narrower than the default so rows stay scannable. */
  maxWidth?: number;
}

export function headerText(column: { key: string; label: string }): string {
  return `${column.label} ${column.key}`;
}

/** The column key of a header cell written by headerText ("数值 value" → "value"). */
export function headerKey(header: string): string {
  const text = header.trim();
  return text.slice(text.lastIndexOf(' ') + 1);
}

const HEADER_FILL = 'FFDDE7F3';
const LINK_COLOR = 'FF0563C1';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Filter buttons sit over the right end of a header cell; leave them room. */
const HEADER_PADDING = 4;
/** Widths are measured on the first rows only: a streamed sheet fixes its columns before any row. */
const SAMPLE_ROWS = 500;

/**
 * One shared style object per look: exceljs recognises a style object it has seen (a WeakMap), so
 * sharing them keeps per-cell cost flat; a fresh object per cell costs a full style lookup each time.
 */
const styles = new Map<string, Partial<Style>>();
function styleOf(key: string, make: () => Partial<Style>): Partial<Style> {
  let style = styles.get(key);
  if (!style) styles.set(key, (style = make()));
  return style;
}

const headerStyle = (): Partial<Style> =>
  styleOf('header', () => ({
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
    alignment: { vertical: 'middle' },
  }));
/** Even an unstyled cell carries a style object; a shared empty one skips exceljs's lookup per cell. */
const plainStyle = () => styleOf('plain', () => ({}));
const formatStyle = (numFmt: string) => styleOf(`fmt:${numFmt}`, () => ({ numFmt }));
const alertStyle = () =>
  styleOf('alert', () => ({
    font: { bold: true, color: { argb: 'FF9C0006' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  }));
const linkStyle = () => styleOf('link', () => ({ font: { color: { argb: LINK_COLOR }, underline: true } }));

export interface TableOptions {
  /** 'hidden' for the sheet that carries the round-trip metadata. */
  state?: 'visible' | 'hidden';
}

/** A sheet being written: add rows in order, then finish (which sizes nothing more and commits). */
export class SheetTable<Row> {
  private readonly sheet: WorksheetWriter;
  private readonly columns: readonly ReportColumn<Row>[];
  private readonly widths: number[];
  private sample: ReportCell[][] | null = [];
  private rowCount = 0;

  constructor(
    workbook: WorkbookWriter,
    name: string,
    columns: readonly ReportColumn<Row>[],
    options: TableOptions = {},
  ) {
    this.sheet = workbook.addWorksheet(name, {
      state: options.state ?? 'visible',
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
      // Printed or turned into PDF, a sheet is as wide as the page and repeats its header.
      pageSetup: {
        orientation: 'landscape',
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:1',
      },
    });
    this.columns = columns;
    this.widths = columns.map((c) => displayWidth(headerText(c)) + HEADER_PADDING);
  }

  get rows(): number {
    return this.rowCount;
  }

  add(row: Row): void {
    const cells = this.columns.map((c) => c.cell(row));
    this.rowCount++;
    if (this.sample) {
      this.sample.push(cells);
      cells.forEach((cell, i) => {
        this.widths[i] = Math.max(this.widths[i] ?? 0, displayWidth(cellText(cell)) + 2);
      });
      if (this.sample.length >= SAMPLE_ROWS) this.flushSample();
      return;
    }
    this.writeRow(this.rowCount + 1, cells);
  }

  async finish(): Promise<void> {
    if (this.sample) this.flushSample();
    this.sheet.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: this.rowCount + 1, column: this.columns.length },
    };
    await this.sheet.commit();
  }

  private flushSample(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    this.sheet.columns = this.columns.map((column, i) => ({
      width: Math.min(column.maxWidth ?? MAX_WIDTH, Math.max(MIN_WIDTH, this.widths[i] ?? MIN_WIDTH)),
    }));
    const header = this.sheet.getRow(1);
    this.columns.forEach((column, i) => {
      const cell = header.getCell(i + 1);
      cell.value = headerText(column);
      cell.style = headerStyle();
    });
    header.commit();
    sample.forEach((cells, r) => this.writeRow(r + 2, cells));
  }

  private writeRow(n: number, cells: ReportCell[]): void {
    const row = this.sheet.getRow(n);
    cells.forEach((value, i) => {
      if (value !== null) writeCell(row.getCell(i + 1), value);
    });
    row.commit();
  }
}

function writeCell(cell: Cell, value: Exclude<ReportCell, null>): void {
  if (typeof value === 'string') {
    writeText(cell, value);
  } else if ('number' in value) {
    cell.value = value.number;
    cell.style = formatStyle(value.format);
  } else if ('date' in value) {
    cell.value = value.date;
    cell.style = formatStyle(value.format);
  } else if ('alert' in value) {
    writeText(cell, value.alert);
    cell.style = alertStyle();
  } else {
    cell.value = { text: value.link, hyperlink: value.link };
    cell.style = linkStyle();
  }
}

/**
 * Text from articles and analysts goes in as a string value, never as { formula }, so Excel stores it
 * as a string. Text that looks like a formula also gets the text number format, so an analyst who
 * re-edits the cell in Excel still gets text back rather than an evaluated formula.
 */
function writeText(cell: Cell, text: string): void {
  cell.value = text;
  cell.style = looksLikeFormula(text) ? formatStyle(TEXT_FORMAT) : plainStyle();
}

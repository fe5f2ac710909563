// One way to lay out a report sheet as a table, so every sheet gets the same frozen bilingual header,
// autofilter, typed cells and CJK-aware widths. Rows are encoded here, on the main thread, into compact
// batches the workbook writer thread turns into XML, so a 100,000-row report never sits in memory whole.

import { cellText, displayWidth, looksLikeFormula, TEXT_FORMAT, type ReportCell } from './cells.ts';
import type { EncodedRows, WorkbookWorker } from './workbook-worker.ts';
import { CELL_LINK, CELL_NUMBER, CELL_TEXT } from './writer-worker.ts';

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
/** Excel's limit on the characters in a cell; a longer text would make Excel repair the file. */
const MAX_CELL_TEXT = 32_767;
/** Rows per batch sent to the writer thread. */
const BATCH_ROWS = 1000;
/** Excel's day count of 1970-01-01 (the 1900 date system); exceljs writes dates the same way. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/**
 * The workbook's styles by slot: a slot is a small number the rows carry, sent to the writer thread
 * with the first batch that uses it, which maps it to an exceljs style once.
 */
export class StyleBook {
  private readonly slots = new Map<string, number>();
  private fresh: [number, object][] = [];

  slot(key: string, make: () => object): number {
    let slot = this.slots.get(key);
    if (slot === undefined) {
      slot = this.slots.size + 1;
      this.slots.set(key, slot);
      this.fresh.push([slot, make()]);
    }
    return slot;
  }

  format(numFmt: string): number {
    return this.slot(numFmt, () => ({ numFmt }));
  }

  /** Styles not yet sent to the writer thread. */
  takeFresh(): [number, object][] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
}

const headerStyle = (book: StyleBook) =>
  book.slot('\u0000header', () => ({
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
    alignment: { vertical: 'middle' },
  }));
const alertStyle = (book: StyleBook) =>
  book.slot('\u0000alert', () => ({
    font: { bold: true, color: { argb: 'FF9C0006' } },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  }));
const linkStyle = (book: StyleBook) =>
  book.slot('\u0000link', () => ({ font: { color: { argb: LINK_COLOR }, underline: true } }));

export interface ReportBook {
  writer: WorkbookWorker;
  styles: StyleBook;
}

export interface TableOptions {
  /** 'hidden' for the sheet that carries the round-trip metadata. */
  state?: 'visible' | 'hidden';
}

/** A sheet being written: add rows in order (flushing now and then), then finish. */
export class SheetTable<Row> {
  private readonly book: ReportBook;
  private readonly name: string;
  private readonly options: TableOptions;
  private readonly columns: readonly ReportColumn<Row>[];
  private readonly widths: number[];
  private sample: ReportCell[][] | null = [];
  private batch: Batch;
  private rowCount = 0;

  constructor(
    book: ReportBook,
    name: string,
    columns: readonly ReportColumn<Row>[],
    options: TableOptions = {},
  ) {
    this.book = book;
    this.name = name;
    this.options = options;
    this.columns = columns;
    this.widths = columns.map((c) => displayWidth(headerText(c)) + HEADER_PADDING);
    this.batch = new Batch(columns.length);
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
        this.widths[i] = Math.max(this.widths[i] ?? 0, displayWidth(cellText(cell), MAX_WIDTH) + 2);
      });
      if (this.sample.length >= SAMPLE_ROWS) this.open();
      return;
    }
    this.batch.add(cells, this.book.styles);
  }

  /** Sends the rows added so far once a batch is full; waits while the writer thread is busy. */
  async flush(force = false): Promise<void> {
    if (this.batch.size && (force || this.batch.size >= BATCH_ROWS)) {
      const batch = this.batch;
      this.batch = new Batch(this.columns.length);
      await this.book.writer.writeRows(batch.encoded(this.book.styles));
    }
  }

  async finish(): Promise<void> {
    if (this.sample) this.open();
    await this.flush(true);
    this.book.writer.endSheet();
  }

  /** Fixes the column widths from the sample, opens the sheet and queues the header and the sample. */
  private open(): void {
    const sample = this.sample ?? [];
    this.sample = null;
    this.book.writer.openSheet({
      name: this.name,
      widths: this.columns.map((column, i) =>
        Math.min(column.maxWidth ?? MAX_WIDTH, Math.max(MIN_WIDTH, this.widths[i] ?? MIN_WIDTH)),
      ),
      options: {
        state: this.options.state ?? 'visible',
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
      },
    });
    this.batch.addHeader(this.columns.map(headerText), headerStyle(this.book.styles));
    for (const cells of sample) this.batch.add(cells, this.book.styles);
  }
}

function grown<T extends { set(from: T): void }>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * Rows on their way to the writer thread, in typed arrays (moved, not copied, to the thread): a kind
 * and a style slot per cell, and a value that is the number itself or the index of a text in
 * `strings`. Titles, units, subjects and periods repeat row after row, so each distinct text crosses
 * the thread boundary (and is escaped for XML) once per batch.
 */
class Batch {
  private readonly width: number;
  private kinds: Uint8Array<ArrayBuffer>;
  private slots: Uint16Array<ArrayBuffer>;
  private values: Float64Array<ArrayBuffer>;
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();
  size = 0;

  constructor(width: number) {
    this.width = width;
    this.kinds = new Uint8Array(width * BATCH_ROWS);
    this.slots = new Uint16Array(width * BATCH_ROWS);
    this.values = new Float64Array(width * BATCH_ROWS);
  }

  addHeader(texts: string[], slot: number): void {
    const at = this.reserve();
    texts.forEach((text, i) => this.text(at + i, CELL_TEXT, slot, text));
  }

  add(cells: readonly ReportCell[], styles: StyleBook): void {
    const at = this.reserve();
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? null;
      if (cell === null) continue;
      if (typeof cell === 'string')
        // Text goes in as an inline string, never a formula; text that looks like one also gets the
        // text format, so an analyst who re-edits the cell in Excel still gets text back.
        this.text(at + i, CELL_TEXT, looksLikeFormula(cell) ? styles.format(TEXT_FORMAT) : 0, cell);
      else if ('number' in cell) this.number(at + i, styles.format(cell.format), cell.number);
      else if ('date' in cell)
        this.number(at + i, styles.format(cell.format), EXCEL_EPOCH_DAYS + cell.date.getTime() / DAY_MS);
      else if ('alert' in cell) this.text(at + i, CELL_TEXT, alertStyle(styles), cell.alert);
      else this.text(at + i, CELL_LINK, linkStyle(styles), cell.link);
    }
  }

  encoded(styles: StyleBook): EncodedRows {
    const cells = this.size * this.width;
    // Views, not copies: the batch is done with, and its buffers move to the writer thread.
    return {
      kinds: this.kinds.subarray(0, cells),
      slots: this.slots.subarray(0, cells),
      values: this.values.subarray(0, cells),
      strings: this.strings,
      styles: styles.takeFresh(),
    };
  }

  /** Index of the next row's first cell, growing the arrays when the sample makes a batch longer. */
  private reserve(): number {
    const at = this.size * this.width;
    this.size++;
    if (at + this.width > this.kinds.length) {
      this.kinds = grown(this.kinds, new Uint8Array(this.kinds.length * 2));
      this.slots = grown(this.slots, new Uint16Array(this.slots.length * 2));
      this.values = grown(this.values, new Float64Array(this.values.length * 2));
    }
    return at;
  }

  private number(at: number, slot: number, value: number): void {
    this.kinds[at] = CELL_NUMBER;
    this.slots[at] = slot;
    this.values[at] = value;
  }

  private text(at: number, kind: number, slot: number, full: string): void {
    const text = full.length > MAX_CELL_TEXT ? `${full.slice(0, MAX_CELL_TEXT - 1)}…` : full;
    let index = this.stringIndex.get(text);
    if (index === undefined) {
      index = this.strings.push(text) - 1;
      this.stringIndex.set(text, index);
    }
    this.kinds[at] = kind;
    this.slots[at] = slot;
    this.values[at] = index;
  }
}

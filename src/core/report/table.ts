// One way to lay out a report sheet as a table, so every sheet (indicators now; summary, articles
// and changes later) gets the same frozen bilingual header, autofilter, typed cells and CJK-aware widths.

import type { Cell, Workbook, Worksheet } from 'exceljs';
import { cellText, displayWidth, looksLikeFormula, TEXT_FORMAT, type ReportCell } from './cells.ts';

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

const HEADER_FILL = 'FFDDE7F3';
const LINK_COLOR = 'FF0563C1';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** Filter buttons sit over the right end of a header cell; leave them room. */
const HEADER_PADDING = 4;

export function addTableSheet<Row>(
  workbook: Workbook,
  name: string,
  columns: readonly ReportColumn<Row>[],
  rows: readonly Row[],
): Worksheet {
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  const widths = columns.map((c) => displayWidth(headerText(c)) + HEADER_PADDING);

  const header = sheet.getRow(1);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = headerText(column);
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.alignment = { vertical: 'middle' };
  });

  rows.forEach((row, r) => {
    const sheetRow = sheet.getRow(r + 2);
    columns.forEach((column, i) => {
      const value = column.cell(row);
      writeCell(sheetRow.getCell(i + 1), value);
      widths[i] = Math.max(widths[i] ?? 0, displayWidth(cellText(value)) + 2);
    });
  });

  columns.forEach((column, i) => {
    const cap = column.maxWidth ?? MAX_WIDTH;
    sheet.getColumn(i + 1).width = Math.min(cap, Math.max(MIN_WIDTH, widths[i] ?? MIN_WIDTH));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  return sheet;
}

function writeCell(cell: Cell, value: ReportCell): void {
  if (value === null) return;
  if (typeof value === 'string') {
    writeText(cell, value);
  } else if ('number' in value) {
    cell.value = value.number;
    cell.numFmt = value.format;
  } else if ('date' in value) {
    cell.value = value.date;
    cell.numFmt = value.format;
  } else {
    cell.value = { text: value.link, hyperlink: value.link };
    cell.font = { color: { argb: LINK_COLOR }, underline: true };
  }
}

/**
 * Text from articles and analysts goes in as a string value, never as { formula }, so Excel stores it
 * as a string. Text that looks like a formula also gets the text number format, so an analyst who
 * re-edits the cell in Excel still gets text back rather than an evaluated formula.
 */
function writeText(cell: Cell, text: string): void {
  cell.value = text;
  if (looksLikeFormula(text)) cell.numFmt = TEXT_FORMAT;
}

// Reads a workbook brought back from Excel with SheetJS inside a disposable worker thread: SheetJS CE's
// parse path has public advisories, so a hostile file can at worst exhaust a capped worker that is
// then thrown away, never the process that holds the store.
import { packagePath, runScriptWorker, WorkerFailure } from '../../script-worker.ts';

export interface ParsedSheet {
  name: string;
  /** Excel's number of the first row in `rows` (1-based). */
  firstRow: number;
  rows: unknown[][];
}

export interface ParsedWorkbook {
  sheetNames: string[];
  /** The sheets asked for that exist, in the order asked. */
  sheets: ParsedSheet[];
}

export interface ParseLimits {
  timeoutMs: number;
  maxMemoryMb: number;
}

const DEFAULT_LIMITS: ParseLimits = { timeoutMs: 60_000, maxMemoryMb: 768 };

/**
 * The worker's code (plain JavaScript, see script-worker.ts). A number Excel shows as a percent (the analyst
 * typed "7%", which Excel stores as 0.07 and formats as 0%) comes back as the 7 the analyst meant.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const XLSX = require(workerData.xlsxPath);
const percent = (z) => typeof z === 'string' && /%/.test(z.replace(/"[^"]*"/g, ''));
const names = XLSX.read(workerData.bytes, { type: 'buffer', bookSheets: true }).SheetNames;
const wanted = workerData.wanted.map((w) => w.find((n) => names.includes(n))).filter(Boolean);
const book = XLSX.read(workerData.bytes, {
  type: 'buffer', cellDates: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: false,
  sheets: wanted,
});
const sheets = wanted.map((name) => {
  const sheet = book.Sheets[name];
  if (!sheet || !sheet['!ref']) return { name, firstRow: 1, rows: [] };
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const rows = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })];
      let v = cell ? cell.v : null;
      if (typeof v === 'number' && percent(cell.z)) v = Number((v * 100).toPrecision(12));
      row.push(v === undefined ? null : v);
    }
    rows.push(row);
  }
  return { name, firstRow: range.s.r + 1, rows };
});
parentPort.postMessage({ sheetNames: names, sheets });
`;

/**
 * Parses the sheets named in `wanted` (each entry: names to try, first found wins) from the bytes.
 * Rejects on a malformed file, past the time limit, or past the memory cap.
 */
export function parseWorkbook(
  bytes: Uint8Array,
  wanted: readonly (readonly string[])[],
  limits: Partial<ParseLimits> = {},
): Promise<ParsedWorkbook> {
  const { timeoutMs, maxMemoryMb } = { ...DEFAULT_LIMITS, ...limits };
  return runScriptWorker<ParsedWorkbook>(
    WORKER_SOURCE,
    { bytes, wanted, xlsxPath: packagePath('xlsx') },
    { maxMemoryMb, timeoutMs },
  ).catch((err: unknown) => {
    const failure = err instanceof WorkerFailure ? err : null;
    throw new Error(
      failure?.reason === 'timeout'
        ? `reading the workbook took longer than ${timeoutMs / 1000} s`
        : failure?.reason === 'exit'
          ? `the workbook reader ${failure.message} before it finished`
          : `the workbook could not be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  });
}

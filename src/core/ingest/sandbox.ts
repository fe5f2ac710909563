// Untrusted containers (workbooks, .docx) are opened in a disposable worker thread with a memory
// cap and a deadline: a zip bomb or a parser bug kills the worker, never the process holding the store.
import { packagePath, runScriptWorker, WorkerFailure } from '../script-worker.ts';
import { IngestError } from './decode.ts';

export interface SheetRows {
  name: string;
  rows: string[][];
}

export type SandboxResult = { kind: 'workbook'; sheets: SheetRows[] } | { kind: 'docx'; text: string };

export interface SandboxLimits {
  memoryMb: number;
  timeoutMs: number;
}

export const DEFAULT_SANDBOX_LIMITS: SandboxLimits = { memoryMb: 256, timeoutMs: 30_000 };

/**
 * The worker's body, run from source (eval, see script-worker.ts) so it needs no file of its own;
 * xlsx and mammoth arrive as absolute paths, so it does not depend on the working directory.
 */
function workerMain(): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parentPort, workerData } = require('node:worker_threads');
  const { kind, bytes, paths } = workerData as {
    kind: 'workbook' | 'docx';
    bytes: Uint8Array;
    paths: { xlsx: string; mammoth: string };
  };
  const run = async () => {
    if (kind === 'docx') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mammoth = require(paths.mammoth);
      const out = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
      return { kind, text: String(out.value) };
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const XLSX = require(paths.xlsx);
    const wb = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellFormula: false,
      cellHTML: false,
      cellDates: true,
    });
    const cell = (v: unknown): string => {
      if (!(v instanceof Date)) return v === null || v === undefined ? '' : String(v);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${v.getFullYear()}-${pad(v.getMonth() + 1)}-${pad(v.getDate())}`;
    };
    const sheets = (wb.SheetNames as string[]).map((name) => ({
      name,
      rows: (
        XLSX.utils.sheet_to_json(wb.Sheets[name], { header: 1, raw: true, defval: '' }) as unknown[][]
      ).map((row) => row.map(cell)),
    }));
    return { kind, sheets };
  };
  run().then(
    (result) => parentPort.postMessage({ ok: true, result }),
    (err: unknown) =>
      parentPort.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) }),
  );
}

const WORKER_SOURCE = `(${workerMain.toString()})()`;

const WHAT = { workbook: 'workbook', docx: 'document' } as const;

export async function openInSandbox(
  kind: 'workbook' | 'docx',
  bytes: Uint8Array,
  limits: SandboxLimits = DEFAULT_SANDBOX_LIMITS,
): Promise<SandboxResult> {
  const what = WHAT[kind];
  let msg: { ok: true; result: SandboxResult } | { ok: false; error: string };
  try {
    msg = await runScriptWorker(
      WORKER_SOURCE,
      { kind, bytes, paths: { xlsx: packagePath('xlsx'), mammoth: packagePath('mammoth') } },
      { maxMemoryMb: limits.memoryMb, timeoutMs: limits.timeoutMs, quiet: true },
    );
  } catch (err) {
    const reason = err instanceof WorkerFailure ? err.reason : 'error';
    const message = err instanceof Error ? err.message : String(err);
    throw new IngestError(
      reason === 'timeout'
        ? `the ${what} took over ${limits.timeoutMs / 1000} s to open and was abandoned`
        : reason === 'memory'
          ? `the ${what} needs more than ${limits.memoryMb} MB to open (a damaged or hostile file?)`
          : reason === 'exit'
            ? `the ${what} could not be read (the reader ${message})`
            : `the ${what} could not be read: ${message}`,
    );
  }
  if (!msg.ok) throw new IngestError(`the ${what} could not be read: ${msg.error}`);
  return msg.result;
}

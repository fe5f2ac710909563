// Untrusted containers (workbooks, .docx) are opened in a disposable worker thread with a memory
// cap and a deadline: a zip bomb or a parser bug kills the worker, never the process holding the store.
import { packagePath, startScriptWorker } from '../script-worker.ts';
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

export function openInSandbox(
  kind: 'workbook' | 'docx',
  bytes: Uint8Array,
  limits: SandboxLimits = DEFAULT_SANDBOX_LIMITS,
): Promise<SandboxResult> {
  const what = WHAT[kind];
  return new Promise((resolve, reject) => {
    const worker = startScriptWorker(
      WORKER_SOURCE,
      { kind, bytes, paths: { xlsx: packagePath('xlsx'), mammoth: packagePath('mammoth') } },
      { maxMemoryMb: limits.memoryMb, quiet: true },
    );
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            new IngestError(`the ${what} took over ${limits.timeoutMs / 1000} s to open and was abandoned`),
          ),
        ),
      limits.timeoutMs,
    );
    worker.on('message', (msg: { ok: true; result: SandboxResult } | { ok: false; error: string }) =>
      settle(() =>
        msg.ok ? resolve(msg.result) : reject(new IngestError(`the ${what} could not be read: ${msg.error}`)),
      ),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      settle(() =>
        reject(
          new IngestError(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `the ${what} needs more than ${limits.memoryMb} MB to open (a damaged or hostile file?)`
              : `the ${what} could not be read: ${err.message}`,
          ),
        ),
      ),
    );
    worker.on('exit', (code) =>
      settle(() =>
        reject(new IngestError(`the ${what} could not be read (the reader stopped with code ${code})`)),
      ),
    );
  });
}

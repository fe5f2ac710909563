// The main thread's side of the workbook writer thread (writer-worker.ts): opens sheets, sends rows in
// compact batches with backpressure, relays the .xlsx bytes into the caller's stream, and terminates
// the thread when the export is cancelled or fails.
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import { packagePath, startScriptWorker } from '../script-worker.ts';
import { WRITER_SOURCE } from './writer-worker.ts';

/** Rows of one sheet, cell by cell within a row (see Batch in table.ts). */
export interface EncodedRows {
  kinds: Uint8Array<ArrayBuffer>;
  slots: Uint16Array<ArrayBuffer>;
  /** The number, or for a text or link cell the index of its text in `strings`. */
  values: Float64Array<ArrayBuffer>;
  strings: string[];
  /** Styles first used in this batch: slot number and exceljs style. */
  styles: [number, object][];
}

export interface SheetSpec {
  name: string;
  widths: number[];
  options: object;
}

/** Batches sent but not yet written; more would only pile up in the worker's memory. */
const IN_FLIGHT = 3;
const WRITER_MEMORY_MB = 1024;

type Message =
  | { op: 'data'; chunk: Uint8Array }
  | { op: 'written'; rows: number }
  | { op: 'done' }
  | { op: 'error'; message: string };

export class WorkbookWorker {
  private readonly worker: Worker;
  private readonly out: Writable;
  private inFlight = 0;
  private failure: Error | null = null;
  private finished = false;
  private waiting: (() => void) | null = null;
  private done: (() => void) | null = null;
  /** Rows the worker has written so far (for progress). */
  written = 0;

  constructor(out: Writable, properties: { creator: string; created: Date }) {
    this.out = out;
    this.worker = startScriptWorker(
      WRITER_SOURCE,
      {
        writerPath: path.join(path.dirname(packagePath('exceljs')), 'lib/stream/xlsx/workbook-writer.js'),
        creator: properties.creator,
        created: properties.created.getTime(),
      },
      { maxMemoryMb: WRITER_MEMORY_MB },
    );
    this.worker.on('message', (m: Message) => this.receive(m));
    this.worker.on('error', (err) => this.fail(new Error(`the report writer failed: ${err.message}`)));
    this.worker.on('exit', (code) => {
      if (!this.finished) this.fail(new Error(`the report writer stopped (exit code ${code})`));
    });
  }

  openSheet(spec: SheetSpec): void {
    this.check();
    this.worker.postMessage({ op: 'sheet', ...spec });
  }

  /** Sends a batch; resolves once the worker has room for more. */
  async writeRows(rows: EncodedRows): Promise<void> {
    this.check();
    this.inFlight++;
    this.worker.postMessage({ op: 'rows', ...rows }, [
      rows.kinds.buffer,
      rows.slots.buffer,
      rows.values.buffer,
    ]);
    while (this.inFlight >= IN_FLIGHT && !this.failure)
      await new Promise<void>((resolve) => (this.waiting = resolve));
    this.check();
  }

  endSheet(): void {
    this.check();
    this.worker.postMessage({ op: 'end' });
  }

  /** Finishes the workbook; the bytes are all in `out` (and `out` ended) when this resolves. */
  async commit(): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => {
      this.done = resolve;
      this.worker.postMessage({ op: 'commit' });
    });
    this.check();
    this.out.end();
  }

  /** Stops the worker (a cancelled or failed export); harmless once the workbook is committed. */
  close(): void {
    this.finished = true;
    void this.worker.terminate();
    this.wake();
  }

  private receive(m: Message): void {
    // A cancelled export's stream is gone; bytes still queued from the thread are dropped.
    if (this.failure) return;
    if (m.op === 'data') this.out.write(Buffer.from(m.chunk.buffer, m.chunk.byteOffset, m.chunk.byteLength));
    else if (m.op === 'written') {
      this.inFlight--;
      this.written += m.rows;
      this.wake();
    } else if (m.op === 'done') {
      this.finished = true;
      void this.worker.terminate();
      this.done?.();
    } else this.fail(new Error(`the report writer failed: ${m.message}`));
  }

  /** Stops the worker with this error; whatever waits on it rejects with it. */
  fail(err: Error): void {
    this.failure ??= err;
    this.close();
    this.done?.();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}

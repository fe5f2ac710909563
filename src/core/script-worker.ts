// Starts a worker thread from plain JavaScript held in a string, so the same worker runs under Node's
// type stripping, vitest and the electron-vite bundle of main: there is no worker file to locate at
// run time. Packages the worker needs are resolved here and handed over as absolute paths.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface WorkerLimits {
  maxMemoryMb: number;
  /** Keep the worker's stdout/stderr from the parent's (parsers of untrusted files can be chatty). */
  quiet?: boolean;
}

const resolver = createRequire(import.meta.url);

/** Absolute path of an installed package, for the worker's `require(workerData.…)`. */
export function packagePath(name: string): string {
  return resolver.resolve(name);
}

/** A worker running `source` (CommonJS: `require`, `workerData` and `parentPort` are at hand). */
export function startScriptWorker(source: string, workerData: unknown, limits: WorkerLimits): Worker {
  return new Worker(source, {
    eval: true,
    workerData,
    resourceLimits: {
      maxOldGenerationSizeMb: limits.maxMemoryMb,
      maxYoungGenerationSizeMb: 64,
      stackSizeMb: 4,
    },
    ...(limits.quiet ? { stdout: true, stderr: true } : {}),
  });
}

export type WorkerFailureReason = 'timeout' | 'memory' | 'error' | 'exit';

/** Why a one-shot worker gave no answer; callers word it for the analyst. */
export class WorkerFailure extends Error {
  readonly reason: WorkerFailureReason;
  constructor(reason: WorkerFailureReason, message: string) {
    super(message);
    this.name = 'WorkerFailure';
    this.reason = reason;
  }
}

/**
 * Runs a one-shot worker: resolves with its first message, and otherwise rejects with a
 * WorkerFailure (deadline passed, memory cap hit, an error thrown, or an exit before answering).
 * The worker is terminated either way.
 */
export function runScriptWorker<T>(
  source: string,
  workerData: unknown,
  limits: WorkerLimits & { timeoutMs: number },
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = startScriptWorker(source, workerData, limits);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const fail = (reason: WorkerFailureReason, message: string) =>
      settle(() => reject(new WorkerFailure(reason, message)));
    const timer = setTimeout(
      () => fail('timeout', `took over ${limits.timeoutMs / 1000} s`),
      limits.timeoutMs,
    );
    worker.on('message', (msg: T) => settle(() => resolve(msg)));
    worker.on('error', (err: Error & { code?: string }) =>
      fail(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'error', err.message),
    );
    worker.on('exit', (code) => fail('exit', `stopped with code ${code}`));
  });
}

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

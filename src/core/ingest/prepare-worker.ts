// A worker thread of the import pool: reads and prepares files (decode, clean, extract, sign) while
// the main thread stores. It touches no store; results go back as plain structured-clone data.
import { parentPort } from 'node:worker_threads';
import type { ReadOptions } from './index.ts';
import { prepareFile, type SourceFile } from './prepare-file.ts';

export interface PrepareRequest {
  id: number;
  file: SourceFile;
  options: ReadOptions;
}

const threadCpu = (): number => {
  // process.threadCpuUsage (Node 23.9+) is this thread's own; older runtimes report nothing.
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
  return usage ? usage.user + usage.system : 0;
};

parentPort?.on('message', (req: PrepareRequest) => {
  void prepareFile(req.file, req.options).then((result) =>
    parentPort?.postMessage({ id: req.id, result, cpuMicros: threadCpu() }),
  );
});

// Stage timings in CPU time of the calling thread: on a machine shared with other work, wall time
// measures the neighbours as much as the import. Runtimes without per-thread CPU use wall time.
const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.bind(process);

/** Milliseconds of this thread's CPU time (or of wall time where the runtime cannot tell). */
export const threadMs: () => number = usage
  ? () => {
      const u = usage();
      return (u.user + u.system) / 1000;
    }
  : () => performance.now();

/** Whether threadMs() is CPU time (so it counts from the thread's start). */
export const threadMsIsCpu = usage !== undefined;

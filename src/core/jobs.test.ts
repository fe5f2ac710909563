import { describe, expect, it } from 'vitest';
import { checkCancelled, JobRegistry } from './jobs.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('JobRegistry', () => {
  it('reports progress while running and the result when done', async () => {
    const jobs = new JobRegistry();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started = jobs.start('import', async ({ progress }) => {
      progress(1, 3, 'a.txt');
      await gate;
      progress(3, 3, null);
      return { imported: 3 };
    });
    expect(started.state).toBe('running');
    await tick();
    expect(jobs.get(started.id)).toMatchObject({ state: 'running', done: 1, total: 3, current: 'a.txt' });
    release();
    const done = await jobs.settled(started.id);
    expect(done).toMatchObject({ state: 'done', done: 3, result: { imported: 3 } });
    expect(done.finishedAt).not.toBeNull();
  });

  it('stops a job between units of work when cancelled, keeping what it finished', async () => {
    const jobs = new JobRegistry();
    const finished: number[] = [];
    const job = jobs.start('import', async ({ signal, progress }) => {
      for (let i = 0; i < 1000; i++) {
        checkCancelled(signal);
        finished.push(i);
        progress(i + 1, 1000);
        await tick();
      }
    });
    await tick();
    await tick();
    jobs.cancel(job.id);
    const end = await jobs.settled(job.id);
    expect(end.state).toBe('cancelled');
    expect(finished.length).toBeGreaterThan(0);
    expect(finished.length).toBeLessThan(1000);
  });

  it('records a failure with its message, and refuses unknown ids', async () => {
    const jobs = new JobRegistry();
    const job = jobs.start('export', async () => {
      throw new Error('disk full');
    });
    expect(await jobs.settled(job.id)).toMatchObject({ state: 'failed', error: 'disk full' });
    expect(() => jobs.get('nope')).toThrow(/No job nope/);
  });
});

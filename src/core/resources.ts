// Finds the app's shipped data (resources/): beside the sources in development, beside the
// bundle when built, or where the host says (TALLY_RESOURCES, or Electron's resourcesPath).
import fs from 'node:fs';
import path from 'node:path';

export function findResourcesDir(start = import.meta.dirname, env: NodeJS.ProcessEnv = process.env): string {
  if (env.TALLY_RESOURCES) return path.resolve(env.TALLY_RESOURCES);
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'resources');
    if (fs.existsSync(path.join(candidate, 'demo'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Tally's resources folder was not found above ${start}`);
    dir = parent;
  }
}

export function demoFiles(resourcesDir: string): string[] {
  const dir = path.join(resourcesDir, 'demo');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

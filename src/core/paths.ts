// Where the store lives. Desktop, browser mode and the CLI must agree, so this does not ask Electron:
// it computes the same per-user data folder Electron's app.getPath('userData') uses for "Tally".

import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Tally';
export const STORE_FILE = 'tally.db';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/** `--db PATH` wins, then `TALLY_DB`, then tally.db in the user-data folder. */
export function resolveStorePath(
  argv: readonly string[] = process.argv,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const i = argv.indexOf('--db');
  const fromArg = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--db='))?.slice(5);
  if (fromArg) return path.resolve(fromArg);
  if (env.TALLY_DB) return path.resolve(env.TALLY_DB);
  return path.join(userDataDir(env), STORE_FILE);
}

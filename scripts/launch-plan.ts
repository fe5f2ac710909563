// The launcher's decisions, kept pure so they are tested: which arguments it was given, and why
// (if at all) the desktop window cannot start here, in which case Tally runs in the browser.
import fs from 'node:fs';
import path from 'node:path';

export interface LaunchArgs {
  web: boolean;
  /** Arguments Electron passes on to main (e.g. --db PATH). */
  electronArgs: string[];
  dbPath: string | undefined;
  port: number;
}

export function parseLaunchArgs(argv: readonly string[]): LaunchArgs {
  const args: LaunchArgs = { web: false, electronArgs: [], dbPath: undefined, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--web') args.web = true;
    else if (flag === '--db') {
      const v = value();
      if (!v) throw new Error('--db needs a path');
      args.dbPath = v;
      args.electronArgs.push('--db', path.resolve(v));
    } else if (flag === '--port') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 0 || v > 65535)
        throw new Error('--port needs a number from 0 to 65535');
      args.port = v;
    } else {
      throw new Error(`unknown option ${arg} (expected --web, --db PATH, --port N)`);
    }
  }
  return args;
}

/**
 * The Electron executable inside node_modules/electron, or null when it is not downloaded.
 * Honours ELECTRON_OVERRIDE_DIST_PATH the way the electron package itself does.
 */
export function electronBinary(
  electronDir: string,
  env: NodeJS.ProcessEnv = {},
  exists = fs.existsSync,
): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = exists(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const binary = path.join(override, relative || 'electron');
    return exists(binary) ? binary : null;
  }
  const binary = path.join(electronDir, 'dist', relative);
  return relative && exists(binary) ? binary : null;
}

/** Why no desktop window can open on this machine, or null when one may. */
export function noDisplayReason(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string | null {
  if (platform !== 'linux') return null;
  return env.DISPLAY || env.WAYLAND_DISPLAY ? null : 'no display for the desktop window';
}

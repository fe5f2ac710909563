// `npm start`: the desktop window when Electron can run here, otherwise (or with --web) browser
// mode on 127.0.0.1. Either way the same store, the same service, the same renderer.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { resolveStorePath } from '../src/core/paths.ts';
import { startBrowserMode } from '../src/core/web.ts';
import { electronBinary, noDisplayReason, parseLaunchArgs, type LaunchArgs } from './launch-plan.ts';

const root = path.resolve(import.meta.dirname, '..');
const rendererDir = path.join(root, 'out', 'renderer');
const electronDir = path.join(root, 'node_modules', 'electron');
/** An Electron that exits with an error this soon never showed a usable window. */
const QUICK_FAILURE_MS = 15_000;

async function runBrowserMode(args: LaunchArgs): Promise<void> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(`Tally: ${rendererDir} is missing; run "npm run build" first.`);
    process.exit(1);
  }
  const storePath = resolveStorePath(process.argv, process.env);
  const mode = await startBrowserMode({ storePath, rendererDir, port: args.port });
  console.log(`Tally is running in browser mode: ${mode.server.url}`);
  console.log(`Store: ${mode.store.path}`);
  if (mode.store.backupPath) console.log(`Backup taken before upgrading the store: ${mode.store.backupPath}`);
  console.log('Press Ctrl-C to stop.');
  const stop = () => {
    mode.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('Tally: failed to close cleanly:', err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The Electron executable, downloading it on first use the way `electron` itself would. */
function findOrFetchElectron(): string | null {
  const found = electronBinary(electronDir, process.env);
  if (found) return found;
  const installer = path.join(electronDir, 'install.js');
  if (!fs.existsSync(installer)) return null;
  console.log('Tally: fetching the Electron runtime (first run)…');
  spawnSync(process.execPath, [installer], { cwd: electronDir, stdio: 'ignore', timeout: 300_000 });
  return electronBinary(electronDir, process.env);
}

/** Runs Electron; resolves with a reason when it failed to start, and exits with it otherwise. */
function runElectron(binary: string, args: LaunchArgs): Promise<string> {
  return new Promise((resolve) => {
    const started = Date.now();
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE;
    const child = spawn(binary, [root, ...args.electronArgs], { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
    process.on('SIGINT', forward('SIGINT'));
    process.on('SIGTERM', forward('SIGTERM'));
    child.on('error', (err) => resolve(`the desktop window could not start (${err.message})`));
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal === null && Date.now() - started < QUICK_FAILURE_MS) {
        process.removeAllListeners('SIGINT');
        process.removeAllListeners('SIGTERM');
        resolve(`the desktop window failed to start (exit code ${code})`);
        return;
      }
      process.exit(code ?? 1);
    });
  });
}

async function main(): Promise<void> {
  let args: LaunchArgs;
  try {
    args = parseLaunchArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`Tally: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
  if (!args.web) {
    const blocked = noDisplayReason(process.platform, process.env);
    const binary = blocked ? null : findOrFetchElectron();
    const reason =
      blocked ??
      (binary
        ? await runElectron(binary, args)
        : 'the Electron runtime is not downloaded and could not be fetched');
    console.log(`Tally: ${reason}; starting browser mode.`);
  }
  await runBrowserMode(args);
}

main().catch((err: unknown) => {
  console.error('Tally failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});

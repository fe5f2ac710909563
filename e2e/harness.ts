// End-to-end harness: Tally in browser mode on a temporary store, driven in a real Chromium by
// playwright-core. Never downloads a browser: it finds the system's, or says how to get one.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startBrowserMode, type BrowserMode } from '../src/core/web.ts';
import { tempDir } from '../src/core/testing/temp.ts';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer');
export const DEMO_DIR = path.join(ROOT, 'resources', 'demo');

const CANDIDATES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (fs.existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there.`);
  }
  for (const name of CANDIDATES) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8', env }).trim();
      if (found) return found;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(
    'The end-to-end tests need a Chromium-family browser and none was found. Install one ' +
      '(Debian/Ubuntu: `apt-get install -y chromium fonts-noto-cjk`) or set CHROME_PATH to its executable.',
  );
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

export interface Session {
  app: BrowserMode;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  storePath: string;
  /** Stops the browser and the server, then removes the temporary store. */
  close(): Promise<void>;
}

/** Starts browser mode on a fresh store and opens its URL (with the launch token) in Chromium. */
export async function openSession(): Promise<Session> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built: run `npm run build` (npm test does it first).');
  }
  const tmp = tempDir('tally-e2e-');
  const storePath = path.join(tmp.dir, 'tally.db');
  const app = await startBrowserMode({ storePath, rendererDir: RENDERER_DIR, actor: 'e2e' });
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.server.url);
  return {
    app,
    browser,
    context,
    page,
    storePath,
    async close() {
      await browser.close();
      await app.close();
      tmp.cleanup();
      if (errors.length) throw new Error(`the page threw: ${errors.join('; ')}`);
    },
  };
}

import { launchChromium, RENDERER_DIR } from '../e2e/harness.ts';
import { startBrowserMode } from '../src/core/web.ts';
import { GridDriver } from './grid-driver.ts';
const app = await startBrowserMode({ storePath: '/tmp/grid1m.db', rendererDir: RENDERER_DIR, actor: 'bench' });
const browser = await launchChromium();
const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 } })).newPage();
const grid = new GridDriver(page);
let t0 = 0;
const log: string[] = [];
page.on('request', (r) => { if (r.url().includes('/api/')) log.push(`${(performance.now() - t0).toFixed(0)} req ${r.url().split('/api/')[1]} ${r.postData()?.slice(0, 80)}`); });
page.on('requestfinished', (r) => { if (r.url().includes('/api/')) log.push(`${(performance.now() - t0).toFixed(0)} end ${r.url().split('/api/')[1]}`); });
await page.goto(app.server.url);
await grid.rowAt(0).waitFor({ timeout: 60000 });
await grid.settled();
for (let i = 0; i < 2; i++) {
  log.length = 0;
  t0 = performance.now();
  await page.getByTestId('view-corpus').click();
  log.push(`${(performance.now() - t0).toFixed(0)} clicked`);
  await grid.waitForFirstRow('1');
  log.push(`${(performance.now() - t0).toFixed(0)} shown`);
  await grid.settled();
  console.log(log.join('\n'));
  await page.getByTestId('view-article').click();
  await grid.waitForFirstRowNot('1');
  await grid.settled();
}
const client = await page.context().newCDPSession(page);
await client.send('Profiler.enable');
await client.send('Profiler.start');
log.length = 0; t0 = performance.now();
await page.getByTestId('view-corpus').click();
await grid.waitForFirstRow('1');
log.push(`${(performance.now() - t0).toFixed(0)} shown (profiled)`);
const { profile } = await client.send('Profiler.stop');
console.log(log.join('\n'));
// self time per function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
const counts = new Map<number, number>();
profile.samples.forEach((s: number, i: number) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
for (const [id, us] of counts) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + us / 1000); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)} ms ${k}`).join('\n'));
const parent = new Map<number, number>();
for (const n of profile.nodes as any[]) for (const c of n.children ?? []) parent.set(c, n.id);
const stacks = new Map<string, number>();
for (const [id, us] of counts) { const n: any = byId.get(id); if (n.callFrame.functionName !== '_getElementSize') continue; let p = parent.get(id); const chain: string[] = []; for (let k = 0; k < 6 && p; k++) { const pn: any = byId.get(p); chain.push(pn.callFrame.functionName || '(anon)'); p = parent.get(p); } const key = chain.join(' < '); stacks.set(key, (stacks.get(key) ?? 0) + us / 1000); }
console.log([...stacks].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${v.toFixed(1)} ms ${k}`).join('\n'));
await browser.close(); await app.close();

// Browser mode over real HTTP: the real service on a temp store, the real server on a free port.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserMode } from './web.ts';

let dir: string;
let rendererDir: string;
let first: BrowserMode;
let second: BrowserMode;

function call(mode: BrowserMode, method: string, body: unknown, init: RequestInit = {}) {
  return fetch(`http://127.0.0.1:${mode.server.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${mode.server.token}` },
    body: JSON.stringify(body),
    ...init,
  });
}

/** A raw request, so the test controls headers fetch would fix (Host) or forbid. */
function rawGet(port: number, requestPath: string, host = `127.0.0.1:${port}`): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(`GET ${requestPath} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.on('data', (d: Buffer) => (text += d.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1])));
    socket.on('error', reject);
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tally-server-'));
  rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Tally</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  first = await startBrowserMode({ storePath: path.join(dir, 'a.db'), rendererDir });
  second = await startBrowserMode({ storePath: path.join(dir, 'b.db'), rendererDir });
});

afterAll(async () => {
  await first?.close();
  await second?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('browser-mode server', () => {
  it('answers a valid call with the service result', async () => {
    const res = await call(first, 'getStoreInfo', {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ ok: true, value: { path: path.join(dir, 'a.db'), articles: 0 } });
    expect(first.server.url).toBe(`http://127.0.0.1:${first.server.port}/?token=${first.server.token}`);
  });

  it('refuses a call without a token', async () => {
    const res = await call(first, 'getStoreInfo', {}, { headers: { 'Content-Type': 'application/json' } });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it("refuses another launch's token", async () => {
    expect(first.server.token).not.toBe(second.server.token);
    const res = await call(
      first,
      'getStoreInfo',
      {},
      {
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${second.server.token}` },
      },
    );
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('answers an unknown method with 404', async () => {
    const res = await call(first, 'dropAllTables', {});
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('answers invalid input with 400 and the validation message', async () => {
    const res = await call(first, 'getArticle', { id: 'seven' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { ok: false; error: { code: string; message: string } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/^getArticle: .*id/s);
  });

  it('maps service errors to their status (missing article → 404)', async () => {
    const res = await call(first, 'getArticle', { id: 999 });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('imports through HTTP into its own store only', async () => {
    const text = '苏州工业园区2024年实现地区生产总值1.2万亿元，同比增长5.1%。';
    const res = await call(first, 'importFiles', {
      files: [{ name: 'note.txt', dataBase64: Buffer.from(text, 'utf8').toString('base64') }],
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ok: true; value: { imported: unknown[] } };
    expect(body.value.imported).toHaveLength(1);
    const other = (await (await call(second, 'getStoreInfo', {})).json()) as { value: { articles: number } };
    expect(other.value.articles).toBe(0);
  });

  it('accepts only POST with a JSON body', async () => {
    const get = await fetch(`http://127.0.0.1:${first.server.port}/api/getStoreInfo`, {
      headers: { Authorization: `Bearer ${first.server.token}` },
    });
    expect(get.status).toBe(405);
    const form = await call(
      first,
      'getStoreInfo',
      {},
      {
        headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${first.server.token}` },
      },
    );
    expect(form.status).toBe(415);
    const broken = await call(first, 'getStoreInfo', {}, { body: '{"oops' });
    expect(broken.status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await call(first, 'getStoreInfo', {}, { body: 'x'.repeat(101 * 1024 * 1024) }).catch(
      (err: unknown) => err,
    );
    // The server may answer 413 and close before the upload finishes; both mean refused.
    if (res instanceof Response) {
      expect(res.status).toBe(413);
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { message: expect.stringMatching(/100 MB/) },
      });
    } else {
      expect(res).toBeInstanceOf(Error);
    }
  });

  it('refuses cross-origin callers and foreign Host headers', async () => {
    const res = await call(
      first,
      'getStoreInfo',
      {},
      {
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${first.server.token}`,
          Origin: 'http://evil.example',
        },
      },
    );
    expect(res.status).toBe(403);
    expect(await rawGet(first.server.port, '/', 'evil.example')).toBe(403);
    expect(await rawGet(first.server.port, '/', `localhost:${first.server.port}`)).toBe(200);
  });

  it('serves the renderer with its content types and security headers', async () => {
    const index = await fetch(`http://127.0.0.1:${first.server.port}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('cache-control')).toBe('no-store');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(index.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(index.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await index.text()).toContain('<title>Tally</title>');
    const script = await fetch(`http://127.0.0.1:${first.server.port}/assets/app.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`http://127.0.0.1:${first.server.port}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses paths that climb out of the renderer folder', async () => {
    for (const p of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/assets',
    ]) {
      expect(await rawGet(first.server.port, p), p).toBe(404);
    }
  });

  it('listens on 127.0.0.1 only', async () => {
    const address = first.server.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4' });
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal);
    if (!external) return; // no non-loopback address on this machine: nothing else to reach
    const outcome = await new Promise<string>((resolve) => {
      const socket = net.connect(first.server.port, external.address);
      socket.setTimeout(2000, () => (socket.destroy(), resolve('timeout')));
      socket.on('connect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? 'error'));
    });
    expect(outcome).not.toBe('connected');
  });
});

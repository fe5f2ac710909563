// Browser mode: the same AppApi as the desktop, carried over HTTP on 127.0.0.1 with a per-launch
// token, plus the built renderer as static files. Plain node:http; every call goes through dispatch.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppApi } from '../shared/api.ts';
import type { ApiResult, ErrorCode } from '../shared/errors.ts';
import { dispatch, HTTP_STATUS } from './dispatch.ts';
import { BodyTooLargeError, readBody } from './server/body.ts';
import { newToken, refuseForeign, tokenMatches } from './server/guard.ts';
import { setSecurityHeaders } from './server/headers.ts';
import { findStaticFile } from './server/static.ts';

export interface ServerOptions {
  api: AppApi;
  rendererDir: string;
  host?: '127.0.0.1';
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one per launch otherwise. */
  token?: string;
}

export interface RunningServer {
  /** The page to open: http://127.0.0.1:PORT/?token=... */
  url: string;
  port: number;
  token: string;
  server: http.Server;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';

function sendJson(res: http.ServerResponse, status: number, body: ApiResult<unknown>): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, code: ErrorCode, message: string): void {
  sendJson(res, status, { ok: false, error: { code, message } });
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  api: AppApi,
  token: string,
  method: string,
): Promise<void> {
  if (!tokenMatches(token, req.headers.authorization)) {
    sendError(res, 401, 'unauthorized', 'Missing or wrong token: open the URL Tally printed at launch.');
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 405, 'invalid_input', 'API calls must use POST');
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    sendError(res, 415, 'invalid_input', 'API calls must send Content-Type: application/json');
    return;
  }
  let input: unknown;
  try {
    const body = await readBody(req);
    input = body.trim() === '' ? undefined : JSON.parse(body);
  } catch (err) {
    if (err instanceof BodyTooLargeError) {
      res.setHeader('Connection', 'close');
      sendError(res, 413, 'invalid_input', err.message);
    } else {
      sendError(res, 400, 'invalid_input', 'Request body is not valid JSON');
    }
    return;
  }
  const result = await dispatch(api, method, input);
  sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
}

async function handleStatic(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  rendererDir: string,
  pathname: string,
) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    res.statusCode = 405;
    res.end();
    return;
  }
  const found = await findStaticFile(rendererDir, pathname);
  if (!found) {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('Not found');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', found.contentType);
  res.setHeader('Content-Length', found.body.length);
  res.setHeader('Cache-Control', found.file.endsWith('.html') ? 'no-store' : 'no-cache');
  res.end(req.method === 'HEAD' ? undefined : found.body);
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const token = opts.token ?? newToken();
  const host = opts.host ?? '127.0.0.1';
  let port = 0;

  const server = http.createServer((req, res) => {
    setSecurityHeaders(res);
    const refused = refuseForeign(req.headers, port);
    if (refused) {
      sendError(res, 403, 'unauthorized', refused);
      return;
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const handled = pathname.startsWith(API_PREFIX)
      ? handleApi(req, res, opts.api, token, pathname.slice(API_PREFIX.length))
      : handleStatic(req, res, opts.rendererDir, pathname);
    handled.catch((err: unknown) => {
      console.error('[tally] request failed:', err);
      if (!res.headersSent) sendError(res, 500, 'internal', 'Internal error');
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}/?token=${token}`,
    port,
    token,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

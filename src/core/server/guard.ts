// Who may talk to the browser-mode server: only pages served by this launch on this machine.
// The token proves the caller saw this launch's URL; the Host and Origin checks stop DNS rebinding
// and cross-site pages from reaching the loopback port.
import crypto from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

export function newToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Constant-time comparison; hashing first hides the expected length as well. */
export function tokenMatches(expected: string, authorization: string | undefined): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization ?? '');
  const given = match?.[1] ?? '';
  const a = crypto.createHash('sha256').update(expected).digest();
  const b = crypto.createHash('sha256').update(given).digest();
  return crypto.timingSafeEqual(a, b) && given.length > 0;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** Why a request is refused before routing, or null when its Host and Origin are ours. */
export function refuseForeign(headers: IncomingHttpHeaders, port: number): string | null {
  const hosts = allowedHosts(port);
  const host = (headers.host ?? '').toLowerCase();
  if (!hosts.includes(host)) return 'Host header is not this local server';
  const origin = headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return 'cross-origin request refused';
  }
  return null;
}

// The parts of the API transport that do not need a window: turning a call function into an
// AppApi, unwrapping ApiResult data into thrown AppErrors, the HTTP call and the URL token.
// Kept apart from api.ts so they can be tested under Node.
import type { AppApi } from '../shared/api.ts';
import { AppError, ERROR_CODES, isErrorData, type ApiResult, type ErrorCode } from '../shared/errors.ts';
import { API_METHODS, type ApiMethod } from '../shared/methods.ts';

export type Call = (method: ApiMethod, input: unknown) => Promise<unknown>;

/** One AppApi whose every method goes through `call`: the method list is the single source. */
export function apiFromCall(call: Call): AppApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) api[method] = (input: unknown) => call(method, input ?? {});
  return api as unknown as AppApi;
}

function errorCode(code: string): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'internal';
}

/** Errors travel as data across the boundary; the UI wants them thrown, with their code intact. */
export function unwrap<T>(result: unknown): T {
  const r = result as ApiResult<T> | null;
  if (r && typeof r === 'object' && r.ok === true) return r.value;
  if (r && typeof r === 'object' && r.ok === false && isErrorData(r.error)) {
    throw new AppError(errorCode(r.error.code), r.error.message);
  }
  throw new AppError('internal', 'malformed response from the back end');
}

export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Browser mode: POST /api/<method> with the input as JSON and the session token as a bearer. */
export function httpCall(token: string | null, fetchImpl: Fetch, base = ''): Call {
  return async (method, input) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetchImpl(`${base}/api/${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch (e) {
      throw new AppError('internal', `cannot reach the Tally server: ${(e as Error).message}`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new AppError(response.status === 401 ? 'unauthorized' : 'internal', `HTTP ${response.status}`);
    }
    return unwrap(body);
  };
}

/**
 * The server hands the session token in the first page URL (?token=...). Returns it and the
 * URL without it, so the token does not linger in the address bar, history or bookmarks.
 */
export function takeToken(href: string): { token: string | null; cleanUrl: string } {
  const url = new URL(href);
  const token = url.searchParams.get('token');
  if (token === null) return { token: null, cleanUrl: href };
  url.searchParams.delete('token');
  return { token: token || null, cleanUrl: url.pathname + url.search + url.hash };
}

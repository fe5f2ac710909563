// The boundary: every call from IPC or HTTP goes through here. It checks the method name against
// the contract and returns errors as data; the service validates each input with its zod schema.
import type { AppApi } from '../shared/api.ts';
import { AppError, type ApiResult, type ErrorCode } from '../shared/errors.ts';
import { isApiMethod } from '../shared/methods.ts';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  not_found: 404,
  unknown_method: 404,
  stale: 409,
  internal: 500,
};

export async function dispatch(api: AppApi, method: string, input: unknown): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return {
      ok: false,
      error: { code: 'unknown_method', message: `Unknown method: ${method.slice(0, 80)}` },
    };
  }
  try {
    const call = api[method] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await call.call(api, input) };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toData() };
    const message = err instanceof Error ? err.message : String(err);
    console.error(`[tally] ${method} failed:`, err);
    return { ok: false, error: { code: 'internal', message } };
  }
}

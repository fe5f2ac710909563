// Wraps an implementation of AppApi so every call is validated by its method's zod schema (and gets
// its defaults) whoever the caller is: IPC, HTTP, the CLI or a test. Validation errors become data.
import { z } from 'zod';
import { apiSchemas, type ApiParsed, type AppApi } from '../shared/api.ts';
import { AppError } from '../shared/errors.ts';
import { API_METHODS, type ApiMethod } from '../shared/methods.ts';

export type ApiImpl = { [K in ApiMethod]: (input: ApiParsed<K>) => ReturnType<AppApi[K]> };

export function validated<Extra extends object>(impl: ApiImpl, extra: Extra): AppApi & Extra {
  const api = { ...extra } as Record<string, unknown>;
  for (const method of API_METHODS) {
    api[method] = async (input: unknown) => {
      const parsed = apiSchemas[method].safeParse(input ?? {});
      if (!parsed.success) {
        throw new AppError('invalid_input', `${method}: ${z.prettifyError(parsed.error)}`);
      }
      return (impl[method] as (input: unknown) => Promise<unknown>)(parsed.data);
    };
  }
  return api as AppApi & Extra;
}

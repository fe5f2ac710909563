// Errors cross process boundaries as data: a code the UI can branch on and a message it can show.

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'stale',
  'unknown_method',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorData {
  code: ErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
  toData(): ErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isErrorData(x: unknown): x is ErrorData {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as ErrorData).code === 'string' &&
    typeof (x as ErrorData).message === 'string'
  );
}

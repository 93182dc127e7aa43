// Errors cross every transport as values, never as thrown objects (the house style learned from Signal Desktop).

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'NOT_SETUP',
  'ALREADY_SETUP',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DB_DAMAGED',
  'DB_TOO_NEW',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure the clerk can read: `message` is Chinese; `fields` maps a form field path (e.g. `villages.2.code`) to its message. */
export type RpcError = {
  code: ErrorCode;
  message: string;
  fields?: Record<string, string>;
};

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export function ok<T>(value: T): RpcResult<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, fields?: Record<string, string>): RpcResult<never> {
  return fields ? { ok: false, error: { code, message, fields } } : { ok: false, error: { code, message } };
}

/** Thrown inside core services and turned into `{ok:false}` by dispatch; never crosses a transport. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

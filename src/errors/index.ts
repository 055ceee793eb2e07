/**
 * The one error taxonomy. Every failure that crosses a boundary (gRPC, HTTP, CLI, the native addon)
 * is an AppError with a stable `code`; exactly one gRPC mapper and one Koa middleware translate it.
 * Unknown errors become INTERNAL and leak nothing.
 */

/** gRPC status numbers (kept here so this module has no dependency on grpc-js). */
export const GrpcStatus = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type GrpcStatusCode = (typeof GrpcStatus)[keyof typeof GrpcStatus];

export interface AppErrorOptions {
  /** HTTP status for the console API; defaults from the kind. */
  httpStatus?: number;
  /** gRPC status for the capture API; defaults from the kind. */
  grpcStatus?: GrpcStatusCode;
  /** Whether the message may be shown to the caller. Internal errors are never exposed. */
  expose?: boolean;
  /** Structured, non-secret details (field, line, offset…). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** Broad kinds; each maps to one HTTP and one gRPC status. */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition'
  | 'exhausted'
  | 'unavailable'
  | 'data_loss'
  | 'internal';

const KIND_STATUS: Record<ErrorKind, { http: number; grpc: GrpcStatusCode; expose: boolean }> = {
  invalid: { http: 400, grpc: GrpcStatus.INVALID_ARGUMENT, expose: true },
  unauthenticated: { http: 401, grpc: GrpcStatus.UNAUTHENTICATED, expose: true },
  forbidden: { http: 403, grpc: GrpcStatus.PERMISSION_DENIED, expose: true },
  not_found: { http: 404, grpc: GrpcStatus.NOT_FOUND, expose: true },
  conflict: { http: 409, grpc: GrpcStatus.ALREADY_EXISTS, expose: true },
  precondition: { http: 412, grpc: GrpcStatus.FAILED_PRECONDITION, expose: true },
  exhausted: { http: 429, grpc: GrpcStatus.RESOURCE_EXHAUSTED, expose: true },
  unavailable: { http: 503, grpc: GrpcStatus.UNAVAILABLE, expose: true },
  data_loss: { http: 500, grpc: GrpcStatus.DATA_LOSS, expose: true },
  internal: { http: 500, grpc: GrpcStatus.INTERNAL, expose: false },
};

export class AppError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly httpStatus: number;
  readonly grpcStatus: GrpcStatusCode;
  readonly expose: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(kind: ErrorKind, code: string, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const defaults = KIND_STATUS[kind];
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.httpStatus = options.httpStatus ?? defaults.http;
    this.grpcStatus = options.grpcStatus ?? defaults.grpc;
    this.expose = options.expose ?? defaults.expose;
    this.details = options.details;
  }

  toJSON(): { code: string; message: string; details?: Record<string, unknown> } {
    return this.expose
      ? { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) }
      : { code: 'ERR_INTERNAL', message: 'Internal error' };
  }
}

/** "Expected X for Y but received Z" — the house style for validation messages. */
export function invalid(code: string, expected: string, what: string, received: unknown, details?: Record<string, unknown>): AppError {
  return new AppError('invalid', code, `Expected ${expected} for ${what} but received ${describe(received)}`, { details });
}

export function notFound(code: string, what: string, id: string): AppError {
  return new AppError('not_found', code, `No ${what} with id ${JSON.stringify(id)}`);
}

export function forbidden(code = 'ERR_FORBIDDEN', message = 'You are not allowed to do this'): AppError {
  return new AppError('forbidden', code, message);
}

/** Normalises anything thrown into an AppError; unknown errors become an unexposed INTERNAL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : 'ERR_INTERNAL';
  return new AppError('internal', code, error instanceof Error ? error.message : String(error), { cause: error });
}

export function isAppError(error: unknown, code?: string): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Buffer.isBuffer(value)) return `${value.length} bytes`;
  if (typeof value === 'string') return value.length > 60 ? `a ${value.length}-character string` : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value;
}

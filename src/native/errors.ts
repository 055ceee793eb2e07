/**
 * Native errors cross the boundary as plain Errors with a `code` (ERR_RECORDER_BAD_ARG, ERR_AEAD_AUTH…).
 * This maps them to AppError kinds and re-attaches the caller's stack (async work has none of its own).
 */
import { AppError } from '../errors/index.js';
import type { ErrorKind } from '../errors/index.js';

const KIND_BY_SUFFIX: [RegExp, ErrorKind][] = [
  [/_BAD_ARG$|_BAD_INPUT$|_TOO_LARGE$|_BAD_FORMAT$|_RANGE$/, 'invalid'],
  [/_UNKNOWN_SESSION$|_NOT_FOUND$/, 'not_found'],
  [/_CLOSED$|_BUSY$|_FINISHED$/, 'precondition'],
  [/^ERR_AEAD_|^ERR_OGG_|_CORRUPT$|_TRUNCATED$/, 'data_loss'],
  [/NOT_IMPLEMENTED|NOT_BUILT/, 'unavailable'],
];

function kindOf(code: string): ErrorKind {
  for (const [re, kind] of KIND_BY_SUFFIX) if (re.test(code)) return kind;
  return 'internal';
}

/** Converts a native error into an AppError; `site` carries the caller's stack captured before the await. */
export function fromNative(error: unknown, site?: Error): AppError {
  if (error instanceof AppError) return error;
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e?.code === 'string' && e.code.startsWith('ERR_') ? e.code : 'ERR_NATIVE_INTERNAL';
  const message = typeof e?.message === 'string' ? e.message : String(error);
  const app = new AppError(kindOf(code), code, message, { cause: error });
  if (site?.stack) app.stack = `AppError: ${message}\n${site.stack.split('\n').slice(1).join('\n')}`;
  return app;
}

/** Runs an async native call, rethrowing failures as AppError with the caller's stack. */
export async function callNative<T>(run: () => Promise<T>): Promise<T> {
  const site = new Error();
  try {
    return await run();
  } catch (error) {
    throw fromNative(error, site);
  }
}

/** Same for synchronous native calls. */
export function callNativeSync<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw fromNative(error);
  }
}

export function notImplemented(what: string): AppError {
  return new AppError('unavailable', 'ERR_NOT_IMPLEMENTED', `${what} is not implemented yet`);
}

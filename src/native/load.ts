/** The only place that loads the compiled addon. */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { AppError } from '../errors/index.js';

const require = createRequire(import.meta.url);

function projectRoot(): string {
  // dist/src/native/load.js or src/native/load.ts → project root is three or two levels up.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    dir = path.dirname(dir);
  }
  throw new AppError('internal', 'ERR_NATIVE_NOT_FOUND', 'Could not locate the callvault project root');
}

let cached: unknown;
/** Loads build/Release/callvault_native.node once; a missing build gives ERR_NATIVE_NOT_BUILT. */
export function loadAddon<T>(): T {
  if (cached) return cached as T;
  const file = path.join(projectRoot(), 'build', 'Release', 'callvault_native.node');
  if (!existsSync(file)) {
    throw new AppError('unavailable', 'ERR_NATIVE_NOT_BUILT', `Expected the native addon at ${file} but it is missing; run npm run build:native`);
  }
  cached = require(file);
  return cached as T;
}

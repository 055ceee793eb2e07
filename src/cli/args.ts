/** Flag parsing shared by the commands (node:util parseArgs, strict: unknown flags are errors). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../errors/index.js';

export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new AppError('invalid', 'ERR_CLI_ARGS', `${(error as Error).message}\nusage: ${usage}`);
  }
}

export function intFlag(value: string | undefined, name: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected an integer ${min}..${max} for --${name} but received ${JSON.stringify(value)}`);
  return n;
}

/** "2026-11-24" or "2026-11-24T10:00" or epoch ms → epoch ms. */
export function timeFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  if (!Number.isFinite(n)) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected a date (ISO 8601) or epoch ms for --${name} but received ${JSON.stringify(value)}`);
  return n;
}

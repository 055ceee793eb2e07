/**
 * The rule pack in force for on-the-fly evaluation (transcript highlighting when no analysis result
 * exists): the configured rules file when it parses, else the built-in bank pack. Cached by the
 * file's modification time so a saved edit takes effect at the next request.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { defaultRulePack, parseRulePack, type RulePack } from '../rules/index.js';
import { createLogger } from '../trace/index.js';
import type { ConsoleServices } from './context.js';

const log = createLogger('console');
let cached: { path: string; mtimeMs: number; pack: RulePack } | undefined;

export async function currentRulePack(s: ConsoleServices): Promise<RulePack> {
  const path = s.deps.rulesPath ?? join(s.deps.dataDir, 'rules.json');
  const st = await stat(path).catch(() => undefined);
  if (!st) return defaultRulePack();
  if (cached && cached.path === path && cached.mtimeMs === st.mtimeMs) return cached.pack;
  let pack: RulePack;
  try {
    pack = parseRulePack(await readFile(path, 'utf8'), path);
  } catch (error) {
    log.warn('rules file does not parse; highlighting with the built-in pack', { path, message: (error as Error).message });
    pack = defaultRulePack();
  }
  cached = { path, mtimeMs: st.mtimeMs, pack };
  return pack;
}

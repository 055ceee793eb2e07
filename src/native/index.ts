/**
 * The TypeScript face of the native audio core. Everything else imports the addon through here.
 */
import { loadAddon } from './load.js';

interface AddonBase {
  opusVersion: string;
}

/** The libopus version the addon is linked against. */
export function opusVersion(): string {
  return loadAddon<AddonBase>().opusVersion;
}

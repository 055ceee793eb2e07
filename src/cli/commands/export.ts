/**
 * `callvault export <callId>`: the call's decrypted Ogg Opus and its metadata JSON. Like a console
 * download it leaves the appliance in clear, so it is written to the audit chain first (actor "cli",
 * the OS user in the details): no audit event, no export.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { auditLogFor } from '../../audit/index.js';
import { AppError } from '../../errors/index.js';
import { loadConfig } from '../../config/index.js';
import { decryptToOgg } from '../../native/index.js';
import { parseFlags } from '../args.js';
import type { Command } from '../registry.js';
import { openConfiguredStore } from '../runtime.js';

const usage = 'callvault export CALL_ID [--out DIR] [--config FILE]';

export const exportCommand: Command = {
  name: 'export',
  summary: "write a call's decrypted Ogg/Opus audio and metadata JSON",
  usage,
  async run(argv, io) {
    const { values: v, positionals } = parseFlags(argv, { out: { type: 'string' }, config: { type: 'string' } }, usage);
    const id = positionals[0];
    if (!id) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected a call id\nusage: ${usage}`);
    const config = await loadConfig(v.config ?? process.env.CALLVAULT_CONFIG ?? demoConfigPath());
    const store = await openConfiguredStore(config);
    try {
      const out = v.out ?? process.cwd();
      await mkdir(out, { recursive: true });
      const call = await store.getCall(id);
      const withAudio = call.recording !== undefined && !call.shredded;
      await (await auditLogFor(store)).append({
        type: 'export', actor: 'cli', target: `call:${id}`,
        details: { via: 'cli', osUser: osUser(), out: resolve(out), variant: 'original', audio: withAudio },
      });
      await writeFile(join(out, `${id}.json`), JSON.stringify(call, null, 2) + '\n');
      if (withAudio) {
        const rec = await store.readRecording(id);
        const ogg = await decryptToOgg(rec.bytes, rec.dataKey, rec.recordingId, { allowTruncated: call.state !== 'completed' });
        await writeFile(join(out, `${id}.ogg`), ogg.ogg);
        io.out(`exported ${id}.ogg (${ogg.ogg.length} bytes${ogg.complete ? '' : ', truncated by a crash'}) and ${id}.json to ${out}`);
      } else io.out(`exported ${id}.json (no audio: ${call.shredded ? 'shredded' : call.state})`);
      return 0;
    } finally {
      await store.close();
    }
  },
};

/** The OS account running the CLI, for audit events (actor "cli" says only which tool). */
export function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return `uid:${process.getuid?.() ?? 'unknown'}`;
  }
}

/** Commands that read the store default to the demo's config when none is given. */
export function demoConfigPath(): string | undefined {
  return join(process.cwd(), '.callvault', 'config.json');
}

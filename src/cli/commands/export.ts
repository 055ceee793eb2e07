/** `callvault export <callId>`: the call's decrypted Ogg Opus and its metadata JSON. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
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
      await writeFile(join(out, `${id}.json`), JSON.stringify(call, null, 2) + '\n');
      if (call.recording && !call.shredded) {
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

/** Commands that read the store default to the demo's config when none is given. */
export function demoConfigPath(): string | undefined {
  return join(process.cwd(), '.callvault', 'config.json');
}

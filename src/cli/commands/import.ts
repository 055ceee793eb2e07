/**
 * `callvault import`: migrates WAV files from an old recorder. Each FILE.wav needs FILE.json
 * (metadata sidecar). Stereo files: left = agent, right = customer; mono files go to the leg the
 * sidecar names (default agent) and the other leg is silent. Audio passes through the same record
 * engine as live calls (encrypted Ogg/Opus), so imported calls play and analyse like any other.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../errors/index.js';
import { loadConfig } from '../../config/index.js';
import type { Leg } from '../../model/index.js';
import { RecordEngine, type FrameIn } from '../../native/index.js';
import type { RecordingStore } from '../../storage/index.js';
import { parseFlags } from '../args.js';
import type { Command } from '../registry.js';
import { openConfiguredStore } from '../runtime.js';
import { parseWav } from '../wav.js';
import { demoConfigPath } from './export.js';

const usage = 'callvault import FILE.wav... [--config FILE]   (metadata in FILE.json beside each file)';
const MAX_WAV_BYTES = 512 << 20;

const time = z.union([z.number().int().nonnegative(), z.string().datetime({ offset: true }).transform((s) => Date.parse(s))]);
const sidecarSchema = z
  .object({
    pbxCallId: z.string().min(1).max(128),
    startedAt: time,
    agentId: z.string().max(64).default(''),
    team: z.string().max(64).default(''),
    queue: z.string().max(64).default(''),
    caller: z.string().max(32).default(''),
    callee: z.string().max(32).default(''),
    direction: z.enum(['inbound', 'outbound', 'internal']).default('inbound'),
    tags: z.array(z.string().min(1).max(64)).max(32).default([]),
    channelId: z.string().max(64).default('import'),
    monoLeg: z.enum(['agent', 'customer']).default('agent'),
    legalHold: z.boolean().default(false),
  })
  .strict();

async function importOne(store: RecordingStore, engine: RecordEngine, site: string, file: string): Promise<string> {
  const sidecarPath = file.replace(/\.wav$/i, '') + '.json';
  let sidecarJson: unknown;
  try {
    sidecarJson = JSON.parse(await readFile(sidecarPath, 'utf8'));
  } catch (error) {
    throw new AppError('invalid', 'ERR_IMPORT_SIDECAR', `Expected metadata JSON at ${sidecarPath} but ${(error as Error).message}`);
  }
  const parsed = sidecarSchema.safeParse(sidecarJson);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new AppError('invalid', 'ERR_IMPORT_SIDECAR', `${sidecarPath}: ${i?.path.map(String).join('.') || '(root)'}: ${i?.message ?? 'invalid'}`);
  }
  const meta = parsed.data;
  const buf = await readFile(file);
  if (buf.length > MAX_WAV_BYTES) throw new AppError('invalid', 'ERR_WAV_TOO_LARGE', `Expected at most ${MAX_WAV_BYTES} bytes for ${file} but received ${buf.length}`);
  const wav = parseWav(buf);
  const frameMs = 20;
  const frameBytes = ((wav.sampleRate * frameMs) / 1000) * (wav.codec === 'l16' ? 2 : 1);
  const silence = Buffer.alloc(frameBytes, wav.codec === 'pcmu' ? 0xff : wav.codec === 'pcma' ? 0xd5 : 0);
  const legs: Record<Leg, Buffer | undefined> = wav.channels === 2 ? { agent: wav.legs[0], customer: wav.legs[1] } : { agent: meta.monoLeg === 'agent' ? wav.legs[0] : undefined, customer: meta.monoLeg === 'customer' ? wav.legs[0] : undefined };
  const { call, dataKey, writer } = await store.createRecording({
    site, bridgeId: 'import', channelId: meta.channelId, pbxCallId: meta.pbxCallId, direction: meta.direction, caller: meta.caller, callee: meta.callee,
    agentId: meta.agentId, team: meta.team, queue: meta.queue, tags: [...meta.tags, 'imported'], startedAt: meta.startedAt, answeredAt: meta.startedAt, legalHold: meta.legalHold,
  });
  const opened = engine.open({ recordingId: call.id, dataKey, codec: wav.codec, sampleRate: wav.sampleRate, frameMs, features: true });
  writer.append(opened.header, 0);
  const frames = Math.floor((legs.agent ?? legs.customer)!.length / frameBytes);
  try {
    for (let start = 0; start < frames; start += 50) {
      const batch: FrameIn[] = [];
      for (let i = start; i < Math.min(frames, start + 50); i++) {
        for (const leg of ['agent', 'customer'] as const) {
          const src = legs[leg];
          batch.push({ session: opened.session, leg, seq: i, payload: src ? src.subarray(i * frameBytes, (i + 1) * frameBytes) : silence });
        }
      }
      for (const r of await engine.push(batch)) if (r.bytes.length) writer.append(r.bytes, r.durationMs);
    }
    const done = await engine.finish(opened.session);
    await writer.finish(done.bytes, { state: 'completed', endedAt: meta.startedAt + done.summary.durationMs, durationMs: done.summary.durationMs });
  } catch (error) {
    await writer.finish(null, { state: 'interrupted' }).catch(() => undefined);
    throw error;
  }
  return call.id;
}

export const importCommand: Command = {
  name: 'import',
  summary: 'import WAV recordings (PCM/μ-law/A-law) with JSON metadata sidecars',
  usage,
  async run(argv, io) {
    const { values: v, positionals } = parseFlags(argv, { config: { type: 'string' } }, usage);
    if (positionals.length === 0) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected at least one WAV file\nusage: ${usage}`);
    const config = await loadConfig(v.config ?? process.env.CALLVAULT_CONFIG ?? demoConfigPath());
    const store = await openConfiguredStore(config);
    const engine = new RecordEngine();
    let failed = 0;
    try {
      for (const file of positionals) {
        try {
          io.out(`imported ${file} → ${await importOne(store, engine, config.siteId, file)}`);
        } catch (error) {
          failed++;
          const e = error as { code?: string; message?: string };
          io.err(`failed ${file}: ${e.code ?? 'ERR_IMPORT'}: ${e.message}`);
        }
      }
    } finally {
      await engine.close().catch(() => undefined);
      await store.close();
    }
    return failed === 0 ? 0 : 1;
  },
};

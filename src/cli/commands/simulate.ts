/** `callvault simulate`: a card bridge generating N concurrent calls against an appliance. */
import { join } from 'node:path';
import type { Codec } from '../../model/index.js';
import { runSimulator, type ClientTls } from '../../simulator/index.js';
import { AppError } from '../../errors/index.js';
import { intFlag, parseFlags } from '../args.js';
import type { Command } from '../registry.js';

const usage = 'callvault simulate --target HOST:PORT [--calls N] [--duration S] [--run-seconds S] [--tick-ms MS] [--codec pcmu|pcma|l16] [--language en|zh|mixed] [--ca FILE [--cert FILE --key FILE] [--server-name NAME]] [--site ID] [--bridge ID] [--no-transcripts] [--no-extras] [--cache DIR] [--json]';

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'simulate a telephony-card bridge with N concurrent calls over gRPC',
  usage,
  async run(argv, io) {
    const { values: v } = parseFlags(argv, {
      target: { type: 'string' }, calls: { type: 'string' }, duration: { type: 'string' }, 'run-seconds': { type: 'string' },
      'tick-ms': { type: 'string' }, codec: { type: 'string' }, language: { type: 'string' }, ca: { type: 'string' },
      cert: { type: 'string' }, key: { type: 'string' }, 'server-name': { type: 'string' }, site: { type: 'string' },
      bridge: { type: 'string' }, 'no-transcripts': { type: 'boolean' }, 'no-extras': { type: 'boolean' }, cache: { type: 'string' },
      json: { type: 'boolean' }, seed: { type: 'string' },
    }, usage);
    if (!v.target) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected --target HOST:PORT\nusage: ${usage}`);
    const codec = (v.codec ?? 'pcmu') as Codec;
    if (!['pcmu', 'pcma', 'l16'].includes(codec)) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected pcmu, pcma or l16 for --codec but received ${JSON.stringify(v.codec)}`);
    const language = (v.language ?? 'mixed') as 'en' | 'zh' | 'mixed';
    if (!['en', 'zh', 'mixed'].includes(language)) throw new AppError('invalid', 'ERR_CLI_ARGS', `Expected en, zh or mixed for --language but received ${JSON.stringify(v.language)}`);
    const tls: ClientTls | undefined = v.ca ? { caPath: v.ca, ...(v.cert ? { certPath: v.cert } : {}), ...(v.key ? { keyPath: v.key } : {}), ...(v['server-name'] ? { serverName: v['server-name'] } : {}) } : undefined;
    const ac = new AbortController();
    const stop = () => ac.abort();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    const runSeconds = v['run-seconds'] ? intFlag(v['run-seconds'], 'run-seconds', 1, 86400 * 30, 60) : undefined;
    const res = await runSimulator({
      target: v.target, codec, language,
      calls: intFlag(v.calls, 'calls', 1, 5000, 4),
      durationS: intFlag(v.duration, 'duration', 1, 86400, 20),
      ...(runSeconds ? { runSeconds } : {}),
      tickMs: intFlag(v['tick-ms'], 'tick-ms', 20, 200, 100),
      ...(tls ? { tls } : {}),
      site: v.site ?? 'demo', bridgeId: v.bridge ?? 'sim-1',
      transcripts: !v['no-transcripts'], extras: !v['no-extras'],
      cacheDir: v.cache ?? join(process.cwd(), '.callvault', 'speech-cache'),
      seed: intFlag(v.seed, 'seed', 0, 2 ** 31, 1),
      signal: ac.signal,
    });
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    const errorCodes: Record<string, number> = {};
    for (const e of res.errors) errorCodes[e.code] = (errorCodes[e.code] ?? 0) + 1;
    const summary = { event: 'simulated', ticks: res.ticksSent, frames_sent: res.framesSent, calls_started: res.callsStarted, calls_completed: res.callsCompleted, ticks_behind: res.ticksBehind, errors: errorCodes, alerts: res.alerts.length, last_ack: res.lastAck, status: res.status ?? null };
    io.out(v.json ? JSON.stringify(summary) : `simulated ${res.callsCompleted} call(s), ${res.framesSent} frames, ${res.errors.length} channel error(s), ${res.alerts.length} alert(s)`);
    return res.status && res.status.code !== 0 && res.status.code !== 1 ? 1 : 0;
  },
};

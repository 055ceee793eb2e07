/**
 * Core benchmark: channels per core of the full record path vs bare libopus, measured in one run.
 *
 *   npm run bench:core -- [--calls 40] [--seconds 20] [--runs 3] [--json]
 *
 * Definitions
 * - channel = one leg (mono 8 kHz). A call = 2 channels, recorded as two uncoupled mono Opus streams
 *   in one Ogg stream (mapping family 1).
 * - N (channels_per_core) = channel-seconds of audio / CPU seconds of the whole process (main thread +
 *   libuv pool, via process.cpuUsage) for the record path through the TS wrapper: μ-law 8 kHz, 20 ms
 *   frames, pushed in 200 ms ticks carrying every call's frames (one push per tick), timeline →
 *   G.711 decode → VAD + features per leg → Opus 16 kb/s per call complexity 5 → Ogg → AES-256-GCM.
 * - M (opus_only_channels_per_core) = the same decoded stereo audio, same encoder settings, one
 *   opus_encode per 20 ms stereo frame and nothing else (thread CPU time, native loop).
 * - ratio = N / M. Each figure is the median of --runs runs; runs alternate record and baseline.
 */
import { RecordEngine, opusOnlyBench } from '../src/native/index.js';
import { encodeUlaw, speechLike, toFrames } from '../src/native/test-support.js';
import type { FrameIn } from '../src/native/index.js';

interface Args {
  calls: number;
  seconds: number;
  runs: number;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { calls: 40, seconds: 20, runs: 3, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => Number(argv[++i]);
    if (a === '--json') args.json = true;
    else if (a === '--calls') args.calls = next();
    else if (a === '--seconds') args.seconds = next();
    else if (a === '--runs') args.runs = next();
  }
  return args;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

const TICK_FRAMES = 10; // 200 ms of 20 ms frames per leg per push
const FRAME_BYTES = 160;

async function recordRun(calls: number, agent: Buffer, customer: Buffer): Promise<{ cpuSeconds: number; bytes: number; speech: number }> {
  const engine = new RecordEngine();
  const key = Buffer.alloc(32, 7);
  const sessions: number[] = [];
  for (let c = 0; c < calls; c++) {
    sessions.push(engine.open({ recordingId: `bench-${c}`, dataKey: key, codec: 'pcmu', sampleRate: 8000, opusBitrate: 16000, complexity: 5 }).session);
  }
  // Frames exist before the clock starts: they are the input, as decoded from the capture stream.
  const perCall = sessions.map((s, c) => ({
    agent: toFrames(s, 'agent', agent, FRAME_BYTES, c * 1000),
    customer: toFrames(s, 'customer', customer, FRAME_BYTES, c * 7000 + 65000),
  }));
  const totalFrames = Math.floor(agent.length / FRAME_BYTES);
  let bytes = 0;
  let speech = 0;
  const start = process.cpuUsage();
  for (let f = 0; f < totalFrames; f += TICK_FRAMES) {
    const batch: FrameIn[] = [];
    for (const legs of perCall) {
      for (let k = f; k < Math.min(f + TICK_FRAMES, totalFrames); k++) {
        batch.push(legs.agent[k] as FrameIn, legs.customer[k] as FrameIn);
      }
    }
    const results = await engine.push(batch);
    for (const r of results) {
      bytes += r.bytes.length;
      speech += r.speech.length;
    }
  }
  const finals = await Promise.all(sessions.map((s) => engine.finish(s)));
  for (const f of finals) bytes += f.bytes.length;
  const used = process.cpuUsage(start);
  await engine.close();
  return { cpuSeconds: (used.user + used.system) / 1e6, bytes, speech };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const ms = args.seconds * 1000;
  const agent = encodeUlaw(speechLike(ms, 140, 8000, 1));
  const customer = encodeUlaw(speechLike(ms + 700, 220, 8000, 2).subarray(5600));
  if (customer.length !== agent.length) throw new Error("bench audio lengths differ");
  const channelSeconds = args.calls * 2 * args.seconds;
  const n: number[] = [];
  const m: number[] = [];
  let lastBytes = 0;
  for (let r = 0; r < args.runs; r++) {
    const rec = await recordRun(args.calls, agent, customer);
    n.push(channelSeconds / rec.cpuSeconds);
    lastBytes = rec.bytes;
    const base = opusOnlyBench(agent, customer, args.calls, { bitrate: 16000, complexity: 5 });
    m.push((base.channels * base.audioSeconds) / base.cpuSeconds);
    if (!args.json) {
      console.log(`run ${r + 1}: record ${n[r]?.toFixed(0)} ch/core (${rec.cpuSeconds.toFixed(2)} s CPU), opus-only ${m[r]?.toFixed(0)} ch/core`);
    }
  }
  const N = median(n);
  const M = median(m);
  const result = {
    channels_per_core: Math.round(N),
    opus_only_channels_per_core: Math.round(M),
    ratio: Number((N / M).toFixed(3)),
    runs: args.runs,
    calls: args.calls,
    seconds_per_call: args.seconds,
    channel_definition: 'one leg (mono 8 kHz); a call is 2 channels encoded as two uncoupled mono Opus streams (one multistream encoder) in both paths',
    record_runs: n.map((x) => Math.round(x)),
    opus_only_runs: m.map((x) => Math.round(x)),
    kbps_per_call: Number(((lastBytes * 8) / args.seconds / args.calls / 1000).toFixed(1)),
  };
  if (!args.json) console.log(`median: record ${result.channels_per_core} ch/core, opus-only ${result.opus_only_channels_per_core}, ratio ${result.ratio}`);
  console.log(JSON.stringify(result));
}

await main();

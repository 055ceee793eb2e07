/**
 * Ingest benchmark: `callvault serve` and `callvault simulate` as two child processes talking gRPC
 * on loopback; N channels (N/2 two-leg calls) for S seconds through the full record path.
 * Prints a summary and, with --json, a last line
 * {"channels","seconds","lost_frames","late_frames","cpu_ms_per_channel_second","rss_mb",…}.
 * Server CPU/RSS come from /proc of the serve process over the simulation window. Baseline (same
 * run): the record engine alone on the same audio; overhead_ratio = capture CPU / engine-alone CPU.
 * lost = frames sent but never received + frames the engine had to fill (gaps);
 * late = frames whose tick arrived more than 300 ms after its end (the jitter budget) + engine-late.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
const bin = join(root, 'bin', 'callvault.js');
const { values } = parseArgs({ options: { channels: { type: 'string' }, seconds: { type: 'string' }, 'tick-ms': { type: 'string' }, json: { type: 'boolean' }, 'no-features': { type: 'boolean' }, 'min-complexity': { type: 'string' } } });
const channels = Number(values.channels ?? 400);
const seconds = Number(values.seconds ?? 60);
const tickMs = Number(values['tick-ms'] ?? 100);
const calls = Math.ceil(channels / 2);
const CLK_TCK = 100;

function procCpuMs(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK; // utime + stime (fields 14, 15)
}
function procRssMb(pid: number, field = 'VmHWM'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

function jsonLines(child: ChildProcess, onLine: (o: Record<string, unknown>) => void): void {
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      try {
        onLine(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // not JSON
      }
    }
  });
}

/**
 * Baseline measured in the same run: the record engine alone (no gRPC, no storage), same audio and
 * settings, pushed in 100 ms batches as fast as it goes. CPU ms per channel-second (leg-second).
 */
async function engineBaseline(features: boolean): Promise<number> {
  const { RecordEngine } = await import('../src/native/index.js');
  const { loadSpeechBank, encodeBank, Conversation, rng } = await import('../src/simulator/index.js');
  const bank = encodeBank(await loadSpeechBank(join(root, '.callvault', 'speech-cache')), 'pcmu');
  const engine = new RecordEngine();
  const sessions = 40, seconds = 10;
  // Same conversations as the simulator (turns and silences), so the audio costs the same to encode.
  const calls = Array.from({ length: sessions }, (_, i) => ({
    session: engine.open({ recordingId: `b${i}`, dataKey: Buffer.alloc(32, i), codec: 'pcmu', sampleRate: 8000, features }).session,
    conv: new Conversation(bank, 'en', 'pcmu', rng(i + 1)),
  }));
  const ids = calls.map((c) => c.session);
  const before = process.cpuUsage();
  for (let t = 0; t < seconds * 10; t++) {
    const frames = [];
    for (const c of calls) {
      const { agent, customer } = c.conv.next(800);
      for (let f = 0; f < 5; f++) {
        const seq = t * 5 + f;
        frames.push({ session: c.session, leg: 'agent' as const, seq, payload: agent.subarray(f * 160, (f + 1) * 160) });
        frames.push({ session: c.session, leg: 'customer' as const, seq, payload: customer.subarray(f * 160, (f + 1) * 160) });
      }
    }
    await engine.push(frames);
  }
  for (const session of ids) await engine.finish(session);
  const used = process.cpuUsage(before);
  await engine.close();
  return (used.user + used.system) / 1000 / (sessions * 2 * seconds);
}

async function main(): Promise<void> {
  const baseline = await engineBaseline(!values['no-features']);
  const dir = await mkdtemp(join(tmpdir(), 'cv-bench-ingest-'));
  const cfg = join(dir, 'config.json');
  await writeFile(cfg, JSON.stringify({
    siteId: 'bench', bridgeId: 'sim-1', demoSpans: Math.max(1, Math.ceil(calls / 30)), dataDirs: [{ id: 'd1', path: 'data' }],
    dbPath: 'db', keyFile: 'kek.json', grpc: { host: '127.0.0.1', port: 0, insecure: true }, console: { enabled: false },
    capture: { features: !values['no-features'], ...(values['min-complexity'] ? { minOpusComplexity: Number(values['min-complexity']) } : {}) },
  }));
  const serve = spawn(process.execPath, [bin, 'serve', '--config', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  let serveErr = '';
  serve.stderr!.on('data', (d: Buffer) => (serveErr = (serveErr + d.toString()).slice(-4000)));
  let stats: Record<string, number> | undefined;
  const target = await new Promise<string>((resolve, reject) => {
    jsonLines(serve, (o) => {
      if (o.event === 'listening') resolve(String(o.grpc));
      if (o.event === 'stats') stats = o as Record<string, number>;
    });
    serve.on('exit', (code) => reject(new Error(`serve exited (${code}): ${serveErr}`)));
  });
  const cpu0 = procCpuMs(serve.pid!);
  const t0 = performance.now();
  const sim = spawn(process.execPath, [bin, 'simulate', '--target', target, '--site', 'bench', '--calls', String(calls), '--duration', String(seconds), '--tick-ms', String(tickMs), '--no-transcripts', '--no-extras', '--language', 'en', '--cache', join(root, '.callvault', 'speech-cache'), '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let simResult: Record<string, unknown> | undefined;
  jsonLines(sim, (o) => (o.event === 'simulated' ? (simResult = o) : undefined));
  let rssMax = 0;
  let simCpuMs = 0;
  const rssTimer = setInterval(() => {
    rssMax = Math.max(rssMax, procRssMb(serve.pid!, 'VmRSS'));
    try {
      simCpuMs = procCpuMs(sim.pid!);
    } catch {
      // the simulator has exited; keep its last sample
    }
  }, 1000);
  const simCode = await new Promise<number>((resolve) => sim.on('exit', (code) => resolve(code ?? 1)));
  const wallS = (performance.now() - t0) / 1000;
  const cpuMs = procCpuMs(serve.pid!) - cpu0;
  clearInterval(rssTimer);
  serve.kill('SIGTERM');
  await new Promise((resolve) => serve.on('exit', resolve));
  await rm(dir, { recursive: true, force: true });
  if (!simResult || !stats) throw new Error(`bench failed: simulator exit ${simCode}, stats ${stats ? 'ok' : 'missing'}\n${serveErr}`);
  const sent = Number(simResult.frames_sent);
  const lost = Math.max(0, sent - stats.framesReceived!) + stats.gapFrames!;
  const out = {
    channels: calls * 2,
    seconds,
    lost_frames: lost,
    late_frames: stats.lateFrames!,
    late_ratio: sent > 0 ? stats.lateFrames! / sent : 0,
    cpu_ms_per_channel_second: cpuMs / (calls * 2 * seconds),
    engine_only_cpu_ms_per_channel_second: baseline,
    overhead_ratio: cpuMs / (calls * 2 * seconds) / baseline,
    rss_mb: Math.round(rssMax),
    server_cpu_cores: cpuMs / 1000 / wallS,
    frames_sent: sent,
    frames_received: stats.framesReceived,
    frames_rejected: stats.framesRejected,
    channel_errors: stats.channelErrors,
    calls_completed: stats.callsCompleted,
    push_ms_mean: Math.round(stats.pushMsMean! * 10) / 10,
    push_ms_max: Math.round(stats.pushMsMax!),
    // Load shedding: the Opus complexity in force at the end and how often it changed.
    opus_complexity_end: stats.opusComplexity,
    effort_changes: stats.effortChanges,
    ticks_behind_on_simulator: simResult.ticks_behind,
    channel_error_codes: simResult.errors,
    wall_seconds: Math.round(wallS * 10) / 10,
    simulator_cpu_ms_per_channel_second: simCpuMs / (calls * 2 * seconds),
  };
  console.log(`ingest: ${out.channels} channels × ${seconds} s: lost ${lost}, late ${out.late_frames} (${(out.late_ratio * 100).toFixed(3)}%), ` +
    `server ${out.cpu_ms_per_channel_second.toFixed(2)} ms CPU per channel-second (${out.server_cpu_cores.toFixed(2)} cores), RSS ${out.rss_mb} MB; engine alone ${baseline.toFixed(2)} ms → capture/engine ratio ${out.overhead_ratio.toFixed(2)}; push mean ${out.push_ms_mean} ms max ${out.push_ms_max} ms; Opus complexity at the end ${out.opus_complexity_end} (${out.effort_changes} changes)`);
  if (values.json) console.log(JSON.stringify(out));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

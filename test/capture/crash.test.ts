/**
 * Crash safety end to end: `callvault serve` as a child process records 50 simulated calls, is
 * killed with SIGKILL, and restarted (recovery runs at open). Every call that started before the
 * kill is present, marked interrupted, and decodes up to at most ~1 s before the kill.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeRecording } from '../../src/native/index.js';
import { openStore } from '../../src/storage/index.js';
import { runSimulator } from '../../src/simulator/index.js';
import { sleep } from './harness.js';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const CALLS = 50;
/** What a crash may cost: the open AEAD chunk (500 ms) + group commit (100 ms) + batching, with margin for a loaded machine. */
const MAX_LOSS_MS = 1200;

function startServe(config: string): Promise<{ child: ChildProcess; target: string }> {
  const child = spawn(process.execPath, [join(root, 'bin', 'callvault.js'), 'serve', '--config', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-3000)));
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /"event":"listening","grpc":"([^"]+)"/.exec(buf);
      if (m) resolve({ child, target: m[1]! });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

test('kill -9 during 50 calls: every call is present, interrupted and playable up to ~1 s before the kill', { timeout: 120_000 }, async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-crash-'));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({
    siteId: 'demo', dataDirs: [{ id: 'd1', path: 'data' }], dbPath: 'db', keyFile: 'kek.json', fsyncIntervalMs: 100,
    grpc: { host: '127.0.0.1', port: 0, insecure: true }, console: { enabled: false }, capture: { features: false },
  }));
  try {
    const first = await startServe(config);
    const started = new Map<string, string>();
    const ac = new AbortController();
    const sim = runSimulator({
      target: first.target, calls: CALLS, durationS: 120, tickMs: 100, cacheDir: join(root, '.callvault', 'speech-cache'),
      extras: false, transcripts: false, signal: ac.signal, rampMs: 1000,
      onMessage: (m) => {
        if (m.body?.$case === 'callStarted') started.set(m.body.value.callId, m.body.value.recordingId);
      },
    }).catch((error: unknown) => error);
    for (let i = 0; i < 100 && started.size < CALLS; i++) await sleep(100);
    assert.equal(started.size, CALLS, 'all calls started');
    await sleep(4000);
    const killedAt = Date.now();
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    ac.abort();
    await sim;

    // Restart: recovery runs when the store opens; then stop it cleanly to inspect the store.
    const second = await startServe(config);
    second.child.kill('SIGTERM');
    await new Promise((r) => second.child.once('exit', r));

    const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json') });
    try {
      let worst = 0;
      for (const [pbxId, id] of started) {
        const call = await store.getCall(id);
        assert.equal(call.state, 'interrupted', `${pbxId} state`);
        const rec = await store.readRecording(id);
        const dec = await decodeRecording(rec.bytes, rec.dataKey, rec.recordingId, { allowTruncated: true });
        const sentMs = killedAt - (call.answeredAt ?? call.startedAt);
        const lossMs = sentMs - dec.durationMs;
        worst = Math.max(worst, lossMs);
        assert.ok(dec.durationMs > 2000, `${id} decodes ${dec.durationMs} ms`);
        assert.ok(lossMs <= MAX_LOSS_MS, `${id} lost ${lossMs} ms before the kill`);
      }
      t.diagnostic(`worst loss before the kill: ${worst} ms over ${started.size} calls`);
      console.log(`# crash test: worst audio lost before the kill ${worst} ms over ${started.size} calls`);
    } finally {
      await store.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

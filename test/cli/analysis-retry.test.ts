/**
 * `callvault analysis failures|retry` through the built binary on a real store: a call whose stored
 * acoustics are torn fails its analysis at `callvault serve`'s catch-up and is marked; the marker is
 * listed, its data repaired, the marker cleared, and the next serve analyses the call. Hostile
 * command lines (unknown id, no id, the appliance still running) change nothing.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLogFor } from '../../src/audit/index.js';
import { openConfiguredStore } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/index.js';
import type { CallRecord } from '../../src/model/index.js';
import { callvaultBin, killServeChildren, spawnServe, writeLocalConfig, type ServeChild } from './serve-child.js';
import { toneWav } from './tone-wav.js';

/** The capture plane's namespace for a call's speech segments and features (src/capture/call-data.ts). */
const ACOUSTICS = 'acoustics';

interface Failure { callId: string; code: string; at: number; call?: { startedAt: number; state: string } }

/** Runs the `callvault` binary; resolves with its exit code, stdout and stderr. */
async function callvault(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const child = spawn(process.execPath, [callvaultBin, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, out, err };
}

/**
 * Starts `callvault serve` with the analysis tracer on, so each analysis logs a JSON line to wait for.
 * `stop` sends SIGTERM, which lets analyses in progress finish and closes the store: a clean exit.
 */
function serve(configPath: string): Omit<ServeChild, 'stop'> & { stop(): Promise<void> } {
  const child = spawnServe(configPath, { trace: 'analysis' });
  return {
    ...child,
    async stop() {
      const { code } = await child.stop();
      assert.equal(code, 0, `serve exit: ${child.output()}`);
    },
  };
}

async function failures(configPath: string): Promise<Failure[]> {
  const r = await callvault('analysis', 'failures', '--json', '--config', configPath);
  assert.equal(r.code, 0, r.err);
  return (JSON.parse(r.out) as { failures: Failure[] }).failures;
}

test('a failed analysis is listed, retried after its data is fixed, and analysed at the next start', { timeout: 60_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-analysis-retry-'));
  const configPath = await writeLocalConfig(dir, { demoSpans: 1 });
  try {
    // 1. Two imported calls (never analysed on their own); the second one's acoustics are torn.
    const ids: string[] = [];
    for (const [i, day] of ['2025-03-01', '2025-03-02'].entries()) {
      const wav = join(dir, `call-${i}.wav`);
      await writeFile(wav, toneWav(2, [440]));
      await writeFile(wav.replace(/\.wav$/, '.json'), JSON.stringify({ pbxCallId: `call-${i}`, startedAt: `${day}T09:00:00Z`, agentId: 'a-1' }));
      const r = await callvault('import', wav, '--config', configPath);
      assert.equal(r.code, 0, r.err);
      ids.push(/→ (\S+)$/m.exec(r.out)?.[1] ?? '');
    }
    const [goodCall, tornCall] = ids as [string, string];
    const config = await loadConfig(configPath);
    let store = await openConfiguredStore(config);
    // An import carries no acoustics (no VAD ran); an empty record stands for a torn write.
    assert.equal(await store.sublevel(ACOUSTICS).get(tornCall), undefined);
    await store.sublevel(ACOUSTICS).put(tornCall, {});
    await store.close();
    assert.deepEqual(await failures(configPath), [], 'no marker before any analysis');

    // 2. serve's catch-up analyses both; the torn one fails and is marked. While serve holds the
    // store, the command refuses and says why.
    let app = serve(configPath);
    await app.waitFor((l) => l.msg === 'post-call analysis failed' && l.callId === tornCall);
    await app.waitFor((l) => l.msg === 'post-call analysis stored' && l.callId === goodCall);
    const locked = await callvault('analysis', 'retry', tornCall, '--config', configPath);
    assert.equal(locked.code, 1);
    assert.match(locked.err, /ERR_STORE_LOCKED: .*stop it first/);
    await app.stop();

    const listed = await failures(configPath);
    assert.equal(listed.length, 1, JSON.stringify(listed));
    const [marker] = listed as [Failure];
    assert.equal(marker.callId, tornCall);
    assert.match(marker.code, /^ERR_[A-Z_]+$/);
    assert.deepEqual(marker.call, { startedAt: Date.parse('2025-03-02T09:00:00Z'), state: 'completed' });
    const table = await callvault('analysis', 'failures', '--config', configPath);
    assert.match(table.out, new RegExp(`^${tornCall} .*${marker.code} +2025-03-02T09:00:00Z +completed$`, 'm'));

    // 3. Hostile command lines: each fails with a stable code and clears nothing.
    const unknown = await callvault('analysis', 'retry', 'no-such-call', '--config', configPath);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /ERR_CALL_NOT_FOUND: No call with id "no-such-call"/);
    const mixed = await callvault('analysis', 'retry', tornCall, 'no-such-call', '--config', configPath);
    assert.match(mixed.err, /ERR_CALL_NOT_FOUND/);
    const unmarked = await callvault('analysis', 'retry', goodCall, '--config', configPath);
    assert.equal(unmarked.code, 1);
    assert.match(unmarked.err, /ERR_NO_ANALYSIS_FAILURE: Expected a call whose analysis failed/);
    const none = await callvault('analysis', 'retry', '--config', configPath);
    assert.equal(none.code, 1);
    assert.match(none.err, /ERR_CLI_ARGS: Expected call ids or --all-failed/);
    const both = await callvault('analysis', 'retry', tornCall, '--all-failed', '--config', configPath);
    assert.match(both.err, /ERR_CLI_ARGS/);
    assert.deepEqual(await failures(configPath), listed, 'the marker is still there');

    // 4. The data is repaired and the marker cleared; the retry is on the audit chain.
    store = await openConfiguredStore(config);
    await store.sublevel(ACOUSTICS).del(tornCall);
    await store.close();
    const retry = await callvault('analysis', 'retry', tornCall, '--config', configPath);
    assert.equal(retry.code, 0, retry.err);
    assert.match(retry.out, /^cleared 1 analysis failure marker/);
    assert.deepEqual(await failures(configPath), []);
    const again = await callvault('analysis', 'retry', '--all-failed', '--config', configPath);
    assert.match(again.out, /^cleared 0 /);
    store = await openConfiguredStore(config);
    const audit = await auditLogFor(store);
    const { events } = await audit.list({ callId: tornCall, type: 'analysis_retry' });
    assert.equal(events.length, 1);
    assert.deepEqual({ actor: events[0]!.actor, code: events[0]!.details?.failedCode }, { actor: 'cli', code: marker.code });
    assert.equal((await audit.verifyChain()).ok, true);
    await store.close();

    // 5. The next start analyses the call.
    app = serve(configPath);
    await app.waitFor((l) => l.msg === 'post-call analysis stored' && l.callId === tornCall);
    await app.stop();
    const r = await callvault('calls', '--json', '--config', configPath);
    const calls = (JSON.parse(r.out) as { calls: CallRecord[] }).calls;
    assert.ok(calls.find((c) => c.id === tornCall)?.analysis?.analysedAt, 'the retried call has an analysis');
    assert.deepEqual(await failures(configPath), []);
  } finally {
    killServeChildren();
    await rm(dir, { recursive: true, force: true });
  }
});

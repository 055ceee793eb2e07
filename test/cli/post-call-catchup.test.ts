/**
 * Post-call catch-up on the real appliance: calls that ended while nothing analysed them — cut off
 * by kill -9 of `callvault serve` mid-call, or imported with `callvault import` while the appliance
 * was down — are analysed when the runtime starts again, oldest first. A call whose stored data
 * makes analysis fail is tried once, marked, and skipped at the next start. Results are read back
 * through the CLI (`callvault calls --json`).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/index.js';
import { openConfiguredStore, startAppliance } from '../../src/cli/runtime.js';
import { loadConfig, type CallvaultConfig } from '../../src/config/index.js';
import { CallEventType } from '../../src/generated/callvault/capture/v1/capture.js';
import type { CallRecord } from '../../src/model/index.js';
import { ev, openBridge, sendAudio, sleep } from '../capture/harness.js';
import { killServeChildren, spawnServe, writeLocalConfig } from './serve-child.js';
import { toneWav } from './tone-wav.js';

/** The capture plane's namespace for a call's speech segments and features (src/capture/call-data.ts). */
const ACOUSTICS = 'acoustics';

/** Runs one `callvault` command line in this process; returns its exit code and stdout lines. */
async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

async function listCalls(configPath: string): Promise<CallRecord[]> {
  const r = await cli('calls', '--json', '--limit', '50', '--config', configPath);
  assert.equal(r.code, 0, r.err.join('\n'));
  return (JSON.parse(r.out.join('\n')) as { calls: CallRecord[] }).calls;
}

test('a restart analyses every call that ended unanalysed, oldest first; a failing call is tried once', { timeout: 40_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-catchup-'));
  const configPath = await writeLocalConfig(dir, { demoSpans: 2 });
  try {
    // 1. Two live calls on `callvault serve`, which is killed with SIGKILL before they end: crash
    // recovery at the next start marks them interrupted; nothing ever enqueued them.
    const serve = spawnServe(configPath);
    const listening = await serve.waitFor((l) => l.event === 'listening', 10_000);
    const bridge = await openBridge(listening.grpc as string);
    const channels = ['e1a/1/1', 'e1a/1/2'];
    channels.forEach((ch, i) => bridge.send(ev(ch, `crash-${i}`, CallEventType.CALL_EVENT_TYPE_ANSWER, { agentId: 'a-1' })));
    await bridge.waitFor(() => bridge.messages.filter((m) => m.body?.$case === 'callStarted').length === channels.length);
    await sendAudio(bridge, channels, { tick: 1, seq: 0 }, 1);
    await sleep(600); // a few group commits: the audio is on disk
    assert.equal((await serve.stop({ crash: true })).signal, 'SIGKILL', 'a crash, not a shutdown');
    bridge.close();

    // 2. Three calls imported while the appliance is down (imports are never analysed on their own),
    // older than the crashed ones. The middle one's stored acoustics are then torn, so its
    // analysis fails.
    const imported: string[] = [];
    for (const [i, day] of ['2025-03-01', '2025-03-02', '2025-03-03'].entries()) {
      const wav = join(dir, `old-${i}.wav`);
      await writeFile(wav, toneWav(2, [440]));
      await writeFile(wav.replace(/\.wav$/, '.json'), JSON.stringify({ pbxCallId: `old-${i}`, startedAt: `${day}T09:00:00Z`, agentId: 'a-2', team: 'team-1' }));
      const r = await cli('import', wav, '--config', configPath);
      assert.equal(r.code, 0, r.err.join('\n'));
      imported.push(/→ (\S+)$/.exec(r.out[0] ?? '')?.[1] ?? '');
    }
    const [oldest, tornCall, older] = imported as [string, string, string];
    const config: CallvaultConfig = await loadConfig(configPath);
    const store = await openConfiguredStore(config);
    await store.sublevel(ACOUSTICS).put(tornCall, {});
    await store.close();

    const before = await listCalls(configPath);
    assert.equal(before.length, 5);
    assert.ok(before.every((c) => !c.analysis?.analysedAt), 'nothing analysed yet');

    // 3. The runtime starts on the same data: every ended call without an analysis is queued.
    let app = await startAppliance(config);
    try {
      assert.deepEqual(await app.catchUp, { found: 5, queued: 5, skipped: 0 });
      await app.postCall!.idle();
      assert.deepEqual({ ...app.postCall!.stats }, { analysed: 4, failed: 1, skipped: 0, dropped: 0 });
    } finally {
      await app.close();
    }
    const after = await listCalls(configPath);
    const states = Object.fromEntries(after.map((c) => [c.id, c.state]));
    assert.deepEqual(Object.values(states).sort(), ['completed', 'completed', 'completed', 'interrupted', 'interrupted']);
    const analysed = after.filter((c) => c.analysis?.analysedAt !== undefined);
    assert.deepEqual(new Set(after.filter((c) => c.id !== tornCall).map((c) => c.id)), new Set(analysed.map((c) => c.id)), 'every call but the torn one has its analysis');
    // Oldest first, across both states: the imports (March 2025) in date order, then the two
    // crashed calls (today). One analysis takes milliseconds, so the imports' times differ.
    const at = (id: string) => analysed.find((c) => c.id === id)?.analysis?.analysedAt ?? NaN;
    assert.ok(at(oldest) < at(older), `the oldest import first: ${at(oldest)} < ${at(older)}`);
    for (const c of analysed.filter((c) => c.state === 'interrupted')) assert.ok(c.analysis!.analysedAt >= at(older), 'then the crashed calls');

    // 4. The next start finds the torn call again but leaves it alone: its failure was recorded.
    app = await startAppliance(config);
    try {
      assert.deepEqual(await app.catchUp, { found: 1, queued: 0, skipped: 1 });
      await app.postCall!.idle();
      assert.deepEqual({ ...app.postCall!.stats }, { analysed: 0, failed: 0, skipped: 0, dropped: 0 });
    } finally {
      await app.close();
    }
    assert.equal((await listCalls(configPath)).find((c) => c.id === tornCall)?.analysis, undefined);
  } finally {
    killServeChildren();
    await rm(dir, { recursive: true, force: true });
  }
});

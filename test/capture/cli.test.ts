/**
 * The `callvault` command through its binary: import a WAV with a sidecar, find it with `calls`,
 * export it as Ogg + JSON, `doctor`, and the errors of bad input.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditLogFor } from '../../src/audit/index.js';
import { openConfiguredStore } from '../../src/cli/runtime.js';
import { loadConfig } from '../../src/config/index.js';
import { toneWav } from '../cli/tone-wav.js';

const root = dirname(dirname(dirname(dirname(fileURLToPath(import.meta.url)))));
const bin = join(root, 'bin', 'callvault.js');

function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, timeout: 60_000 }, (error, out, err) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out, err }));
  });
}

test('import → calls → export → doctor through the callvault binary', { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-cli-'));
  const config = join(dir, 'config.json');
  await writeFile(config, JSON.stringify({ siteId: 'demo', dataDirs: [{ id: 'd1', path: 'data' }], dbPath: 'db', keyFile: 'kek.json', grpc: { insecure: true } }));
  try {
    await writeFile(join(dir, 'old-1.wav'), toneWav(2, [440, 220]));
    await writeFile(join(dir, 'old-1.json'), JSON.stringify({ pbxCallId: 'legacy-77', startedAt: '2025-03-01T09:30:00+08:00', agentId: 'li.wei', caller: '13812345678', callee: '95555', tags: ['sales'] }));
    await writeFile(join(dir, 'broken.wav'), Buffer.from('RIFF0000WAVEjunk'));
    await writeFile(join(dir, 'broken.json'), JSON.stringify({ pbxCallId: 'b', startedAt: 0 }));
    await writeFile(join(dir, 'nometa.wav'), toneWav(1, [440, 220]));

    const imp = await cli(['import', join(dir, 'old-1.wav'), join(dir, 'broken.wav'), join(dir, 'nometa.wav'), '--config', config]);
    assert.equal(imp.code, 1, 'some files failed');
    const id = /imported .*old-1\.wav → (\S+)/.exec(imp.out)?.[1];
    assert.ok(id, imp.out + imp.err);
    assert.match(imp.err, /broken\.wav: ERR_WAV_/);
    assert.match(imp.err, /nometa\.wav: ERR_IMPORT_SIDECAR/);

    const found = await cli(['calls', '--agent', 'li.wei', '--json', '--config', config]);
    assert.equal(found.code, 0, found.err);
    const calls = (JSON.parse(found.out) as { calls: { id: string; state: string; durationMs: number; tags: string[]; startedAt: number }[] }).calls;
    assert.equal(calls.length, 1);
    assert.equal(calls[0]!.id, id);
    assert.equal(calls[0]!.state, 'completed');
    assert.ok(Math.abs(calls[0]!.durationMs - 2000) <= 100, `duration ${calls[0]!.durationMs}`);
    assert.deepEqual(calls[0]!.tags, ['sales', 'imported']);
    assert.equal(calls[0]!.startedAt, Date.parse('2025-03-01T01:30:00Z'));
    const table = await cli(['calls', '--number', '13812345678', '--config', config]);
    assert.match(table.out, new RegExp(`${id}.*li\\.wei`));
    const none = await cli(['calls', '--from', 'yesterday', '--config', config]);
    assert.equal(none.code, 1);
    assert.match(none.err, /ERR_CLI_ARGS/);

    const exp = await cli(['export', id!, '--out', join(dir, 'out'), '--config', config]);
    assert.equal(exp.code, 0, exp.err);
    const ogg = await readFile(join(dir, 'out', `${id}.ogg`));
    assert.equal(ogg.subarray(0, 4).toString('latin1'), 'OggS');
    const meta = JSON.parse(await readFile(join(dir, 'out', `${id}.json`), 'utf8')) as { pbxCallId: string };
    assert.equal(meta.pbxCallId, 'legacy-77');
    const missing = await cli(['export', 'nope', '--config', config]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /ERR_CALL_NOT_FOUND/);
    // The export is on the audit chain like a console download (one event: the failed one adds none).
    const store = await openConfiguredStore(await loadConfig(config));
    try {
      const audit = await auditLogFor(store);
      const { events } = await audit.list({ type: 'export' });
      assert.deepEqual(events.map((e) => [e.actor, e.target, e.outcome, e.details?.audio]), [['cli', `call:${id}`, 'ok', true]]);
      assert.equal((await audit.verifyChain()).ok, true);
    } finally {
      await store.close();
    }

    const doctor = await cli(['doctor', '--json', '--config', config]);
    const report = JSON.parse(doctor.out) as { ok: boolean; checks: { name: string; ok: boolean }[] };
    assert.ok(report.checks.some((c) => c.name === 'native addon' && c.ok));
    assert.ok(report.checks.some((c) => c.name === 'config' && c.ok));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('serve refuses a config without TLS or an explicit insecure; unknown commands fail', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-cli-'));
  try {
    await writeFile(join(dir, 'c.json'), JSON.stringify({ dbPath: 'db' }));
    const serve = await cli(['serve', '--config', join(dir, 'c.json')]);
    assert.equal(serve.code, 1);
    assert.match(serve.err, /ERR_CONFIG: .*grpc\.tls/);
    const bogus = await cli(['frobnicate']);
    assert.equal(bogus.code, 2);
    const badFlag = await cli(['simulate', '--calls', 'many', '--target', 'x:1']);
    assert.equal(badFlag.code, 1);
    assert.match(badFlag.err, /Expected an integer 1\.\.5000 for --calls/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('demo: calls appear as recorded within seconds and Ctrl-C stops it cleanly', { timeout: 90_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-demo-'));
  try {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [bin, 'demo', '--calls', '2', '--duration', '5', '--dir', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stderr.resume();
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no completed call within 40 s:\n${out}`)), 40_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (/call \S+\s+completed/.test(out)) (clearTimeout(timer), resolve());
      });
    });
    child.kill('SIGINT');
    assert.equal(await exited, 0);
    assert.match(out, /gRPC capture on 127\.0\.0\.1:\d+ \(plain text, loopback only\)/);
    assert.match(out, /demo stopped/);
    assert.match(await readFile(join(dir, 'config.json'), 'utf8'), /"insecure": true/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, parseConfig } from './index.js';

const codeAndPath = (code: string, path?: string) => (e: { code?: string; details?: { path?: string } }) =>
  e.code === code && (path === undefined || e.details?.path === path);

test('plain text must be asked for: an empty config names grpc.tls', () => {
  assert.throws(() => parseConfig({}, '/base'), codeAndPath('ERR_CONFIG', 'grpc.tls'));
});

test('defaults fill in and relative paths resolve against the config directory', () => {
  const c = parseConfig({ grpc: { insecure: true }, dataDirs: [{ id: 'a', path: 'disk-a' }, { id: 'b', path: '/mnt/b' }] }, '/etc/callvault');
  assert.equal(c.siteId, 'demo');
  assert.equal(c.grpc.host, '127.0.0.1');
  assert.equal(c.grpc.port, 7443);
  assert.deepEqual(c.dataDirs.map((d) => d.path), ['/etc/callvault/disk-a', '/mnt/b']);
  assert.equal(c.dbPath, '/etc/callvault/.callvault/db');
  assert.equal(c.retention.defaultDays, 183);
  assert.equal(c.capture.batchMs, 100);
  const tls = parseConfig({ grpc: { tls: { certPath: 'c.pem', keyPath: 'k.pem', clientCaPath: 'ca.pem' } } }, '/x');
  assert.deepEqual(tls.grpc.tls, { certPath: '/x/c.pem', keyPath: '/x/k.pem', clientCaPath: '/x/ca.pem' });
});

test('wrong fields are reported with their path', () => {
  assert.throws(() => parseConfig({ grpc: { insecure: true, port: 'x' } }, '/'), codeAndPath('ERR_CONFIG', 'grpc.port'));
  assert.throws(() => parseConfig({ grpc: { insecure: true, port: 70000 } }, '/'), codeAndPath('ERR_CONFIG', 'grpc.port'));
  assert.throws(() => parseConfig({ grpc: { insecure: true }, dataDirs: [] }, '/'), codeAndPath('ERR_CONFIG', 'dataDirs'));
  assert.throws(() => parseConfig({ grpc: { insecure: true }, dataDirs: [{ id: 'd1' }] }, '/'), codeAndPath('ERR_CONFIG', 'dataDirs.0.path'));
  assert.throws(() => parseConfig({ grpc: { insecure: true }, retention: { defaultDays: 0 } }, '/'), codeAndPath('ERR_CONFIG', 'retention.defaultDays'));
  assert.throws(() => parseConfig({ grpc: { insecure: true }, typo: 1 }, '/'), (e: { code?: string; message: string }) => e.code === 'ERR_CONFIG' && /typo/.test(e.message));
  assert.throws(() => parseConfig({ grpc: { insecure: true, tls: { certPath: 'c' } } }, '/'), codeAndPath('ERR_CONFIG', 'grpc.tls.keyPath'));
  assert.throws(() => parseConfig([], '/'), codeAndPath('ERR_CONFIG'));
  assert.throws(() => parseConfig(null, '/'), codeAndPath('ERR_CONFIG'));
});

test('loadConfig: unreadable, non-JSON and oversized files get their own codes', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-config-'));
  try {
    await assert.rejects(loadConfig(join(dir, 'missing.json')), codeAndPath('ERR_CONFIG_READ'));
    await writeFile(join(dir, 'bad.json'), '{"grpc": ');
    await assert.rejects(loadConfig(join(dir, 'bad.json')), codeAndPath('ERR_CONFIG_JSON'));
    await writeFile(join(dir, 'big.json'), ' '.repeat((1 << 20) + 1));
    await assert.rejects(loadConfig(join(dir, 'big.json')), codeAndPath('ERR_CONFIG'));
    await writeFile(join(dir, 'ok.json'), JSON.stringify({ siteId: 'sh-01', grpc: { insecure: true } }));
    const c = await loadConfig(join(dir, 'ok.json'));
    assert.equal(c.siteId, 'sh-01');
    assert.equal(c.keyFile, join(dir, '.callvault/keys/kek.json'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

/**
 * Console TLS: a self-signed certificate is generated at first start (key 0600) and reused at the
 * next; a configured certificate is served instead when given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { connect } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { startConsole } from '../../src/console/index.js';
import { openStore } from '../../src/storage/index.js';

function servedCert(port: number): Promise<X509Certificate> {
  return new Promise((resolve, reject) => {
    const s = connect({ host: '127.0.0.1', port, rejectUnauthorized: false, servername: 'localhost' }, () => {
      resolve(new X509Certificate(s.getPeerX509Certificate()!.raw));
      s.end();
    });
    s.on('error', reject);
  });
}

test('self-signed at first start (key 0600, SAN localhost/127.0.0.1), reused after a restart; configured cert wins', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'cv-console-tls-'));
  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json'), minFreeBytes: 0 });
  try {
    const a = await startConsole({ store, dataDir: join(dir, 'console'), port: 0 });
    assert.equal(a.selfSigned, true);
    const first = await servedCert(a.port);
    assert.match(first.subjectAltName ?? '', /DNS:localhost/);
    assert.match(first.subjectAltName ?? '', /IP Address:127\.0\.0\.1/);
    const keyMode = (await stat(join(dir, 'console', 'tls', 'console-key.pem'))).mode & 0o777;
    assert.equal(keyMode, 0o600);
    assert.equal(((await stat(a.metricsTokenPath)).mode & 0o777), 0o600);
    await a.close();
    const b = await startConsole({ store, dataDir: join(dir, 'console'), port: 0 });
    assert.equal((await servedCert(b.port)).fingerprint256, first.fingerprint256, 'the same certificate after a restart');
    await b.close();

    const certPath = join(dir, 'site-cert.pem');
    const keyPath = join(dir, 'site-key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=site console', '-keyout', keyPath, '-out', certPath], { stdio: 'ignore' });
    const c = await startConsole({ store, dataDir: join(dir, 'console'), port: 0, tls: { certPath, keyPath } });
    assert.equal(c.selfSigned, false);
    const served = await servedCert(c.port);
    assert.equal(served.fingerprint256, new X509Certificate(await readFile(certPath)).fingerprint256);
    await c.close();
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
});

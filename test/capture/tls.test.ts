/**
 * mTLS on the capture port: a bridge with a certificate from the configured client CA registers;
 * one without a certificate (or with one from another CA) is rejected during the handshake.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { status as GrpcCode } from '@grpc/grpc-js';
import { connectBridge } from '../../src/simulator/index.js';
import { startHarness } from './harness.js';

function openssl(cwd: string, ...args: string[]): void {
  execFileSync('openssl', args, { cwd, stdio: 'ignore' });
}

/** A CA, a server cert for localhost/127.0.0.1 and a client cert signed by it, plus a rogue CA + client. */
export function makePki(dir: string): void {
  for (const ca of ['ca', 'rogue']) {
    openssl(dir, 'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${ca}.key`, '-out', `${ca}.crt`, '-days', '2', '-subj', `/CN=${ca} test CA`);
  }
  const leaf = (name: string, ca: string, ext: string) => {
    openssl(dir, 'req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${name}`);
    execFileSync('sh', ['-c', `printf '%s\n' '${ext}' > ${name}.ext`], { cwd: dir });
    openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.crt`, '-CAkey', `${ca}.key`, '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`);
  };
  leaf('server', 'ca', 'subjectAltName=DNS:localhost,IP:127.0.0.1');
  leaf('client', 'ca', 'extendedKeyUsage=clientAuth');
  leaf('intruder', 'rogue', 'extendedKeyUsage=clientAuth');
}

test('mTLS: a client certificate from the CA is required', async () => {
  const pki = await mkdtemp(join(tmpdir(), 'cv-pki-'));
  makePki(pki);
  const p = (f: string) => join(pki, f);
  const h = await startHarness({ tls: { certPath: p('server.crt'), keyPath: p('server.key'), clientCaPath: p('ca.crt') } });
  const target = `localhost:${h.server.port}`;
  const reg = { site: 'demo', bridgeId: 'tls-bridge', cards: [], softwareVersion: 'test' };
  try {
    const ok = connectBridge(target, { caPath: p('ca.crt'), certPath: p('client.crt'), keyPath: p('client.key') });
    const res = await ok.register(reg);
    assert.ok(res.sessionToken.length > 20);
    ok.close();
    for (const tls of [{ caPath: p('ca.crt') }, { caPath: p('ca.crt'), certPath: p('intruder.crt'), keyPath: p('intruder.key') }]) {
      const bad = connectBridge(target, tls);
      await assert.rejects(bad.register(reg), (e: { code: number }) => e.code === GrpcCode.UNAVAILABLE);
      bad.close();
    }
    // A plain-text client cannot talk to a TLS port either.
    const plain = connectBridge(target);
    await assert.rejects(plain.register(reg), (e: { code: number }) => e.code === GrpcCode.UNAVAILABLE);
    plain.close();
  } finally {
    await h.close();
    await rm(pki, { recursive: true, force: true });
  }
});

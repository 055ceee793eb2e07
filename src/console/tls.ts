/**
 * TLS material of the console: the configured cert/key, or a self-signed certificate generated at
 * first start with the openssl CLI (EC P-256, 825 days, SAN for localhost, 127.0.0.1 and the bind
 * host) and kept under the console data directory with the key at 0600.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AppError } from '../errors/index.js';
import type { TlsConfig } from '../config/index.js';

const run = promisify(execFile);

export interface TlsMaterial {
  cert: Buffer;
  key: Buffer;
  selfSigned: boolean;
  certPath: string;
}

export async function loadOrCreateTls(tls: TlsConfig | undefined, dataDir: string, host: string): Promise<TlsMaterial> {
  if (tls) {
    const [cert, key] = await Promise.all([readFile(tls.certPath), readFile(tls.keyPath)]).catch((error: unknown) => {
      throw new AppError('invalid', 'ERR_CONFIG', `console.tls: Expected readable certPath and keyPath but received an error (${(error as Error).message})`);
    });
    return { cert, key, selfSigned: false, certPath: tls.certPath };
  }
  const dir = join(dataDir, 'tls');
  const certPath = join(dir, 'console-cert.pem');
  const keyPath = join(dir, 'console-key.pem');
  if (!existsSync(certPath) || !existsSync(keyPath)) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const san = ['DNS:localhost', 'IP:127.0.0.1', 'IP:::1'];
    if (host && host !== '0.0.0.0' && host !== '::' && host !== 'localhost' && host !== '127.0.0.1') san.push(isIP(host) ? `IP:${host}` : `DNS:${host}`);
    try {
      await run('openssl', [
        'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-sha256', '-days', '825',
        '-subj', '/CN=callvault console', '-addext', `subjectAltName=${san.join(',')}`, '-keyout', keyPath, '-out', certPath,
      ]);
    } catch (error) {
      throw new AppError('unavailable', 'ERR_TLS_GENERATE', `Cannot generate the console's self-signed certificate with openssl: ${(error as Error).message}`);
    }
    await chmod(keyPath, 0o600);
    await chmod(certPath, 0o644);
  }
  const [cert, key] = await Promise.all([readFile(certPath), readFile(keyPath)]);
  return { cert, key, selfSigned: true, certPath };
}

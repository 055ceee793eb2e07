/**
 * Server credentials from config: TLS, mutual TLS (client certificate required and checked against
 * clientCaPath — note grpc-js defaults checkClientCertificate to false, FACTS), or plain text only
 * when the config says `insecure: true` explicitly.
 */
import { readFileSync } from 'node:fs';
import { ServerCredentials } from '@grpc/grpc-js';
import { AppError } from '../errors/index.js';
import type { TlsConfig } from '../config/index.js';

export function serverCredentials(tls: TlsConfig | undefined, insecure: boolean): ServerCredentials {
  if (!tls) {
    if (!insecure) throw new AppError('invalid', 'ERR_CONFIG', 'grpc: Expected tls (certPath/keyPath) or insecure=true but received neither');
    return ServerCredentials.createInsecure();
  }
  const read = (p: string, what: string) => {
    try {
      return readFileSync(p);
    } catch (error) {
      throw new AppError('invalid', 'ERR_CONFIG_TLS', `Cannot read ${what} ${p}: ${(error as Error).message}`);
    }
  };
  const cert = read(tls.certPath, 'TLS certificate');
  const key = read(tls.keyPath, 'TLS key');
  const roots = tls.clientCaPath ? read(tls.clientCaPath, 'client CA') : null;
  return ServerCredentials.createSsl(roots, [{ cert_chain: cert, private_key: key }], roots !== null);
}

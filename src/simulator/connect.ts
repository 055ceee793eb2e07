/**
 * A bridge's connection to the appliance: channel credentials (plain, TLS, mTLS), Register and the
 * Stream with Hello already sent. Used by the simulator and by integration tests.
 */
import { readFileSync } from 'node:fs';
import { credentials, type ChannelCredentials, type ClientDuplexStream } from '@grpc/grpc-js';
import {
  CaptureServiceClient,
  type AlarmAck,
  type AlarmReport,
  type BridgeMessage,
  type RegisterRequest,
  type RegisterResponse,
  type ServerMessage,
} from '../generated/callvault/capture/v1/capture.js';

export interface ClientTls {
  /** CA that signed the server certificate. */
  caPath: string;
  /** Client certificate and key for mutual TLS. */
  certPath?: string;
  keyPath?: string;
  /** Overrides the name checked in the server certificate (e.g. "localhost"). */
  serverName?: string;
}

export interface BridgeConnection {
  client: CaptureServiceClient;
  register(req: RegisterRequest): Promise<RegisterResponse>;
  reportAlarm(req: AlarmReport): Promise<AlarmAck>;
  /** Opens the Stream and sends Hello. */
  openStream(token: string): ClientDuplexStream<BridgeMessage, ServerMessage>;
  close(): void;
}

export function channelCredentials(tls: ClientTls | undefined): ChannelCredentials {
  if (!tls) return credentials.createInsecure();
  const cert = tls.certPath ? readFileSync(tls.certPath) : null;
  const key = tls.keyPath ? readFileSync(tls.keyPath) : null;
  return credentials.createSsl(readFileSync(tls.caPath), key, cert);
}

export function connectBridge(target: string, tls?: ClientTls): BridgeConnection {
  const options = { 'grpc.max_send_message_length': 16 << 20, ...(tls?.serverName ? { 'grpc.ssl_target_name_override': tls.serverName } : {}) };
  const client = new CaptureServiceClient(target, channelCredentials(tls), options);
  const unary = <Req, Res>(fn: (req: Req, cb: (e: Error | null, r?: Res) => void) => unknown) => (req: Req) =>
    new Promise<Res>((resolve, reject) => fn.call(client, req, (e, r) => (e ? reject(e) : resolve(r as Res))));
  return {
    client,
    register: unary<RegisterRequest, RegisterResponse>(client.register),
    reportAlarm: unary<AlarmReport, AlarmAck>(client.reportAlarm),
    openStream(token) {
      const stream = client.stream();
      stream.write({ body: { $case: 'hello', value: { sessionToken: token } } });
      return stream;
    },
    close: () => client.close(),
  };
}

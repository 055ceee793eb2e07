/**
 * The capture gRPC server: Register, ReportAlarm and the Stream, over TLS / mTLS (or plain text
 * when explicitly configured). Handlers are thin: validate → command → present.
 */
import { randomBytes } from 'node:crypto';
import { Server, type ServerDuplexStream, type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { AppError, invalid, notFound } from '../errors/index.js';
import type { SpanAlarm } from '../channels/index.js';
import { createLogger } from '../trace/index.js';
import {
  AlarmKind,
  CaptureServiceService,
  type AlarmAck,
  type AlarmReport,
  type BridgeMessage,
  type RegisterRequest,
  type RegisterResponse,
  type ServerMessage,
} from '../generated/callvault/capture/v1/capture.js';
import { serverCredentials } from './credentials.js';
import { toGrpcError } from './grpc-errors.js';
import { Ingest } from './ingest.js';
import { handleStream, type BridgeSession } from './stream.js';
import type { CaptureDeps, CaptureOptions, CaptureStats, ServerListenOptions } from './types.js';

const log = createLogger('capture');
export const SERVER_VERSION = 'callvault 0.1.0';

const ALARMS: Partial<Record<AlarmKind, SpanAlarm>> = {
  [AlarmKind.ALARM_KIND_LOS]: 'LOS',
  [AlarmKind.ALARM_KIND_AIS]: 'AIS',
  [AlarmKind.ALARM_KIND_RAI]: 'RAI',
  [AlarmKind.ALARM_KIND_LOF]: 'LOF',
  [AlarmKind.ALARM_KIND_DOWN]: 'DOWN',
  [AlarmKind.ALARM_KIND_CLEAR]: 'CLEAR',
};

/** A running capture server. */
export interface CaptureServer {
  /** Bound port (useful with port 0). */
  readonly port: number;
  readonly ingest: Ingest;
  stats(): CaptureStats;
  /** Stops accepting, ends open calls as interrupted, drains the pipeline, closes the engine. */
  close(): Promise<void>;
}

function unary<Req, Res>(fn: (req: Req) => Res | Promise<Res>) {
  return (call: ServerUnaryCall<Req, Res>, callback: sendUnaryData<Res>) => {
    Promise.resolve()
      .then(() => fn(call.request))
      .then((res) => callback(null, res), (error: unknown) => callback(toGrpcError(error)));
  };
}

function checkText(value: string, what: string, max: number): string {
  if (value.length === 0 || value.length > max || /[\u0000-\u001f]/.test(value)) {
    throw invalid('ERR_CAPTURE_BAD_REGISTER', `1..${max} printable characters`, what, value);
  }
  return value;
}

/** Starts the capture server and resolves once it listens. */
export async function startCaptureServer(deps: CaptureDeps, options: CaptureOptions, listen: ServerListenOptions): Promise<CaptureServer> {
  const ingest = new Ingest(deps, options);
  const sessions = new Map<string, BridgeSession>();
  const maxBytes = listen.maxMessageBytes ?? 8 << 20;
  const server = new Server({ 'grpc.max_receive_message_length': maxBytes, 'grpc.max_send_message_length': 1 << 20 });

  const register = (req: RegisterRequest): RegisterResponse => {
    const site = checkText(req.site, 'RegisterRequest.site', 64);
    const bridgeId = checkText(req.bridgeId, 'RegisterRequest.bridge_id', 64);
    if (req.softwareVersion.length > 128) throw invalid('ERR_CAPTURE_BAD_REGISTER', 'at most 128 characters', 'RegisterRequest.software_version', req.softwareVersion);
    if (site !== options.site) throw new AppError('forbidden', 'ERR_CAPTURE_WRONG_SITE', `Expected site ${JSON.stringify(options.site)} for RegisterRequest.site but received ${JSON.stringify(site)}`);
    // One token per bridge: a re-registering bridge invalidates its previous token.
    for (const [token, s] of sessions) if (s.bridgeId === bridgeId) sessions.delete(token);
    const token = randomBytes(24).toString('base64url');
    sessions.set(token, { bridgeId, site });
    log.info('bridge registered', { bridgeId, cards: req.cards.length, version: req.softwareVersion });
    return {
      sessionToken: token,
      channelIds: deps.plan.channels.map((c) => c.id),
      config: {
        maxTickMs: ingest.opts.maxTickMs,
        maxPayloadBytes: ingest.opts.maxPayloadBytes,
        creditTicks: ingest.opts.creditTicks,
        codecs: ['PCMU', 'PCMA', 'L16'],
        frameMs: [10, 20, 30, 40],
      },
      serverVersion: SERVER_VERSION,
    };
  };

  const reportAlarm = (req: AlarmReport): AlarmAck => {
    if (!sessions.has(req.sessionToken)) throw new AppError('unauthenticated', 'ERR_CAPTURE_BAD_TOKEN', 'Expected the session token of a Register call but received an unknown token');
    const alarm = ALARMS[req.kind];
    if (!alarm) throw invalid('ERR_CAPTURE_BAD_ALARM', 'an alarm kind', 'AlarmReport.kind', req.kind);
    if ((req.spanId === '') === (req.channelId === '')) throw invalid('ERR_CAPTURE_BAD_ALARM', 'exactly one of span_id, channel_id', 'AlarmReport', 'both or neither');
    const at = req.atMs > 0 ? req.atMs : Date.now();
    let affected: string[];
    if (req.spanId) {
      affected = deps.plan.channels.filter((c) => `${c.cardId}/${c.span}` === req.spanId).map((c) => c.id);
      if (affected.length === 0) throw notFound('ERR_UNKNOWN_SPAN', 'span', req.spanId.slice(0, 64));
      ingest.board({ type: 'span_alarm', spanId: req.spanId, alarm, at });
    } else {
      if (!ingest.channels.has(req.channelId)) throw notFound('ERR_UNKNOWN_CHANNEL', 'channel', req.channelId.slice(0, 64));
      affected = [req.channelId];
      ingest.board({ type: alarm === 'CLEAR' ? 'channel_up' : 'channel_down', channelId: req.channelId, at });
    }
    log.warn('alarm', { span: req.spanId || undefined, channel: req.channelId || undefined, alarm, detail: req.detail.slice(0, 256) });
    return { affectedChannelIds: affected };
  };

  server.addService(CaptureServiceService, {
    register: unary(register),
    reportAlarm: unary(reportAlarm),
    stream: (call: ServerDuplexStream<BridgeMessage, ServerMessage>) => handleStream(ingest, sessions, call),
  });

  const creds = serverCredentials(listen.tls, listen.insecure === true);
  const port = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${listen.host}:${listen.port}`, creds, (error, bound) => (error ? reject(new AppError('unavailable', 'ERR_CAPTURE_LISTEN', `Cannot listen on ${listen.host}:${listen.port}: ${error.message}`)) : resolve(bound)));
  });
  log.info('capture server listening', { host: listen.host, port, tls: listen.tls ? (listen.tls.clientCaPath ? 'mtls' : 'tls') : 'none' });

  let closing: Promise<void> | undefined;
  return {
    port,
    ingest,
    stats: () => ({ ...ingest.stats }),
    close: () => {
      closing ??= (async () => {
        await ingest.close();
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            server.forceShutdown();
            resolve();
          }, 2000);
          server.tryShutdown(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      })();
      return closing;
    },
  };
}

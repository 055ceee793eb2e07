/**
 * Integration harness: a real capture server (store in a temp dir, the native record engine, the
 * demo channel plan, a channel board) on an ephemeral loopback port, and a bridge client.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClientDuplexStream } from '@grpc/grpc-js';
import { ChannelBoard } from '../../src/channels/index.js';
import { demoChannelPlan, startCaptureServer, type CaptureServer, type AlertSource } from '../../src/capture/index.js';
import type { TlsConfig } from '../../src/config/index.js';
import { RecordEngine } from '../../src/native/index.js';
import { openStore, type RecordingStore, type StorageFs } from '../../src/storage/index.js';
import { connectBridge, type BridgeConnection, type ClientTls } from '../../src/simulator/index.js';
import {
  CallEventType,
  Codec,
  Leg,
  type BridgeMessage,
  type ServerMessage,
} from '../../src/generated/callvault/capture/v1/capture.js';

export interface Harness {
  dir: string;
  store: RecordingStore;
  board: ChannelBoard;
  server: CaptureServer;
  target: string;
  close(): Promise<void>;
}

export async function startHarness(opts: { tls?: TlsConfig; alerts?: AlertSource; fs?: StorageFs; features?: boolean; onCallEnded?: (callId: string) => void } = {}): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'cv-capture-'));
  const store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json'), fsyncIntervalMs: 50, minFreeBytes: 0, ...(opts.fs ? { fs: opts.fs } : {}) });
  const plan = demoChannelPlan('demo', 'sim-1', 2);
  const board = new ChannelBoard(plan);
  const server = await startCaptureServer(
    { store, plan, board, engine: new RecordEngine(), ...(opts.alerts ? { alerts: opts.alerts } : {}), ...(opts.onCallEnded ? { onCallEnded: opts.onCallEnded } : {}) },
    { site: 'demo', batchMs: 50, features: opts.features ?? false },
    { host: '127.0.0.1', port: 0, ...(opts.tls ? { tls: opts.tls } : { insecure: true }) },
  );
  return {
    dir, store, board, server, target: `127.0.0.1:${server.port}`,
    async close() {
      await server.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A registered bridge with an open stream that records every server message. */
export interface TestBridge {
  conn: BridgeConnection;
  token: string;
  stream: ClientDuplexStream<BridgeMessage, ServerMessage>;
  messages: ServerMessage[];
  status: Promise<{ code: number; details: string }>;
  send(msg: BridgeMessage): void;
  /** Resolves when a server message matches (or rejects after `ms`). */
  waitFor(pred: (m: ServerMessage) => boolean, ms?: number): Promise<ServerMessage>;
  close(): void;
}

export async function openBridge(target: string, tls?: ClientTls): Promise<TestBridge> {
  const conn = connectBridge(target, tls);
  const reg = await conn.register({ site: 'demo', bridgeId: 'sim-1', cards: [{ cardId: 'e1a', model: 'E1', spans: 2 }], softwareVersion: 'test' });
  const stream = conn.openStream(reg.sessionToken);
  const messages: ServerMessage[] = [];
  const waiters: { pred: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  stream.on('data', (m: ServerMessage) => {
    messages.push(m);
    for (const w of [...waiters]) if (w.pred(m)) (waiters.splice(waiters.indexOf(w), 1), w.resolve(m));
  });
  const status = new Promise<{ code: number; details: string }>((resolve) => stream.on('status', (s) => resolve({ code: s.code, details: s.details })));
  stream.on('error', () => undefined);
  return {
    conn, token: reg.sessionToken, stream, messages, status,
    send: (m) => void stream.write(m),
    waitFor(pred, ms = 5000) {
      const hit = messages.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('timed out waiting for a server message')), ms);
        waiters.push({ pred, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
    close() {
      stream.cancel();
      conn.close();
    },
  };
}

export function ev(channelId: string, callId: string, type: CallEventType, extra: Partial<{ agentId: string; transferTo: string; codec: Codec; caller: string; tags: string[] }> = {}): BridgeMessage {
  return { body: { $case: 'event', value: { channelId, callId, type, atMs: Date.now(), direction: 1, caller: extra.caller ?? '13800138000', callee: '95555', agentId: extra.agentId ?? '', queue: 'retail', skill: '', tags: extra.tags ?? [], transferTo: extra.transferTo ?? '', codec: extra.codec ?? Codec.CODEC_PCMU, sampleRate: 8000, frameMs: 20 } } };
}

/** A 1 kHz-ish tone (μ-law), `frames` × 20 ms, or digital silence. */
export function ulawFrames(frames: number, loud = true): Buffer {
  const b = Buffer.alloc(frames * 160, 0xff);
  if (loud) for (let i = 0; i < b.length; i++) b[i] = [0x80, 0x9f, 0xff, 0x1f, 0x00, 0x1f, 0xff, 0x9f][i % 8]!;
  return b;
}

export function tick(n: number, audio: { channelId: string; leg: Leg; seq: number; payload: Buffer; codec?: Codec }[], durationMs = 100): BridgeMessage {
  return { body: { $case: 'tick', value: { tick: n, atMs: Date.now() - durationMs, durationMs, audio: audio.map((a) => ({ codec: Codec.CODEC_PCMU, ...a })) } } };
}

/** Asserts a channel's live state on the board. */
export function expectBoard(h: Harness, channelId: string, state: string): void {
  const s = h.board.get(channelId).state;
  if (s !== state) throw new Error(`Expected channel ${channelId} in state ${state} but it is ${s}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends `seconds` of audio on both legs of the given channels, 100 ms per tick, paced at `speed`× real time. */
export async function sendAudio(bridge: TestBridge, channels: string[], from: { tick: number; seq: number }, seconds: number, speed = 10, loud = (_t: number) => true): Promise<void> {
  const ticks = Math.round(seconds * 10);
  for (let i = 0; i < ticks; i++) {
    const seq = from.seq + i * 5;
    bridge.send(tick(from.tick + i, channels.flatMap((channelId) => [
      { channelId, leg: Leg.LEG_AGENT, seq, payload: ulawFrames(5, loud(i)) },
      { channelId, leg: Leg.LEG_CUSTOMER, seq, payload: ulawFrames(5, loud(i)) },
    ])));
    if (i % speed === 0) await sleep(10);
  }
  from.tick += ticks;
  from.seq += ticks * 5;
}

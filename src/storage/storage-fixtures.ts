/**
 * Test fixtures of the storage tests (not used by production code): a framed fake recording format
 * with its scanner, standing in for H3's encrypted format where the native addon is not needed, and
 * call metadata builders.
 */
import { createHash } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CallRecord } from '../model/index.js';
import type { NewCall, RecordingScanner } from './types.js';

export const FAKE_CHUNK_MS = 500;

function digest(key: Buffer, id: string, payload: Buffer): Buffer {
  return createHash('sha256').update(key).update(id).update(payload).digest().subarray(0, 8);
}

/** One fake chunk: u32 length, payload, 8-byte keyed digest (so a wrong key fails the scan). */
export function fakeChunk(key: Buffer, id: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(payload.length);
  return Buffer.concat([head, payload, digest(key, id, payload)]);
}

/** Scanner of the fake format: the longest prefix of whole, authentic chunks. */
export const fakeScanner: RecordingScanner = async (file, key, id) => {
  let off = 0;
  let chunks = 0;
  while (off + 4 <= file.length) {
    const len = file.readUInt32BE(off);
    const end = off + 4 + len + 8;
    if (end > file.length) break;
    const payload = file.subarray(off + 4, off + 4 + len);
    if (!digest(key, id, payload).equals(file.subarray(off + 4 + len, end))) break;
    off = end;
    chunks++;
  }
  return { complete: false, validBytes: off, durationMs: chunks * FAKE_CHUNK_MS };
};

export async function tempDir(name: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `cv-${name}-`));
}

let seq = 0;
/** A plausible new call; override what the test cares about. */
export function newCall(over: Partial<NewCall> = {}): NewCall {
  seq++;
  return {
    site: 'sh-01',
    bridgeId: 'bridge-1',
    channelId: `e1a/1/${(seq % 30) + 1}`,
    pbxCallId: `pbx-${seq}`,
    direction: 'inbound',
    caller: `1380000${String(seq % 10000).padStart(4, '0')}`,
    callee: '95588',
    agentId: `a${seq % 50}`,
    team: `team-${seq % 5}`,
    queue: `q-${seq % 7}`,
    tags: [],
    startedAt: Date.UTC(2026, 10, 24, 8, 0, 0) + seq * 1000,
    ...over,
  };
}

/** A complete record for bulk import / benchmarks. */
export function syntheticRecord(i: number, base: number): CallRecord {
  return {
    id: `c${String(i).padStart(8, '0')}`,
    site: 'sh-01',
    bridgeId: 'bridge-1',
    channelId: `e1a/${(i % 4) + 1}/${(i % 30) + 1}`,
    pbxCallId: `pbx-${i}`,
    direction: i % 3 === 0 ? 'outbound' : 'inbound',
    caller: `138${String(i % 200_000).padStart(8, '0')}`,
    callee: '95588',
    agentId: `agent-${i % 2000}`,
    team: `team-${i % 100}`,
    queue: `queue-${i % 40}`,
    tags: i % 10 === 0 ? ['vip'] : [],
    startedAt: base + i * 1000,
    endedAt: base + i * 1000 + 180_000,
    state: 'completed',
    durationMs: 180_000,
    pausedRanges: [],
    maskedRanges: [],
    holdRanges: [],
    transfers: [],
    legalHold: false,
    retainUntil: base + i * 1000 + 183 * 86_400_000,
    recording: { disk: 'd1', path: `x/c${i}.cvr`, bytes: 360_000, formatVersion: 1, keyId: `c${i}` },
    analysis: { score: i % 101, ruleHits: i % 17 === 0 ? ['no-greeting'] : [], negativeEmotionShare: (i % 10) / 10, analysedAt: base },
  };
}

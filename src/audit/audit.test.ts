/**
 * The audit hash chain over a real LevelDB (the store's sublevels): an intact chain verifies; an
 * edited, deleted, reordered or cut-off event is detected at the right sequence number.
 */
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type RecordingStore } from '../storage/index.js';
import { AUDIT_HEAD_SUBLEVEL, AUDIT_SUBLEVEL, AuditLog, canonicalJson, type AuditEvent, type AuditHead } from './index.js';

let dir: string;
let store: RecordingStore;
let log: AuditLog;
const key = (n: number) => String(n).padStart(12, '0');

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cv-audit-'));
  store = await openStore({ dataDirs: [{ id: 'd1', path: join(dir, 'data') }], dbPath: join(dir, 'db'), keyFile: join(dir, 'kek.json'), minFreeBytes: 0, orphanScan: 'none' });
  log = await AuditLog.open(store.sublevel<AuditEvent>(AUDIT_SUBLEVEL), store.sublevel<AuditHead>(AUDIT_HEAD_SUBLEVEL));
  const types = ['login', 'playback', 'override', 'rule_change', 'logout'] as const;
  await Promise.all(Array.from({ length: 10 }, (_, i) => log.append({ type: types[i % 5]!, actor: `u${i}`, target: `call:c${i}`, details: { i } })));
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const events = () => store.sublevel<AuditEvent>(AUDIT_SUBLEVEL);

test('an intact chain verifies; concurrent appends are serialised into one chain', async () => {
  const r = await log.verifyChain();
  assert.deepEqual({ ok: r.ok, count: r.count }, { ok: true, count: 10 });
  assert.equal(r.headHash, log.currentHead().hash);
  const reopened = await AuditLog.open(events(), store.sublevel<AuditHead>(AUDIT_HEAD_SUBLEVEL));
  assert.equal(reopened.currentHead().seq, 10);
  await reopened.append({ type: 'export', actor: 'x' });
  assert.equal((await reopened.verifyChain()).ok, true);
});

test('editing one field of an event is detected at that event', async () => {
  const ev = (await events().get(key(4)))!;
  await events().put(key(4), { ...ev, actor: 'someone-else' });
  const r = await log.verifyChain();
  assert.equal(r.ok, false);
  assert.equal(r.firstBadSeq, 4);
  assert.match(r.reason!, /edited/);
});

test('editing an event and recomputing its hash is detected at the next event', async () => {
  const { eventHash } = await import('./index.js');
  const ev = (await events().get(key(4)))!;
  const { hash: _old, ...rest } = ev;
  const forged = { ...rest, details: { i: 999 } };
  await events().put(key(4), { ...forged, hash: eventHash(forged) });
  const r = await log.verifyChain();
  assert.equal(r.ok, false);
  assert.equal(r.firstBadSeq, 5);
});

test('deleting an event in the middle is detected', async () => {
  await events().del(key(6));
  const r = await log.verifyChain();
  assert.equal(r.ok, false);
  assert.equal(r.firstBadSeq, 6);
  assert.match(r.reason!, /deleted or reordered/);
});

test('reordering two events (swapping their values) is detected', async () => {
  const a = (await events().get(key(2)))!;
  const b = (await events().get(key(3)))!;
  await events().batch([{ type: 'put', key: key(2), value: b }, { type: 'put', key: key(3), value: a }]);
  const r = await log.verifyChain();
  assert.equal(r.ok, false);
  assert.equal(r.firstBadSeq, 3);
});

test('cutting events off the tail is detected against the stored head', async () => {
  await events().del(key(10));
  await events().del(key(9));
  const r = await log.verifyChain();
  assert.equal(r.ok, false);
  assert.match(r.reason!, /cut off/);
});

test('the anchor seam receives every head; canonical JSON is key-order independent', async () => {
  const heads: AuditHead[] = [];
  const anchored = await AuditLog.open(events(), store.sublevel<AuditHead>(AUDIT_HEAD_SUBLEVEL), { anchor: { anchor: (h) => void heads.push(h) } });
  const ev = await anchored.append({ type: 'setting_change', actor: 'admin' });
  assert.deepEqual(heads, [{ seq: 11, hash: ev.hash }]);
  assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: undefined, e: null }] }), '{"a":[{"d":2,"e":null}],"b":1}');
});

test('list: newest first, filters and cursor pagination', async () => {
  const p1 = await log.list({ limit: 4 });
  assert.deepEqual(p1.events.map((e) => e.seq), [10, 9, 8, 7]);
  const p2 = await log.list({ limit: 4, cursor: p1.nextCursor! });
  assert.deepEqual(p2.events.map((e) => e.seq), [6, 5, 4, 3]);
  const plays = await log.list({ type: 'playback' });
  assert.deepEqual(plays.events.map((e) => e.seq), [7, 2]);
  const one = await log.list({ callId: 'c3' });
  assert.equal(one.events.length, 1);
});

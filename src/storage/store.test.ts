import assert from 'node:assert/strict';
import { readFile, stat, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import test from 'node:test';
import { isAppError } from '../errors/index.js';
import { setLogSink } from '../trace/index.js';
import { openStore, type RecordingStore, type StoreOptions } from './index.js';
import { fakeChunk, fakeScanner, newCall, syntheticRecord, tempDir } from './storage-fixtures.js';

setLogSink(() => undefined);

async function open(dir: string, over: Partial<StoreOptions> = {}): Promise<RecordingStore> {
  return openStore({
    dataDirs: [{ id: 'd1', path: path.join(dir, 'd1') }, { id: 'd2', path: path.join(dir, 'd2') }],
    dbPath: path.join(dir, 'db'),
    keyFile: path.join(dir, 'kek.json'),
    fsyncIntervalMs: 20,
    minFreeBytes: 0,
    scanner: fakeScanner,
    ...over,
  });
}

const code = (c: string) => (e: unknown) => isAppError(e, c);

test('create / append / finish / read round trip, durable bytes, key file perms', async () => {
  const dir = await tempDir('store');
  const store = await open(dir);
  try {
    const { call, dataKey, writer } = await store.createRecording(newCall({ tags: ['sales'] }));
    assert.equal(call.state, 'recording');
    assert.equal(dataKey.length, 32);
    const file = store.recordingPath(call);
    assert.match(file, /\/2026\/11\/24\/[^/]+\.cvr$/);
    const a = fakeChunk(dataKey, call.id, Buffer.from('hello'));
    const b = fakeChunk(dataKey, call.id, Buffer.from('world!'));
    writer.append(a, 500);
    assert.equal(writer.ackedBytes, a.length);
    await writer.waitDurable();
    assert.equal(writer.durableBytes, a.length);
    const done = await writer.finish(b, { durationMs: 1000 });
    assert.equal(done.state, 'completed');
    assert.equal(done.durationMs, 1000);
    assert.equal(done.recording?.bytes, a.length + b.length);
    assert.ok(done.endedAt);
    assert.throws(() => writer.append(a), code('ERR_WRITER_CLOSED'));
    const read = await store.readRecording(call.id);
    assert.deepEqual(read.bytes, Buffer.concat([a, b]));
    assert.deepEqual(read.dataKey, dataKey);
    assert.equal((await store.getCall(call.id)).state, 'completed');
    const st = await stat(path.join(dir, 'kek.json'));
    assert.equal(st.mode & 0o777, 0o600);
    assert.ok(!(await readFile(path.join(dir, 'kek.json'), 'utf8')).includes(dataKey.toString('base64')));
  } finally {
    await store.close();
  }
  // Reopen: data key still unwraps, nothing to recover.
  const again = await open(dir);
  try {
    assert.equal(again.recovery.interrupted.length, 0);
    const [c] = (await again.search({})).calls;
    assert.ok(c);
    const read = await again.readRecording(c.id);
    assert.deepEqual((await fakeScanner(read.bytes, read.dataKey, c.id)).validBytes, read.bytes.length);
  } finally {
    await again.close();
  }
  // A key file readable by others is refused.
  await chmod(path.join(dir, 'kek.json'), 0o644);
  await assert.rejects(open(dir), code('ERR_KEY_FILE'));
  await chmod(path.join(dir, 'kek.json'), 0o600);
  await writeFile(path.join(dir, 'bad.json'), '{"version":1,"current":"x","keys":[{"id":"x","key":"c2hvcnQ="}]}', { mode: 0o600 });
  await assert.rejects(open(dir, { keyFile: path.join(dir, 'bad.json') }), code('ERR_KEY_FILE'));
});

test('search by every index, combined filters, cursors stable under concurrent inserts', async () => {
  const dir = await tempDir('search');
  const store = await open(dir);
  try {
    const base = Date.UTC(2026, 0, 1);
    const records = Array.from({ length: 3000 }, (_, i) => syntheticRecord(i, base));
    await store.putCalls(records);
    assert.equal(await store.countCalls(), 3000);
    const all = (q: object) => records.filter((r) => Object.entries(q).every(([k, v]) => (r as unknown as Record<string, unknown>)[k] === v));
    // Each index against a brute-force filter.
    const cases: [object, (r: (typeof records)[number]) => boolean][] = [
      [{ agentId: 'agent-7' }, (r) => r.agentId === 'agent-7'],
      [{ team: 'team-3' }, (r) => r.team === 'team-3'],
      [{ teams: ['team-3', 'team-4'] }, (r) => r.team === 'team-3' || r.team === 'team-4'],
      [{ number: records[5]!.caller }, (r) => r.caller === records[5]!.caller || r.callee === records[5]!.caller],
      [{ queue: 'queue-9' }, (r) => r.queue === 'queue-9'],
      [{ tag: 'vip' }, (r) => r.tags.includes('vip')],
      [{ ruleHit: 'no-greeting' }, (r) => r.analysis!.ruleHits.includes('no-greeting')],
      [{ scoreMin: 90, scoreMax: 95 }, (r) => r.analysis!.score! >= 90 && r.analysis!.score! <= 95],
      [{ state: 'completed' }, () => true],
      [{ from: base + 1000 * 1000, to: base + 1500 * 1000 }, (r) => r.startedAt >= base + 1_000_000 && r.startedAt < base + 1_500_000],
      [{ team: 'team-3', direction: 'outbound', from: base + 600_000 }, (r) => r.team === 'team-3' && r.direction === 'outbound' && r.startedAt >= base + 600_000],
      [{ negativeEmotionMin: 0.85, queue: 'queue-1' }, (r) => r.queue === 'queue-1' && r.analysis!.negativeEmotionShare! >= 0.85],
    ];
    for (const [q, pred] of cases) {
      const want = records.filter(pred).sort((a, b) => b.startedAt - a.startedAt).map((r) => r.id);
      const got: string[] = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 1000; pages++) {
        const page = await store.search(q, { limit: 97, ...(cursor ? { cursor } : {}) });
        got.push(...page.calls.map((c) => c.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      assert.deepEqual(got, want, JSON.stringify(q));
    }
    assert.equal(all({}).length, 3000);
    // Insert newer and older calls between pages: the pages already walked do not shift.
    const p1 = await store.search({ team: 'team-1' }, { limit: 10 });
    await store.putCalls([
      { ...syntheticRecord(900_001, base), team: 'team-1', startedAt: base + 10_000_000 },
      { ...syntheticRecord(900_002, base), team: 'team-1', startedAt: base - 10_000 },
    ]);
    const p2 = await store.search({ team: 'team-1' }, { limit: 10, cursor: p1.nextCursor! });
    const expected = records.filter((r) => r.team === 'team-1').sort((a, b) => b.startedAt - a.startedAt).slice(10, 20).map((r) => r.id);
    assert.deepEqual(p2.calls.map((c) => c.id), expected);
    // Updates move index entries.
    await store.updateCall(records[0]!.id, { agentId: 'agent-moved', analysis: { score: 3, ruleHits: ['x'], analysedAt: 1 } });
    assert.deepEqual((await store.search({ agentId: 'agent-moved' })).calls.map((c) => c.id), [records[0]!.id]);
    assert.ok(!(await store.search({ agentId: 'agent-0' }, { limit: 1000 })).calls.some((c) => c.id === records[0]!.id));
    assert.deepEqual((await store.search({ ruleHit: 'x' })).calls.map((c) => c.id), [records[0]!.id]);
  } finally {
    await store.close();
  }
});

test('hostile queries and inputs give ERR_* codes', async () => {
  const dir = await tempDir('hostile');
  const store = await open(dir);
  try {
    await store.putCalls([syntheticRecord(1, 0), syntheticRecord(2, 0)]);
    const page = await store.search({ team: 'team-1' }, { limit: 1 });
    for (const limit of [0, -1, 1001, 1e9, 1.5, NaN, '10' as unknown as number]) await assert.rejects(store.search({}, { limit }), code('ERR_BAD_LIMIT'));
    for (const cursor of ['', '!!!', 'a'.repeat(5000), Buffer.from('1.000000000000.x').toString('base64url'), '{"$gt":""}']) {
      await assert.rejects(store.search({}, { cursor }), code('ERR_BAD_CURSOR'), cursor);
    }
    // A cursor from another query is refused.
    if (page.nextCursor) await assert.rejects(store.search({ team: 'team-2' }, { cursor: page.nextCursor }), code('ERR_BAD_CURSOR'));
    for (const q of [{ agentId: '' }, { agentId: 'a\0b' }, { from: 'yesterday' }, { state: 'gone' }, { teams: [] }, { scoreMin: 101 }, { $where: 1 }, null, [] as unknown]) {
      await assert.rejects(store.search(q as never), code('ERR_BAD_QUERY'), JSON.stringify(q));
    }
    await assert.rejects(store.getCall('../../etc/passwd'), code('ERR_BAD_CALL'));
    await assert.rejects(store.getCall('nope'), code('ERR_CALL_NOT_FOUND'));
    await assert.rejects(store.createRecording(newCall({ id: '../x' })), code('ERR_BAD_CALL'));
    await assert.rejects(store.createRecording(newCall({ startedAt: -5 })), code('ERR_BAD_CALL'));
    await assert.rejects(store.createRecording({ ...newCall(), direction: 'sideways' as never }), code('ERR_BAD_CALL'));
    await assert.rejects(store.updateCall(syntheticRecord(1, 0).id, { legalHold: true } as never), code('ERR_BAD_CALL'));
    const c = await store.createRecording(newCall({ id: 'dup-1' }));
    await assert.rejects(store.createRecording(newCall({ id: 'dup-1' })), code('ERR_CALL_EXISTS'));
    await c.writer.finish(null);
    assert.throws(() => store.sublevel('../x'), code('ERR_BAD_ARG'));
  } finally {
    await store.close();
  }
});

test('retention, legal hold and crypto-shredding; KEK rotation re-wraps keys', async () => {
  const dir = await tempDir('retention');
  const store = await open(dir, { retention: { defaultDays: 183, byTag: { 'traceable-sale': 1825 }, byQueue: { short: 30 } } });
  try {
    const t0 = Date.UTC(2026, 0, 1);
    const mk = async (over: object) => {
      const r = await store.createRecording(newCall({ startedAt: t0, ...over }));
      r.writer.append(fakeChunk(r.dataKey, r.call.id, Buffer.from('audio')), 500);
      await r.writer.finish(null);
      return r.call;
    };
    const plain = await mk({});
    const sale = await mk({ tags: ['traceable-sale'] });
    const short = await mk({ queue: 'short' });
    const held = await mk({});
    assert.equal(plain.retainUntil, t0 + 183 * 86_400_000);
    assert.equal(sale.retainUntil, t0 + 1825 * 86_400_000);
    assert.equal(short.retainUntil, t0 + 30 * 86_400_000);
    await store.setLegalHold(held.id, true, 'auditor-1', 'case 2026-17');

    const r1 = await store.applyRetention(t0 + 31 * 86_400_000, 'retention-job');
    assert.deepEqual(r1.shredded, [short.id]);
    const r2 = await store.applyRetention(t0 + 200 * 86_400_000, 'retention-job');
    assert.deepEqual(r2.shredded, [plain.id]);
    assert.deepEqual(r2.skippedLegalHold, [held.id]);
    await assert.rejects(store.readRecording(plain.id), code('ERR_SHREDDED'));
    const meta = await store.getCall(plain.id);
    assert.equal(meta.shredded?.actor, 'retention-job');
    const tomb = await store.tombstone(plain.id);
    assert.equal(tomb?.actor, 'retention-job');
    assert.match(tomb?.reason ?? '', /retention expired/);
    await assert.rejects(stat(store.recordingPath(meta)), /ENOENT/);
    await assert.rejects(store.shred(held.id, 'asked', 'admin'), code('ERR_LEGAL_HOLD'));
    await store.setLegalHold(held.id, false, 'auditor-1', 'case closed');
    const s = await store.shred(held.id, 'customer request', 'admin');
    assert.ok(s.shredded);
    await assert.rejects(store.readRecording(held.id), code('ERR_SHREDDED'));
    await assert.rejects(store.setLegalHold(held.id, true, 'a', 'b'), code('ERR_SHREDDED'));
    const events = await store.events({ limit: 50 });
    assert.ok(events.some((e) => e.type === 'legal_hold' && e.callId === held.id && e.actor === 'auditor-1'));
    assert.equal(events.filter((e) => e.type === 'shred').length, 3);
    // Metadata of shredded calls stays searchable unless excluded.
    assert.equal((await store.search({})).calls.length, 4);
    assert.equal((await store.search({ includeShredded: false })).calls.length, 1);

    const before = (await store.health()).kekId;
    const rot = await store.rotateKek('admin');
    assert.notEqual(rot.kekId, before);
    assert.equal(rot.rewrapped, 1);
    assert.deepEqual(rot.retiredKekIds, [before]);
    const read = await store.readRecording(sale.id);
    assert.equal(read.dataKey.length, 32);
  } finally {
    await store.close();
  }
  // The rotated key file still opens the surviving recording after restart.
  const again = await open(dir);
  try {
    const [c] = (await again.search({ includeShredded: false })).calls;
    assert.ok((await again.readRecording(c!.id)).bytes.length > 0);
  } finally {
    await again.close();
  }
});

test('sublevel namespaces and health', async () => {
  const dir = await tempDir('sub');
  const store = await open(dir);
  try {
    const ns = store.sublevel<{ score: number }>('analysis');
    await ns.put('c1', { score: 80 });
    await ns.batch([{ type: 'put', key: 'c2', value: { score: 60 } }]);
    assert.deepEqual(await ns.get('c1'), { score: 80 });
    assert.equal(await ns.get('zzz'), undefined);
    const keys: string[] = [];
    for await (const [k] of ns.entries()) keys.push(k);
    assert.deepEqual(keys, ['c1', 'c2']);
    assert.equal(await store.countCalls(), 0);
    const r = await store.createRecording(newCall());
    r.writer.append(Buffer.alloc(10_000));
    await r.writer.finish(null);
    const h = await store.health();
    assert.equal(h.disks.length, 2);
    assert.ok(h.disks.every((d) => d.totalBytes > 0 && !d.degraded));
    assert.ok(h.disks.some((d) => d.bytesPerDay > 0 && d.daysToFull! > 0));
  } finally {
    await store.close();
  }
});

test('listOldestFirst pages one state oldest first, with its own cursors', async () => {
  const dir = await tempDir('oldest');
  const store = await open(dir);
  try {
    const base = Date.UTC(2026, 0, 1);
    // Inserted newest first, every third call interrupted: order must come from the index.
    await store.putCalls(Array.from({ length: 450 }, (_, i) => syntheticRecord(449 - i, base)).map((c, i) => (i % 3 === 0 ? { ...c, state: 'interrupted' as const } : c)));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listOldestFirst('completed', { limit: 100, ...(cursor ? { cursor } : {}) });
      assert.ok(page.calls.length <= 100 && page.calls.every((c) => c.state === 'completed'));
      seen.push(...page.calls.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.equal(seen.length, 300);
    assert.deepEqual(seen, [...seen].sort(), 'oldest (lowest startedAt) first, no repeats');
    const newest = await store.search({ state: 'completed' }, { limit: 1 });
    await assert.rejects(store.listOldestFirst('completed', { cursor: newest.nextCursor! }), code('ERR_BAD_CURSOR'));
    await assert.rejects(store.listOldestFirst('gone' as never), code('ERR_BAD_QUERY'));
    await assert.rejects(store.listOldestFirst('completed', { limit: 0 }), code('ERR_BAD_LIMIT'));
  } finally {
    await store.close();
  }
});

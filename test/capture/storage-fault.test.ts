/**
 * A failed fdatasync under one call (fault-injected file system): that call ends with
 * ERR_CAPTURE_STORAGE and is marked interrupted; the call beside it records to completion.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { CallEventType } from '../../src/generated/callvault/capture/v1/capture.js';
import { nodeStorageFs, type StorageFs } from '../../src/storage/index.js';
import { ev, openBridge, sendAudio, sleep, startHarness } from './harness.js';

test('storage failure under one call ends only that call', async () => {
  const failing = new Set<string>();
  const fs: StorageFs = {
    statfs: (p) => nodeStorageFs.statfs(p),
    async open(path, flags, mode) {
      const fh = await nodeStorageFs.open(path, flags, mode);
      return {
        write: (b, o, l, p) => fh.write(b, o, l, p),
        datasync: () => ([...failing].some((id) => path.includes(id)) ? Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) : fh.datasync()),
        sync: () => fh.sync(),
        truncate: (n) => fh.truncate(n),
        close: () => fh.close(),
      };
    },
  };
  const h = await startHarness({ fs });
  const b = await openBridge(h.target);
  try {
    b.send(ev('e1a/1/1', 'ok', CallEventType.CALL_EVENT_TYPE_ANSWER));
    b.send(ev('e1a/1/2', 'doomed', CallEventType.CALL_EVENT_TYPE_ANSWER));
    const idOf = async (callId: string) => {
      const m = await b.waitFor((x) => x.body?.$case === 'callStarted' && x.body.value.callId === callId);
      return m.body?.$case === 'callStarted' ? m.body.value.recordingId : '';
    };
    const okId = await idOf('ok');
    const doomedId = await idOf('doomed');
    failing.add(doomedId);
    const pos = { tick: 1, seq: 0 };
    for (let i = 0; i < 10; i++) {
      await sendAudio(b, ['e1a/1/1', 'e1a/1/2'], pos, 0.3, 10);
      await sleep(60);
    }
    const err = await b.waitFor((m) => m.body?.$case === 'error' && m.body.value.channelId === 'e1a/1/2');
    assert.ok(err.body?.$case === 'error');
    assert.equal(err.body.value.code, 'ERR_CAPTURE_STORAGE');
    assert.equal(err.body.value.callEnded, true);
    b.send(ev('e1a/1/1', 'ok', CallEventType.CALL_EVENT_TYPE_HANGUP));
    b.send(ev('e1a/1/2', 'doomed', CallEventType.CALL_EVENT_TYPE_HANGUP));
    let ok = await h.store.getCall(okId);
    for (let i = 0; i < 50 && ok.state !== 'completed'; i++) (await sleep(50), (ok = await h.store.getCall(okId)));
    assert.equal(ok.state, 'completed');
    assert.ok(ok.durationMs >= 2500, `ok duration ${ok.durationMs}`);
    const doomed = await h.store.getCall(doomedId);
    assert.equal(doomed.state, 'interrupted');
    assert.ok(!b.messages.some((m) => m.body?.$case === 'error' && m.body.value.channelId === 'e1a/1/1'));
  } finally {
    b.close();
    await h.close();
  }
});

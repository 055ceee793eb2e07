import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import test from 'node:test';
import { isAppError } from '../errors/index.js';
import { ChannelBoard, loadChannelConfigDir, loadChannelConfigFile, parseChannelConfig, type ChannelChange } from './index.js';

// dist/src/channels → project root
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function err(code: string, check?: (d: Record<string, unknown>) => void) {
  return (e: unknown) => {
    if (!isAppError(e, code)) return false;
    check?.(e.details ?? {});
    return true;
  };
}

test('the shipped firmware-config: 2 E1 cards × 2 spans + 1 analogue card', async () => {
  const plan = await loadChannelConfigDir(path.join(root, 'firmware-config'));
  assert.equal(plan.site, 'demo-sh');
  assert.equal(plan.cards.length, 3);
  assert.equal(plan.channels.length, 4 * 30 + 8);
  const c = plan.channels.find((x) => x.id === 'e1a/2/5');
  assert.deepEqual({ ext: c?.extension, agent: c?.agentId, team: c?.team, queue: c?.queue }, { ext: '8035', agent: 'a8035', team: 'retail', queue: 'loans' });
  assert.equal(plan.channels.find((x) => x.id === 'e1b/2/30')?.record, false);
  assert.equal(plan.channels.find((x) => x.id === 'ana1/7')?.agentId, 'a-supervisor');
  assert.equal(plan.channels.find((x) => x.id === 'ana1/8')?.extension, undefined);
});

const good = (cards: string) => `{\n  "version": 1,\n  "site": "s1",\n  "bridgeId": "b1",\n  "cards": [\n${cards}\n  ]\n}\n`;

test('hostile config files give codes with file, line and field', async () => {
  // Wrong type: the line is the line of the field.
  assert.throws(
    () => parseChannelConfig(good('    {\n      "id": "c1",\n      "model": "E1",\n      "spans": "two"\n    }'), 'x.json'),
    err('ERR_CHANNEL_CONFIG', (d) => {
      assert.equal(d.file, 'x.json');
      assert.equal(d.field, 'cards[0].spans');
      assert.equal(d.line, 9);
    }),
  );
  // Unknown card model.
  assert.throws(() => parseChannelConfig(good('{"id":"c1","model":"E3"}'), 'x.json'), err('ERR_CHANNEL_CONFIG', (d) => assert.equal(d.field, 'cards[0].model')));
  // Too many spans / channel out of range / typo field / duplicate card.
  assert.throws(() => parseChannelConfig(good('{"id":"c1","model":"ANALOG-4","spans":2}'), 'x.json'), err('ERR_CHANNEL_CONFIG'));
  assert.throws(() => parseChannelConfig(good('{"id":"c1","model":"T1","channels":[{"channel":25}]}'), 'x.json'), err('ERR_CHANNEL_CONFIG', (d) => assert.equal(d.field, 'cards[0].channels[0].channel')));
  assert.throws(() => parseChannelConfig(good('{"id":"c1","model":"T1","chanels":[]}'), 'x.json'), err('ERR_CHANNEL_CONFIG', (d) => assert.equal(d.field, 'cards[0].chanels')));
  assert.throws(() => parseChannelConfig(good('{"id":"c1","model":"T1"},\n{"id":"c1","model":"E1"}'), 'x.json'), err('ERR_CHANNEL_CONFIG', (d) => {
    assert.equal(d.field, 'cards[1].id');
    assert.equal(d.line, 7);
  }));
  // Duplicate channel mapping (a range overlapping a single channel).
  assert.throws(
    () => parseChannelConfig(good('{"id":"c1","model":"E1","channels":[\n{"from":1,"to":10},\n{"channel":5,"extension":"1"}]}'), 'x.json'),
    err('ERR_CHANNEL_CONFIG', (d) => {
      assert.equal(d.field, 'cards[0].channels[1]');
      assert.equal(d.line, 8);
    }),
  );
  // Several problems are all listed.
  assert.throws(() => parseChannelConfig('{"version":2,"site":"","bridgeId":7,"cards":[]}', 'x.json'), err('ERR_CHANNEL_CONFIG', (d) => assert.equal((d.errors as unknown[]).length, 4)));
  // Bad JSON: line and column of the syntax error.
  assert.throws(() => parseChannelConfig('{\n  "version": 1,\n  "site": "s1"\n  "cards": []\n}', 'y.json'), err('ERR_CHANNEL_CONFIG_JSON', (d) => {
    assert.equal(d.line, 4);
    assert.equal(d.file, 'y.json');
  }));
  for (const text of ['', '{', '[1,]', '{"a":1,"a":2}', '{"a":"\u0001"}', 'nul', '{"a":1} x', '['.repeat(10_000)]) {
    assert.throws(() => parseChannelConfig(text, 'z.json'), err('ERR_CHANNEL_CONFIG_JSON'), JSON.stringify(text.slice(0, 20)));
  }
  assert.throws(() => parseChannelConfig('[]', 'z.json'), err('ERR_CHANNEL_CONFIG'));
  assert.throws(() => parseChannelConfig('{"__proto__":{"x":1},"version":1}', 'z.json'), err('ERR_CHANNEL_CONFIG'));
  // Huge file: refused before parsing.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cv-chan-'));
  await writeFile(path.join(dir, 'huge.json'), ' '.repeat(2 << 20));
  await assert.rejects(loadChannelConfigFile(path.join(dir, 'huge.json')), err('ERR_CHANNEL_CONFIG_TOO_LARGE'));
  await assert.rejects(loadChannelConfigFile(path.join(dir, 'missing.json')), err('ERR_CHANNEL_CONFIG_READ'));
  // Two files defining the same card.
  const dir2 = await mkdtemp(path.join(os.tmpdir(), 'cv-chan-'));
  await writeFile(path.join(dir2, 'a.json'), good('{"id":"c1","model":"T1"}'));
  await writeFile(path.join(dir2, 'b.json'), good('{"id":"c1","model":"E1"}'));
  await assert.rejects(loadChannelConfigDir(dir2), err('ERR_CHANNEL_CONFIG', (d) => assert.equal(d.file, 'b.json')));
});

test('ChannelBoard: call events, span alarms, counts and change events', () => {
  const plan = parseChannelConfig(good('{"id":"e1a","model":"E1","spans":2},{"id":"an","model":"ANALOG-4"}'), 'x.json');
  let t = 1000;
  const board = new ChannelBoard(plan, () => t);
  const changes: ChannelChange[] = [];
  board.on('change', (c: ChannelChange) => changes.push(c));
  assert.equal(board.counts().idle, 64);
  board.apply({ type: 'ring', channelId: 'e1a/1/1', callId: 'c1' });
  t = 2000;
  board.apply({ type: 'answer', channelId: 'e1a/1/1' });
  assert.deepEqual(board.get('e1a/1/1'), { id: 'e1a/1/1', state: 'talking', callId: 'c1', since: 2000 });
  board.apply({ type: 'hold', channelId: 'e1a/1/1' });
  board.apply({ type: 'resume', channelId: 'e1a/1/1' });
  board.apply({ type: 'pause', channelId: 'e1a/1/1' });
  assert.equal(board.get('e1a/1/1').state, 'paused');
  board.apply({ type: 'unpause', channelId: 'e1a/1/1' });
  board.apply({ type: 'answer', channelId: 'an/2', callId: 'c2' });
  assert.deepEqual(board.counts(), { idle: 62, ringing: 0, talking: 2, held: 0, paused: 0, alarm: 0, down: 0 });
  // LOS on span 1 puts its 30 channels in alarm, including the one in a call.
  const lost = board.apply({ type: 'span_alarm', spanId: 'e1a/1', alarm: 'LOS' });
  assert.equal(lost.length, 30);
  assert.equal(board.counts().alarm, 30);
  assert.deepEqual(board.spanAlarms(), [{ spanId: 'e1a/1', alarm: 'LOS', since: 2000 }]);
  assert.deepEqual(board.apply({ type: 'answer', channelId: 'e1a/1/2' }), []);
  board.apply({ type: 'span_alarm', spanId: 'e1a/1', alarm: 'CLEAR' });
  assert.equal(board.counts().alarm, 0);
  board.apply({ type: 'channel_down', channelId: 'an/4' });
  assert.equal(board.get('an/4').state, 'down');
  board.apply({ type: 'hangup', channelId: 'an/2' });
  assert.equal(board.get('an/2').callId, undefined);
  assert.deepEqual(board.counts(), { idle: 63, ringing: 0, talking: 0, held: 0, paused: 0, alarm: 0, down: 1 });
  // ring, answer, hold, resume, pause, unpause, answer(an/2); LOS ×30; CLEAR ×30; down; hangup.
  assert.equal(changes.length, 7 + 30 + 30 + 2);
  // Hostile events.
  assert.throws(() => board.apply({ type: 'ring', channelId: 'e1a/9/1' }), err('ERR_UNKNOWN_CHANNEL'));
  assert.throws(() => board.apply({ type: 'span_alarm', spanId: 'zz/1', alarm: 'LOS' }), err('ERR_UNKNOWN_SPAN'));
  assert.throws(() => board.apply({ type: 'span_alarm', spanId: 'e1a/2', alarm: 'FIRE' as never }), err('ERR_BAD_BOARD_EVENT'));
  assert.throws(() => board.apply({ type: 'explode', channelId: 'e1a/1/1' } as never), err('ERR_BAD_BOARD_EVENT'));
  assert.throws(() => board.apply(null as never), err('ERR_BAD_BOARD_EVENT'));
  assert.equal(board.snapshot().length, 64);
});

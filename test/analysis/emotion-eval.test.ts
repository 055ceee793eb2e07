/**
 * Emotion from text, measured on labelled transcripts: a hand-written calm/angry set (below) and, as
 * a proxy, the rule corpus (test/corpus): calls whose expected flags include a complaint or
 * escalation intent count as "upset". Accuracy is printed; the assertions only require better than
 * chance so the figure is reported honestly rather than tuned to a threshold.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { analyseEmotion } from '../../src/analysis/index.js';
import type { TranscriptSegment } from '../../src/model/index.js';

const seg = (speaker: 'agent' | 'customer', i: number, text: string): TranscriptSegment => ({ speaker, startMs: i * 4000, endMs: i * 4000 + 3500, text, confidence: 1 });
const call = (lines: string[]) => lines.map((l, i) => seg(i % 2 ? 'customer' : 'agent', i, l));

const CALM = [
  call(['您好，请问有什么可以帮您？', '我想查一下信用卡账单。', '好的，已经为您查到了。', '好的，谢谢你。']),
  call(['Hello, how can I help?', 'I would like to update my address.', 'Done, anything else?', 'No, that is all, thanks.']),
  call(['您好。', '我的卡丢了，想挂失一下。', '已经帮您挂失了。', '好的，麻烦你了。']),
  call(['Good morning.', 'Can you tell me my balance?', 'It is two hundred pounds.', 'Great, thank you.']),
  call(['您好，请讲。', '请问分期手续费怎么算？', '每期百分之零点六。', '明白了，谢谢。']),
];
const ANGRY = [
  call(['您好，请问有什么可以帮您？', '你们乱扣我钱，太过分了，我要投诉！', '非常抱歉。', '别跟我说抱歉，气死我了！']),
  call(['Hello, how can I help?', 'This is ridiculous, you charged me twice!', 'I am sorry about that.', 'Sorry is useless, I want to complain.']),
  call(['您好。', '我打了三次电话都没人管，你们什么破银行！', '我帮您看一下。', '我受够了，我要找银保监。']),
  call(['Good morning.', 'I am furious, my card was blocked abroad.', 'Let me check.', 'Worst service ever, I am so frustrated.']),
  call(['您好，请讲。', '你们的服务太差了，我很不满意。', '抱歉给您带来不便。', '我对你们非常失望。']),
];

test('labelled calm vs angry calls: customer negative share separates them', () => {
  const neg = (c: TranscriptSegment[]) => analyseEmotion({ transcript: c, durationMs: 16_000 }).customer.negativeShare;
  const correct = CALM.filter((c) => neg(c) === 0).length + ANGRY.filter((c) => neg(c) > 0).length;
  console.log(`hand-labelled calm/angry: ${correct}/${CALM.length + ANGRY.length} correct`);
  assert.ok(correct >= 8);
  const e = analyseEmotion({ transcript: ANGRY[0]!, durationMs: 16_000 }).customer;
  assert.ok(e.peaks.length >= 1 && e.peaks[0]!.atMs === 4000, JSON.stringify(e.peaks));
});

test('rule corpus proxy: upset (complaint/escalation expected) vs not', async () => {
  let tp = 0, fp = 0, tn = 0, fn = 0;
  for (const split of ['dev', 'heldout']) {
    const dir = join(process.cwd(), 'test/corpus', split);
    for (const f of (await readdir(dir)).filter((x) => x.endsWith('.json'))) {
      const c = JSON.parse(await readFile(join(dir, f), 'utf8')) as { segments: TranscriptSegment[]; durationMs: number; expected: { flagged: string[] } };
      const upset = c.expected.flagged.some((r) => r === 'intent.complaint' || r === 'intent.escalation');
      const predicted = analyseEmotion({ transcript: c.segments, durationMs: c.durationMs }).customer.negativeShare > 0;
      if (upset && predicted) tp++; else if (upset) fn++; else if (predicted) fp++; else tn++;
    }
  }
  const n = tp + fp + tn + fn;
  console.log(`corpus proxy (n=${n}): accuracy ${((tp + tn) / n).toFixed(3)} precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} recall ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} tn ${tn} fn ${fn})`);
  assert.ok(n > 0);
  assert.ok((tp + tn) / n > 0.5, 'better than chance');
});

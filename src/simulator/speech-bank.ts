/**
 * A small bank of synthetic utterances (espeak-ng, en + zh via cmn-latn-pinyin), resampled to 8 kHz
 * 16-bit mono with sox and cached as raw files, so a simulator run synthesises once and then only
 * reads. Without espeak-ng/sox the bank falls back to voiced-like tone bursts (no text).
 */
import { mkdir } from 'node:fs/promises';
import { createLogger } from '../trace/index.js';
import { synthesise } from './espeak.js';

const log = createLogger('simulator');

export interface Utterance {
  speaker: 'agent' | 'customer';
  language: 'en' | 'zh';
  /** The text as spoken (Chinese in characters; synthesised from pinyin). */
  text: string;
  /** 8 kHz 16-bit mono samples. */
  pcm: Int16Array;
}

interface Line {
  speaker: 'agent' | 'customer';
  language: 'en' | 'zh';
  text: string;
  say: string;
}

const LINES: Line[] = [
  { speaker: 'agent', language: 'en', text: 'Thank you for calling. This call is recorded for quality purposes. How can I help you?', say: 'Thank you for calling. This call is recorded for quality purposes. How can I help you?' },
  { speaker: 'customer', language: 'en', text: 'Hi, I would like to check the balance of my credit card.', say: 'Hi, I would like to check the balance of my credit card.' },
  { speaker: 'agent', language: 'en', text: 'Of course. Can you confirm your date of birth please?', say: 'Of course. Can you confirm your date of birth please?' },
  { speaker: 'customer', language: 'en', text: 'This is the third time I call about this, I am really not happy.', say: 'This is the third time I call about this, I am really not happy.' },
  { speaker: 'agent', language: 'en', text: 'I understand, I am sorry for the trouble. Let me fix that for you now.', say: 'I understand, I am sorry for the trouble. Let me fix that for you now.' },
  { speaker: 'customer', language: 'en', text: 'Thank you, that is all I needed.', say: 'Thank you, that is all I needed.' },
  { speaker: 'agent', language: 'zh', text: '您好，欢迎致电，本次通话将被录音。请问有什么可以帮您？', say: 'nin2 hao3, huan1 ying2 zhi4 dian4, ben3 ci4 tong1 hua4 jiang1 bei4 lu4 yin1. qing3 wen4 you3 shen2 me ke3 yi3 bang1 nin2?' },
  { speaker: 'customer', language: 'zh', text: '我想查一下我的信用卡账单。', say: 'wo3 xiang3 cha2 yi2 xia4 wo3 de xin4 yong4 ka3 zhang4 dan1.' },
  { speaker: 'agent', language: 'zh', text: '好的，请您稍等，我帮您查询。', say: 'hao3 de, qing3 nin2 shao1 deng3, wo3 bang1 nin2 cha2 xun2.' },
  { speaker: 'customer', language: 'zh', text: '我要投诉，你们的服务太差了。', say: 'wo3 yao4 tou2 su4, ni3 men de fu2 wu4 tai4 cha4 le.' },
  { speaker: 'agent', language: 'zh', text: '非常抱歉给您带来不便，我马上为您处理。', say: 'fei1 chang2 bao4 qian4 gei3 nin2 dai4 lai2 bu4 bian4, wo3 ma3 shang4 wei4 nin2 chu3 li3.' },
  { speaker: 'customer', language: 'zh', text: '好的，谢谢。', say: 'hao3 de, xie4 xie4.' },
];

// Agents speak a little higher and faster than customers, so the legs differ audibly.
const synth = (line: Line, dir: string): Promise<Int16Array> =>
  synthesise(line.say, { language: line.language, pitch: line.speaker === 'agent' ? 60 : 35, speed: line.speaker === 'agent' ? 165 : 150 }, 8000, dir);

function toneBurst(ms: number, f0: number): Int16Array {
  const n = (ms * 8000) / 1000;
  const out = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const env = Math.sin((Math.PI * i) / n);
    const f = f0 * (1 + 0.1 * Math.sin((2 * Math.PI * i) / 4000));
    out[i] = Math.round(6000 * env * (Math.sin((2 * Math.PI * f * i) / 8000) + 0.4 * Math.sin((4 * Math.PI * f * i) / 8000)));
  }
  return out;
}

/** Loads (synthesising once into `cacheDir`) the utterance bank. */
export async function loadSpeechBank(cacheDir: string): Promise<Utterance[]> {
  await mkdir(cacheDir, { recursive: true });
  try {
    const out: Utterance[] = [];
    for (const line of LINES) out.push({ speaker: line.speaker, language: line.language, text: line.text, pcm: await synth(line, cacheDir) });
    return out;
  } catch (error) {
    log.warn('espeak-ng/sox unavailable: using tone bursts instead of speech', { message: (error as Error).message });
    return LINES.map((l, i) => ({ speaker: l.speaker, language: l.language, text: '', pcm: toneBurst(1200 + 200 * (i % 5), l.speaker === 'agent' ? 180 : 120) }));
  }
}

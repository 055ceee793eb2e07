/**
 * Text valence from a small zh + en lexicon with negation handling ("not happy", "不满意" is its own
 * entry; "不" / "没" before a positive word flips it). Scores are in [-1, 1] per segment.
 */
import type { Leg, TranscriptSegment } from '../model/index.js';

const NEG_EN = ['angry', 'terrible', 'awful', 'ridiculous', 'unacceptable', 'complain', 'complaint', 'useless', 'worst', 'furious', 'disappointed', 'annoyed', 'scam', 'fraud', 'hate', 'stupid', 'lawyer', 'sue', 'rubbish', 'nonsense', 'upset', 'frustrated', 'waste'];
const POS_EN = ['thank', 'thanks', 'great', 'good', 'happy', 'helpful', 'perfect', 'appreciate', 'excellent', 'glad', 'resolved', 'wonderful', 'satisfied', 'pleased'];
const NEG_ZH = ['生气', '投诉', '太差', '垃圾', '骗子', '不满意', '气死', '离谱', '过分', '失望', '恶心', '烦死', '忍无可忍', '岂有此理', '什么破', '浪费', '欺骗', '无语', '受够', '曝光', '银保监', '律师'];
const POS_ZH = ['谢谢', '感谢', '满意', '很好', '不错', '太好了', '辛苦', '解决了', '明白了', '好的', '开心', '专业'];
const NEGATORS_EN = new Set(['not', "don't", 'never', 'no', "isn't", "wasn't", "didn't"]);
const NEGATORS_ZH = ['不', '没', '别', '未'];

export interface SegmentValence {
  speaker: Leg;
  startMs: number;
  endMs: number;
  valence: number;
  /** Lexicon words that fired (evidence). */
  terms: string[];
}

function scoreEn(text: string, terms: string[]): number {
  const words = text.toLowerCase().split(/[^a-z']+/u).filter(Boolean);
  let score = 0;
  words.forEach((w, i) => {
    const neg = words.slice(Math.max(0, i - 3), i).some((p) => NEGATORS_EN.has(p));
    if (NEG_EN.some((t) => w.startsWith(t))) { score += neg ? 0.5 : -1; terms.push(w); }
    else if (POS_EN.some((t) => w.startsWith(t))) { score += neg ? -1 : 1; terms.push(w); }
  });
  return score;
}

function scoreZh(text: string, terms: string[]): number {
  let score = 0;
  for (const t of NEG_ZH) for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length)) { score -= 1; terms.push(t); }
  for (const t of POS_ZH) {
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length)) {
      // "不满意" is in the negative list; skip the positive "满意" inside it and flip other negated positives.
      if (t === '满意' && text.slice(Math.max(0, i - 1), i) === '不') continue;
      const negated = NEGATORS_ZH.includes(text.slice(Math.max(0, i - 1), i));
      score += negated ? -1 : 1;
      terms.push(negated ? `不${t}` : t);
    }
  }
  return score;
}

export function textValence(text: string): { valence: number; terms: string[] } {
  const terms: string[] = [];
  const raw = scoreEn(text, terms) + scoreZh(text, terms);
  // Exclamation runs and ALL-CAPS words add intensity to an already negative segment.
  const intensity = raw < 0 ? Math.min(1, (text.match(/[!！]/gu)?.length ?? 0) * 0.25) : 0;
  const valence = Math.max(-1, Math.min(1, raw / 2 - intensity));
  return { valence, terms };
}

export function segmentValence(segments: TranscriptSegment[]): SegmentValence[] {
  return segments.map((s) => ({ speaker: s.speaker, startMs: s.startMs, endMs: s.endMs, ...textValence(s.text) }));
}

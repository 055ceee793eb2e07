import type { TranscriptSegment } from '../model/index.js';
import { defaultRulePack, evaluateRules } from './index.js';

/**
 * What the phrasing tests evaluate: the default pack's phrase lists alone. The second opinion is
 * retrained on every new batch, so its verdicts on these sentences move; the eval measures it.
 */
export const pack = { ...defaultRulePack(), secondOpinion: undefined };

export const seg = (speaker: 'agent' | 'customer', text: string): TranscriptSegment => ({ speaker, startMs: 0, endMs: 3000, text, confidence: 0.9 });

/** The rules that flag these turns. */
const failed = (segments: TranscriptSegment[], durationMs: number) =>
  evaluateRules(pack, { segments, durationMs }).outcomes.filter((o) => !o.passed).map((o) => o.ruleId);

/** Rules that flag one turn said alone. */
export const flags = (speaker: 'agent' | 'customer', text: string) => failed([seg(speaker, text)], 3000);

/** Rules that flag a call of these turns, 4 s apart. */
export const call = (...segments: [('agent' | 'customer'), string][]) =>
  failed(segments.map(([speaker, text], i) => ({ speaker, startMs: i * 4000, endMs: i * 4000 + 3000, text, confidence: 0.9 })), segments.length * 4000);

/** Rules that flag a call of these turns, each with its start and end in seconds (where a duty's timing is the point). */
export const timedCall = (...segments: [('agent' | 'customer'), string, number, number][]) =>
  failed(
    segments.map(([speaker, text, startS, endS]) => ({ speaker, startMs: startS * 1000, endMs: endS * 1000, text, confidence: 0.9 })),
    Math.max(...segments.map(([, , , endS]) => endS)) * 1000,
  );

/**
 * Real-time alert source for the capture plane: streaming rule hits (forbidden phrases, intents) and
 * negative-emotion peaks from text, per call. Rule pack loading is lazy because runtime.ts builds
 * the source synchronously.
 */
import type { AlertCallInfo, AlertSource, CaptureAlert } from '../capture/types.js';
import type { TranscriptSegment } from '../model/index.js';
import { createStreamingMatcher, defaultRulePack, loadRulePack, type RulePack } from '../rules/index.js';
import { textValence } from './sentiment.js';

export interface AlertSourceOptions {
  store?: unknown;
  rulesPath?: string;
  pack?: RulePack;
  /** Valence at or below this on a customer segment raises an emotion alert. Default -0.75. */
  emotionThreshold?: number;
}

type Matcher = ReturnType<typeof createStreamingMatcher>;

export function createAlertSource(options: AlertSourceOptions = {}): AlertSource {
  const threshold = options.emotionThreshold ?? -0.75;
  let packPromise: Promise<RulePack> | undefined;
  const getPack = (): Promise<RulePack> => {
    packPromise ??= options.pack
      ? Promise.resolve(options.pack)
      : options.rulesPath
        ? loadRulePack(options.rulesPath)
        : Promise.resolve(defaultRulePack());
    return packPromise;
  };
  const matchers = new Map<string, Matcher>();
  return {
    async onSegment(call: AlertCallInfo, segment: TranscriptSegment): Promise<CaptureAlert[]> {
      let matcher = matchers.get(call.callId);
      if (!matcher) {
        matcher = createStreamingMatcher(await getPack());
        matchers.set(call.callId, matcher);
      }
      const alerts: CaptureAlert[] = matcher.push(segment).map((hit) => ({
        ruleId: hit.ruleId,
        severity: hit.severity,
        message: `${hit.kind}: ${hit.text}`.slice(0, 200),
        atOffsetMs: hit.startMs,
      }));
      if (segment.speaker === 'customer') {
        const { valence, terms } = textValence(segment.text);
        if (valence <= threshold) {
          alerts.push({ ruleId: 'emotion.negative', severity: 'warning', message: `negative customer emotion (${terms.join(', ')})`.slice(0, 200), atOffsetMs: segment.startMs });
        }
      }
      return alerts;
    },
    onCallEnd(callId: string): void {
      matchers.delete(callId);
    },
  };
}

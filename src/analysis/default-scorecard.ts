/**
 * Default bank QA scorecard: 18 items over the default rule pack's rule ids and the conversation /
 * emotion metrics. Thresholds follow common contact-centre QA practice (dead air ≤ 15 s, a few
 * interruptions at most, agent talk share 30–75 %).
 */
import { parseScorecard, type Scorecard } from './scorecard.js';

const rule = (id: string, title: string, category: string, weight: number, ruleId: string) => ({ id, title, category, weight, check: { kind: 'rule', ruleId } });
const metric = (id: string, title: string, category: string, weight: number, m: string, bounds: { min?: number; max?: number }) =>
  ({ id, title, category, weight, check: { kind: 'metric', metric: m, ...bounds } });

export function defaultScorecard(): Scorecard {
  return parseScorecard({
    id: 'bank-qa',
    version: 1,
    items: [
      rule('greeting', 'Opening greeting and recording notice', 'script_compliance', 5, 'greeting.recording_notice'),
      rule('identity', 'Caller identity verified', 'compliance', 10, 'identity.verification'),
      rule('wealth-risk', 'Wealth product risk disclosed', 'compliance', 10, 'disclosure.wealth_risk'),
      rule('no-guarantee', 'No guaranteed returns promised', 'compliance', 10, 'sales.no_guaranteed_returns'),
      rule('no-refund-promise', 'No unauthorised refund promise', 'compliance', 6, 'service.no_refund_promise'),
      rule('no-readback', 'Full card/ID number not read back', 'compliance', 8, 'privacy.no_full_number_readback'),
      rule('closing', 'Polite closing', 'script_compliance', 5, 'closing.polite'),
      rule('no-complaint', 'Customer did not ask to complain', 'problem_resolution', 6, 'intent.complaint'),
      rule('no-escalation', 'Customer did not ask for a supervisor', 'problem_resolution', 5, 'intent.escalation'),
      rule('no-churn', 'Customer did not threaten to leave', 'problem_resolution', 5, 'intent.churn'),
      metric('dead-air-count', 'At most 2 silences of 5 s or more', 'service_attitude', 4, 'silenceCount', { max: 2 }),
      metric('dead-air-longest', 'No silence longer than 15 s', 'service_attitude', 4, 'silenceLongestMs', { max: 15_000 }),
      metric('interruptions', 'Agent interrupts the customer at most twice', 'service_attitude', 5, 'agentInterruptions', { max: 2 }),
      metric('talk-share', 'Agent talk share 30–75 %', 'service_attitude', 3, 'agentTalkShare', { min: 0.3, max: 0.75 }),
      metric('response', 'Agent answers within 3 s on average', 'service_attitude', 4, 'agentResponseLatencyMs', { max: 3000 }),
      metric('hold', 'Total hold under 2 minutes', 'problem_resolution', 3, 'holdMs', { max: 120_000 }),
      metric('customer-mood', 'Customer negative share ≤ 30 %', 'problem_resolution', 4, 'customerNegativeShare', { max: 0.3 }),
      metric('agent-tone', 'Agent never negative', 'service_attitude', 6, 'agentNegativeShare', { max: 0 }),
    ],
  });
}

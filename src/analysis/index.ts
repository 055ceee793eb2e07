/**
 * Speech analytics: transcript sources, conversation metrics, emotion, QA scorecard, post-call
 * analysis, insights, and the real-time alert source the capture plane loads (runtime.ts imports
 * this module dynamically and calls createAlertSource).
 */
export { computeMetrics } from './metrics.js';
export type { ConversationMetrics, Interruption, MetricsInput } from './metrics.js';
export { segmentValence, textValence } from './sentiment.js';
export type { SegmentValence } from './sentiment.js';
export { analyseEmotion, arousalByBaseline, RAISED_AROUSAL } from './emotion.js';
export type { EmotionPoint, EmotionSummary, LegEmotion } from './emotion.js';
export { CATEGORIES, METRICS, overrideItem, parseScorecard, scoreCall } from './scorecard.js';
export type { ItemCheck, ItemEvidence, ItemOverride, ItemResult, ScoreAudit, ScoreCategory, ScoreMetric, Scorecard, ScorecardItem, ScorecardResult } from './scorecard.js';
export { defaultScorecard } from './default-scorecard.js';
export { checkAsrModelDir, importedTranscriptSource, loadSherpa, parseTranscriptJson } from './sources.js';
export type { AsrModelInfo, AsrModelType, TranscriptSource } from './sources.js';
export { ANALYSIS_SUBLEVEL, MAX_STORED_EMOTION_POINTS, analyseCall, readCallAnalysis, storedEmotionPoints } from './analyse-call.js';
export type { AnalyseOptions, CallAnalysis, StoredEmotionPoint } from './analyse-call.js';
export { createAlertSource } from './alerts.js';
export type { AlertSourceOptions } from './alerts.js';
export { exemplaryCalls, findSpikes, topicCounts } from './insights.js';
export type { GroupBy, Spike, TopicCount } from './insights.js';
export { localAsrTranscriptSource, pbxTranscriptSource, recognizerConfig } from './local-asr.js';

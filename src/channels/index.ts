/**
 * Channel tracking: parse and validate firmware-config/*.json (card models, spans, channel →
 * extension/agent/team mapping) with errors that name the file, line and field, and keep a live
 * state per channel (idle, ringing, talking, held, paused, alarm, down) for the console and metrics.
 *
 * Error codes: ERR_CHANNEL_CONFIG_JSON (syntax, with line/column), ERR_CHANNEL_CONFIG (a field, with
 * file/line/path), ERR_CHANNEL_CONFIG_TOO_LARGE, ERR_CHANNEL_CONFIG_READ, ERR_UNKNOWN_CHANNEL,
 * ERR_UNKNOWN_SPAN, ERR_BAD_BOARD_EVENT.
 */
export type {
  CardModel,
  CardModelInfo,
  ChannelMapping,
  ChannelInfo,
  SpanInfo,
  CardInfo,
  ChannelPlan,
  SpanAlarm,
  BoardEvent,
  ChannelLiveState,
  ChannelChange,
} from './types.js';
export { CARD_MODELS, parseChannelConfig, loadChannelConfigDir, loadChannelConfigFile, mergePlans, MAX_CONFIG_BYTES } from './config.js';
export { ChannelBoard } from './board.js';

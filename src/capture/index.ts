/**
 * Capture plane: the gRPC service (proto/callvault/capture/v1/capture.proto) a PBX or card bridge
 * uses to send call events, multi-channel audio ticks, recording controls and transcript segments;
 * the ingest that turns them into encrypted recordings (H3's RecordEngine) in the store (H5) and
 * channel states on the board (H5).
 *
 * Error codes (ChannelError.code / gRPC x-callvault-code): ERR_UNKNOWN_CHANNEL, ERR_CAPTURE_NO_CALL,
 * ERR_CAPTURE_WRONG_CODEC, ERR_CAPTURE_OVERSIZED_FRAME, ERR_CAPTURE_BAD_PAYLOAD, ERR_CAPTURE_BAD_EVENT,
 * ERR_CAPTURE_SEQ_GAP (warning), ERR_CAPTURE_STORAGE, ERR_CAPTURE_ENGINE; stream-level:
 * ERR_CAPTURE_NO_HELLO / ERR_CAPTURE_BAD_TOKEN (UNAUTHENTICATED), ERR_CAPTURE_BAD_MESSAGE,
 * ERR_CAPTURE_BAD_TICK (INVALID_ARGUMENT), ERR_CAPTURE_CREDITS (RESOURCE_EXHAUSTED),
 * ERR_CAPTURE_WRONG_SITE (PERMISSION_DENIED), ERR_CAPTURE_BAD_REGISTER, ERR_UNKNOWN_SPAN.
 */
export type {
  AlertCallInfo,
  AlertSource,
  CaptureAlert,
  CaptureDeps,
  CaptureOptions,
  CaptureStats,
  RecordEngineLike,
  ServerListenOptions,
} from './types.js';
export { startCaptureServer, SERVER_VERSION } from './server.js';
export type { CaptureServer } from './server.js';
export { toGrpcError } from './grpc-errors.js';
export { serverCredentials } from './credentials.js';
export { demoChannelPlan } from './demo-plan.js';
export { readCallAcoustics, readPbxTranscript } from './call-data.js';
export type { CallAcoustics } from './call-data.js';
export { EncoderEffort } from './encoder-effort.js';
export type { EffortEngine, EffortOptions } from './encoder-effort.js';

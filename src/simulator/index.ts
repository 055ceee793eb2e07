/**
 * Card-bridge simulator and bridge client helpers (also used by tests and the ingest benchmark).
 */
export { runSimulator } from './simulator.js';
export type { SimulatorOptions, SimulatorResult } from './simulator.js';
export { connectBridge, channelCredentials } from './connect.js';
export type { BridgeConnection, ClientTls } from './connect.js';
export { loadSpeechBank } from './speech-bank.js';
export { synthesise } from './espeak.js';
export type { Voice } from './espeak.js';
export type { Utterance } from './speech-bank.js';
export { encodeG711, linearToAlaw, linearToUlaw } from './g711.js';
export { pbCodecOf } from './codes.js';
export { Conversation, encodeBank, rng } from './conversation.js';

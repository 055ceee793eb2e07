/**
 * Bench-only entry points (used by bench/core.ts): the bare-libopus baseline.
 */
import { invalid } from '../errors/index.js';
import { loadAddon } from './load.js';
import { callNativeSync } from './errors.js';

export interface OpusOnlyResult {
  /** CPU seconds of the encoding loop (thread CPU time; decoding the input is not counted). */
  cpuSeconds: number;
  /** Audio seconds encoded per channel. */
  audioSeconds: number;
  /** Channels encoded (2 per call). */
  channels: number;
}

interface BenchAddon {
  opusOnlyBench(agent: Buffer, customer: Buffer, calls: number, bitrate: number, complexity: number): OpusOnlyResult;
}

/**
 * Baseline for bench/core.ts: decodes two μ-law legs once (untimed), then for each of `calls` calls
 * encodes the stereo signal (agent left) with a fresh libopus encoder at 8 kHz, 20 ms frames — one
 * opus_encode per frame and nothing else. Runs synchronously on the calling thread.
 */
export function opusOnlyBench(agent: Buffer, customer: Buffer, calls: number, options: { bitrate?: number; complexity?: number } = {}): OpusOnlyResult {
  if (!Buffer.isBuffer(agent) || !Buffer.isBuffer(customer) || agent.length !== customer.length || agent.length < 160) {
    throw invalid('ERR_RECORDER_BAD_ARG', 'two μ-law Buffers of equal length (≥ 160 bytes)', 'opusOnlyBench', agent);
  }
  if (!Number.isInteger(calls) || calls < 1 || calls > 10000) throw invalid('ERR_RECORDER_BAD_ARG', 'an integer 1..10000', 'calls', calls);
  const addon = loadAddon<BenchAddon>();
  return callNativeSync(() => addon.opusOnlyBench(agent, customer, calls, options.bitrate ?? 16000, options.complexity ?? 5));
}

/**
 * Local offline ASR through sherpa-onnx-node (loaded lazily; no model ships with callvault). The
 * recording is decoded with the native reader and each VAD speech segment of each leg (stereo:
 * agent left, customer right) is recognised separately, so segments keep their speaker and times.
 * Any failure surfaces as ERR_ASR_MODEL to the caller; analyseCall treats that as "no transcript
 * from this source" instead of failing the call.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { readCallAcoustics } from '../capture/index.js';
import { AppError } from '../errors/index.js';
import type { Leg, SpeechSegment, TranscriptSegment } from '../model/index.js';
import { decodeRecording } from '../native/index.js';
import type { RecordingStore } from '../storage/index.js';
import { checkAsrModelDir, loadSherpa, type AsrModelInfo, type TranscriptSource } from './sources.js';

interface SherpaStream { acceptWaveform(o: { samples: Float32Array; sampleRate: number }): void }
interface SherpaRecognizer { createStream(): SherpaStream; decode(s: SherpaStream): void; getResult(s: SherpaStream): { text?: string } }
interface SherpaModule { OfflineRecognizer: new (config: unknown) => SherpaRecognizer }

/** The OfflineRecognizer config for a validated model dir. */
export function recognizerConfig(info: AsrModelInfo, numThreads = 1): Record<string, unknown> {
  const p = (k: string) => join(info.dir, info.files[k] ?? '');
  const modelConfig: Record<string, unknown> = { tokens: p('tokens'), numThreads, provider: 'cpu', debug: 0 };
  if (info.type === 'paraformer') modelConfig.paraformer = { model: p('model') };
  else if (info.type === 'sensevoice') modelConfig.senseVoice = { model: p('model'), useInverseTextNormalization: 1 };
  else if (info.type === 'whisper') modelConfig.whisper = { encoder: p('encoder'), decoder: p('decoder') };
  else modelConfig.transducer = { encoder: p('encoder'), decoder: p('decoder'), joiner: p('joiner') };
  return { featConfig: { sampleRate: 16000, featureDim: 80 }, modelConfig };
}

export function localAsrTranscriptSource(opts: { store: RecordingStore; modelDir: string; numThreads?: number }): TranscriptSource {
  let recognizer: Promise<SherpaRecognizer> | undefined;
  const get = () =>
    (recognizer ??= (async () => {
      const info = await checkAsrModelDir(opts.modelDir);
      const mod = (await loadSherpa()) as Partial<SherpaModule> & { default?: Partial<SherpaModule> };
      const Ctor = mod.OfflineRecognizer ?? mod.default?.OfflineRecognizer;
      if (!Ctor) throw new AppError('precondition', 'ERR_ASR_MODEL', 'sherpa-onnx-node has no OfflineRecognizer');
      // onnxruntime aborts the whole process (C++ terminate) on a corrupt model, so the first load
      // happens in a throw-away child process; only a model that loads there is loaded here.
      await probeLoad(recognizerConfig(info, opts.numThreads), opts.modelDir);
      try {
        return new Ctor(recognizerConfig(info, opts.numThreads));
      } catch (error) {
        throw new AppError('precondition', 'ERR_ASR_MODEL', `ASR model in ${opts.modelDir} failed to load: ${(error as Error).message}`);
      }
    })().catch((error: unknown) => {
      recognizer = undefined; // let a fixed model dir be picked up on the next call
      throw error;
    }));
  return {
    kind: 'local-asr',
    async transcript(callId: string): Promise<TranscriptSegment[]> {
      const asr = await get();
      const rec = await opts.store.readRecording(callId);
      const audio = await decodeRecording(rec.bytes, rec.dataKey, rec.recordingId, { allowTruncated: true });
      const speech: SpeechSegment[] = (await readCallAcoustics(opts.store, callId))?.speech ?? [
        { leg: 'agent', startMs: 0, endMs: audio.durationMs },
        { leg: 'customer', startMs: 0, endMs: audio.durationMs },
      ];
      const out: TranscriptSegment[] = [];
      for (const s of speech) {
        const channel = s.leg === 'agent' ? 0 : 1;
        const from = Math.max(0, Math.floor((s.startMs * audio.sampleRate) / 1000));
        const to = Math.min(audio.pcm.length / 2, Math.ceil((s.endMs * audio.sampleRate) / 1000));
        if (to <= from) continue;
        const samples = new Float32Array(to - from);
        for (let i = from; i < to; i++) samples[i - from] = (audio.pcm[i * 2 + channel] ?? 0) / 32768;
        try {
          const stream = asr.createStream();
          stream.acceptWaveform({ samples, sampleRate: audio.sampleRate });
          asr.decode(stream);
          const text = (asr.getResult(stream).text ?? '').trim();
          if (text) out.push({ speaker: s.leg as Leg, startMs: s.startMs, endMs: s.endMs, text, confidence: 0.8, source: 'local-asr' });
        } catch (error) {
          throw new AppError('internal', 'ERR_ASR_MODEL', `ASR failed on ${callId} at ${s.startMs} ms: ${(error as Error).message}`);
        }
      }
      return out.sort((a, b) => a.startMs - b.startMs);
    },
  };
}

function probeLoad(config: Record<string, unknown>, dir: string): Promise<void> {
  const script = "const m=require('sherpa-onnx-node');new m.OfflineRecognizer(JSON.parse(process.argv[1]));";
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, JSON.stringify(config)], { timeout: 120_000 }, (error, _out, stderr) => {
      if (!error) return resolve();
      const why = String(stderr).split('\n').find((l) => /what\(\)|Error/u.test(l))?.trim() ?? error.message;
      reject(new AppError('precondition', 'ERR_ASR_MODEL', `ASR model in ${dir} failed to load: ${why.slice(0, 300)}`));
    });
  });
}

/** PBX segments stored by the capture plane, as a TranscriptSource. */
export function pbxTranscriptSource(store: RecordingStore): TranscriptSource {
  return { kind: 'pbx', transcript: async (callId) => (await import('../capture/index.js')).readPbxTranscript(store, callId) };
}

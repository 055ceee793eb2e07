/**
 * Transcript sources behind one interface: PBX segments (stored by the capture plane), the local
 * offline ASR (sherpa-onnx-node, loaded lazily; only the model dir is validated here, no model
 * ships) and imported JSON files (hostile input validated segment by segment).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../errors/index.js';
import type { TranscriptSegment } from '../model/index.js';

export interface TranscriptSource {
  readonly kind: 'pbx' | 'local-asr' | 'import';
  transcript(callId: string): Promise<TranscriptSegment[]>;
}

export type AsrModelType = 'paraformer' | 'sensevoice' | 'zipformer' | 'whisper';

export interface AsrModelInfo {
  type: AsrModelType;
  dir: string;
  files: Record<string, string>;
}

const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_SEGMENTS = 100_000;
const MAX_TEXT = 10_000;

/**
 * Checks that a sherpa-onnx model dir holds what its type needs: tokens.txt plus model.onnx
 * (paraformer / sensevoice), encoder+decoder+joiner (zipformer transducer) or encoder+decoder
 * (whisper). Throws ERR_ASR_MODEL naming the missing file, so `callvault doctor` and startup say why.
 */
export async function checkAsrModelDir(dir: string): Promise<AsrModelInfo> {
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new Error('not a directory');
    names = await readdir(dir);
  } catch (error) {
    throw new AppError('precondition', 'ERR_ASR_MODEL', `ASR model dir ${dir} is not readable: ${(error as Error).message}`);
  }
  const onnx = names.filter((n) => n.endsWith('.onnx'));
  const find = (part: string) => onnx.find((n) => n.includes(part));
  const tokens = names.find((n) => n === 'tokens.txt' || n.endsWith('-tokens.txt'));
  if (!tokens) throw new AppError('precondition', 'ERR_ASR_MODEL', `ASR model dir ${dir} has no tokens.txt`);
  const lower = dir.toLowerCase();
  const enc = find('encoder'), dec = find('decoder'), join_ = find('joiner');
  if (enc && dec && join_) return { type: 'zipformer', dir, files: { tokens, encoder: enc, decoder: dec, joiner: join_ } };
  if (enc && dec) return { type: 'whisper', dir, files: { tokens, encoder: enc, decoder: dec } };
  if (enc || dec || join_) throw new AppError('precondition', 'ERR_ASR_MODEL', `ASR model dir ${dir} has an incomplete encoder/decoder/joiner set (found ${onnx.join(', ')})`);
  const model = onnx.find((n) => n.startsWith('model'));
  if (!model) throw new AppError('precondition', 'ERR_ASR_MODEL', `ASR model dir ${dir} has no model*.onnx (paraformer/sensevoice), encoder/decoder (whisper) or encoder/decoder/joiner (zipformer)`);
  return { type: lower.includes('sense') ? 'sensevoice' : 'paraformer', dir, files: { tokens, model } };
}

/** Loads sherpa-onnx-node only when local ASR is used, so sites without it still start. */
export async function loadSherpa(): Promise<unknown> {
  try {
    return await import('sherpa-onnx-node' as string);
  } catch (error) {
    throw new AppError('precondition', 'ERR_ASR_MODEL', `sherpa-onnx-node cannot be loaded: ${(error as Error).message}`);
  }
}

function bad(path: string, why: string): AppError {
  return new AppError('invalid', 'ERR_TRANSCRIPT_INVALID', `imported transcript ${path}: ${why}`, { details: { path } });
}

/** Validates an imported transcript: an array (or { segments: [...] }) of well-formed segments. */
export function parseTranscriptJson(text: string): TranscriptSegment[] {
  if (text.length > MAX_IMPORT_BYTES) throw bad('$', 'file too large');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw bad('$', `not JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { segments?: unknown } | null)?.segments;
  if (!Array.isArray(list)) throw bad('$', 'expected an array of segments or { "segments": [...] }');
  if (list.length > MAX_SEGMENTS) throw bad('$.segments', `more than ${MAX_SEGMENTS} segments`);
  return list.map((item: unknown, i): TranscriptSegment => {
    const at = `$.segments[${i}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) throw bad(at, 'not an object');
    const s = item as Record<string, unknown>;
    if (s.speaker !== 'agent' && s.speaker !== 'customer') throw bad(`${at}.speaker`, 'must be "agent" or "customer"');
    for (const k of ['startMs', 'endMs'] as const) {
      const v = s[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 86_400_000) throw bad(`${at}.${k}`, 'must be a number of ms within 24 h');
    }
    if ((s.endMs as number) < (s.startMs as number)) throw bad(`${at}.endMs`, 'before startMs');
    if (typeof s.text !== 'string' || s.text.length > MAX_TEXT) throw bad(`${at}.text`, `must be a string ≤ ${MAX_TEXT} chars`);
    const confidence = s.confidence === undefined ? 1 : s.confidence;
    if (typeof confidence !== 'number' || !(confidence >= 0 && confidence <= 1)) throw bad(`${at}.confidence`, 'must be 0..1');
    return { speaker: s.speaker, startMs: s.startMs as number, endMs: s.endMs as number, text: s.text, confidence, source: 'import' };
  });
}

export function importedTranscriptSource(dir: string): TranscriptSource {
  return {
    kind: 'import',
    async transcript(callId: string) {
      if (!/^[\w.-]{1,128}$/u.test(callId) || callId.startsWith('.')) throw bad('$', 'bad call id');
      return parseTranscriptJson(await readFile(join(dir, `${callId}.json`), 'utf8'));
    },
  };
}

/**
 * Envelope encryption. A key-encryption key (KEK, 32 bytes) lives in a key file (0600) created at
 * first start; each recording gets a random 32-byte data key wrapped with AES-256-GCM under the
 * current KEK. The associated data binds the wrap to the key id and KEK id, so a wrapped key cannot
 * be moved to another recording. Rotation adds a KEK and re-wraps data keys (never audio); a KEK is
 * removed only once it wraps nothing. Key material is never logged.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { open, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/index.js';

/** A data key as stored in LevelDB (all binary fields base64). */
export interface WrappedKey {
  keyId: string;
  kekId: string;
  iv: string;
  tag: string;
  ct: string;
  createdAt: number;
}

interface KeyFileJson {
  version: 1;
  current: string;
  keys: { id: string; key: string; createdAt: number }[];
}

const KEY_BYTES = 32;

function aad(keyId: string, kekId: string): Buffer {
  return Buffer.from(`callvault-dk\0${keyId}\0${kekId}`, 'utf8');
}

/** Writes a file atomically with 0600 perms: temp file, fsync, rename, fsync of the directory. */
async function writeSecretFile(file: string, text: string): Promise<void> {
  const tmp = `${file}.tmp-${process.pid}`;
  const fh = await open(tmp, 'w', 0o600);
  try {
    await fh.writeFile(text);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, file);
  const dir = await open(path.dirname(file), 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function keyFileError(file: string, problem: string): AppError {
  return new AppError('precondition', 'ERR_KEY_FILE', `Key file ${file}: ${problem}`, { details: { file } });
}

/** The KEKs of this appliance. */
export class KeyRing {
  private constructor(
    private readonly file: string,
    private current: string,
    private readonly keks: Map<string, { key: Buffer; createdAt: number }>,
  ) {}

  /** Loads the key file, creating it (0600) if missing; refuses group/world-readable files. */
  static async open(file: string): Promise<KeyRing> {
    let text: string;
    try {
      const st = await stat(file);
      if ((st.mode & 0o077) !== 0) throw keyFileError(file, `expected permissions 0600 but found ${(st.mode & 0o777).toString(8)}`);
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      const ring = new KeyRing(file, '', new Map());
      ring.addKek();
      await ring.save();
      return ring;
    }
    let json: KeyFileJson;
    try {
      json = JSON.parse(text) as KeyFileJson;
    } catch {
      throw keyFileError(file, 'expected JSON');
    }
    if (json?.version !== 1 || !Array.isArray(json.keys) || typeof json.current !== 'string') throw keyFileError(file, 'expected {version:1,current,keys[]}');
    const keks = new Map<string, { key: Buffer; createdAt: number }>();
    for (const k of json.keys) {
      const key = Buffer.from(String(k.key), 'base64');
      if (typeof k.id !== 'string' || key.length !== KEY_BYTES) throw keyFileError(file, `expected a 32-byte key for KEK ${String(k.id)}`);
      keks.set(k.id, { key, createdAt: Number(k.createdAt) || 0 });
    }
    if (!keks.has(json.current)) throw keyFileError(file, `current KEK ${json.current} is not in the file`);
    return new KeyRing(file, json.current, keks);
  }

  get currentKekId(): string {
    return this.current;
  }

  kekIds(): string[] {
    return [...this.keks.keys()];
  }

  /** Adds a new KEK and makes it current (call save() to persist). */
  addKek(): string {
    const id = `kek-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    this.keks.set(id, { key: randomBytes(KEY_BYTES), createdAt: Date.now() });
    this.current = id;
    return id;
  }

  /** Removes KEKs; the caller guarantees they wrap no live data key. */
  removeKeks(ids: string[]): void {
    for (const id of ids) if (id !== this.current) this.keks.delete(id);
  }

  async save(): Promise<void> {
    const json: KeyFileJson = {
      version: 1,
      current: this.current,
      keys: [...this.keks].map(([id, k]) => ({ id, key: k.key.toString('base64'), createdAt: k.createdAt })),
    };
    await writeSecretFile(this.file, JSON.stringify(json, null, 2) + '\n');
  }

  /** Wraps a data key under the current KEK. */
  wrap(keyId: string, dataKey: Buffer, now: number): WrappedKey {
    const kek = this.keks.get(this.current);
    if (!kek) throw new AppError('internal', 'ERR_KEY_MISSING', 'Current KEK is missing');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek.key, iv);
    cipher.setAAD(aad(keyId, this.current));
    const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return { keyId, kekId: this.current, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), ct: ct.toString('base64'), createdAt: now };
  }

  /** Unwraps; ERR_KEY_MISSING if its KEK is gone, ERR_KEY_UNWRAP if it does not authenticate. */
  unwrap(w: WrappedKey): Buffer {
    const kek = this.keks.get(w.kekId);
    if (!kek) throw new AppError('data_loss', 'ERR_KEY_MISSING', `KEK ${w.kekId} of data key ${w.keyId} is not in the key file`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', kek.key, Buffer.from(w.iv, 'base64'));
      decipher.setAAD(aad(w.keyId, w.kekId));
      decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(w.ct, 'base64')), decipher.final()]);
    } catch (error) {
      throw new AppError('data_loss', 'ERR_KEY_UNWRAP', `Data key ${w.keyId} did not authenticate under KEK ${w.kekId}`, { cause: error });
    }
  }
}

/** A fresh random 32-byte data key. */
export function newDataKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

import { open as fsOpen, statfs } from 'node:fs/promises';
import type { StorageFs } from './types.js';

/** The production file-system layer (node:fs/promises). */
export const nodeStorageFs: StorageFs = {
  async open(path, flags, mode) {
    return fsOpen(path, flags, mode);
  },
  async statfs(path) {
    const s = await statfs(path);
    return { freeBytes: Number(s.bavail) * Number(s.bsize), totalBytes: Number(s.blocks) * Number(s.bsize) };
  },
};

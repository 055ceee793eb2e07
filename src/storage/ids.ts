import { randomBytes } from 'node:crypto';

/**
 * A time-ordered, URL- and file-name-safe call id: 11 base-36 chars of the epoch ms, then 10 random
 * hex chars ("mfw3k2a0x1-9f2c4e1a7b"). Sorting ids sorts by creation time.
 */
export function newCallId(now: number = Date.now()): string {
  return `${now.toString(36).padStart(9, '0')}-${randomBytes(5).toString('hex')}`;
}

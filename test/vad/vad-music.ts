/** Hold music alone (same generator as the set) for the music false-alarm figure. */
import { holdMusicFor } from './vad-set.js';

export function holdMusicOnly(seconds: number): Int16Array {
  const music = holdMusicFor(seconds, 4242);
  const out = new Int16Array(music.length);
  for (let i = 0; i < music.length; i++) out[i] = Math.max(-32768, Math.min(32767, Math.round((music[i] as number) * 3000)));
  return out;
}

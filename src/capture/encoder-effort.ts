/**
 * Load shedding for the record path: when engine pushes take most of the batch window, every
 * session's Opus complexity steps down (5 → 3 → 1 by default); when pushes are quick again for a
 * while, it steps back up. Audio is never dropped or delayed to save CPU: the encoder simply spends
 * less effort per frame, which at 8–16 kHz voice and 16 kb/s costs little quality, while a backlog
 * would cost late frames, memory and the crash-loss window.
 */
export interface EffortEngine {
  setComplexity(complexity: number): void;
}

export interface EffortOptions {
  /** The configured complexity: the ceiling, and where it starts. */
  configured: number;
  /** The floor (equal to `configured` turns shedding off). */
  min: number;
  /** Batch window of the ingest (ms): a push taking this long is 100% busy. */
  batchMs: number;
  now: () => number;
  onChange?: (from: number, to: number, busy: number) => void;
}

/** Busy share (push ms / batch ms, smoothed) above which, for SHED_AFTER_MS, effort steps down. */
const SHED_ABOVE = 0.95;
const SHED_AFTER_MS = 3_000;
/** Below this for RECOVER_AFTER_MS, effort steps back up. */
const RECOVER_BELOW = 0.7;
const RECOVER_AFTER_MS = 15_000;
/** After a step, wait this long for its effect before judging again. */
const SETTLE_MS = 1_000;
const STEP = 2;

export class EncoderEffort {
  #current: number;
  #busy = 0;
  #changedAt = -Infinity;
  #calmSince: number | undefined;
  #overloadSince: number | undefined;

  constructor(private readonly engine: EffortEngine, private readonly opts: EffortOptions) {
    this.#current = opts.configured;
  }

  get complexity(): number {
    return this.#current;
  }

  /** Smoothed share of the batch window spent in engine pushes. */
  get busy(): number {
    return this.#busy;
  }

  /** Called after every engine push with its duration. */
  observe(pushMs: number): void {
    const { min, configured, batchMs, now } = this.opts;
    this.#busy += 0.3 * (pushMs / batchMs - this.#busy);
    const t = now();
    if (t - this.#changedAt < SETTLE_MS) return;
    // Sustained overload only: a burst of call setups or a GC pause is not a reason to shed.
    if (this.#busy > SHED_ABOVE && this.#current > min) {
      this.#overloadSince ??= t;
      if (t - this.#overloadSince >= SHED_AFTER_MS) this.#set(Math.max(min, this.#current - STEP), t);
      return;
    }
    this.#overloadSince = undefined;
    if (this.#busy >= RECOVER_BELOW || this.#current >= configured) {
      this.#calmSince = undefined;
      return;
    }
    this.#calmSince ??= t;
    if (t - this.#calmSince >= RECOVER_AFTER_MS) this.#set(Math.min(configured, this.#current + STEP), t);
  }

  #set(to: number, t: number): void {
    const from = this.#current;
    this.engine.setComplexity(to);
    this.#current = to;
    this.#changedAt = t;
    this.#calmSince = undefined;
    this.#overloadSince = undefined;
    this.opts.onChange?.(from, to, this.#busy);
  }
}

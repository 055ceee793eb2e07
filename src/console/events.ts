/**
 * Live events for the console's SSE stream: channel state changes from the ChannelBoard and
 * real-time alerts from the capture plane. Each subscriber filters by its user's policy.
 */
import type { ChannelBoard, ChannelChange } from '../channels/index.js';
import type { AlertCallInfo, CaptureAlert, CaptureStats } from '../capture/index.js';

/** The parts of the capture server the console reads (stats for /metrics, the alert hook for SSE). */
export interface CaptureLike {
  stats(): CaptureStats;
  ingest?: {
    deps: { onAlert?: (alert: CaptureAlert & AlertCallInfo) => void };
    /** Calls in progress (gauge). */
    readonly calls?: { readonly size: number };
    /** More than a few engine batches queued: the record path is falling behind. */
    readonly backlogged?: boolean;
  };
}

export type LiveEvent =
  | { type: 'channel'; team?: string; data: Record<string, unknown> }
  | { type: 'alert'; team: string; data: Record<string, unknown> };

export class EventHub {
  private readonly subs = new Set<(e: LiveEvent) => void>();
  private readonly detach: (() => void)[] = [];
  private readonly closers = new Set<() => void>();

  constructor(private readonly now: () => number) {}

  /** Listens to the board and chains onto the capture alert hook (keeping any previous listener). */
  attach(board: ChannelBoard | undefined, capture: CaptureLike | undefined): void {
    if (board) {
      const onChange = (c: ChannelChange) => this.publish({ type: 'channel', ...(c.channel.team ? { team: c.channel.team } : {}), data: presentChange(c) });
      board.on('change', onChange);
      this.detach.push(() => board.off('change', onChange));
    }
    const deps = capture?.ingest?.deps;
    if (deps) {
      const previous = deps.onAlert;
      const hook = (a: CaptureAlert & AlertCallInfo) => {
        previous?.(a);
        this.publish({ type: 'alert', team: a.team, data: presentAlert(a, this.now()) });
      };
      deps.onAlert = hook;
      this.detach.push(() => {
        if (deps.onAlert === hook) deps.onAlert = previous;
      });
    }
  }

  subscribe(fn: (e: LiveEvent) => void): () => void {
    this.subs.add(fn);
    return () => this.subs.delete(fn);
  }

  publish(e: LiveEvent): void {
    for (const fn of this.subs) {
      try {
        fn(e);
      } catch {
        // A broken client must not stop the others.
      }
    }
  }

  /** Runs `fn` when the console shuts down (open SSE responses end so the server can close). */
  onClose(fn: () => void): () => void {
    this.closers.add(fn);
    return () => this.closers.delete(fn);
  }

  get clients(): number {
    return this.subs.size;
  }

  close(): void {
    for (const d of this.detach.splice(0)) d();
    for (const fn of [...this.closers]) fn();
    this.closers.clear();
    this.subs.clear();
  }
}

function presentChange(c: ChannelChange): Record<string, unknown> {
  return {
    id: c.current.id,
    state: c.current.state,
    previous: c.previous,
    since: c.current.since,
    ...(c.current.callId ? { callId: c.current.callId } : {}),
    ...(c.current.alarm ? { alarm: c.current.alarm } : {}),
    ...(c.channel.team ? { team: c.channel.team } : {}),
    ...(c.channel.agentId ? { agentId: c.channel.agentId } : {}),
  };
}

function presentAlert(a: CaptureAlert & AlertCallInfo, at: number): Record<string, unknown> {
  return {
    ruleId: a.ruleId, severity: a.severity, message: a.message, atOffsetMs: a.atOffsetMs,
    callId: a.callId, channelId: a.channelId, agentId: a.agentId, team: a.team, queue: a.queue, at,
  };
}

/**
 * Prometheus text exposition (format 0.0.4), written by hand: a few gauges and counters do not
 * justify a client library. Rates (frames/s) are computed between two scrapes of the capture
 * counters, the way Prometheus' rate() would, so a single scrape is still meaningful.
 */
import type { ChannelBoard } from '../channels/index.js';
import type { CaptureStats } from '../capture/index.js';
import type { RecordingStore } from '../storage/index.js';

/** What a scrape reads (passed in, so this module does not depend on the services bag). */
export interface MetricsSources {
  board?: ChannelBoard;
  capture?: { stats(): CaptureStats; ingest?: { readonly calls?: { readonly size: number }; readonly backlogged?: boolean } };
  store: RecordingStore;
  metrics: MetricsState;
  now: () => number;
  sessions: number;
  sseClients: number;
  auditEvents: number;
}

export class MetricsState {
  readonly requests = new Map<string, number>();
  readonly errors = new Map<string, number>();
  private lastFrames: { at: number; frames: number } | undefined;
  private lastRate = 0;

  countRequest(status: number): void {
    const k = String(status);
    this.requests.set(k, (this.requests.get(k) ?? 0) + 1);
  }

  countError(code: string): void {
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1);
  }

  frameRate(now: number, frames: number): number {
    const prev = this.lastFrames;
    if (!prev || now - prev.at >= 1000) {
      if (prev && now > prev.at) this.lastRate = Math.max(0, ((frames - prev.frames) * 1000) / (now - prev.at));
      this.lastFrames = { at: now, frames };
    }
    return this.lastRate;
  }
}

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

class Writer {
  readonly lines: string[] = [];
  metric(name: string, type: 'gauge' | 'counter', help: string, samples: [Record<string, string>, number][]): void {
    this.lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of samples) {
      const l = Object.entries(labels).map(([k, v]) => `${k}="${esc(v)}"`).join(',');
      this.lines.push(`${name}${l ? `{${l}}` : ''} ${Number.isFinite(value) ? value : 0}`);
    }
  }
}

/** Renders every metric. */
export async function renderMetrics(s: MetricsSources): Promise<string> {
  const w = new Writer();
  const board = s.board;
  if (board) {
    w.metric('callvault_channels', 'gauge', 'Channels by live state.', Object.entries(board.counts()).map(([state, n]) => [{ state }, n]));
    w.metric('callvault_span_alarms', 'gauge', 'Spans currently in alarm.', [[{}, board.spanAlarms().length]]);
  }
  const stats = s.capture?.stats();
  if (stats) {
    w.metric('callvault_capture_frames_total', 'counter', 'Audio frames received from bridges.', [[{}, stats.framesReceived]]);
    w.metric('callvault_capture_frames_per_second', 'gauge', 'Frames received per second between the last two scrapes.', [[{}, s.metrics.frameRate(s.now(), stats.framesReceived)]]);
    w.metric('callvault_capture_gap_frames_total', 'counter', 'Frames never received (filled).', [[{}, stats.gapFrames]]);
    w.metric('callvault_capture_late_frames_total', 'counter', 'Frames that arrived after their slot.', [[{}, stats.lateFrames]]);
    w.metric('callvault_capture_rejected_frames_total', 'counter', 'Frames rejected by validation.', [[{}, stats.framesRejected]]);
    w.metric('callvault_capture_channel_errors_total', 'counter', 'Per-channel errors reported to bridges.', [[{}, stats.channelErrors]]);
    w.metric('callvault_capture_push_ms_max', 'gauge', 'Longest record-engine batch (ms), the pipeline queue delay bound.', [[{}, stats.pushMsMax]]);
    w.metric('callvault_capture_push_ms_mean', 'gauge', 'Mean record-engine batch (ms).', [[{}, stats.pushMsMean]]);
    const ingest = s.capture?.ingest;
    if (ingest?.calls) w.metric('callvault_active_calls', 'gauge', 'Calls in progress in the capture plane.', [[{}, ingest.calls.size]]);
    if (ingest?.backlogged !== undefined) w.metric('callvault_capture_backlogged', 'gauge', '1 when record-engine batches queue up (pipeline behind).', [[{}, ingest.backlogged ? 1 : 0]]);
    w.metric('callvault_calls_total', 'counter', 'Calls by lifecycle event.', [
      [{ event: 'started' }, stats.callsStarted],
      [{ event: 'completed' }, stats.callsCompleted],
      [{ event: 'interrupted' }, stats.callsInterrupted],
    ]);
  }
  const health = await s.store.health().catch(() => undefined);
  if (health) {
    w.metric('callvault_open_recordings', 'gauge', 'Recordings being written (write queue).', [[{}, health.openRecordings]]);
    w.metric('callvault_disk_free_bytes', 'gauge', 'Free bytes per recording disk.', health.disks.map((d) => [{ disk: d.id }, d.freeBytes]));
    w.metric('callvault_disk_total_bytes', 'gauge', 'Size per recording disk.', health.disks.map((d) => [{ disk: d.id }, d.totalBytes]));
    w.metric('callvault_disk_degraded', 'gauge', '1 when a disk is degraded.', health.disks.map((d) => [{ disk: d.id }, d.degraded ? 1 : 0]));
    w.metric('callvault_disk_days_to_full', 'gauge', 'Fill forecast (days) at the recent write rate.', health.disks.filter((d) => d.daysToFull !== undefined).map((d) => [{ disk: d.id }, d.daysToFull as number]));
    w.metric('callvault_storage_alarms', 'gauge', 'Active storage alarms.', [[{}, health.alarms.length]]);
  }
  w.metric('callvault_http_requests_total', 'counter', 'Console HTTP responses by status.', [...s.metrics.requests].map(([status, n]) => [{ status }, n]));
  w.metric('callvault_http_errors_total', 'counter', 'Console API errors by code.', [...s.metrics.errors].map(([code, n]) => [{ code }, n]));
  w.metric('callvault_console_sessions', 'gauge', 'Live console sessions.', [[{}, s.sessions]]);
  w.metric('callvault_sse_clients', 'gauge', 'Connected live-event streams.', [[{}, s.sseClients]]);
  w.metric('callvault_audit_events_total', 'counter', 'Audit events appended (chain length).', [[{}, s.auditEvents]]);
  return w.lines.join('\n') + '\n';
}

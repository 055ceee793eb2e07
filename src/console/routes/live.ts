/** Channel board snapshot and the SSE stream of channel changes and alerts. */
import { PassThrough } from 'node:stream';
import type { ConsoleServices, Ctx } from '../context.js';
import type { LiveEvent } from '../events.js';
import type { RouteDef } from '../http.js';
import { can } from '../policy.js';

const PING_MS = 15_000;

async function channels(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const user = ctx.state.user!;
  const board = s.deps.board;
  const visible = (board?.snapshot() ?? []).filter((c) => can(user, 'channels.view', { kind: 'channel', ...(c.team ? { team: c.team } : {}) }));
  const counts: Record<string, number> = { idle: 0, ringing: 0, talking: 0, held: 0, paused: 0, alarm: 0, down: 0 };
  for (const c of visible) counts[c.live.state] = (counts[c.live.state] ?? 0) + 1;
  const spans = new Set(visible.map((c) => `${c.cardId}/${c.span}`));
  ctx.body = {
    channels: visible.map((c) => ({
      id: c.id, cardId: c.cardId, span: c.span, channel: c.channel,
      ...(c.extension ? { extension: c.extension } : {}), ...(c.agentId ? { agentId: c.agentId } : {}),
      ...(c.team ? { team: c.team } : {}), ...(c.queue ? { queue: c.queue } : {}),
      state: c.live.state, since: c.live.since, ...(c.live.callId ? { callId: c.live.callId } : {}), ...(c.live.alarm ? { alarm: c.live.alarm } : {}),
    })),
    counts,
    spanAlarms: (board?.spanAlarms() ?? []).filter((a) => spans.has(a.spanId)),
  };
}

function allowed(ctx: Ctx, e: LiveEvent): boolean {
  const user = ctx.state.user!;
  if (e.type === 'channel') return can(user, 'channels.view', { kind: 'channel', ...(e.team ? { team: e.team } : {}) });
  return can(user, 'alerts.view', { kind: 'alert', team: e.team });
}

async function events(ctx: Ctx, s: ConsoleServices): Promise<void> {
  const session = ctx.state.session!;
  const stream = new PassThrough();
  ctx.req.socket.setTimeout(0);
  ctx.req.socket.setNoDelay(true);
  ctx.set('content-type', 'text/event-stream; charset=utf-8');
  ctx.set('cache-control', 'no-store');
  ctx.set('x-accel-buffering', 'no');
  ctx.status = 200;
  ctx.body = stream;
  const send = (event: string, data: unknown) => stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  let closed = false;
  const stop = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    clearInterval(ping);
    offClose();
    stream.end();
  };
  const unsubscribe = s.hub.subscribe((e) => {
    // The session is re-checked per event: a logged-out or expired user stops receiving.
    if (!s.sessions.alive(session)) return stop();
    if (allowed(ctx, e)) send(e.type, e.data);
  });
  const ping = setInterval(() => (s.sessions.alive(session) ? stream.write(': ping\n\n') : stop()), PING_MS);
  ping.unref();
  const offClose = s.hub.onClose(stop);
  ctx.req.on('close', stop);
  stream.on('error', stop);
  stream.write('retry: 3000\n\n');
  send('hello', { at: s.now() });
}

export const liveRoutes: RouteDef[] = [
  { method: 'GET', path: '/channels', summary: 'Live channel board snapshot', auth: 'session', actions: ['channels.view'], status: 200, handler: channels },
  { method: 'GET', path: '/events', summary: 'Server-Sent Events: channel changes and alerts', auth: 'session', actions: ['channels.view', 'alerts.view'], status: 200, handler: events },
];

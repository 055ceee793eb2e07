/**
 * Live channel board: cards → spans → channels coloured by state, span alarms, and live updates
 * over Server-Sent Events (EventSource reconnects by itself; we re-read the snapshot when it does).
 */
import { eventsUrl, get, getBackground } from '../api.js';
import { errorText, fmtTime, h, message, mount } from '../dom.js';
import { has, t } from '../i18n.js';

/** Accepts the snapshot as an array or { channels } and normalises each channel. */
function normalise(snapshot) {
  const list = Array.isArray(snapshot) ? snapshot : snapshot?.channels ?? [];
  return list.map(normChannel).filter(Boolean);
}

function normChannel(c) {
  if (!c || !c.id) return null;
  const live = c.live ?? c;
  const parts = String(c.id).split('/');
  return {
    id: c.id,
    cardId: c.cardId ?? parts[0],
    span: c.span ?? (parts.length > 2 ? Number(parts[1]) : 1),
    channel: c.channel ?? Number(parts[parts.length - 1]),
    agentId: c.agentId ?? live.agentId,
    state: live.state ?? 'idle',
    callId: live.callId,
    since: live.since,
    alarm: live.alarm,
  };
}

export async function render(root, ctx) {
  const status = h('span', { class: 'muted', 'data-testid': 'board-status' }, h('span', { class: 'live-dot' }), t('board.offline'));
  const summary = h('p', { class: 'muted', 'data-testid': 'board-summary' });
  const alarmsBox = h('div', { 'data-testid': 'board-alarms' });
  const alertsBox = h('div', { 'data-testid': 'board-alerts' }, h('p', { class: 'muted' }, t('board.noalerts')));
  const cardsBox = h('div', { class: 'board-cards', 'data-testid': 'board' }, t('common.loading'));
  mount(root, h('h1', null, t('board.title'), ' ', status), summary,
    h('div', { class: 'grid2' },
      h('section', { class: 'panel' }, h('h2', null, t('board.alarms')), alarmsBox),
      h('section', { class: 'panel' }, h('h2', null, t('board.alerts')), alertsBox)), cardsBox);

  /** channel id → normalised channel; span id → alarm. */
  const channels = new Map();
  const spanAlarms = new Map();
  let es = null;
  let closed = false;

  async function loadSnapshot(background = false) {
    try {
      const snap = await (background ? getBackground : get)('/channels');
      channels.clear();
      for (const c of normalise(snap)) channels.set(c.id, c);
      spanAlarms.clear();
      for (const a of snap?.spanAlarms ?? []) if (a.alarm !== 'CLEAR') spanAlarms.set(a.spanId, a);
      draw();
    } catch (err) {
      mount(cardsBox, message('error', errorText(err)));
    }
  }

  function applyEvent(data) {
    if (!data || typeof data !== 'object') return;
    if (Array.isArray(data) || Array.isArray(data.channels)) {
      channels.clear();
      for (const c of normalise(data)) channels.set(c.id, c);
    } else if (data.spanId && data.alarm) {
      if (data.alarm === 'CLEAR') spanAlarms.delete(data.spanId);
      else spanAlarms.set(data.spanId, data);
    } else {
      const cur = data.current ?? data.live ?? data;
      const id = cur.id ?? data.channel?.id ?? data.channelId;
      if (!id) return;
      const prev = channels.get(id) ?? normChannel({ id, ...(data.channel ?? {}) });
      channels.set(id, { ...prev, state: cur.state ?? prev.state, callId: cur.callId, since: cur.since ?? Date.now(), alarm: cur.alarm });
      if (data.event?.type === 'span_alarm') {
        if (data.event.alarm === 'CLEAR') spanAlarms.delete(data.event.spanId);
        else spanAlarms.set(data.event.spanId, { spanId: data.event.spanId, alarm: data.event.alarm, since: data.event.at });
      }
    }
    scheduleDraw();
  }

  function connect() {
    if (closed || typeof EventSource === 'undefined') return;
    es = new EventSource(eventsUrl(), { withCredentials: true });
    const onData = (ev) => {
      try { applyEvent(JSON.parse(ev.data)); } catch { /* a malformed event is skipped, the next snapshot heals */ }
    };
    es.onmessage = onData;
    for (const name of ['channel', 'snapshot', 'span_alarm']) es.addEventListener(name, onData);
    es.addEventListener('alert', (ev) => {
      try { addAlert(JSON.parse(ev.data)); } catch { /* skipped */ }
    });
    es.onopen = () => {
      mount(status, h('span', { class: 'live-dot on' }), t('board.live'));
      status.dataset.live = '1';
      void loadSnapshot(true);
    };
    es.onerror = () => {
      mount(status, h('span', { class: 'live-dot' }), t('board.offline'));
      delete status.dataset.live;
      // EventSource gives up for good on an HTTP error (e.g. 401 after session expiry): re-read the
      // snapshot (a 401 there sends the user to the login page) and open a new stream.
      if (es.readyState === EventSource.CLOSED && !closed) {
        setTimeout(() => {
          if (closed) return;
          void loadSnapshot(true).then(() => { if (!closed) connect(); });
        }, 3000);
      }
    };
  }

  const recentAlerts = [];
  function addAlert(a) {
    recentAlerts.unshift(a);
    recentAlerts.length = Math.min(recentAlerts.length, 20);
    mount(alertsBox, h('ul', null, recentAlerts.map((x) => h('li', { class: `alert ${x.severity}` },
      `${fmtTime(x.at)} · ${x.channelId ?? ''} · ${x.agentId ?? ''} · `,
      x.callId ? h('a', { href: `#/calls/${encodeURIComponent(x.callId)}` }, x.message ?? x.ruleId) : (x.message ?? x.ruleId)))));
  }

  function stateLabel(st) {
    return has(`state.${st}`) ? t(`state.${st}`) : st;
  }

  /** A busy site sends many events a second: redraw at most every 100 ms. */
  let drawTimer = null;
  function scheduleDraw() {
    if (drawTimer) return;
    drawTimer = setTimeout(() => {
      drawTimer = null;
      if (!closed) draw();
    }, 100);
  }

  function draw() {
    const list = [...channels.values()];
    const active = list.filter((c) => c.state === 'talking' || c.state === 'held' || c.state === 'paused' || c.state === 'ringing').length;
    const inAlarm = list.filter((c) => c.state === 'alarm').length;
    summary.textContent = t('board.summary', { active, alarm: inAlarm });
    mount(alarmsBox, spanAlarms.size
      ? h('ul', null, [...spanAlarms.values()].map((a) => h('li', { class: 'alarm' }, `${t('board.span', { id: a.spanId })}: ${a.alarm} · ${fmtTime(a.since)}`)))
      : h('p', { class: 'muted' }, t('board.noalarms')));
    const cards = new Map();
    for (const c of list) {
      if (!cards.has(c.cardId)) cards.set(c.cardId, new Map());
      const spans = cards.get(c.cardId);
      if (!spans.has(c.span)) spans.set(c.span, []);
      spans.get(c.span).push(c);
    }
    if (!cards.size) return void mount(cardsBox, h('p', { class: 'muted' }, t('common.none')));
    mount(cardsBox, [...cards.entries()].map(([cardId, spans]) =>
      h('section', { class: 'panel card', 'data-card': cardId }, h('h2', null, t('board.card', { id: cardId })),
        [...spans.entries()].map(([span, chs]) => {
          const spanId = `${cardId}/${span}`;
          const alarm = spanAlarms.get(spanId);
          return h('div', { class: 'span', 'data-span': spanId },
            h('h3', null, t('board.span', { id: spanId }), alarm ? h('span', { class: 'alarm-badge' }, alarm.alarm) : null),
            h('div', { class: 'channels' }, chs.sort((a, b) => a.channel - b.channel).map(channelCell)));
        }))));
  }

  function channelCell(c) {
    const body = [h('div', { class: 'id' }, String(c.channel), c.agentId ? ` · ${c.agentId}` : ''), h('div', null, stateLabel(c.state))];
    return h('div', { class: `ch ${c.state}`, 'data-channel': c.id, 'data-state': c.state, 'data-call': c.callId || null, title: c.id },
      c.callId ? h('a', { href: `#/calls/${encodeURIComponent(c.callId)}` }, body) : body);
  }

  await loadSnapshot();
  connect();
  return () => {
    closed = true;
    if (drawTimer) clearTimeout(drawTimer);
    if (es) es.close();
  };
}

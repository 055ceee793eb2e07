/**
 * Call detail: metadata, the audio player (the server streams the decrypted, redacted recording
 * and answers Range requests, so the player can seek), a talk/silence timeline of both legs, the
 * transcript with rule hits highlighted and emotion, and the scorecard with an override form.
 * A 403 on the call shows the bilingual "no access" message and nothing else.
 */
import { audioUrl, get } from '../api.js';
import { speechTimeline } from '../charts.js';
import { errorText, fmtDuration, fmtTime, h, message, mount, section } from '../dom.js';
import { has, t } from '../i18n.js';
import { renderScorecard } from './scorecard.js';
import { editButton } from './transcript-edit.js';

/** Fetches an optional sub-resource: undefined when the server does not offer it (404/501). */
async function optional(path) {
  try {
    return await get(path);
  } catch (err) {
    if (err.status === 404 || err.status === 501 || err.status === 405) return undefined;
    throw err;
  }
}

/** Splits `text` around every phrase in `phrases`, wrapping matches in <mark>. */
function highlight(text, phrases) {
  const list = [...new Set(phrases.filter((p) => p && p.length > 0))].sort((a, b) => b.length - a.length);
  if (!list.length) return [text];
  const out = [];
  let i = 0;
  const lower = text.toLowerCase();
  while (i < text.length) {
    let best = -1, bestLen = 0;
    for (const p of list) {
      const at = lower.indexOf(p.toLowerCase(), i);
      if (at >= 0 && (best < 0 || at < best || (at === best && p.length > bestLen))) (best = at, bestLen = p.length);
    }
    if (best < 0) break;
    if (best > i) out.push(text.slice(i, best));
    out.push(h('mark', { 'data-testid': 'rule-hit' }, text.slice(best, best + bestLen)));
    i = best + bestLen;
  }
  if (i < text.length) out.push(text.slice(i));
  return out;
}

function legend() {
  const items = [['agent', 'detail.leg.agent'], ['customer', 'detail.leg.customer'], ['overtalk', 'detail.overtalk'], ['hold', 'detail.band.hold'], ['paused', 'detail.band.paused'], ['masked', 'detail.band.masked']];
  return h('div', { class: 'legend' }, items.map(([cls, key]) => h('span', null, h('i', { class: `sw ${cls}` }), t(key))));
}

export async function render(root, ctx) {
  const id = ctx.params.id;
  mount(root, h('p', null, h('a', { href: '#/calls' }, t('detail.back'))), h('p', { class: 'muted' }, t('common.loading')));
  let detail;
  try {
    detail = await get(`/calls/${encodeURIComponent(id)}`);
  } catch (err) {
    mount(root, h('p', null, h('a', { href: '#/calls' }, t('detail.back'))),
      h('h1', null, t('detail.title', { id })),
      message('error', errorText(err, 'err.forbidden.call')));
    if (err.status === 403) root.dataset.forbidden = '1';
    return undefined;
  }
  const call = detail?.call ?? detail;
  const can = detail?.can ?? {};
  const enc = encodeURIComponent(id);
  // Sub-resources the role may not see (admin: no transcript) come back empty instead of failing the page.
  const [transcript, timelineData, score] = await Promise.all([
    can.transcript === false ? undefined : optional(`/calls/${enc}/transcript`).catch(() => undefined),
    optional(`/calls/${enc}/timeline`).catch(() => undefined),
    can.transcript === false ? undefined : optional(`/calls/${enc}/scorecard`).catch((err) => ({ error: err })),
  ]);
  // Server order is kept: rule hits point at segments by index.
  const segments = transcript?.segments ?? [];
  const hits = transcript?.ruleHits ?? [];
  const emotions = transcript?.emotion ?? [];
  /** The segment's own emotion point, else the dominant label over it (same speaker, overlapping). */
  const emotionOf = (seg, i) => {
    const own = emotions.filter((e) => e.segmentIndex === i);
    const over = own.length ? own : emotions.filter((e) => (e.speaker ?? e.leg) === seg.speaker && e.startMs < seg.endMs && e.endMs > seg.startMs);
    if (!over.length) return seg.emotion;
    return over.find((e) => e.label === 'negative')?.label ?? over[0].label;
  };

  const playable = can.play !== false && !call.shredded && call.hasAudio !== false;
  const audio = !playable
    ? h('audio', { controls: true, 'data-testid': 'audio' })
    // preload none: opening the page is not a playback (the server audits playback when audio is fetched).
    : h('audio', { controls: true, preload: 'none', src: audioUrl(id), 'data-testid': 'audio' });
  const speechSegs = timelineData?.speech?.length ? timelineData.speech : segments.map((x) => ({ leg: x.speaker, startMs: x.startMs, endMs: x.endMs }));
  const timeline = speechTimeline(speechSegs, timelineData?.durationMs || call.durationMs, {
    bands: [
      ...(timelineData?.holdRanges ?? call.holdRanges ?? []).map((r) => ({ ...r, kind: 'hold', label: t('detail.band.hold') })),
      ...(timelineData?.pausedRanges ?? call.pausedRanges ?? []).map((r) => ({ ...r, kind: 'paused', label: t('detail.band.paused') })),
      ...(timelineData?.maskedRanges ?? call.maskedRanges ?? []).map((r) => ({ ...r, kind: 'masked', label: t('detail.band.masked') })),
    ],
    labels: { agent: t('detail.leg.agent'), customer: t('detail.leg.customer') },
    onSeek: (ms) => { audio.currentTime = ms / 1000; },
  });
  const segEls = [];
  // A mandatory item that never occurred belongs to the call, not to any line: listed once on top.
  const lineHits = hits.filter((x) => x.kind !== 'missing');
  const missing = [...new Set(hits.filter((x) => x.kind === 'missing').map((x) => x.ruleId))];
  const transcriptBox = h('div', { class: 'transcript', 'data-testid': 'transcript' },
    missing.length ? h('p', { 'data-testid': 'missing-rules' }, t('detail.missing'), ' ', missing.map((r) => h('span', { class: 'tag hit' }, r))) : null,
    segments.length ? segments.map((seg, i) => {
      const segHits = lineHits.filter((x) => x.segmentIndex === i || (x.segmentIndex === undefined && x.startMs !== undefined && x.startMs < seg.endMs && (x.endMs ?? x.startMs) >= seg.startMs));
      const phrases = segHits.map((x) => x.match ?? x.phrase ?? x.label);
      const speaker = seg.speaker ?? seg.leg;
      const emotion = emotionOf(seg, i);
      const el = h('div', { class: 'seg', 'data-start': seg.startMs, onclick: () => { audio.currentTime = seg.startMs / 1000; } },
        h('span', { class: 'muted' }, fmtDuration(seg.startMs)),
        h('span', { class: `who ${speaker}` }, t(`detail.leg.${speaker}`)),
        h('span', null, highlight(String(seg.text ?? ''), phrases),
          seg.overridden ? h('span', { class: 'tag', title: t('detail.fixed') }, '✎') : null,
          can.override ? [' ', editButton(id, i, seg, () => ctx.navigate(location.hash))] : null,
          segHits.length ? h('span', null, ' ', segHits.map((x) => h('span', { class: x.kind === 'present' ? 'tag' : 'tag hit', 'data-testid': 'hit-tag', 'data-kind': x.kind ?? '', ...(x.source === 'model' ? { 'data-source': 'model', title: t('detail.model.title') } : {}) }, x.kind === 'present' ? `✓ ${x.ruleId}` : x.source === 'model' ? `${x.ruleId} · ${t('detail.model', { p: Math.round((x.probability ?? 0) * 100) })}` : x.ruleId))) : null,
          emotion ? h('div', { class: `emo ${emotion}` }, t('detail.emotion', { e: has(`search.emotion.${emotion}`) ? t(`search.emotion.${emotion}`) : emotion })) : null));
      segEls.push({ el, seg });
      return el;
    }) : h('p', { class: 'muted' }, t(can.transcript === false ? 'detail.transcript.role' : 'detail.notranscript')));

  audio.addEventListener('timeupdate', () => {
    const ms = audio.currentTime * 1000;
    timeline.setTime(ms);
    for (const { el, seg } of segEls) el.classList.toggle('current', ms >= seg.startMs && ms < seg.endMs);
  });
  // The media element does not expose the HTTP status: ask for one byte to say why playback failed.
  audio.addEventListener('error', async () => {
    if (!playable) return;
    const res = await fetch(audioUrl(id), { headers: { range: 'bytes=0-0' }, credentials: 'same-origin' }).catch(() => ({ status: 0 }));
    const text = res.status === 410 ? t('detail.shredded') : res.status >= 400 || res.status === 0 ? errorText({ status: res.status }, 'err.forbidden.call') : t('common.error', { msg: audio.error?.message || 'audio' });
    audioBox.append(message('error', text));
  });

  const stateKey = `call.state.${call.state}`;
  const meta = h('dl', { class: 'meta', 'data-testid': 'call-meta' }, [
    ['col.started', fmtTime(call.startedAt)], ['col.duration', fmtDuration(call.durationMs)],
    ['col.state', has(stateKey) ? t(stateKey) : call.state], ['col.channel', call.channelId],
    ['col.agent', call.agentId], ['col.team', call.team], ['col.caller', call.caller], ['col.callee', call.callee],
    ['col.queue', call.queue], ['col.tags', (call.tags ?? []).join(', ')],
    ['col.rules', (call.ruleHits ?? detail?.analysis?.ruleHits ?? []).join(', ')],
  ].map(([k, v]) => [h('dt', null, t(k)), h('dd', null, v === undefined || v === '' ? '—' : String(v))]));

  const audioBox = h('div', null, audio,
    call.shredded ? message('info', t('detail.shredded')) : call.hasAudio === false ? message('info', t('detail.nofile')) : can.play === false ? message('info', t('detail.noaudio')) : null,
    call.legalHold ? message('info', t('detail.legalhold')) : null,
    playable && (can.download || can.playOriginal) ? h('p', null,
      can.download ? h('a', { href: `${audioUrl(id)}?download=1`, download: `${id}.ogg`, 'data-testid': 'download' }, t('detail.download')) : null, ' ',
      can.playOriginal ? h('button', { class: 'secondary', type: 'button', 'data-testid': 'play-original', onclick: (ev) => {
        // The un-redacted stream is a separate, audited variant: switch the player to it on request only.
        audio.src = `${audioUrl(id)}?original=1`;
        ev.target.replaceWith(h('span', { class: 'tag hit' }, t('detail.original.on')));
      } }, t('detail.original')) : null) : null,
    (call.maskedRanges?.length ?? 0) > 0 ? h('p', { class: 'muted' }, t('detail.redacted')) : null);
  const scoreBox = h('div', { 'data-testid': 'scorecard' });
  mount(root,
    h('p', null, h('a', { href: '#/calls' }, t('detail.back'))),
    h('h1', null, t('detail.title', { id: call.id ?? id })),
    h('div', { class: 'grid2' },
      h('div', null, section('detail.audio', audioBox), can.transcript === false ? null : section('detail.timeline', timeline.el, legend()), section('detail.transcript', transcriptBox)),
      h('div', null, section('detail.scorecard', scoreBox), section('detail.meta', meta))));
  renderScorecard(scoreBox, id, score, { ...ctx, canOverride: can.override === true, canSee: can.transcript !== false });
  return () => audio.pause();
}

/**
 * Hand-drawn SVG charts (no chart library: the console must work offline and stay small).
 * Every chart scales to its viewBox, so CSS sets the on-screen width.
 */
import { s, h } from './dom.js';
import { t } from './i18n.js';

const W = 640;
const PAD = { l: 44, r: 12, t: 12, b: 28 };

function empty() {
  return h('p', { class: 'muted' }, t('common.none'));
}

/** Line chart of points [{ label, value }] (value may be null for a gap). */
export function lineChart(points, { min, max, format = (v) => String(v), height = 220 } = {}) {
  const vals = points.map((p) => p.value).filter((v) => Number.isFinite(v));
  if (!vals.length) return empty();
  const lo = min ?? Math.min(...vals), hi = max ?? Math.max(...vals);
  const span = hi - lo || 1;
  const iw = W - PAD.l - PAD.r, ih = height - PAD.t - PAD.b;
  const x = (i) => PAD.l + (points.length === 1 ? iw / 2 : (i * iw) / (points.length - 1));
  const y = (v) => PAD.t + ih - ((v - lo) / span) * ih;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img' });
  for (let k = 0; k <= 4; k++) {
    const v = lo + (span * k) / 4;
    svg.append(s('line', { x1: PAD.l, x2: W - PAD.r, y1: y(v), y2: y(v), class: 'grid' }));
    svg.append(s('text', { x: PAD.l - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'axis' }, format(v)));
  }
  let d = '';
  points.forEach((p, i) => {
    if (!Number.isFinite(p.value)) return;
    d += `${d ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`;
  });
  svg.append(s('path', { d, class: 'line' }));
  const every = Math.max(1, Math.ceil(points.length / 8));
  points.forEach((p, i) => {
    if (Number.isFinite(p.value)) svg.append(s('circle', { cx: x(i), cy: y(p.value), r: 3, class: 'dot' }, s('title', null, `${p.label}: ${format(p.value)}`)));
    if (i % every === 0) svg.append(s('text', { x: x(i), y: height - 8, 'text-anchor': 'middle', class: 'axis' }, p.label));
  });
  return svg;
}

/** Horizontal bars [{ label, value, extra? }], value scaled to `max` (default the largest). */
export function barChart(items, { max, format = (v) => String(v) } = {}) {
  if (!items.length) return empty();
  const rowH = 24, labelW = 180, height = items.length * rowH + 8;
  const top = max ?? Math.max(...items.map((i) => i.value), 1e-9);
  const iw = W - labelW - 70;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img' });
  items.forEach((it, i) => {
    const y = 4 + i * rowH;
    const w = Math.max(1, (Math.max(0, it.value) / top) * iw);
    svg.append(s('text', { x: labelW - 8, y: y + 16, 'text-anchor': 'end', class: 'axis' }, it.label));
    svg.append(s('rect', { x: labelW, y: y + 3, width: w, height: rowH - 8, class: `bar ${it.kind || ''}` }, s('title', null, `${it.label}: ${format(it.value)}`)));
    svg.append(s('text', { x: labelW + w + 6, y: y + 16, class: 'axis' }, format(it.value)));
  });
  return svg;
}

/** Two-series grouped bars [{ label, a, b }] with a legend (e.g. silence vs overtalk). */
export function pairChart(items, names, format = (v) => String(v)) {
  if (!items.length) return empty();
  const rowH = 34, labelW = 180, height = items.length * rowH + 30;
  const top = Math.max(...items.flatMap((i) => [i.a, i.b]), 1e-9);
  const iw = W - labelW - 70;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img' });
  svg.append(s('rect', { x: labelW, y: 4, width: 12, height: 10, class: 'bar' }));
  svg.append(s('text', { x: labelW + 16, y: 13, class: 'axis' }, names[0]));
  svg.append(s('rect', { x: labelW + 160, y: 4, width: 12, height: 10, class: 'bar alt' }));
  svg.append(s('text', { x: labelW + 176, y: 13, class: 'axis' }, names[1]));
  items.forEach((it, i) => {
    const y = 24 + i * rowH;
    svg.append(s('text', { x: labelW - 8, y: y + 18, 'text-anchor': 'end', class: 'axis' }, it.label));
    [['a', ''], ['b', 'alt']].forEach(([k, cls], j) => {
      const v = Math.max(0, it[k]);
      const w = Math.max(1, (v / top) * iw);
      svg.append(s('rect', { x: labelW, y: y + 2 + j * 13, width: w, height: 11, class: `bar ${cls}` }));
      svg.append(s('text', { x: labelW + w + 6, y: y + 11 + j * 13, class: 'axis small' }, format(v)));
    });
  });
  return svg;
}

/** Keyword cloud: font size by weight. items: [{ word, count }]. */
export function keywordCloud(items) {
  if (!items.length) return empty();
  const top = Math.max(...items.map((i) => i.count), 1);
  return h('div', { class: 'cloud' }, items.map((i) =>
    h('span', { style: `font-size:${(0.85 + (i.count / top) * 1.4).toFixed(2)}em`, title: String(i.count) }, i.word)));
}

/**
 * Talk/silence timeline for both legs: one lane per leg, a bar per speech segment, overlap
 * (both talking) marked, and a playhead that follows the audio element. Clicking seeks.
 */
export function speechTimeline(segments, durationMs, { labels, onSeek, bands = [] } = {}) {
  const lanes = ['agent', 'customer'];
  const laneH = 22, labelW = 80, height = lanes.length * (laneH + 8) + 26;
  const iw = W - labelW - PAD.r;
  const dur = Math.max(1, durationMs || Math.max(1, ...segments.map((x) => x.endMs)));
  const x = (ms) => labelW + (Math.min(dur, Math.max(0, ms)) / dur) * iw;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart timeline', role: 'img', 'data-testid': 'timeline' });
  lanes.forEach((leg, li) => {
    const y = 4 + li * (laneH + 8);
    svg.append(s('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end', class: 'axis' }, labels?.[leg] ?? leg));
    svg.append(s('rect', { x: labelW, y, width: iw, height: laneH, class: 'lane' }));
    for (const seg of segments.filter((g) => g.leg === leg)) {
      svg.append(s('rect', { x: x(seg.startMs), y, width: Math.max(1, x(seg.endMs) - x(seg.startMs)), height: laneH, class: `speech ${leg}` }));
    }
  });
  // Hold, PCI pause (nothing stored) and masked ranges as translucent bands over both lanes.
  for (const b of bands) {
    const bx = x(b.startMs);
    svg.append(s('rect', { x: bx, y: 0, width: Math.max(1, x(b.endMs) - bx), height: lanes.length * (laneH + 8), class: `band ${b.kind}` }, s('title', null, b.label ?? b.kind)));
  }
  // Overtalk: where an agent segment and a customer segment intersect.
  const a = segments.filter((g) => g.leg === 'agent'), c = segments.filter((g) => g.leg === 'customer');
  const oy = 4 + lanes.length * (laneH + 8) - 4;
  for (const sa of a) for (const sc of c) {
    const lo = Math.max(sa.startMs, sc.startMs), hi = Math.min(sa.endMs, sc.endMs);
    if (hi > lo) svg.append(s('rect', { x: x(lo), y: oy, width: Math.max(1, x(hi) - x(lo)), height: 4, class: 'overtalk' }));
  }
  const ticks = 6;
  for (let k = 0; k <= ticks; k++) {
    const ms = (dur * k) / ticks;
    const sec = Math.round(ms / 1000);
    // Short calls get tenths of a second, or the ticks would repeat the same whole second.
    const label = dur < 20_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
    svg.append(s('text', { x: x(ms), y: height - 6, 'text-anchor': 'middle', class: 'axis small' }, label));
  }
  const head = s('line', { x1: labelW, x2: labelW, y1: 0, y2: height - 20, class: 'playhead' });
  svg.append(head);
  if (onSeek) {
    svg.addEventListener('click', (ev) => {
      const r = svg.getBoundingClientRect();
      const vx = ((ev.clientX - r.left) / r.width) * W;
      if (vx >= labelW) onSeek(((vx - labelW) / iw) * dur);
    });
  }
  return {
    el: svg,
    setTime(ms) {
      const px = x(ms);
      head.setAttribute('x1', String(px));
      head.setAttribute('x2', String(px));
    },
  };
}

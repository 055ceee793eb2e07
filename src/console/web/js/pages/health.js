/**
 * System health from GET /system/health: disks with fill forecast, CPU, memory, temperature,
 * RAID/SMART where readable, storage alarms and channel (span) alarms. Refreshes every 10 s.
 */
import { get, getBackground } from '../api.js';
import { errorText, fmtBytes, fmtTime, h, message, mount, section } from '../dom.js';
import { t } from '../i18n.js';

function meter(fraction) {
  const f = Math.max(0, Math.min(1, Number(fraction) || 0));
  return h('div', { class: `bar-meter ${f > 0.9 ? 'bad' : f > 0.75 ? 'warn' : ''}` }, h('div', { style: `width:${(f * 100).toFixed(1)}%` }));
}

function fmtUptime(sec) {
  const n = Number(sec);
  if (!Number.isFinite(n)) return '—';
  const d = Math.floor(n / 86400), hh = Math.floor((n % 86400) / 3600), mm = Math.floor((n % 3600) / 60);
  return `${d ? `${d}d ` : ''}${hh}h ${mm}m`;
}

function view(r) {
  const unknown = () => h('p', { class: 'muted' }, t('health.unknown'));
  const disks = (r.disks ?? []).map((d) => {
    const used = (d.totalBytes ?? 0) - (d.freeBytes ?? 0);
    const frac = d.totalBytes ? used / d.totalBytes : 0;
    return h('div', { class: 'disk', 'data-disk': d.id },
      h('div', null, t('health.disk.row', { id: d.id, used: fmtBytes(used), size: fmtBytes(d.totalBytes), pct: (frac * 100).toFixed(1) }), d.degraded ? h('strong', { class: 'tag hit' }, ` ${d.reason ?? 'degraded'}`) : ''),
      meter(frac),
      h('p', { class: 'muted' }, d.path ?? '', ' · ', Number.isFinite(d.daysToFull) ? t('health.forecast', { days: Math.round(d.daysToFull) }) : t('health.forecast.none')));
  });
  const mem = r.memory;
  const temp = r.temperature;
  const alarms = [...(r.spanAlarms ?? []).map((a) => `${a.spanId}: ${a.alarm} · ${fmtTime(a.since)}`), ...(r.storageAlarms ?? []).map((a) => `${a.disk ?? a.id ?? ''} ${a.kind ?? a.code ?? ''} ${a.message ?? a.reason ?? ''}`)];
  return h('div', { class: 'grid2', 'data-testid': 'health' },
    section('health.disks', disks.length ? disks : unknown()),
    h('div', null,
      section('health.cpu', r.cpu ? h('div', null, h('p', null, `${Number(r.cpu.load ?? 0).toFixed(1)}% · ${r.cpu.cores ?? '?'} cores · load ${(r.cpu.loadAvg ?? []).map((x) => Number(x).toFixed(2)).join(' / ')}`), meter((r.cpu.load ?? 0) / 100)) : unknown()),
      section('health.memory', mem ? h('div', null, h('p', null, `${fmtBytes(mem.used)} / ${fmtBytes(mem.total)}`), meter(mem.total ? mem.used / mem.total : 0)) : unknown()),
      section('health.temperature', temp && Number.isFinite(temp.main) ? h('p', null, `${temp.main} °C`, (temp.cores ?? []).length ? ` (${temp.cores.join(' / ')})` : '') : unknown()),
      section('health.raid', (r.smart ?? []).length ? h('ul', null, r.smart.map((x) => h('li', null, `${x.device}: ${x.status}`))) : unknown())),
    section('health.filesystems', (r.filesystems ?? []).length ? h('table', null, h('tbody', null, r.filesystems.map((f) =>
      h('tr', null, h('td', null, f.mount), h('td', { class: 'muted' }, f.fs), h('td', null, `${fmtBytes(f.used)} / ${fmtBytes(f.size)}`), h('td', { style: 'width:30%' }, meter(f.size ? f.used / f.size : 0)))))) : unknown()),
    section('health.capture', r.capture ? h('dl', { class: 'meta' }, [
      ['health.capture.frames', r.capture.framesReceived], ['health.capture.gaps', r.capture.gapFrames], ['health.capture.late', r.capture.lateFrames],
      ['health.capture.calls', `${r.capture.callsStarted} / ${r.capture.callsCompleted} / ${r.capture.callsInterrupted}`],
      ['health.capture.push', `${Number(r.capture.pushMsMean ?? 0).toFixed(2)} / ${Number(r.capture.pushMsMax ?? 0).toFixed(2)} ms`],
      ['health.capture.open', r.openRecordings ?? '—'], ['health.uptime', fmtUptime(r.uptimeSeconds)],
    ].map(([k, v]) => [h('dt', null, t(k)), h('dd', null, String(v ?? '—'))])) : unknown()),
    section('health.alarms', alarms.length ? h('ul', null, alarms.map((a) => h('li', { class: 'alarm' }, a))) : h('p', { class: 'muted' }, t('board.noalarms')),
      r.channelCounts ? h('p', { class: 'muted' }, Object.entries(r.channelCounts).map(([k, v]) => `${t(`state.${k}`)}: ${v}`).join(' · ')) : null));
}

export async function render(root) {
  const box = h('div', null, h('p', { class: 'muted' }, t('common.loading')));
  mount(root, h('h1', null, t('health.title')), box);
  let stopped = false;
  const load = async (background = false) => {
    if (background && document.hidden) return;
    try {
      const r = await (background ? getBackground : get)('/system/health');
      if (!stopped) mount(box, h('p', { class: 'muted' }, fmtTime(r.at ?? Date.now())), view(r));
    } catch (err) {
      if (!stopped) mount(box, message('error', errorText(err)));
    }
  };
  await load();
  const timer = setInterval(() => void load(true), 10_000);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

/**
 * Reports from GET /reports/summary, drawn by hand in SVG: score trend per day, rule hit rates,
 * negative-emotion share by queue, hot keywords, silence and overtalk. Panels whose data the server
 * does not return say so instead of drawing an empty chart.
 */
import { get } from '../api.js';
import { barChart, keywordCloud, lineChart, pairChart } from '../charts.js';
import { errorText, fmtPct, h, message, mount, section } from '../dom.js';
import { t } from '../i18n.js';

const DAY = 86_400_000;

export async function render(root, ctx) {
  const days = Number(ctx.query.get('days')) || 30;
  const pick = h('select', { onchange: (ev) => ctx.navigate(`#/reports?days=${ev.target.value}`) },
    [7, 30, 90].map((n) => h('option', { value: n, selected: n === days }, t('reports.days', { n }))));
  mount(root, h('h1', null, t('reports.title'), ' ', pick), h('p', { class: 'muted' }, t('common.loading')));
  let r;
  try {
    r = await get('/reports/summary', { from: Date.now() - days * DAY, to: Date.now() });
  } catch (err) {
    return void mount(root, h('h1', null, t('reports.title'), ' ', pick), message('error', errorText(err)));
  }
  const pct = (v) => fmtPct(v, 0);
  const na = () => h('p', { class: 'muted' }, t('common.unavailable'));
  const silence = r.silenceOvertalk;
  mount(root, h('h1', null, t('reports.title'), ' ', pick),
    h('p', { class: 'muted', 'data-testid': 'report-count' }, t('reports.calls', { n: r.calls ?? 0 }), r.sampled ? ` · ${t('reports.sampled')}` : ''),
    h('div', { class: 'grid2', 'data-testid': 'reports' },
      section('reports.scoreTrend', lineChart((r.byDay ?? []).map((d) => ({ label: String(d.day).slice(5), value: d.avgScore ?? NaN })), { min: 0, max: 100, format: (v) => v.toFixed(0) })),
      section('reports.ruleHits', barChart((r.ruleHitRates ?? []).map((x) => ({ label: x.ruleId, value: x.rate })), { max: 1, format: pct })),
      section('reports.negative', barChart((r.negativeEmotionByQueue ?? []).filter((x) => typeof x.share === 'number').map((x) => ({ label: x.queue || '—', value: x.share, kind: 'bad' })), { max: 1, format: pct })),
      section('reports.keywords', r.hotKeywords ? keywordCloud(r.hotKeywords.map((k) => ({ word: k.word, count: k.count }))) : na()),
      section('reports.silence', silence ? pairChart(silence.map((x) => ({ label: x.queue || '—', a: x.silenceShare ?? 0, b: x.overtalkShare ?? 0 })), [t('reports.silenceShare'), t('reports.overtalkShare')], pct) : na()),
      section('reports.histogram', barChart((r.scoreHistogram ?? []).map((n, i) => ({ label: i === 10 ? '100' : `${i * 10}–${i * 10 + 9}`, value: n })), {}))));
}

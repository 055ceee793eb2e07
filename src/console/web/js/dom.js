/**
 * Tiny DOM helpers. Text always goes in through text nodes (never parsed as HTML): transcripts, names
 * and numbers come from callers and PBXs, and must not become markup.
 */
import { getLang, t } from './i18n.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function applyAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.setAttribute('class', v);
    // Through CSSOM: the server's CSP (default-src 'self') blocks style attributes set as markup.
    else if (k === 'style') el.style.cssText = String(v);
    else if (k === 'value' && 'value' in el) el.value = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
}

/** Creates an HTML element: h('button', { onclick }, 'text'). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Creates an SVG element. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  applyAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Replaces the children of `el`. */
export function mount(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A message box: kind is 'error' | 'info' | 'ok'. */
export function message(kind, text) {
  return h('div', { class: `msg msg-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** The user-facing text of an API error (403 and 401 have their own bilingual messages). */
export function errorText(err, forbiddenKey = 'err.forbidden') {
  const status = err && err.status;
  if (status === 403) return t(forbiddenKey);
  if (status === 404) return t('err.notfound');
  if (status === 401) return t('err.session');
  if (status === 0) return t('err.network');
  return t('common.error', { msg: (err && err.message) || String(err) });
}

export function fmtTime(ms) {
  if (ms === undefined || ms === null || !Number.isFinite(Number(ms))) return '—';
  return new Date(Number(ms)).toLocaleString(getLang() === 'zh-CN' ? 'zh-CN' : 'en-GB', { hour12: false });
}

/** mm:ss (or h:mm:ss) from milliseconds. */
export function fmtDuration(ms) {
  const total = Math.max(0, Math.round(Number(ms || 0) / 1000));
  const hh = Math.floor(total / 3600), mm = Math.floor((total % 3600) / 60), ss = total % 60;
  const two = (n) => String(n).padStart(2, '0');
  return hh ? `${hh}:${two(mm)}:${two(ss)}` : `${two(mm)}:${two(ss)}`;
}

export function fmtBytes(n) {
  const v = Number(n);
  if (!Number.isFinite(v)) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0, x = v;
  while (x >= 1024 && i < units.length - 1) (x /= 1024, i++);
  return `${x.toFixed(i ? 1 : 0)} ${units[i]}`;
}

export function fmtPct(x, digits = 1) {
  const v = Number(x);
  return Number.isFinite(v) ? `${(v * 100).toFixed(digits)}%` : '—';
}

/** A labelled form field. */
export function field(labelKey, input) {
  return h('label', { class: 'field' }, h('span', null, t(labelKey)), input);
}

/** A card section with a heading. */
export function section(titleKey, ...children) {
  return h('section', { class: 'panel' }, h('h2', null, t(titleKey)), ...children);
}

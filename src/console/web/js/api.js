/**
 * The console's only door to the appliance: JSON over /api/v1 with the session cookie, the CSRF
 * token on every state-changing request, and errors carrying the HTTP status so pages can say
 * "you do not have access" (403) or send the user back to the login page (401).
 */
const BASE = '/api/v1';
let csrfToken = '';

export class ApiError extends Error {
  constructor(status, code, message, details) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Listeners told when any call answers 401 (the shell then shows the login page). */
const unauthorizedListeners = new Set();
export function onUnauthorized(fn) {
  unauthorizedListeners.add(fn);
  return () => unauthorizedListeners.delete(fn);
}

export function setCsrfToken(token) {
  csrfToken = token || '';
}

/** Builds a query string from an object, skipping empty values. */
export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) v.forEach((x) => u.append(k, String(x)));
    else u.set(k, String(v));
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}

/**
 * Low-level request; resolves with parsed JSON (or null for 204). `background` marks requests the
 * page makes on its own (polling, reconnects) so the server need not count them as user activity
 * for the idle timeout.
 */
export async function request(method, path, body, { background = false } = {}) {
  const headers = { accept: 'application/json' };
  if (background) headers['x-callvault-background'] = '1';
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && method !== 'HEAD') {
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }
  let res;
  try {
    res = await fetch(BASE + path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, 'ERR_NETWORK', e && e.message);
  }
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { message: text }; }
  }
  if (!res.ok) {
    const err = (data && (data.error || data)) || {};
    const apiErr = new ApiError(res.status, err.code, err.message, err.details);
    if (res.status === 401 && !path.startsWith('/auth/login')) unauthorizedListeners.forEach((fn) => fn(apiErr));
    throw apiErr;
  }
  if (data && typeof data === 'object' && typeof data.csrfToken === 'string') setCsrfToken(data.csrfToken);
  return data;
}

export const get = (path, params) => request('GET', path + qs(params));
/** A GET the page makes by itself (refresh timer, reconnect), not on a user's action. */
export const getBackground = (path, params) => request('GET', path + qs(params), undefined, { background: true });
export const post = (path, body) => request('POST', path, body ?? {});
export const put = (path, body) => request('PUT', path, body ?? {});
export const patch = (path, body) => request('PATCH', path, body ?? {});
export const del = (path) => request('DELETE', path);

/** The URL the `<audio>` element streams (the server answers Range requests, so it can seek). */
export function audioUrl(callId) {
  return `${BASE}/calls/${encodeURIComponent(callId)}/audio`;
}

/** The SSE stream of live board updates (`channel` and `alert` events). */
export function eventsUrl() {
  return `${BASE}/events`;
}

/** Reads the session (never 401) and keeps its CSRF token: `{ user | null, csrfToken }`. */
export async function refreshSession() {
  const s = await get('/session');
  if (s?.csrfToken) setCsrfToken(s.csrfToken);
  return s;
}

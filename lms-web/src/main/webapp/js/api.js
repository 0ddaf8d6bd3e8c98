// api.js — the one fetch wrapper: same-origin JSON, RFC 9457 problem details,
// readable errors for network failures, and the login-redirect helpers.
import { getLang, t } from './i18n.js';

// Resolve "api/..." next to this web app rather than at the host root, so the
// pages keep working if the WAR is deployed under a context path.
const API_BASE = new URL('../api/', import.meta.url);
const TIMEOUT_MS = 20000;

export class ApiError extends Error {
  /**
   * status: HTTP status, or 0 when the server could not be reached.
   * problem: the parsed problem+json body, if any.
   * key/params: set when the message is ours (not the server's), so it can be
   * re-translated when the learner switches language.
   */
  constructor(status, problem, { key, params, text } = {}) {
    super(text ?? (key ? t(key, params) : ''));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? null;
    this.key = key ?? null;
    this.params = params ?? null;
  }

  get violations() {
    return Array.isArray(this.problem?.violations) ? this.problem.violations : [];
  }
}

/** Text to show for any error, in the current language where it is ours. */
export function errorText(err) {
  if (err instanceof ApiError) return err.key ? t(err.key, err.params) : err.message;
  return t('error.network');
}

export const isUnauthorized = (err) => err instanceof ApiError && err.status === 401;

function statusKey(status) {
  if ([400, 401, 403, 404, 409, 429].includes(status)) return `error.http.${status}`;
  if (status >= 500) return 'error.http.5xx';
  return 'error.http.other';
}

async function readJson(res) {
  const type = res.headers.get('Content-Type') || '';
  if (!/json/i.test(type)) return undefined; // e.g. an HTML error page from a proxy
  try {
    return await res.json();
  } catch {
    return undefined;
  }
}

/**
 * Call the API. path is relative to /api/ (e.g. "courses/42/progress"; encode
 * any ids yourself). Send JSON with body, or a file with raw (and contentType).
 * Returns parsed JSON (null for 204) or throws ApiError.
 */
export async function api(path, options = {}) {
  try {
    return await request(path, options);
  } catch (err) {
    // A change (not a read) met an expired session: log in again in place and send it once more, so that the
    // work is not lost. Reads simply go to the login page as before. Account calls handle 401 themselves.
    const method = options.method ?? 'GET';
    if (!isUnauthorized(err) || method === 'GET' || !knownEmail || path.startsWith('account/')) throw err;
    relogin ??= reloginDialog().finally(() => { relogin = null; });
    if (!(await relogin)) throw err;
    return request(path, options);
  }
}

let knownEmail = null;
let relogin = null;

/** The layout tells us who is logged in, so an expired session can be renewed without retyping the e-mail. */
export function setKnownUser(user) {
  knownEmail = user?.email ?? null;
}

/** A modal login form; resolves true once logged in again, false if the user closes it. */
function reloginDialog() {
  const make = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text) node.textContent = text;
    return node;
  };
  const dialog = make('dialog', { id: 'relogin-dialog', 'aria-labelledby': 'relogin-title', class: 'relogin' });
  const form = make('form', { method: 'dialog', class: 'form', novalidate: '' });
  const error = make('p', { id: 'relogin-error', class: 'alert alert-error', role: 'alert', hidden: '' });
  const password = make('input', { id: 'relogin-password', type: 'password', autocomplete: 'current-password', required: '' });
  const code = make('input', { id: 'relogin-code', type: 'text', inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: '6' });
  const codeField = make('div', { class: 'field', hidden: '' });
  codeField.append(make('label', { for: 'relogin-code' }, t('login.code')), code);
  const submit = make('button', { id: 'relogin-submit', type: 'submit', class: 'button button-primary' }, t('relogin.submit'));
  const cancel = make('button', { id: 'relogin-cancel', type: 'button', class: 'button' }, t('relogin.cancel'));
  const passwordField = make('div', { class: 'field' });
  passwordField.append(make('label', { for: 'relogin-password' }, t('login.password')), password);
  form.append(make('h2', { id: 'relogin-title' }, t('relogin.title')), make('p', {}, t('relogin.intro', { email: knownEmail })),
    error, passwordField, codeField, submit, ' ', cancel);
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    const close = (result) => {
      dialog.close();
      dialog.remove();
      resolve(result);
    };
    cancel.addEventListener('click', () => close(false));
    dialog.addEventListener('cancel', () => close(false));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      submit.disabled = true;
      try {
        const body = { email: knownEmail, password: password.value };
        if (!codeField.hidden) body.code = code.value.trim();
        await request('account/login', { method: 'POST', body });
        close(true);
      } catch (err) {
        submit.disabled = false;
        if (err.problem?.type === '/problems/auth.code-required') codeField.hidden = false;
        error.textContent = errorText(err);
        error.hidden = false;
      }
    });
    dialog.showModal();
    password.focus();
  });
}

async function request(path, { method = 'GET', body, raw, contentType } = {}) {
  const headers = {
    Accept: 'application/json',
    // Lets the server localise problem details and "reason" texts.
    'Accept-Language': getLang(),
  };
  const init = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET' && method !== 'HEAD') {
    // Always JSON on POST, even without a payload: the server expects it, and a
    // JSON content type cannot be sent cross-site without a CORS preflight.
    // The server refuses state-changing requests without it (CSRF defence): other sites cannot send it.
    headers['X-Requested-With'] = 'lms';
    if (raw !== undefined) {
      // A file as it is (a CSV staff list): the server reads its bytes and finds the encoding itself.
      headers['Content-Type'] = contentType ?? 'application/octet-stream';
      init.body = raw;
    } else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
    }
  }

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  init.signal = controller.signal;

  let res;
  try {
    res = await fetch(new URL(path, API_BASE), init);
  } catch {
    throw new ApiError(0, null, { key: controller.signal.aborted ? 'error.timeout' : 'error.network' });
  } finally {
    clearTimeout(timer);
  }

  if (res.status === 204) return null;
  const data = await readJson(res);
  if (!res.ok) {
    const text = data?.detail || data?.title; // server-localised, show as is
    throw new ApiError(res.status, data, text ? { text } : { key: statusKey(res.status), params: { status: res.status } });
  }
  if (data === undefined) throw new ApiError(res.status, null, { key: 'error.badResponse' });
  return data;
}

/** Link to the login page that brings the learner back here afterwards. */
export function loginHref(page = 'login.html') {
  return `${page}?next=${encodeURIComponent(location.pathname + location.search)}`;
}

export function redirectToLogin() {
  location.assign(loginHref());
}

/**
 * Only follow `next` if it is a path on this site ("/...", not "//..." nor
 * anything a browser would treat as another host): prevents open redirects.
 */
export function safeNext(raw, fallback = 'index.html') {
  if (typeof raw !== 'string' || !raw.startsWith('/') || raw.startsWith('//')) return fallback;
  // Browsers treat "\" like "/" and drop tabs/newlines, so "/\evil" becomes "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    if (new URL(raw, location.origin).origin !== location.origin) return fallback;
  } catch {
    return fallback;
  }
  return raw;
}

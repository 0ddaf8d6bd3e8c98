// i18n.js — the single place that knows the current language and the UI strings.
// Language lives in localStorage "lms.lang"; default is always Japanese (the
// programme's audience), whatever the browser says.

const STORAGE_KEY = 'lms.lang';
const SUPPORTED = ['ja', 'en'];

// A few strings built in, so that even if a dictionary cannot be fetched
// the page can still say something readable instead of showing raw keys.
const BUILT_IN = {
  ja: {
    'site.name': '医療機関サイバーセキュリティ研修',
    'nav.langSwitch': 'English',
    'common.loading': '読み込み中…',
    'common.retry': '再読み込み',
    'error.network': 'サーバーに接続できませんでした。ネットワークの接続を確認し、しばらくしてからもう一度お試しください。',
  },
  en: {
    'site.name': 'Medical Cybersecurity Training',
    'nav.langSwitch': '日本語',
    'common.loading': 'Loading…',
    'common.retry': 'Reload',
    'error.network': 'Could not reach the server. Please check your network connection and try again in a moment.',
  },
};

let lang = readStoredLang();
let dict = {};
let jaDict = {}; // fallback for keys missing from the English file

function readStoredLang() {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return SUPPORTED.includes(v) ? v : 'ja';
  } catch {
    return 'ja'; // storage can be blocked by hospital browser policies
  }
}

export function getLang() {
  return lang;
}

async function fetchDict(code) {
  const res = await fetch(new URL(`../i18n/${code}.json`, import.meta.url), {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`i18n ${code}: HTTP ${res.status}`);
  return res.json();
}

/** Load the dictionary for the current (or given) language and set <html lang>. */
export async function loadI18n(code = lang) {
  lang = SUPPORTED.includes(code) ? code : 'ja';
  const [main, ja] = await Promise.all([
    fetchDict(lang).catch(() => ({})),
    lang === 'ja' ? null : fetchDict('ja').catch(() => ({})),
  ]);
  dict = main;
  jaDict = ja ?? main;
  document.documentElement.lang = lang;
}

/** Switch language, remember it, and load its strings. Callers re-render. */
export async function setLang(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    /* not persisted; still switch for this page */
  }
  await loadI18n(code);
}

/** Translate a key; "{name}" placeholders are filled from params. */
export function t(key, params) {
  let s = dict[key] ?? jaDict[key] ?? BUILT_IN[lang][key] ?? BUILT_IN.ja[key] ?? key;
  if (params) {
    s = s.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  }
  return s;
}

/** Pick the current language from an API value {ja, en}; fall back to Japanese. */
export function pick(value) {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return value[lang] || value.ja || value.en || '';
}

/**
 * Fill static markup: data-i18n="key" sets textContent,
 * data-i18n-label="key" sets aria-label. Lets the HTML forms keep typed
 * values when the language changes (nothing is rebuilt).
 */
export function applyTranslations(root = document) {
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', t(node.dataset.i18nLabel));
}

/** Date-time in Asia/Tokyo with an explicit "JST" label (staff may be abroad or on a mis-set PC). */
export function formatDateTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const fmt = new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return `${fmt.format(d)} JST`;
}

/** A day in Asia/Tokyo: 2026年5月1日 / 1 May 2026. */
export function formatDate(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' }).format(d);
}

/** The Japanese fiscal year (年度, April to March in Japan time) of an instant: 2027-03-31 is in 2026. */
export function fiscalYear(iso) {
  const [y, m] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit' }).format(new Date(iso)).split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** A datetime-local value typed as Japan time ("2026-12-01T14:00"), as an instant with its offset; empty stays unset. */
export function fromJstInput(local) {
  return local ? `${local}:00+09:00` : null;
}

/** An instant as a datetime-local value in Japan time, whatever the browser's zone. */
export function toJstInput(iso) {
  return iso ? new Date(Date.parse(iso) + 9 * 3600 * 1000).toISOString().slice(0, 16) : '';
}

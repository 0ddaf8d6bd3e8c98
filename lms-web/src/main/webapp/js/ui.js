// ui.js — small DOM helpers shared by the pages. Everything is built with
// createElement/textContent so API data can never inject markup.
import { t, pick } from './i18n.js';
import { errorText } from './api.js';

/**
 * el('a', {href: 'x', class: 'y', text: 'z'}, child, ...)
 * Props: class, text, dataset, on<event> (function => addEventListener),
 * anything else becomes an attribute (true => empty attribute, null/false => skipped).
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export const byPosition = (a, b) => (a.position ?? 0) - (b.position ?? 0);

export function minutesText(minutes) {
  return Number.isFinite(minutes) && minutes > 0 ? t('common.minutes', { minutes }) : '';
}

/** Show a loading line in main while data is fetched. */
export function showLoading(main) {
  clear(main).append(el('p', { class: 'loading', role: 'status', text: t('common.loading') }));
}

/** Error box with role=alert; a reload button helps after a network blip. */
export function errorBox(err, { retry = true } = {}) {
  return el(
    'div',
    { class: 'alert alert-error', role: 'alert' },
    el('p', { text: errorText(err) }),
    retry && el('button', { type: 'button', class: 'button button-secondary', onclick: () => location.reload(), text: t('common.retry') }),
  );
}

/** Breadcrumb: items [{href, label}], the last one is the current page. */
export function breadcrumb(items) {
  const list = el('ol');
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    list.append(el('li', {}, last || !item.href ? el('span', { 'aria-current': last ? 'page' : null, text: item.label }) : el('a', { href: item.href, text: item.label })));
  });
  return el('nav', { class: 'breadcrumb', 'aria-label': t('common.breadcrumb') }, list);
}

let uid = 0;

/**
 * Progress bar + text. withIds gives the page-level ids (progress-bar,
 * progress-text); lists of courses leave them off to keep ids unique.
 */
export function progressView(p, { withIds = false } = {}) {
  const percent = Math.max(0, Math.min(100, Math.round(Number(p?.percent) || 0)));
  const text = t('progress.text', { done: p?.requiredDone ?? 0, total: p?.requiredTotal ?? 0, percent });
  const textId = withIds ? 'progress-text' : `progress-text-${++uid}`;
  const fill = el('div', { class: 'progress-fill' });
  // CSSOM, not a style attribute: allowed under a strict CSP.
  fill.style.width = `${percent}%`;
  return el(
    'div',
    { class: `progress-block${p?.complete ? ' is-complete' : ''}` },
    el(
      'div',
      {
        class: 'progress',
        id: withIds ? 'progress-bar' : null,
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': percent,
        'aria-valuetext': text,
        'aria-label': t('progress.label'),
      },
      fill,
    ),
    el('p', { class: 'progress-text', id: textId, text }),
  );
}

/** Swap a button's label key (data-i18n keeps it right across a language switch). */
export function setButtonBusy(button, busy, busyKey, idleKey) {
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
  button.dataset.i18n = busy ? busyKey : idleKey;
  button.textContent = t(button.dataset.i18n);
}

/** The title of one activity of a course as the course endpoint returns it, in the reader's language; '' if absent. */
export function activityTitle(course, activityId) {
  for (const m of course?.modules ?? []) {
    const a = (m.activities ?? []).find((x) => x.id === activityId);
    if (a) return pick(a.title);
  }
  return '';
}

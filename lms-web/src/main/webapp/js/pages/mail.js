// Mail (メール送信), for administrators: whether sending is configured, how many mails wait, went out or failed,
// the mails of one status with their last error, sending a failed mail again, and a test mail.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, isUnauthorized, redirectToLogin, errorText } from '../api.js';
import { el, clear, errorBox, showLoading, setButtonBusy } from '../ui.js';
import { t, formatDateTime } from '../i18n.js';

const PAGE_SIZE = 50;
const STATUSES = ['FAILED', 'PENDING', 'SENT', 'ALL'];
const main = document.getElementById('main');
const state = { data: null, status: 'FAILED', page: 0, error: null, actionError: null, notice: null, testTo: '' };

const user = await initPage({ nav: 'mail', titleKey: 'mail.title' });
if (!user) {
  redirectToLogin();
} else {
  state.testTo = user.email ?? '';
  onRerender(render);
  await load();
}

async function load() {
  if (!state.data) showLoading(main);
  try {
    const status = state.status === 'ALL' ? '' : `&status=${state.status}`;
    state.data = await api(`admin/mail?page=${state.page}&size=${PAGE_SIZE}${status}`);
    state.error = null;
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

function when(iso) {
  return iso ? formatDateTime(iso) : '—';
}

async function retry(mail, button) {
  setButtonBusy(button, true, 'mail.retrying', 'mail.retry');
  try {
    await api(`admin/mail/${encodeURIComponent(mail.id)}/retry`, { method: 'POST', body: {} });
    state.notice = t('mail.retried', { to: mail.recipient });
    state.actionError = null;
  } catch (err) {
    state.actionError = err;
  }
  await load();
}

async function sendTest(event) {
  event.preventDefault();
  const button = event.currentTarget.querySelector('button[type=submit]');
  state.testTo = document.getElementById('mail-test-to').value.trim();
  setButtonBusy(button, true, 'mail.testSending', 'mail.testSend');
  try {
    await api('admin/mail/test', { method: 'POST', body: { to: state.testTo } });
    state.notice = t('mail.testQueued', { to: state.testTo });
    state.actionError = null;
    state.status = 'ALL';
    state.page = 0;
  } catch (err) {
    state.actionError = err;
  }
  await load();
}

function choose(status) {
  state.status = status;
  state.page = 0;
  state.notice = null;
  load();
}

function statusBadge(status) {
  return el('span', { class: `badge mail-status mail-${status.toLowerCase()}`, text: t(`mail.status.${status}`) });
}

function summary(d) {
  return el('section', { class: 'card', id: 'mail-summary', 'aria-labelledby': 'mail-summary-title' },
    el('h2', { id: 'mail-summary-title', text: t('mail.summaryTitle') }),
    d.configured
      ? el('p', { id: 'mail-configured', class: 'alert alert-success', text: t('mail.configured') })
      : el('p', { id: 'mail-not-configured', class: 'alert alert-warning', role: 'status', text: t('mail.notConfigured') }),
    d.linksAbsolute ? '' : el('p', { id: 'mail-no-links', class: 'alert alert-warning', text: t('mail.noLinks') }),
    el('p', { class: 'mail-counts' }, ...['PENDING', 'SENT', 'FAILED'].map((s) =>
      el('span', { class: 'mail-count' }, statusBadge(s), ' ', el('strong', { id: `mail-count-${s.toLowerCase()}`, text: String(d.counts?.[s] ?? 0) })))));
}

function filter() {
  return el('div', { class: 'actions', role: 'group', 'aria-label': t('mail.filter') }, ...STATUSES.map((s) =>
    el('button', { type: 'button', class: `button button-small${state.status === s ? ' button-primary' : ''}`, 'data-status': s,
      'aria-pressed': String(state.status === s), onclick: () => choose(s), text: t(`mail.filter.${s}`) })));
}

function table(d) {
  if (!d.items.length) return el('p', { id: 'mail-none', class: 'muted', text: t('mail.none') });
  return el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'mail-table' },
    el('caption', { text: t('mail.caption', { count: d.total }) }),
    el('thead', {}, el('tr', {}, ...['mail.created', 'mail.to', 'mail.subject', 'mail.state', 'mail.attempts', 'mail.nextAttempt', 'mail.lastError', 'mail.actions']
      .map((k) => el('th', { scope: 'col', class: 'nowrap', text: t(k) })))),
    el('tbody', {}, ...d.items.map((m) => el('tr', { 'data-mail': m.id, 'data-status': m.status },
      el('td', { class: 'nowrap', text: when(m.createdAt) }),
      el('td', { class: 'mail-to', text: m.recipient }),
      el('td', {}, el('span', { text: m.subject }), el('br'), el('small', { class: 'muted', text: m.cause })),
      el('td', {}, statusBadge(m.status)),
      el('td', { class: 'nowrap', text: String(m.attempts) }),
      el('td', { class: 'nowrap', text: m.status === 'SENT' ? when(m.sentAt) : when(m.nextAttemptAt) }),
      // A sent mail's earlier error no longer matters (the attempts column shows it took more than one).
      el('td', { class: 'mail-error', text: m.status === 'SENT' ? '' : (m.lastError ?? '') }),
      el('td', { class: 'nowrap' }, m.status === 'FAILED'
        ? el('button', { type: 'button', class: 'button button-small', 'data-action': 'retry', onclick: (e) => retry(m, e.currentTarget), text: t('mail.retry') })
        : ''))))));
}

function pager(d) {
  const last = Math.max(0, Math.ceil(d.total / d.size) - 1);
  if (last === 0) return '';
  return el('div', { class: 'actions' },
    el('button', { type: 'button', class: 'button button-small', id: 'mail-prev', disabled: d.page === 0, onclick: () => { state.page -= 1; load(); }, text: t('mail.pagePrev') }),
    el('span', { text: t('mail.pageOf', { page: d.page + 1, pages: last + 1 }) }),
    el('button', { type: 'button', class: 'button button-small', id: 'mail-next', disabled: d.page >= last, onclick: () => { state.page += 1; load(); }, text: t('mail.pageNext') }));
}

function testForm() {
  return el('section', { class: 'card', 'aria-labelledby': 'mail-test-title' },
    el('h2', { id: 'mail-test-title', text: t('mail.testTitle') }),
    el('p', { text: t('mail.testHint') }),
    el('form', { id: 'mail-test-form', novalidate: true, onsubmit: sendTest },
      el('div', { class: 'field' },
        el('label', { for: 'mail-test-to', class: 'label-text', text: t('mail.testTo') }),
        el('input', { type: 'email', id: 'mail-test-to', autocomplete: 'email', value: state.testTo, required: true })),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'button', text: t('mail.testSend') }))));
}

function render() {
  clear(main);
  setTitle(t('mail.title'));
  main.append(el('h1', { text: t('mail.title') }));
  if (state.error && !state.data) return main.append(errorBox(state.error));
  const d = state.data;
  main.append(el('p', { class: 'lead', text: t('mail.intro') }), summary(d));
  main.append(el('section', { class: 'card', id: 'mail-list', 'aria-labelledby': 'mail-list-title' },
    el('h2', { id: 'mail-list-title', text: t('mail.listTitle') }),
    state.notice ? el('p', { class: 'alert alert-success', role: 'status', text: state.notice }) : '',
    state.actionError ? el('p', { class: 'alert alert-error', role: 'alert', text: errorText(state.actionError) }) : '',
    state.error ? errorBox(state.error) : '',
    filter(), table(d), pager(d)));
  main.append(testForm());
}

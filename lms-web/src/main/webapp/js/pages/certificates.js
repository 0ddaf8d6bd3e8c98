// Certificates (修了証): a learner's own, with the PDF, the verification link and the Open Badges credential; and,
// for certificate administrators, the latest certificates with revoke and reissue (each with a reason).
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, isUnauthorized, redirectToLogin, errorText } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, formatDateTime } from '../i18n.js';

const main = document.getElementById('main');
const state = { mine: null, all: null, error: null, adminError: null, notice: null };

const user = await initPage({ nav: 'certificates', titleKey: 'cert.title' });
if (!user) {
  redirectToLogin();
} else {
  onRerender(render);
  await load();
}

function isAdmin() {
  return user.capabilities?.includes('certificate.issue');
}

async function load() {
  showLoading(main);
  try {
    state.mine = await api('me/certificates');
    if (isAdmin()) state.all = await api('certificates');
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

function date(iso) {
  return iso ? formatDateTime(iso).replace(/ \d\d:\d\d JST$/, '') : '—';
}

function standingBadge(standing) {
  return el('span', { class: `badge cert-standing cert-${standing.toLowerCase()}`, text: t(`cert.standing.${standing}`) });
}

function card(c) {
  const base = `api/me/certificates/${encodeURIComponent(c.id)}`;
  return el('article', { class: 'card cert-card', 'data-certificate': c.number },
    el('h2', { text: c.courseTitle }),
    el('p', {}, standingBadge(c.standing)),
    el('dl', { class: 'quiz-rules' },
      el('dt', { text: t('cert.number') }), el('dd', { text: c.number }),
      el('dt', { text: t('cert.track') }), el('dd', { text: c.trackName }),
      el('dt', { text: t('cert.completed') }), el('dd', { text: date(c.completedAt) }),
      el('dt', { text: t('cert.validUntil') }), el('dd', { text: date(c.validUntil) })),
    el('p', { class: 'actions' },
      el('a', { class: 'button button-primary', href: `${base}/pdf`, download: `${c.number}.pdf`, text: t('cert.pdf') }),
      el('a', { class: 'button', href: `${base}/pdf?template=en`, download: `${c.number}-en.pdf`, text: t('cert.pdfEnglish') }),
      el('a', { class: 'button', href: c.verificationUrl, id: `verify-${c.number}`, text: t('cert.openVerification') }),
      el('button', { type: 'button', class: 'button', onclick: (e) => copyLink(e.currentTarget, c.verificationUrl), text: t('cert.copyLink') }),
      el('a', { class: 'button', href: `${base}/credential`, download: `${c.number}.json`, text: t('cert.credential') })));
}

async function copyLink(button, url) {
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = t('cert.copied');
  } catch {
    window.prompt(t('cert.copyPrompt'), url);
  }
}

async function act(c, action) {
  const reason = window.prompt(t(action === 'revoke' ? 'cert.revokeReason' : 'cert.reissueReason', { number: c.number }));
  if (reason === null) return;
  try {
    await api(`certificates/${encodeURIComponent(c.id)}/${action}`, { method: 'POST', body: { reason } });
    state.notice = t(action === 'revoke' ? 'cert.revoked' : 'cert.reissued', { number: c.number });
    state.adminError = null;
    state.all = await api('certificates');
    state.mine = await api('me/certificates');
  } catch (err) {
    state.adminError = err;
  }
  render();
}

function adminSection() {
  const rows = state.all ?? [];
  return el('section', { class: 'card', id: 'cert-admin', 'aria-labelledby': 'cert-admin-title' },
    el('h2', { id: 'cert-admin-title', text: t('cert.adminTitle') }),
    state.notice ? el('p', { class: 'alert alert-success', role: 'status', text: state.notice }) : '',
    state.adminError ? el('p', { class: 'alert alert-error', role: 'alert', text: errorText(state.adminError) }) : '',
    el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'cert-table' },
      el('caption', { text: t('cert.adminCaption', { count: rows.length }) }),
      el('thead', {}, el('tr', {}, ...['cert.number', 'cert.learner', 'cert.course', 'cert.issued', 'cert.state', 'cert.actions']
        .map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...rows.map((c) => el('tr', { 'data-certificate': c.number },
        el('td', { class: 'nowrap', text: c.number }),
        el('td', { text: c.learnerName }),
        el('td', { text: c.courseTitle }),
        el('td', { class: 'nowrap', text: date(c.issuedAt) }),
        el('td', {}, standingBadge(c.standing)),
        el('td', { class: 'nowrap' }, c.standing === 'VALID' || c.standing === 'EXPIRED' ? [
          el('button', { type: 'button', class: 'button button-small', 'data-action': 'revoke', onclick: () => act(c, 'revoke'), text: t('cert.revoke') }), ' ',
          el('button', { type: 'button', class: 'button button-small', 'data-action': 'reissue', onclick: () => act(c, 'reissue'), text: t('cert.reissue') }),
        ] : '')))))));
}

function render() {
  clear(main);
  setTitle(t('cert.title'));
  main.append(el('h1', { text: t('cert.title') }));
  if (state.error) return main.append(errorBox(state.error));
  main.append(el('p', { class: 'lead', text: t('cert.intro') }));
  if (!state.mine.length) main.append(el('p', { id: 'cert-none', class: 'muted', text: t('cert.none') }));
  main.append(...state.mine.map(card));
  if (isAdmin()) main.append(adminSection());
}

// Public verification of a certificate (verify.html?code=...): no login. Says whether it is valid, expired, revoked or
// replaced, in the page's language, and shows only the name, course, dates and issuer.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, formatDateTime } from '../i18n.js';

const main = document.getElementById('main');
const code = new URLSearchParams(location.search).get('code') ?? '';
const state = { result: null, error: null };

await initPage({ nav: null, titleKey: 'verify.title' });
onRerender(render);
showLoading(main);
try {
  state.result = await api(`verify/${encodeURIComponent(code)}`);
} catch (err) {
  state.error = err;
}
render();

function date(iso) {
  return iso ? formatDateTime(iso).replace(/,? \d\d:\d\d JST$/, '') : '—';
}

function render() {
  clear(main);
  setTitle(t('verify.title'));
  main.append(el('h1', { text: t('verify.title') }));
  if (state.error?.status === 404) {
    return main.append(el('p', { id: 'verify-status', class: 'alert alert-error', role: 'status', text: t('verify.unknown') }));
  }
  if (state.error) return main.append(errorBox(state.error));
  const r = state.result;
  const good = r.standing === 'VALID';
  // The state in words (and again in the details, so a printout or a screenshot of the details alone carries it). A
  // replaced certificate names no successor: its holder shares the new link if they wish.
  main.append(
    el('p', { id: 'verify-status', class: `alert ${good ? 'alert-success' : 'alert-error'} verify-status`, role: 'status',
      'data-standing': r.standing, text: t(`verify.standing.${r.standing}`, { date: date(r.validUntil) }) }),
    el('dl', { class: 'quiz-rules card', id: 'verify-details' },
      el('dt', { text: t('verify.state') }),
      el('dd', {}, el('span', { id: 'verify-state', class: `badge cert-standing cert-${r.standing.toLowerCase()}`,
        text: t(`cert.standing.${r.standing}`) })),
      el('dt', { text: t('cert.learner') }), el('dd', { text: r.learnerName }),
      r.institutionName ? [el('dt', { text: t('cert.institution') }), el('dd', { id: 'verify-institution', text: r.institutionName })] : '',
      el('dt', { text: t('cert.course') }), el('dd', { text: r.courseTitle }),
      el('dt', { text: t('cert.track') }), el('dd', { text: r.trackName }),
      el('dt', { text: t('cert.completed') }), el('dd', { text: date(r.completedAt) }),
      el('dt', { text: t('cert.validUntil') }), el('dd', { text: r.validUntil ? date(r.validUntil) : t('verify.validUntilNone') }),
      r.revokedAt ? [el('dt', { text: t('verify.revokedAt') }), el('dd', { text: date(r.revokedAt) })] : '',
      el('dt', { text: t('cert.number') }), el('dd', { text: r.number }),
      el('dt', { text: t('verify.issuer') }), el('dd', { text: r.issuer })),
    el('p', { class: 'muted', text: t('verify.privacy') }));
}

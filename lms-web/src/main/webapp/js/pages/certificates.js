// Certificates (修了証): a learner's own, with the PDF, the verification link and the Open Badges credential, and
// completions awaiting approval, and a mark on those that expire soon (まもなく有効期限) with a link to take the course
// again; for certificate administrators, the approval queue, bulk issue (checked first,
// then issued), downloads of a course's certificates as a ZIP or one PDF, and the latest certificates with revoke
// and reissue (each with a reason).
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, isUnauthorized, redirectToLogin, errorText } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, pick, formatDateTime } from '../i18n.js';

const main = document.getElementById('main');
const state = {
  mine: null, requests: [], all: null, pending: [], courses: [], institutions: [],
  bulk: { courseId: '', institutionId: '', reason: '', report: null, busy: false },
  error: null, adminError: null, notice: null,
};

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
    [state.mine, state.requests] = await Promise.all([api('me/certificates'), api('me/certificates/requests')]);
    if (isAdmin()) {
      [state.all, state.pending, state.courses, state.institutions] = await Promise.all([
        api('certificates'), api('certificates/requests'), allCourses(), api('institutions')]);
      state.bulk.courseId ||= state.courses[0]?.id ?? '';
    }
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

/** Every published course, by track, for choosing what to issue or download. */
async function allCourses() {
  const tracks = await api('tracks');
  const details = await Promise.all(tracks.map((tr) => api(`tracks/${encodeURIComponent(tr.code)}`)));
  return details.flatMap((tr) => tr.courses.map((c) => ({ id: c.id, label: `${pick(tr.name)}: ${pick(c.title)}` })));
}

function date(iso) {
  return iso ? formatDateTime(iso).replace(/,? \d\d:\d\d JST$/, '') : '—';
}

function standingBadge(standing) {
  return el('span', { class: `badge cert-standing cert-${standing.toLowerCase()}`, text: t(`cert.standing.${standing}`) });
}

/** A certificate the holder must renew to stay covered: a badge, and where to take the course again. */
function renewalBadge(c) {
  return c.renewal === 'EXPIRES_SOON'
    ? el('span', { class: 'badge cert-renewal', 'data-renewal': c.renewal, text: t('cert.renewal.EXPIRES_SOON') }) : '';
}

function renewalHint(c) {
  if (!c.renewal) return '';
  return el('p', { class: 'cert-renewal-hint', 'data-renewal': c.renewal },
    t(`cert.renewalHint.${c.renewal}`, { date: date(c.validUntil) }), ' ',
    el('a', { href: `course.html?id=${encodeURIComponent(c.courseId)}`, text: t('cert.renewalCourse') }));
}

function card(c) {
  const base = `api/me/certificates/${encodeURIComponent(c.id)}`;
  return el('article', { class: 'card cert-card', 'data-certificate': c.number },
    el('h2', { text: c.courseTitle }),
    el('p', {}, standingBadge(c.standing), ' ', renewalBadge(c)),
    renewalHint(c),
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
      el('a', { class: 'button', href: `${base}/credential`, download: `${c.number}.json`, text: t('cert.credential') })),
    c.institutionName ? el('p', { class: 'check' },
      el('input', { type: 'checkbox', id: `show-institution-${c.number}`, checked: c.institutionShown, onchange: (e) => showInstitution(c, e.target) }),
      el('label', { for: `show-institution-${c.number}`, text: t('cert.showInstitution', { name: c.institutionName }) })) : '');
}

async function showInstitution(c, box) {
  box.disabled = true;
  try {
    const updated = await api(`me/certificates/${encodeURIComponent(c.id)}/privacy`, { method: 'PUT', body: { showInstitution: box.checked } });
    c.institutionShown = updated.institutionShown;
  } catch (err) {
    box.checked = c.institutionShown;
    window.alert(errorText(err));
  }
  box.disabled = false;
}

async function copyLink(button, url) {
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = t('cert.copied');
  } catch {
    window.prompt(t('cert.copyPrompt'), url);
  }
}

function requestCard(r) {
  return el('article', { class: 'card cert-card cert-request', 'data-request': r.id },
    el('h2', { text: r.courseTitle }),
    el('p', {}, el('span', { class: `badge cert-request-${r.status.toLowerCase()}`, text: t(`cert.request.${r.status}`) })),
    el('dl', { class: 'quiz-rules' },
      el('dt', { text: t('cert.completed') }), el('dd', { text: date(r.completedAt) }),
      r.reason ? [el('dt', { text: t('cert.rejectedBecause') }), el('dd', { text: r.reason })] : ''),
    r.status === 'PENDING' ? el('p', { class: 'muted', text: t('cert.pendingHint') }) : '');
}

async function refreshAdmin() {
  [state.all, state.pending, state.mine] = await Promise.all([api('certificates'), api('certificates/requests'), api('me/certificates')]);
}

async function decide(r, approve) {
  let body = {};
  if (!approve) {
    const reason = window.prompt(t('cert.rejectReason', { name: r.learnerName }));
    if (reason === null) return;
    body = { reason };
  }
  try {
    await api(`certificates/requests/${encodeURIComponent(r.id)}/${approve ? 'approve' : 'reject'}`, { method: 'POST', body });
    state.notice = t(approve ? 'cert.approved' : 'cert.rejected', { name: r.learnerName });
    state.adminError = null;
    await refreshAdmin();
  } catch (err) {
    state.adminError = err;
  }
  render();
}

function pendingSection() {
  return el('section', { class: 'card', id: 'cert-pending', 'aria-labelledby': 'cert-pending-title' },
    el('h2', { id: 'cert-pending-title', text: t('cert.pendingTitle', { count: state.pending.length }) }),
    state.pending.length ? el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'pending-table' },
      el('thead', {}, el('tr', {}, ...['cert.learner', 'cert.institution', 'cert.course', 'cert.completed', 'cert.actions']
        .map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...state.pending.map((r) => el('tr', { 'data-request': r.id },
        el('td', {}, el('span', { text: r.learnerName }), el('span', { class: 'kana', text: r.learnerEmail })),
        el('td', { text: r.institutionName ?? '—' }),
        el('td', { text: r.courseTitle }),
        el('td', { class: 'nowrap', text: date(r.completedAt) }),
        el('td', { class: 'nowrap' },
          el('button', { type: 'button', class: 'button button-small button-primary', 'data-action': 'approve', onclick: () => decide(r, true), text: t('cert.approve') }), ' ',
          el('button', { type: 'button', class: 'button button-small', 'data-action': 'reject', onclick: () => decide(r, false), text: t('cert.reject') }))))))) :
      el('p', { class: 'muted', text: t('cert.pendingNone') }));
}

async function bulk(dryRun) {
  const b = state.bulk;
  b.busy = true;
  render();
  try {
    b.report = await api('certificates/bulk', { method: 'POST',
      body: { courseId: b.courseId, institutionId: b.institutionId || null, reason: b.reason, dryRun } });
    state.adminError = null;
    if (!dryRun) {
      state.notice = t('cert.bulkDone', { issued: b.report.issued });
      await refreshAdmin();
    }
  } catch (err) {
    state.adminError = err;
  }
  b.busy = false;
  render();
}

function exportLink(format) {
  const b = state.bulk;
  const query = new URLSearchParams({ courseId: b.courseId, format });
  if (b.institutionId) query.set('institutionId', b.institutionId);
  return el('a', { class: 'button', id: `export-${format}`, href: `api/certificates/export?${query}`, text: t(`cert.export.${format}`) });
}

function bulkSection() {
  const b = state.bulk;
  const reset = () => { b.report = null; render(); };
  const report = b.report;
  return el('section', { class: 'card', id: 'cert-bulk', 'aria-labelledby': 'cert-bulk-title' },
    el('h2', { id: 'cert-bulk-title', text: t('cert.bulkTitle') }),
    el('p', { text: t('cert.bulkHint') }),
    el('label', { for: 'bulk-course', class: 'label-text', text: t('cert.course') }),
    el('select', { id: 'bulk-course', onchange: (e) => { b.courseId = e.target.value; reset(); } },
      ...state.courses.map((c) => el('option', { value: c.id, selected: c.id === b.courseId, text: c.label }))),
    el('label', { for: 'bulk-institution', class: 'label-text', text: t('cert.institution') }),
    el('select', { id: 'bulk-institution', onchange: (e) => { b.institutionId = e.target.value; reset(); } },
      el('option', { value: '', text: t('cert.allInstitutions') }),
      ...state.institutions.map((i) => el('option', { value: i.id, selected: i.id === b.institutionId, text: i.name }))),
    el('label', { for: 'bulk-reason', class: 'label-text', text: t('cert.bulkReason') }),
    el('input', { type: 'text', id: 'bulk-reason', maxlength: 500, value: b.reason, oninput: (e) => { b.reason = e.target.value; } }),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button', id: 'bulk-check', disabled: !b.courseId || b.busy, onclick: () => bulk(true), text: t('cert.bulkCheck') }),
      el('button', { type: 'button', class: 'button button-primary', id: 'bulk-issue',
        disabled: !report || !report.dryRun || report.wouldIssue === 0 || b.busy, onclick: () => bulk(false), text: t('cert.bulkIssue') })),
    report ? el('div', { class: 'alert alert-success', role: 'status', id: 'bulk-report' },
      el('p', { text: t(report.dryRun ? 'cert.bulkWould' : 'cert.bulkIssued', report) }),
      report.rows.length ? el('ul', { class: 'plain' }, ...report.rows.map((r) => el('li', {},
        el('span', { text: `${r.learnerName}(${date(r.completedAt)})` }), ' ',
        el('span', { class: 'badge', text: t(`cert.bulk.${r.outcome}`) }), r.number ? ` ${r.number}` : ''))) : '') : '',
    el('h3', { text: t('cert.exportTitle') }),
    el('p', { class: 'muted', text: t('cert.exportHint') }),
    b.courseId ? el('p', { class: 'actions' }, exportLink('zip'), exportLink('pdf')) : '');
}

async function act(c, action) {
  const reason = window.prompt(t(action === 'revoke' ? 'cert.revokeReason' : 'cert.reissueReason', { number: c.number }));
  if (reason === null) return;
  try {
    await api(`certificates/${encodeURIComponent(c.id)}/${action}`, { method: 'POST', body: { reason } });
    state.notice = t(action === 'revoke' ? 'cert.revoked' : 'cert.reissued', { number: c.number });
    state.adminError = null;
    await refreshAdmin();
  } catch (err) {
    state.adminError = err;
  }
  render();
}

function adminSection() {
  const rows = state.all ?? [];
  return el('section', { class: 'card', id: 'cert-admin', 'aria-labelledby': 'cert-admin-title' },
    el('h2', { id: 'cert-admin-title', text: t('cert.recentTitle') }),
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
  const open = state.requests.filter((r) => r.status !== 'APPROVED');
  if (!state.mine.length && !open.length) main.append(el('p', { id: 'cert-none', class: 'muted', text: t('cert.none') }));
  main.append(...open.map(requestCard), ...state.mine.map(card));
  if (isAdmin()) {
    main.append(el('h2', { class: 'section-title', text: t('cert.adminTitle') }),
      state.notice ? el('p', { class: 'alert alert-success', role: 'status', id: 'cert-notice', text: state.notice }) : '',
      state.adminError ? el('p', { class: 'alert alert-error', role: 'alert', text: errorText(state.adminError) }) : '',
      pendingSection(), bulkSection(), adminSection());
  }
}

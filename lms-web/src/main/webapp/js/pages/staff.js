// Staff page (institution managers, administrators): the training record of each staff member in the caller's
// scope, for the manager and for an inspector's visit; their certificates (one PDF each, or all valid ones as a ZIP
// or one PDF), with those that expire soon or have expired marked and filterable (to chase before an inspection); and
// the staff list import, checked before it is applied.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, pick, formatDateTime } from '../i18n.js';
import { identityProviderSection } from './identity-provider.js';

const main = document.getElementById('main');
const state = { institutions: [], institution: null, staff: null, certificates: [], department: '', renewalOnly: false, report: null, file: null, error: null, busy: false, sso: null };

const user = await initPage({ nav: 'staff', titleKey: 'staff.title' });
if (!user) {
  redirectToLogin();
} else {
  onRerender(render);
  await loadInstitutions();
}

async function loadInstitutions() {
  showLoading(main);
  try {
    state.institutions = await api('institutions');
    const wanted = new URLSearchParams(location.search).get('institution');
    state.institution = state.institutions.find((i) => i.id === wanted) ?? state.institutions[0] ?? null;
    if (state.institution) await loadStaff();
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

async function loadStaff() {
  const base = `institutions/${encodeURIComponent(state.institution.id)}`;
  [state.staff, state.certificates] = await Promise.all([api(`${base}/staff`), api(`${base}/certificates`)]);
}

function certificatesSection() {
  const base = `api/institutions/${encodeURIComponent(state.institution.id)}/certificates`;
  const inScope = new Set((state.staff ?? []).filter((s) => !state.department || s.department?.id === state.department).map((s) => s.id));
  const all = state.certificates.filter((c) => inScope.has(c.learnerId));
  // Certificates whose holders must take the course again (expiring within the reminder window, or expired), as the
  // API's renewalDue=true lists them: the people to chase before an inspection.
  const due = all.filter((c) => c.renewal);
  const filtered = state.renewalOnly && due.length > 0;
  const rows = filtered ? due : all;
  const date = (iso) => (iso ? formatDateTime(iso).replace(/,? \d\d:\d\d JST$/, '') : '—');
  return el('section', { class: 'card', id: 'staff-certificates', 'aria-labelledby': 'staff-cert-title' },
    el('h2', { id: 'staff-cert-title', text: t('staff.certTitle') }),
    el('p', { class: 'muted', text: t('staff.certHint') }),
    all.length ? el('p', { id: 'staff-cert-renewal-summary', class: due.length ? 'alert alert-warning' : 'muted', role: 'status',
      text: due.length ? t('staff.certRenewalDue', { count: due.length }) : t('staff.certRenewalNone') }) : '',
    due.length ? el('p', { class: 'check no-print' },
      el('input', { type: 'checkbox', id: 'staff-cert-renewal-only', checked: state.renewalOnly,
        onchange: (e) => { state.renewalOnly = e.target.checked; render(); } }),
      el('label', { for: 'staff-cert-renewal-only', text: t('staff.certRenewalOnly') })) : '',
    rows.length ? [
      el('p', { class: 'actions no-print' },
        el('a', { class: 'button', id: 'staff-cert-zip', href: `${base}/export?format=zip`, text: t('staff.certExportZip') }),
        el('a', { class: 'button', id: 'staff-cert-pdf', href: `${base}/export?format=pdf`, text: t('staff.certExportPdf') })),
      el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'staff-cert-table' },
        el('caption', { text: t(filtered ? 'staff.certCaptionRenewal' : 'staff.certCaption', { count: rows.length }) }),
        el('thead', {}, el('tr', {}, ...['cert.learner', 'cert.course', 'cert.number', 'cert.completed', 'cert.validUntil', 'cert.state', '']
          .map((k) => el('th', { scope: 'col', text: k ? t(k) : '' })))),
        el('tbody', {}, ...rows.map((c) => el('tr', { 'data-certificate': c.number },
          el('td', { text: c.learnerName }),
          el('td', { text: c.courseTitle }),
          el('td', { class: 'nowrap', text: c.number }),
          el('td', { class: 'nowrap', text: date(c.completedAt) }),
          el('td', { class: 'nowrap', text: date(c.validUntil) }),
          el('td', {}, el('span', { class: `badge cert-standing cert-${c.standing.toLowerCase()}`, text: t(`cert.standing.${c.standing}`) }),
            c.renewal ? [' ', el('span', { class: 'badge cert-renewal', 'data-renewal': c.renewal, text: t(`cert.renewal.${c.renewal}`) })] : ''),
          el('td', { class: 'no-print' }, el('a', { href: `${base}/${encodeURIComponent(c.id)}/pdf`, text: t('staff.certPdf') }))))))),
    ] : el('p', { id: 'staff-cert-none', text: t('staff.certNone') }));
}

function courseStatus(course) {
  const p = course.progress;
  const label = p.complete ? t('staff.complete') : t('staff.inProgress', { percent: p.percent });
  return el('li', { class: `course-status ${p.complete ? 'is-complete' : 'is-open'}` },
    el('span', { class: 'badge', text: label }), ' ', el('span', { text: pick(course.title) }));
}

function staffTable(rows) {
  return el('div', { class: 'table-scroll' }, el('table', { id: 'staff-table', class: 'records' },
    el('caption', { text: t('staff.caption', { count: rows.length }) }),
    el('thead', {}, el('tr', {},
      ...['staff.name', 'staff.department', 'staff.job', 'staff.courses'].map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, ...rows.map((s) => el('tr', { 'data-learner-id': s.id },
      el('th', { scope: 'row' }, el('span', { text: s.fullName }), s.fullNameKana ? el('span', { class: 'kana', text: s.fullNameKana }) : ''),
      el('td', { text: s.department?.name ?? '—' }),
      el('td', { text: t(`job.${s.jobCategory}`) }),
      el('td', {}, s.courses.length ? el('ul', { class: 'plain' }, ...s.courses.map(courseStatus)) : el('span', { class: 'muted', text: t('staff.noCourses') })),
    ))),
  ));
}

function summary(rows) {
  const trained = rows.filter((s) => s.courses.some((c) => c.progress.complete)).length;
  return el('p', { id: 'staff-summary', class: 'lead', text: t('staff.summary', { trained, total: rows.length }) });
}

async function upload(dryRun) {
  if (!state.file) return;
  state.busy = true;
  render();
  try {
    state.report = await api(`institutions/${encodeURIComponent(state.institution.id)}/staff/import${dryRun ? '?dryRun=true' : ''}`,
      { method: 'POST', raw: state.file, contentType: 'text/csv' });
    state.importError = null;
    if (!dryRun) await loadStaff();
  } catch (err) {
    state.importError = err;
  }
  state.busy = false;
  render();
}

/** The invitation links as a CSV for Excel (UTF-8 with BOM), to hand out or mail-merge. */
function downloadInvitations(invitations) {
  const quote = (v) => `"${String(v).replaceAll('"', '""')}"`;
  const lines = [[t('staff.csvEmail'), t('staff.name'), t('staff.csvLink'), t('staff.csvExpires')].map(quote).join(',')]
    .concat(invitations.map((i) => [i.email, i.fullName, i.url, formatDateTime(i.expiresAt)].map(quote).join(',')));
  const blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
  const link = el('a', { href: URL.createObjectURL(blob), download: 'invitations.csv' });
  document.body.append(link);
  link.click();
  link.remove();
}

function reportView(report) {
  const parts = [el('p', { id: 'import-summary', text: t(report.imported ? 'staff.imported' : 'staff.checked',
    { rows: report.rows, create: report.toCreate.length, unchanged: report.unchanged.length, encoding: report.encoding }) })];
  if (report.problems.length) {
    parts.push(el('div', { class: 'table-scroll' }, el('table', { id: 'import-problems', class: 'records' },
      el('caption', { text: t('staff.problems', { count: report.problems.length }) }),
      el('thead', {}, el('tr', {}, ...['staff.line', 'staff.field', 'staff.problem'].map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...report.problems.map((p) => el('tr', {},
        el('td', { text: String(p.line) }), el('td', { text: p.field ?? '' }), el('td', { text: p.message })))))));
  }
  if (report.invitations.length) {
    parts.push(el('h3', { text: t('staff.invitations') }), el('p', { text: t('staff.invitationsHint') }),
      el('button', { type: 'button', id: 'download-invitations', class: 'button', onclick: () => downloadInvitations(report.invitations),
        text: t('staff.download') }),
      el('ul', { id: 'invitation-links', class: 'plain' }, ...report.invitations.map((i) => el('li', {},
        el('span', { text: `${i.fullName} <${i.email}> ` }), el('input', { type: 'text', readonly: true, value: i.url,
          'aria-label': t('staff.linkFor', { name: i.fullName }), class: 'link-field' })))));
  }
  return el('div', { class: `alert ${report.clean ? 'alert-success' : 'alert-error'}`, role: 'status' }, ...parts);
}

function importSection() {
  const input = el('input', { type: 'file', id: 'staff-file', accept: '.csv,text/csv',
    onchange: (e) => { state.file = e.target.files[0] ?? null; state.report = null; state.importError = null; render(); } });
  const canImport = state.report && state.report.clean && !state.report.imported && !state.busy;
  return el('section', { class: 'card', 'aria-labelledby': 'import-title' },
    el('h2', { id: 'import-title', text: t('staff.importTitle') }),
    el('p', { text: t('staff.importHint') }),
    el('label', { for: 'staff-file', class: 'label-text', text: t('staff.file') }), input,
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'check-button', class: 'button', disabled: !state.file || state.busy, onclick: () => upload(true), text: t('staff.check') }),
      el('button', { type: 'button', id: 'import-button', class: 'button button-primary', disabled: !canImport, onclick: () => upload(false), text: t('staff.import') })),
    state.importError ? errorBox(state.importError, { retry: false }) : '',
    state.report ? reportView(state.report) : '');
}

function render() {
  clear(main);
  setTitle(t('staff.title'));
  main.append(el('h1', { text: t('staff.title') }));
  if (state.error) return main.append(errorBox(state.error));
  if (!state.institution) return main.append(el('p', { text: t('staff.none') }));
  if (state.institutions.length > 1) {
    main.append(el('label', { for: 'institution-select', class: 'label-text', text: t('staff.institution') }),
      el('select', { id: 'institution-select', onchange: (e) => location.assign(`staff.html?institution=${encodeURIComponent(e.target.value)}`) },
        ...state.institutions.map((i) => el('option', { value: i.id, selected: i.id === state.institution.id, text: i.name }))));
  }
  const inst = state.institution;
  main.append(el('p', { class: 'muted', text: `${inst.name}(${inst.prefecture})` }));
  const rows = (state.staff ?? []).filter((s) => !state.department || s.department?.id === state.department);
  if (inst.departments.length) {
    main.append(el('label', { for: 'department-filter', class: 'label-text', text: t('staff.filter') }),
      el('select', { id: 'department-filter', onchange: (e) => { state.department = e.target.value; render(); } },
        el('option', { value: '', text: t('staff.allDepartments') }),
        ...inst.departments.map((d) => el('option', { value: d.id, selected: d.id === state.department, text: d.name }))));
  }
  main.append(summary(rows), staffTable(rows),
    el('p', {}, el('button', { type: 'button', class: 'button', id: 'print-button', onclick: () => window.print(), text: t('staff.print') })),
    certificatesSection());
  if (user.capabilities?.includes('staff.manage')) main.append(importSection());
  if (user.capabilities?.includes('institution.manage')) {
    state.sso ??= identityProviderSection(inst.id, render);
    main.append(state.sso.view());
  }
}

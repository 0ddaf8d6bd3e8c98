// Live sessions. Trainers of a track and administrators: schedule the dates of a course's live-session activity,
// change, cancel and close them, see registrations and the waitlist, import the meeting tool's participant report
// (checked first: matched, unmatched and problem rows; nothing changes until confirmed), and correct a learner's
// minutes with a reason. Institution managers: the dates and places, and applying or cancelling for their staff.
// All times are entered and shown in Japan time.
import { initPage, onRerender } from '../layout.js';
import { api, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, pick, formatDateTime, fromJstInput, toJstInput } from '../i18n.js';

const main = document.getElementById('main');
const state = {
  activities: null, activity: null, sessions: null, editing: null, formError: null, selected: null,
  registrations: null, file: null, report: null, reportError: null, notice: null, error: null, busy: false,
  institutions: null, institution: null, staff: null,
};

const user = await initPage({ nav: 'sessions', titleKey: 'sessions.title' });
const appliesForStaff = user?.capabilities?.includes('staff.manage') ?? false;
if (!user) {
  redirectToLogin();
} else {
  onRerender(render);
  await load();
}

async function call(path, options) {
  try {
    return await api(path, options);
  } catch (err) {
    if (isUnauthorized(err)) redirectToLogin();
    throw err;
  }
}

async function load() {
  showLoading(main);
  try {
    state.activities = await call('live/activities');
    const wanted = new URLSearchParams(location.search).get('activity');
    state.activity = state.activities.find((a) => a.activityId === wanted) ?? state.activities[0] ?? null;
    if (state.activity) await loadSessions();
  } catch (err) {
    state.error = err;
  }
  render();
}

/** Whether the caller runs the chosen activity's sessions (else: a manager applying for staff). */
function runs() {
  return state.activity?.runsSessions === true;
}

function base() {
  const a = state.activity;
  return `courses/${encodeURIComponent(a.courseId)}/activities/${encodeURIComponent(a.activityId)}/live`;
}

async function loadSessions() {
  state.sessions = await call(`${base()}/sessions`);
}

async function loadRegistrations() {
  if (!state.selected) return;
  state.registrations = await call(`${base()}/sessions/${encodeURIComponent(state.selected)}/registrations`);
}

async function chooseActivity(activityId) {
  state.activity = state.activities.find((a) => a.activityId === activityId);
  Object.assign(state, { sessions: null, selected: null, registrations: null, editing: null, report: null, notice: null });
  history.replaceState(null, '', `sessions.html?activity=${encodeURIComponent(activityId)}`);
  try {
    await loadSessions();
  } catch (err) {
    state.error = err;
  }
  render();
}


function field(id, key, input) {
  return el('div', { class: 'field' }, el('label', { for: id, text: t(key) }), input);
}

function sessionForm() {
  const s = state.editing && state.editing !== 'new' ? state.sessions.find((x) => x.session.id === state.editing) : null;
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
  const input = (id, type, value, extra = {}) => el('input', { id, name: id, type, value, ...extra });
  const form = el('form', { id: 'session-form', class: 'card form', novalidate: true, onsubmit: saveSession },
    el('h2', { text: t(s ? 'sessions.editHeading' : 'sessions.newHeading') }),
    el('p', { class: 'muted', text: t('sessions.jstNote') }),
    el('div', { class: 'live-form' },
      field('session-start', 'sessions.start', input('session-start', 'datetime-local', s ? toJstInput(s.session.start) : `${tomorrow}T14:00`, { required: true })),
      field('session-end', 'sessions.end', input('session-end', 'datetime-local', s ? toJstInput(s.session.end) : `${tomorrow}T15:00`, { required: true })),
      field('session-open', 'sessions.applicationsOpen', input('session-open', 'datetime-local', s ? toJstInput(s.session.applicationsOpen) : toJstInput(new Date().toISOString()), { required: true })),
      field('session-close', 'sessions.applicationsClose', input('session-close', 'datetime-local', s ? toJstInput(s.session.applicationsClose) : `${tomorrow}T13:00`, { required: true })),
      field('session-capacity', 'sessions.capacity', input('session-capacity', 'number', s ? s.session.capacity : 100, { min: 1, max: 10000, required: true, inputmode: 'numeric' })),
      field('session-lead', 'sessions.linkLead', input('session-lead', 'number', s ? s.session.linkLeadMinutes : 15, { min: 0, max: 1440, inputmode: 'numeric' })),
      field('session-url', 'sessions.meetingUrl', input('session-url', 'url', s?.meetingUrl ?? '', { placeholder: 'https://', autocomplete: 'off' }))),
    state.formError ? el('div', { id: 'session-form-error', class: 'alert alert-error', role: 'alert' },
      el('p', { text: errorText(state.formError) }),
      state.formError.violations.length ? el('ul', {}, state.formError.violations.map((v) => el('li', { text: `${t(`sessions.field.${v.field}`)}: ${v.message}` }))) : null) : null,
    el('p', { class: 'actions' },
      el('button', { type: 'submit', id: 'session-save', class: 'button button-primary', disabled: state.busy, text: t(s ? 'sessions.save' : 'sessions.create') }),
      el('button', { type: 'button', class: 'button button-secondary', onclick: () => { state.editing = null; state.formError = null; render(); }, text: t('sessions.close') })));
  return form;
}

async function saveSession(event) {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value.trim();
  const number = (id) => (value(id) === '' ? null : Number(value(id)));
  const body = {
    start: fromJstInput(value('session-start')), end: fromJstInput(value('session-end')),
    applicationsOpen: fromJstInput(value('session-open')), applicationsClose: fromJstInput(value('session-close')),
    capacity: number('session-capacity'), linkLeadMinutes: number('session-lead'), meetingUrl: value('session-url'),
  };
  const editing = state.editing !== 'new' ? state.editing : null;
  state.busy = true;
  try {
    await call(editing ? `${base()}/sessions/${encodeURIComponent(editing)}` : `${base()}/sessions`, { method: editing ? 'PUT' : 'POST', body });
    state.editing = null;
    state.formError = null;
    state.notice = t(editing ? 'sessions.saved' : 'sessions.created');
    await loadSessions();
    await loadRegistrations();
  } catch (err) {
    state.formError = err;
  }
  state.busy = false;
  render();
  document.getElementById(state.formError ? 'session-form-error' : 'sessions-notice')?.focus();
}

async function sessionAction(sessionId, action) {
  let body = {};
  if (action === 'cancel') {
    const reason = window.prompt(t('sessions.cancelReason'));
    if (!reason) return;
    body = { reason };
  }
  try {
    await call(`${base()}/sessions/${encodeURIComponent(sessionId)}/${action}`, { method: 'POST', body });
    state.notice = t(`sessions.done.${action}`);
    await loadSessions();
    await loadRegistrations();
  } catch (err) {
    state.notice = errorText(err);
  }
  render();
  document.getElementById('sessions-notice')?.focus();
}

async function select(sessionId) {
  state.selected = sessionId;
  state.report = null;
  state.reportError = null;
  state.file = null;
  try {
    await loadRegistrations();
    if (appliesForStaff && !state.institutions) {
      state.institutions = await call('institutions');
      state.institution = state.institutions[0]?.id ?? null;
      await loadStaff();
    }
  } catch (err) {
    state.notice = errorText(err);
  }
  render();
  document.getElementById('registrations-heading')?.focus();
}

async function loadStaff() {
  state.staff = state.institution ? await call(`institutions/${encodeURIComponent(state.institution)}/staff`) : [];
}

async function chooseInstitution(id) {
  state.institution = id;
  try {
    await loadStaff();
  } catch (err) {
    state.notice = errorText(err);
  }
  render();
}

/** A manager applies for (or cancels) a member of their staff; the server checks the person is theirs. */
async function forStaff(person, apply) {
  const path = `${base()}/sessions/${encodeURIComponent(state.selected)}/registrations`;
  try {
    const r = apply ? await call(path, { method: 'POST', body: { learnerId: person.id } })
      : await call(`${path}/${encodeURIComponent(person.id)}`, { method: 'DELETE' });
    state.notice = r.myStatus === 'WAITLISTED' ? t('sessions.staffWaitlisted', { name: person.fullName, position: r.waitlistPosition })
      : t(apply ? 'sessions.staffApplied' : 'sessions.staffCancelled', { name: person.fullName });
    await loadSessions();
    await loadRegistrations();
  } catch (err) {
    state.notice = errorText(err);
  }
  render();
  document.getElementById('sessions-notice')?.focus();
}

function staffView() {
  const s = state.sessions.find((x) => x.session.id === state.selected)?.session;
  if (!appliesForStaff || !s || !state.staff) return null;
  const statusOf = new Map((state.registrations ?? []).map((r) => [r.learnerId, r]));
  const open = s.status === 'SCHEDULED' && Date.parse(s.start) > Date.now();
  const rows = state.staff.map((p) => {
    const r = statusOf.get(p.id);
    const active = r && r.status !== 'CANCELLED';
    const status = !r ? '—' : r.status === 'WAITLISTED' ? t('sessions.waitlisted', { position: r.waitlistPosition }) : t(`sessions.registration.${r.status}`);
    return el('tr', { dataset: { learnerId: p.id } },
      el('td', {}, el('div', { text: p.fullName }), el('div', { class: 'muted', text: p.department ? `${p.email} ・ ${p.department.name}` : p.email })),
      el('td', { class: 'staff-status', text: status }),
      el('td', {}, open ? el('button', { type: 'button', class: `button button-secondary ${active ? 'staff-cancel' : 'staff-apply'}`,
        onclick: () => forStaff(p, !active), text: t(active ? 'sessions.staffCancel' : 'sessions.staffApply') }) : null));
  });
  return el('section', { id: 'staff-applications', class: 'card', 'aria-labelledby': 'staff-heading' },
    el('h2', { id: 'staff-heading', text: t('sessions.staffHeading') }),
    el('p', { class: 'muted', text: t('sessions.staffIntro') }),
    state.institutions.length > 1 ? el('p', {}, el('label', { for: 'staff-institution', text: t('sessions.institution') }), ' ',
      el('select', { id: 'staff-institution', onchange: (e) => chooseInstitution(e.target.value) },
        state.institutions.map((i) => el('option', { value: i.id, selected: i.id === state.institution, text: i.name })))) : null,
    rows.length ? el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('sessions.staffHeading') },
      el('table', { id: 'staff-table', class: 'live-table' },
        el('thead', {}, el('tr', {}, ['sessions.person', 'sessions.registrationStatus', 'sessions.actions'].map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, rows))) : el('p', { class: 'muted', text: t('sessions.noStaff') }));
}

function sessionsTable() {
  if (!state.sessions.length) return el('p', { id: 'sessions-none', class: 'muted', text: t('sessions.none') });
  const rows = state.sessions.map(({ session: s, meetingUrl, recordingConfigured }) => {
    const actions = el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button button-secondary session-registrations', onclick: () => select(s.id), text: t('sessions.registrations') }));
    if (s.status === 'SCHEDULED' && runs()) {
      actions.append(
        el('button', { type: 'button', class: 'button button-secondary session-edit', onclick: () => { state.editing = s.id; state.formError = null; render(); }, text: t('sessions.edit') }),
        el('button', { type: 'button', class: 'button button-secondary session-held', onclick: () => sessionAction(s.id, 'held'), text: t('sessions.markHeld') }),
        el('button', { type: 'button', class: 'button button-secondary session-cancel', onclick: () => sessionAction(s.id, 'cancel'), text: t('sessions.cancel') }));
    }
    if (s.status === 'HELD' && runs() && recordingConfigured && !s.recordingAvailableAt) {
      actions.append(el('button', { type: 'button', class: 'button button-secondary session-recording', onclick: () => sessionAction(s.id, 'recording-available'), text: t('sessions.announceRecording') }));
    }
    return el('tr', { dataset: { sessionId: s.id }, class: state.selected === s.id ? 'is-selected' : null },
      el('td', {}, el('time', { datetime: s.start, text: pick(s.when) })),
      el('td', { text: t(`sessions.status.${s.status}`) }),
      el('td', { text: t('sessions.counts', { registered: s.registered, capacity: s.capacity, waiting: s.waiting }) }),
      runs() ? el('td', { text: meetingUrl ? t('sessions.linkSet', { minutes: s.linkLeadMinutes }) : t('sessions.linkMissing') }) : null,
      el('td', {}, actions));
  });
  return el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('sessions.listHeading') },
    el('table', { id: 'sessions-table', class: 'live-table' },
      el('thead', {}, el('tr', {}, ['sessions.when', 'sessions.statusHeading', 'sessions.places', runs() ? 'sessions.link' : null, 'sessions.actions']
        .filter(Boolean).map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, rows)));
}

async function editAttendance(row, form) {
  const minutes = form.querySelector('input[name=minutes]').value.trim();
  const reason = form.querySelector('input[name=reason]').value.trim();
  try {
    await call(`${base()}/sessions/${encodeURIComponent(state.selected)}/registrations/${encodeURIComponent(row.learnerId)}/attendance`,
      { method: 'PUT', body: { minutes: minutes === '' ? null : Number(minutes), reason } });
    state.notice = t('sessions.attendanceSaved', { name: row.fullName });
    await loadRegistrations();
  } catch (err) {
    state.notice = errorText(err);
  }
  render();
  document.getElementById('sessions-notice')?.focus();
}

function attendanceText(r) {
  if (r.attendanceMinutes == null) return r.joinedAt ? t('sessions.joinedOnly', { at: formatDateTime(r.joinedAt) }) : '—';
  const text = t('sessions.minutes', { minutes: r.attendanceMinutes, source: t(`sessions.source.${r.attendanceSource}`) });
  return r.attendanceReason ? `${text} (${r.attendanceReason})` : text;
}

function registrationsView() {
  const s = state.sessions.find((x) => x.session.id === state.selected)?.session;
  if (!s || !state.registrations) return null;
  const canEdit = runs() && s.status !== 'CANCELLED' && Date.parse(s.start) <= Date.now();
  const rows = state.registrations.map((r) => {
    const edit = canEdit && r.status === 'REGISTERED'
      ? el('form', { class: 'attendance-edit', onsubmit: (e) => { e.preventDefault(); editAttendance(r, e.currentTarget); } },
        el('label', {}, t('sessions.minutesLabel'), ' ', el('input', { name: 'minutes', type: 'number', min: 0, max: 600, inputmode: 'numeric', value: r.attendanceMinutes ?? '' })),
        ' ', el('label', {}, t('sessions.reasonLabel'), ' ', el('input', { name: 'reason', type: 'text', maxlength: 500 })),
        ' ', el('button', { type: 'submit', class: 'button button-secondary', text: t('sessions.saveAttendance') }))
      : null;
    return el('tr', { dataset: { learnerId: r.learnerId } },
      el('td', {}, el('div', { text: r.fullName }), el('div', { class: 'muted', text: r.email }), r.institution ? el('div', { class: 'muted', text: r.institution }) : null),
      el('td', { class: `registration-status status-${r.status.toLowerCase()}`, text: r.status === 'WAITLISTED' ? t('sessions.waitlisted', { position: r.waitlistPosition }) : t(`sessions.registration.${r.status}`) }),
      el('td', { text: `${pick(r.appliedAtLabel)}${r.appliedByManager ? ` ${t('sessions.byManager')}` : ''}` }),
      el('td', {}, el('div', { class: 'attendance', text: attendanceText(r) }), edit));
  });
  return el('section', { id: 'registrations', class: 'card', 'aria-labelledby': 'registrations-heading' },
    el('h2', { id: 'registrations-heading', tabindex: '-1', text: t('sessions.registrationsHeading', { when: pick(s.when) }) }),
    rows.length ? el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('sessions.registrationsHeading', { when: pick(s.when) }) },
      el('table', { id: 'registrations-table', class: 'live-table' },
        el('thead', {}, el('tr', {}, ['sessions.person', 'sessions.registrationStatus', 'sessions.appliedAt', 'sessions.attendance'].map((k) => el('th', { scope: 'col', text: t(k) })))),
        el('tbody', {}, rows))) : el('p', { class: 'muted', text: t('sessions.noRegistrations') }),
    canEdit ? attendanceImport() : runs() ? el('p', { class: 'muted', text: t('sessions.importAfterStart') }) : null);
}

async function importReport(dryRun) {
  state.busy = true;
  render();
  try {
    state.report = await call(`${base()}/sessions/${encodeURIComponent(state.selected)}/attendance?dryRun=${dryRun}`,
      { method: 'POST', raw: state.file, contentType: 'text/csv' });
    state.reportError = null;
    if (!dryRun) {
      await loadSessions();
      await loadRegistrations();
    }
  } catch (err) {
    state.reportError = err;
  }
  state.busy = false;
  render();
  document.getElementById('import-result')?.focus();
}

function reportView(r) {
  const list = (items, text) => el('ul', {}, items.map((x) => el('li', { text: text(x) })));
  return el('div', { id: 'import-result', tabindex: '-1', class: r.applied ? 'alert alert-success' : 'alert alert-info' },
    el('p', { id: 'import-summary', text: t(r.applied ? 'sessions.imported' : 'sessions.checked', { matched: r.matched.length, unmatched: r.unmatched.length, absent: r.registeredWithoutAttendance.length, problems: r.problems.length }) }),
    r.matched.length ? el('div', { id: 'import-matched' }, el('h3', { text: t('sessions.matched') }), list(r.matched, (a) => t('sessions.attendee', { name: a.name || '', email: a.email, minutes: a.minutes }))) : null,
    r.unmatched.length ? el('div', { id: 'import-unmatched' }, el('h3', { text: t('sessions.unmatched') }), el('p', { class: 'muted', text: t('sessions.unmatchedHelp') }), list(r.unmatched, (a) => t('sessions.attendee', { name: a.name || '', email: a.email, minutes: a.minutes }))) : null,
    r.registeredWithoutAttendance.length ? el('div', {}, el('h3', { text: t('sessions.absent') }), list(r.registeredWithoutAttendance, (e) => e)) : null,
    r.problems.length ? el('div', { id: 'import-problems' }, el('h3', { text: t('sessions.problems') }), list(r.problems, (p) => p.message)) : null,
    !r.applied && r.matched.length ? el('p', {}, el('button', { type: 'button', id: 'import-confirm', class: 'button button-primary', disabled: state.busy, onclick: () => importReport(false), text: t('sessions.confirmImport', { matched: r.matched.length }) })) : null);
}

function attendanceImport() {
  return el('div', { class: 'attendance-import' },
    el('h3', { text: t('sessions.importHeading') }),
    el('p', { class: 'muted', text: t('sessions.importHelp') }),
    el('p', {},
      el('label', { for: 'attendance-file', text: t('sessions.file') }), ' ',
      el('input', { id: 'attendance-file', type: 'file', accept: '.csv,.tsv,.txt,text/csv', onchange: (e) => { state.file = e.target.files[0] ?? null; state.report = null; state.reportError = null; render(); } })),
    el('p', {}, el('button', { type: 'button', id: 'import-check', class: 'button button-secondary', disabled: !state.file || state.busy, onclick: () => importReport(true), text: t('sessions.check') })),
    state.reportError ? el('p', { id: 'import-result', tabindex: '-1', class: 'alert alert-error', role: 'alert', text: errorText(state.reportError) }) : null,
    state.report ? reportView(state.report) : null);
}

function render() {
  clear(main);
  main.append(el('h1', { text: t('sessions.title') }), el('p', { class: 'muted', text: t('sessions.intro') }));
  if (state.error) {
    main.append(errorBox(state.error));
    return;
  }
  if (!state.activities) return;
  if (!state.activities.length) {
    main.append(el('p', { id: 'sessions-no-activity', class: 'alert alert-info', text: t('sessions.noActivity') }));
    return;
  }
  main.append(
    el('p', {}, el('label', { for: 'activity-select', text: t('sessions.activity') }), ' ',
      el('select', { id: 'activity-select', onchange: (e) => chooseActivity(e.target.value) },
        state.activities.map((a) => el('option', { value: a.activityId, selected: a.activityId === state.activity?.activityId, text: `${pick(a.courseTitle)} — ${pick(a.activityTitle)}` })))),
    el('p', { id: 'sessions-notice', class: state.notice ? 'alert alert-info' : 'sessions-notice', role: 'status', 'aria-live': 'polite', tabindex: '-1', text: state.notice || '' }));
  if (!state.sessions) return;
  main.append(el('h2', { text: t('sessions.listHeading') }), sessionsTable());
  if (state.editing) main.append(sessionForm());
  else if (runs()) main.append(el('p', {}, el('button', { type: 'button', id: 'session-new', class: 'button button-primary', onclick: () => { state.editing = 'new'; render(); document.getElementById('session-start')?.focus(); }, text: t('sessions.new') })));
  const registrations = registrationsView();
  if (registrations) main.append(registrations);
  const staff = staffView();
  if (staff) main.append(staff);
}

// Quiz report (quiz-report.html?course=..&activity=..), for trainers and administrators: how learners did (every
// attempt, CSV for Excel) and how each question performed (facility: the mean score; discrimination: whether
// learners who do well overall get it right). Questions with low or negative discrimination are flagged for review.
// Overrides: other dates (JST), time limit or attempts for one learner (by e-mail) or one institution, with a reason.
// Regrade: after a question's key was corrected in the bank, see whose grades change, then apply.
// Grading essays: the submitted answers no question type grades by itself, with a mark and a comment each; the
// learner's text is shown as text (never as markup), and what a grader typed survives a refused (stale) save.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { t, formatDateTime, fromJstInput } from '../i18n.js';
import { el, clear, showLoading, errorBox, breadcrumb } from '../ui.js';

const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const courseId = params.get('course');
const activityId = params.get('activity');
const enc = encodeURIComponent;
const state = {
  report: null, error: null, filter: 'all', overrides: [], grading: [], gradingShows: 'pending', drafts: {}, gradingError: null, gradingNotice: null, regrade: null, regradeError: null, institutions: [], overrideError: null, notice: null,
  form: { target: 'learner', learnerEmail: '', institutionId: '', opensAt: '', closesAt: '', timeLimitMinutes: '', attempts: '', reason: '' },
};

/** Below this discrimination index a question deserves a second look (Moodle's usual threshold is 20-30). */
const REVIEW_BELOW = 20;

const user = await initPage({ titleKey: 'quiz.report.title' });
if (!user) {
  redirectToLogin();
} else {
  onRerender(render);
  await load();
}

async function load() {
  if (!courseId || !activityId) {
    state.error = new ApiError(400, null, { key: 'error.missingParam' });
    return render();
  }
  showLoading(main);
  try {
    state.report = await api(`courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/report`);
    if (canOverride()) {
      state.grading = await gradingList();
      state.overrides = await api(overridesPath());
      if (user.capabilities.includes('staff.view')) state.institutions = await api('institutions');
    }
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

function canOverride() {
  return user.capabilities?.includes('quiz.attempts.manage');
}

function gradingPath() {
  return `courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/grading`;
}

/** The attempts the grading section shows: waiting for a grade, or graded (to correct a grade). */
function gradingList() {
  return api(state.gradingShows === 'graded' ? `${gradingPath()}?graded=true` : gradingPath());
}

async function showGrading(which) {
  state.gradingShows = which;
  state.gradingNotice = null;
  state.drafts = {};
  await reloadGrading();
  document.getElementById(`grading-show-${which}`)?.focus();
}

/** What the grader typed for one answer, kept across re-renders and a refused save. */
function draft(a, s) {
  const key = `${a.attemptId}:${s.slot}`;
  state.drafts[key] ??= { mark: s.mark != null ? String(s.mark) : '', comment: s.comment ?? '' };
  return state.drafts[key];
}

async function saveGrade(a, s) {
  const d = draft(a, s);
  const key = `${a.attemptId}:${s.slot}`;
  try {
    const saved = await api(`${gradingPath()}/${enc(a.attemptId)}/slots/${s.slot}`, { method: 'PUT',
      body: { version: a.version, mark: d.mark === '' ? null : Number(d.mark), comment: d.comment } });
    delete state.drafts[key];
    state.gradingError = null;
    state.gradingNotice = saved.needsGrading ? t('quiz.grading.savedSome', { name: saved.learnerName })
      : t('quiz.grading.savedAll', { name: saved.learnerName, percent: saved.percent });
    state.grading = await gradingList();
    if (!saved.needsGrading) state.report = await api(`courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/report`);
  } catch (err) {
    state.gradingNotice = null;
    state.gradingError = { err, key };
  }
  render();
  document.getElementById(state.gradingError ? `grade-error-${state.gradingError.key.replace(':', '-')}` : 'grading-notice')?.focus();
}

/** Reads the attempts again (after another grader's change); typed marks and comments stay. */
async function reloadGrading() {
  try {
    state.grading = await gradingList();
    state.gradingError = null;
  } catch (err) {
    state.gradingError = { err, key: null };
  }
  render();
}

function gradeForm(a, s) {
  const d = draft(a, s);
  const id = `grade-${a.attemptId}-${s.slot}`;
  const key = `${a.attemptId}:${s.slot}`;
  const failed = state.gradingError?.key === key ? state.gradingError.err : null;
  const stale = failed instanceof ApiError && failed.status === 409;
  const violations = failed instanceof ApiError ? failed.problem?.violations ?? [] : [];
  return el('div', { class: 'card essay-slot', id, 'data-slot': s.slot },
    el('h4', { text: t('quiz.grading.question', { name: s.questionName, mark: s.maxMark }) }),
    html(el('div', { class: 'quiz-question-text' }), s.text),
    s.graderInfo ? el('div', { class: 'quiz-feedback' }, el('strong', { text: `${t('quiz.grading.graderInfo')}: ` }), html(el('span'), s.graderInfo)) : '',
    el('p', { class: 'label-text', id: `${id}-response-label`, text: t('quiz.grading.response') }),
    // The learner's own words: text, never markup.
    el('div', { class: 'essay-response', id: `${id}-response`, role: 'document', 'aria-labelledby': `${id}-response-label`,
      text: s.response?.trim() ? s.response : t('quiz.noAnswer') }),
    s.graded ? el('p', { class: 'badge badge-done', text: t('quiz.grading.graded', { mark: s.mark }) }) : '',
    failed ? el('div', { class: 'alert alert-error', role: 'alert', tabindex: '-1', id: `grade-error-${key.replace(':', '-')}` },
      el('p', { text: errorText(failed) }),
      violations.length ? el('ul', {}, ...violations.map((v) => el('li', { text: v.message }))) : '',
      stale ? el('button', { type: 'button', class: 'button button-small', id: `${id}-reload`, onclick: reloadGrading, text: t('quiz.grading.reload') }) : '') : '',
    el('div', { class: 'field field-narrow' },
      el('label', { for: `${id}-mark`, class: 'label-text', text: t('quiz.grading.mark', { max: s.maxMark }) }),
      el('input', { type: 'number', id: `${id}-mark`, min: 0, max: s.maxMark, step: 'any', required: true, value: d.mark,
        'aria-invalid': violations.some((v) => v.field === 'mark') ? 'true' : null,
        oninput: (e) => { d.mark = e.target.value; } })),
    el('div', { class: 'field' },
      el('label', { for: `${id}-comment`, class: 'label-text', text: t('quiz.grading.comment') }),
      el('textarea', { id: `${id}-comment`, rows: 3, maxlength: 4000, oninput: (e) => { d.comment = e.target.value; } }, d.comment)),
    el('p', {}, el('button', { type: 'button', class: 'button button-primary', id: `${id}-save`, onclick: () => saveGrade(a, s),
      text: t('quiz.grading.save') })));
}

function gradingSection() {
  const general = state.gradingError && !state.gradingError.key ? state.gradingError.err : null;
  return el('section', { class: 'card', id: 'grading', 'aria-labelledby': 'grading-title' },
    el('h2', { id: 'grading-title', text: t('quiz.grading.title') }),
    el('p', { class: 'muted', text: t('quiz.grading.hint') }),
    el('fieldset', { class: 'choice-row', id: 'grading-show' }, el('legend', { class: 'label-text', text: t('quiz.grading.show') }),
      ...['pending', 'graded'].map((which) => el('div', { class: 'check' },
        el('input', { type: 'radio', name: 'grading-show', id: `grading-show-${which}`, value: which, checked: state.gradingShows === which,
          onchange: () => showGrading(which) }),
        el('label', { for: `grading-show-${which}`, text: t(`quiz.grading.show.${which}`) })))),
    state.gradingNotice ? el('p', { class: 'alert alert-success', role: 'status', tabindex: '-1', id: 'grading-notice', text: state.gradingNotice }) : '',
    general ? errorBox(general, { retry: false }) : '',
    state.grading.length ? el('div', { id: 'grading-list' }, ...state.grading.map((a) => el('article', { class: 'essay-attempt', 'data-attempt': a.attemptId },
      el('h3', { text: t('quiz.grading.attempt', { name: a.learnerName, number: a.number, time: a.finishedAt ? formatDateTime(a.finishedAt) : '—' }) }),
      // Waiting: the answers still to grade; graded: every answer, to correct its grade.
      ...a.slots.filter((s) => state.gradingShows === 'graded' || !s.graded || state.drafts[`${a.attemptId}:${s.slot}`]).map((s) => gradeForm(a, s)),
      a.slots.some((s) => s.graded) ? el('p', { class: 'muted', text: t('quiz.grading.gradedCount', {
        done: a.slots.filter((s) => s.graded).length, total: a.slots.length }) }) : '')))
      : el('p', { class: 'muted', id: 'grading-none', text: t(state.gradingShows === 'graded' ? 'quiz.grading.noneGraded' : 'quiz.grading.none') }));
}

function html(node, value) {
  node.innerHTML = value ?? ''; // made safe by the server (question text, grader's note)
  return node;
}

function overridesPath() {
  return `courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/overrides`;
}


function number(value) {
  return value === '' ? null : Number(value);
}

async function saveOverride() {
  const f = state.form;
  const body = {
    learnerEmail: f.target === 'learner' ? f.learnerEmail : null, institutionId: f.target === 'institution' ? f.institutionId : null,
    opensAt: fromJstInput(f.opensAt), closesAt: fromJstInput(f.closesAt), timeLimitMinutes: number(f.timeLimitMinutes),
    attempts: number(f.attempts), reason: f.reason,
  };
  try {
    const saved = await api(overridesPath(), { method: 'POST', body });
    state.notice = t('quiz.override.saved', { who: saved.learnerName ?? saved.institutionName });
    state.overrideError = null;
    state.overrides = await api(overridesPath());
  } catch (err) {
    state.overrideError = err;
  }
  render();
}

async function removeOverride(o) {
  if (!window.confirm(t('quiz.override.confirmDelete', { who: o.learnerName ?? o.institutionName }))) return;
  try {
    await api(`${overridesPath()}/${enc(o.id)}`, { method: 'DELETE' });
    state.overrides = await api(overridesPath());
    state.notice = t('quiz.override.deleted');
  } catch (err) {
    state.overrideError = err;
  }
  render();
}

function field(id, labelKey, input) {
  return el('div', { class: 'field' }, el('label', { for: id, class: 'label-text', text: t(labelKey) }), input);
}

function overridesSection() {
  const f = state.form;
  const bind = (key) => (e) => { f[key] = e.target.value; };
  const rules = (o) => [
    o.opensAt ? t('quiz.override.opens', { time: formatDateTime(o.opensAt) }) : null,
    o.closesAt ? t('quiz.override.closes', { time: formatDateTime(o.closesAt) }) : null,
    o.timeLimitMinutes != null ? t('quiz.override.limit', { minutes: o.timeLimitMinutes }) : null,
    o.attempts != null ? t('quiz.override.attemptsValue', { count: o.attempts }) : null].filter(Boolean).join(' / ');
  return el('section', { class: 'card', id: 'overrides', 'aria-labelledby': 'overrides-title' },
    el('h2', { id: 'overrides-title', text: t('quiz.override.title') }),
    el('p', { class: 'muted', text: t('quiz.override.hint') }),
    state.notice ? el('p', { class: 'alert alert-success', role: 'status', id: 'override-notice', text: state.notice }) : '',
    state.overrideError ? errorBox(state.overrideError, { retry: false }) : '',
    state.overrides.length ? el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'override-table' },
      el('thead', {}, el('tr', {}, ...['quiz.override.who', 'quiz.override.rules', 'quiz.override.reason', ''].map((k) => el('th', { scope: 'col', text: k ? t(k) : '' })))),
      el('tbody', {}, ...state.overrides.map((o) => el('tr', { 'data-override': o.id },
        el('td', {}, el('span', { text: o.learnerName ?? o.institutionName ?? '—' }), o.learnerEmail ? el('span', { class: 'kana', text: o.learnerEmail }) : ''),
        el('td', { text: rules(o) }),
        el('td', { text: o.reason }),
        el('td', {}, el('button', { type: 'button', class: 'button button-small', onclick: () => removeOverride(o), text: t('quiz.override.delete') }))))))) :
      el('p', { class: 'muted', text: t('quiz.override.none') }),
    el('h3', { text: t('quiz.override.add') }),
    state.institutions.length ? field('override-target', 'quiz.override.target', el('select', { id: 'override-target',
      onchange: (e) => { f.target = e.target.value; render(); } },
      el('option', { value: 'learner', selected: f.target === 'learner', text: t('quiz.override.targetLearner') }),
      el('option', { value: 'institution', selected: f.target === 'institution', text: t('quiz.override.targetInstitution') }))) : '',
    f.target === 'learner'
      ? field('override-email', 'quiz.override.email', el('input', { type: 'email', id: 'override-email', value: f.learnerEmail, oninput: bind('learnerEmail') }))
      : field('override-institution', 'quiz.override.institution', el('select', { id: 'override-institution', onchange: bind('institutionId') },
        el('option', { value: '', text: '—' }), ...state.institutions.map((i) => el('option', { value: i.id, selected: i.id === f.institutionId, text: i.name })))),
    field('override-opens', 'quiz.override.opensAt', el('input', { type: 'datetime-local', id: 'override-opens', value: f.opensAt, oninput: bind('opensAt') })),
    field('override-closes', 'quiz.override.closesAt', el('input', { type: 'datetime-local', id: 'override-closes', value: f.closesAt, oninput: bind('closesAt') })),
    field('override-limit', 'quiz.override.timeLimit', el('input', { type: 'number', min: 0, max: 1440, id: 'override-limit', value: f.timeLimitMinutes, oninput: bind('timeLimitMinutes') })),
    field('override-attempts', 'quiz.override.attempts', el('input', { type: 'number', min: 0, max: 100, id: 'override-attempts', value: f.attempts, oninput: bind('attempts') })),
    field('override-reason', 'quiz.override.reason', el('input', { type: 'text', maxlength: 500, id: 'override-reason', value: f.reason, oninput: bind('reason') })),
    el('p', {}, el('button', { type: 'button', class: 'button button-primary', id: 'override-save', onclick: saveOverride, text: t('quiz.override.save') })));
}

async function regrade(dryRun) {
  try {
    state.regrade = await api(`courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/regrade${dryRun ? '?dryRun=true' : ''}`, { method: 'POST' });
    state.regradeError = null;
    if (!dryRun) state.report = await api(`courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/report`);
  } catch (err) {
    state.regradeError = err;
  }
  render();
}

function regradeSection() {
  const r = state.regrade;
  const passText = (p) => (p ? t('quiz.passed') : t('quiz.report.failed'));
  return el('section', { class: 'card', id: 'regrade', 'aria-labelledby': 'regrade-title' },
    el('h2', { id: 'regrade-title', text: t('quiz.regrade.title') }),
    el('p', { class: 'muted', text: t('quiz.regrade.hint') }),
    state.regradeError ? errorBox(state.regradeError, { retry: false }) : '',
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button', id: 'regrade-check', onclick: () => regrade(true), text: t('quiz.regrade.check') }),
      el('button', { type: 'button', class: 'button button-primary', id: 'regrade-run', disabled: !r || !r.dryRun || r.changed === 0,
        onclick: () => regrade(false), text: t('quiz.regrade.run') })),
    r ? el('div', { class: 'alert alert-info', role: 'status', id: 'regrade-report' },
      el('p', { text: t(r.dryRun ? 'quiz.regrade.would' : 'quiz.regrade.done', { count: r.changed }) }),
      r.changes.length ? el('ul', { class: 'plain' }, ...r.changes.map((c) => el('li', {
        text: t('quiz.regrade.change', { name: c.learnerName, number: c.attemptNumber, before: c.percentBefore, after: c.percentAfter,
          passBefore: passText(c.passedBefore), passAfter: passText(c.passedAfter) }) }))) : '') : '');
}

function figure(id, label, value) {
  return el('div', { class: 'figure', id }, el('dt', { text: label }), el('dd', { text: value }));
}

function percent(v) {
  return v == null ? '—' : `${v}%`;
}

function summary(r) {
  return el('dl', { class: 'figures', id: 'report-summary' },
    figure('fig-learners', t('quiz.report.learners'), String(r.learners)),
    figure('fig-passed', t('quiz.report.passedLearners'), t('quiz.report.passedValue', { passed: r.passedLearners, pass: r.passPercent })),
    figure('fig-graded', t('quiz.report.graded'), String(r.gradedAttempts)),
    figure('fig-mean', t('quiz.report.mean'), percent(r.meanPercent)),
    figure('fig-median', t('quiz.report.median'), percent(r.medianPercent)),
    figure('fig-sd', t('quiz.report.sd'), r.sdPercent == null ? '—' : String(r.sdPercent)));
}

function discrimination(q) {
  if (q.discriminationIndex == null) return el('span', { class: 'muted', text: t('quiz.report.notEnough') });
  const flag = q.discriminationIndex < REVIEW_BELOW;
  return el('span', { class: flag ? 'badge badge-review' : '', title: flag ? t('quiz.report.reviewHint') : '',
    text: flag ? `${q.discriminationIndex} ${t('quiz.report.review')}` : String(q.discriminationIndex) });
}

function questionsTable(r) {
  if (!r.questions.length) return el('p', { class: 'muted', id: 'report-no-questions', text: t('quiz.report.noGraded') });
  return el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'report-questions' },
    el('caption', { text: t('quiz.report.questionsCaption', { count: r.questions.length }) }),
    el('thead', {}, el('tr', {}, ...['quiz.report.question', 'quiz.report.type', 'quiz.report.attempts', 'quiz.report.facility',
      'quiz.report.discrimination'].map((k) => el('th', { scope: 'col', text: t(k) })))),
    el('tbody', {}, ...r.questions.map((q) => el('tr', { 'data-question': q.questionId },
      el('td', {}, el('strong', { text: q.name }), el('span', { class: 'kana', text: q.excerpt })),
      el('td', { class: 'nowrap', text: t(`bank.types.${q.type}`) }),
      el('td', { text: String(q.attempts) }),
      el('td', { class: 'nowrap' }, el('meter', { min: 0, max: 100, value: q.facilityPercent, 'aria-hidden': 'true' }), ` ${q.facilityPercent}%`),
      el('td', {}, discrimination(q)))))));
}

function stateText(a) {
  if (a.state === 'IN_PROGRESS') return t('quiz.inProgress');
  if (a.needsGrading) return t('quiz.needsGrading');
  return a.passed ? t('quiz.passed') : t('quiz.report.failed');
}

function attemptsTable(r) {
  const rows = r.attempts.filter((a) => state.filter === 'all' || (state.filter === 'failed' && a.state === 'FINISHED' && a.passed === false)
    || (state.filter === 'open' && a.state === 'IN_PROGRESS'));
  const csv = `api/courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/report/attempts.csv`;
  return [
    el('div', { class: 'actions' },
      el('label', { for: 'attempt-filter', class: 'label-text', text: t('quiz.report.filter') }),
      el('select', { id: 'attempt-filter', onchange: (e) => { state.filter = e.target.value; render(); } },
        ...['all', 'failed', 'open'].map((f) => el('option', { value: f, selected: state.filter === f, text: t(`quiz.report.filter.${f}`) }))),
      el('a', { class: 'button', id: 'report-csv', href: csv, download: 'quiz-attempts.csv', text: t('quiz.report.csv') })),
    el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'report-attempts' },
      el('caption', { text: t('quiz.report.attemptsCaption', { count: rows.length }) }),
      el('thead', {}, el('tr', {}, ...['cert.learner', 'quiz.col.number', 'quiz.col.started', 'quiz.col.finished', 'quiz.col.grade', 'cert.state']
        .map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...rows.map((a) => el('tr', { 'data-attempt': a.attemptId },
        el('td', {}, el('span', { text: a.learnerName }), el('span', { class: 'kana', text: a.learnerEmail })),
        el('td', { text: String(a.number) }),
        el('td', { class: 'nowrap', text: formatDateTime(a.startedAt) }),
        el('td', { class: 'nowrap', text: a.finishedAt ? formatDateTime(a.finishedAt) : '—' }),
        el('td', { text: percent(a.percent) }),
        el('td', { text: stateText(a) })))))),
  ];
}

function render() {
  clear(main);
  setTitle(t('quiz.report.title'));
  if (courseId && activityId) {
    main.append(breadcrumb([{ label: t('quiz.report.backToQuiz'), href: `lesson.html?course=${enc(courseId)}&activity=${enc(activityId)}` },
      { label: t('quiz.report.title') }]));
  }
  main.append(el('h1', { text: state.report ? `${t('quiz.report.title')}: ${state.report.quizTitle}` : t('quiz.report.title') }));
  if (state.error) return main.append(errorBox(state.error));
  main.append(el('p', {}, el('a', { class: 'button button-secondary', id: 'quiz-preview-link',
    href: `quiz-preview.html?course=${enc(courseId)}&activity=${enc(activityId)}`, text: t('quiz.preview.open') })));
  const r = state.report;
  main.append(summary(r),
    el('section', { class: 'card', 'aria-labelledby': 'questions-title' },
      el('h2', { id: 'questions-title', text: t('quiz.report.questionsTitle') }),
      el('p', { class: 'muted', text: t('quiz.report.questionsHint') }), questionsTable(r)),
    el('section', { class: 'card', 'aria-labelledby': 'attempts-title' },
      el('h2', { id: 'attempts-title', text: t('quiz.report.attemptsTitle') }), ...attemptsTable(r)));
  if (canOverride()) main.append(gradingSection(), overridesSection(), regradeSection());
}

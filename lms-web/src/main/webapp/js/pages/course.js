// Course page (course.html?id=...): details, the learner's progress / enrol
// button, and the modules with their activities (done ones marked ✓ 完了).
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError, isUnauthorized, loginHref, redirectToLogin, errorText } from '../api.js';
import { t, pick, formatDate, fiscalYear } from '../i18n.js';
import { el, clear, byPosition, showLoading, errorBox, breadcrumb, minutesText, progressView, setButtonBusy } from '../ui.js';

const main = document.getElementById('main');
const courseId = new URLSearchParams(location.search).get('id');
const enc = encodeURIComponent;
const state = { course: null, progress: null, user: null, error: null, notice: null, enrolError: null };

state.user = await initPage({ nav: 'catalog', titleKey: 'page.course' });
onRerender(render);
if (!courseId) {
  state.error = new ApiError(400, null, { key: 'error.missingParam' });
} else {
  showLoading(main);
  try {
    const [course, progress] = await Promise.all([
      api(`courses/${enc(courseId)}`),
      // Session may have expired since /me: show the page as logged out.
      state.user ? api(`courses/${enc(courseId)}/progress`).catch((err) => (isUnauthorized(err) ? null : Promise.reject(err))) : null,
    ]);
    state.course = course;
    state.progress = progress;
    if (!progress) state.user = null;
  } catch (err) {
    state.error = err;
  }
}
render();

function lessonHref(activityId) {
  return `lesson.html?course=${enc(state.course.id)}&activity=${enc(activityId)}`;
}

function orderedActivities() {
  return [...(state.course.modules ?? [])].sort(byPosition).flatMap((m) => [...(m.activities ?? [])].sort(byPosition));
}

async function enrol(event) {
  const button = event.currentTarget;
  setButtonBusy(button, true, 'course.enrolling', 'course.enrol');
  state.enrolError = null;
  try {
    state.progress = await api(`courses/${enc(state.course.id)}/enrolment`, { method: 'POST' });
    state.notice = 'course.enrolled';
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.enrolError = err;
  }
  render();
  // Move focus to the outcome so keyboard and screen-reader users hear it.
  document.getElementById('course-status')?.focus();
}

async function startNewRound(event) {
  const button = event.currentTarget;
  setButtonBusy(button, true, 'course.round.starting', 'course.round.start');
  state.enrolError = null;
  try {
    state.progress = await api(`courses/${enc(state.course.id)}/enrolment/rounds`, { method: 'POST' });
    state.notice = 'course.round.started';
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.enrolError = err;
  }
  render();
  document.getElementById('course-status')?.focus();
}

/** Annual training: the current round (受講回), a button to re-take the course in a new fiscal year, the past rounds. */
function roundsView(rounds) {
  if (!rounds) return null;
  const box = el('div', { class: 'rounds', id: 'course-rounds' });
  const current = rounds.current;
  if (current.number > 1) {
    box.append(el('p', { id: 'round-current', class: 'round-current', text: t('course.round.current', { n: current.number, year: fiscalYear(current.startedAt) }) }));
  }
  if (current.completedAt) {
    box.append(el('p', { id: 'round-completed', class: 'muted', text: t('course.round.completedOn', { date: formatDate(current.completedAt), year: fiscalYear(current.completedAt) }) }));
  }
  if (current.completedAt && !rounds.mayStartNew) {
    // Annual training: say when this course can be taken again.
    box.append(el('p', { id: 'round-next', class: 'muted', text: t('course.round.nextFrom', { year: fiscalYear(current.completedAt) + 1 }) }));
  }
  if (rounds.mayStartNew) {
    const year = fiscalYear(new Date().toISOString());
    box.append(el('section', { class: 'card round-new', 'aria-labelledby': 'round-new-heading' },
      el('h3', { id: 'round-new-heading', text: t('course.round.newHeading', { year }) }),
      el('p', { text: t('course.round.newText', { year }) }),
      el('button', { type: 'button', id: 'round-start', class: 'button button-primary', onclick: startNewRound, 'data-i18n': 'course.round.start', text: t('course.round.start') })));
  }
  if (rounds.past?.length) {
    box.append(el('details', { class: 'round-history', id: 'round-history' },
      el('summary', { text: t('course.round.history', { count: rounds.past.length }) }),
      el('ul', {}, rounds.past.map((r) => el('li', { text: t('course.round.pastItem', {
        n: r.number, year: fiscalYear(r.completedAt), start: formatDate(r.startedAt), end: formatDate(r.completedAt) }) })))));
  }
  return box.childNodes.length ? box : null;
}

function progressSection() {
  const section = el('section', { class: 'card progress-section', 'aria-labelledby': 'progress-heading' }, el('h2', { id: 'progress-heading', text: t('course.progressHeading') }));
  // Live status: enrol success / failure messages.
  const status = el('div', { id: 'course-status', class: 'status', role: 'status', tabindex: '-1' });
  if (state.notice) status.append(el('p', { class: 'alert alert-success', text: t(state.notice) }));
  if (state.enrolError) status.append(el('p', { class: 'alert alert-error', role: 'alert', text: errorText(state.enrolError) }));

  if (!state.user) {
    section.append(
      el('p', { text: t('course.loginPrompt') }),
      el(
        'p',
        { class: 'actions' },
        el('a', { class: 'button button-primary', id: 'login-to-enrol', href: loginHref('login.html'), text: t('nav.login') }),
        el('a', { class: 'button button-secondary', href: loginHref('register.html'), text: t('nav.register') }),
      ),
    );
    return section;
  }
  const p = state.progress;
  if (!p?.enrolled) {
    section.append(status, el('p', { text: t('course.notEnrolled') }), el('button', { type: 'button', id: 'enrol-button', class: 'button button-primary', onclick: enrol, 'data-i18n': 'course.enrol', text: t('course.enrol') }));
    return section;
  }
  section.append(status);
  if (p.complete) section.append(el('p', { id: 'course-complete', class: 'banner banner-success' }, el('span', { class: 'check-mark', 'aria-hidden': 'true', text: '✓' }), ` ${t('course.complete')}`));
  section.append(progressView(p, { withIds: true }));
  const rounds = roundsView(p.rounds);
  if (rounds) section.append(rounds);
  if (!p.complete) {
    // Jump straight to the first unfinished activity: staff have little time.
    const done = new Set(p.completedActivityIds ?? []);
    const todo = orderedActivities();
    const next = todo.find((a) => a.required && !done.has(a.id)) ?? todo.find((a) => !done.has(a.id));
    if (next) section.append(el('p', {}, el('a', { id: 'continue-link', class: 'button button-primary', href: lessonHref(next.id), text: t(done.size ? 'course.continue' : 'course.start') })));
  }
  return section;
}

function activityItem(activity, done) {
  return el(
    'li',
    { class: `activity${done ? ' done' : ''}` },
    el('a', { class: 'activity-link', href: lessonHref(activity.id), 'data-activity-id': activity.id, text: pick(activity.title) }),
    el(
      'span',
      { class: 'activity-meta' },
      el('span', { class: activity.required ? 'badge badge-required' : 'badge badge-optional', text: t(activity.required ? 'common.required' : 'common.optional') }),
      minutesText(activity.minutes) && el('span', { class: 'minutes', text: minutesText(activity.minutes) }),
      done && el('span', { class: 'badge badge-done' }, el('span', { 'aria-hidden': 'true', text: '✓ ' }), t('course.doneLabel')),
      // Trainers and administrators reach a quiz's results from here, enrolled or not.
      activity.type === 'quiz' && state.user?.capabilities?.includes('quiz.results.view') && el('a', { class: 'quiz-report-link',
        href: `quiz-report.html?course=${enc(state.course.id)}&activity=${enc(activity.id)}`, text: t('quiz.report.open') }),
      // ... and try it as a learner would, without enrolling (nothing is recorded).
      activity.type === 'quiz' && ['quiz.results.view', 'quiz.bank.manage'].some((c) => state.user?.capabilities?.includes(c))
        && el('a', { class: 'quiz-preview-link', href: `quiz-preview.html?course=${enc(state.course.id)}&activity=${enc(activity.id)}`,
          text: t('quiz.preview.open') }),
      // Trainers who keep the bank build the quiz from it: sources, counts and rules.
      activity.type === 'quiz' && state.user?.capabilities?.includes('quiz.bank.manage') && el('a', { class: 'quiz-settings-link',
        href: `quiz-settings.html?course=${enc(state.course.id)}&activity=${enc(activity.id)}`, text: t('quiz.settings.open') }),
    ),
  );
}

function modulesSection() {
  const done = new Set(state.progress?.completedActivityIds ?? []);
  const modules = [...(state.course.modules ?? [])].sort(byPosition);
  const section = el('section', { class: 'modules', 'aria-labelledby': 'modules-heading' }, el('h2', { id: 'modules-heading', text: t('course.modules') }));
  if (!modules.length) return section.append(el('p', { class: 'empty', text: t('course.noModules') })), section;
  for (const m of modules) {
    const headingId = `module-${m.id}`;
    section.append(
      el(
        'section',
        { class: 'card module', 'aria-labelledby': headingId },
        el('h3', { id: headingId }, el('span', { class: 'module-number', text: t('course.modulePosition', { n: m.position }) }), ' ', pick(m.title)),
        el('ol', { class: 'activity-list' }, [...(m.activities ?? [])].sort(byPosition).map((a) => activityItem(a, done.has(a.id)))),
      ),
    );
  }
  return section;
}

function render() {
  clear(main);
  if (state.error) {
    setTitle(null);
    return main.append(breadcrumb([{ href: 'index.html', label: t('nav.catalog') }, { label: t('page.course') }]), el('h1', { text: t('page.course') }), errorBox(state.error, { retry: state.error.key !== 'error.missingParam' }));
  }
  const c = state.course;
  const title = pick(c.title);
  const trackHref = c.track?.code ? `track.html?code=${enc(c.track.code)}` : null;
  setTitle(title);
  main.append(
    breadcrumb([{ href: 'index.html', label: t('nav.catalog') }, trackHref && { href: trackHref, label: pick(c.track.name) }, { label: title }].filter(Boolean)),
    el('h1', { text: title }),
    el('p', { class: 'lead', text: pick(c.summary) }),
    el(
      'dl',
      { class: 'meta-list' },
      trackHref && el('div', {}, el('dt', { text: t('course.track') }), el('dd', {}, el('a', { href: trackHref, text: pick(c.track.name) }))),
      minutesText(c.minutes) && el('div', {}, el('dt', { text: t('course.minutes') }), el('dd', { text: minutesText(c.minutes) })),
    ),
    progressSection(),
    modulesSection(),
  );
}

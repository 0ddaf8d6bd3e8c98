// Course page (course.html?id=...): details, the learner's progress / enrol
// button, and the modules with their activities (done ones marked ✓ 完了).
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError, isUnauthorized, loginHref, redirectToLogin, errorText } from '../api.js';
import { t, pick } from '../i18n.js';
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

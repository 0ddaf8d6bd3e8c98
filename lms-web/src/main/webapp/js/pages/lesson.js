// Lesson page (lesson.html?course=..&activity=..): shows the lesson, records
// "viewed", enforces the minimum reading time on the button, and records
// "marked-done" (the server re-checks the time and may answer with a reason).
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError, isUnauthorized, redirectToLogin, errorText } from '../api.js';
import { t, pick } from '../i18n.js';
import { el, clear, byPosition, showLoading, errorBox, breadcrumb, minutesText, progressView } from '../ui.js';
import { startQuiz, quizView } from '../activities/quiz.js';
import { startVideo, mountVideo } from '../activities/video.js';
import { startLiveSession, liveSessionView } from '../activities/live-session.js';

const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const courseId = params.get('course');
const activityId = params.get('activity');
const enc = encodeURIComponent;

const state = {
  course: null,
  activity: null,
  progress: null,
  completed: false,
  justCompleted: false, // completed during this visit (vs. already done)
  refused: false, // marked-done answered completed:false
  reason: null, // the server's explanation, if any
  submitError: null,
  submitting: false,
  timerEndsAt: 0,
  timerFinished: false,
  error: null,
};
let timerId = null;

const user = await initPage({ titleKey: 'page.lesson' });
onRerender(render);

if (!courseId || !activityId) {
  state.error = new ApiError(400, null, { key: 'error.missingParam' });
  render();
} else {
  await load();
}

async function load() {
  showLoading(main);
  // allSettled: keep the course (for the breadcrumb and links) even when the
  // activity is refused, e.g. 403 not enrolled.
  const [courseRes, activityRes] = await Promise.allSettled([api(`courses/${enc(courseId)}`), api(`courses/${enc(courseId)}/activities/${enc(activityId)}`)]);
  if (courseRes.status === 'fulfilled') state.course = courseRes.value;
  const failure = activityRes.status === 'rejected' ? activityRes.reason : courseRes.status === 'rejected' ? courseRes.reason : null;
  if (failure) {
    if (isUnauthorized(failure)) return redirectToLogin();
    state.error = failure;
    return render();
  }
  state.activity = activityRes.value;
  state.completed = state.activity.completed === true;
  if (isQuiz()) {
    // A quiz records its own progress on the server; there is nothing to mark as read.
    render();
    return startQuiz(courseId, activityId, render, { showReport: user?.capabilities?.includes('quiz.results.view') });
  }
  if (state.activity.type === 'video') {
    // The player reports what is played; the server decides completion from that, not from a button.
    startVideo(courseId, activityId, state.activity, applyEvent);
    return render();
  }
  if (isLive()) {
    // Attendance is recorded by the server (join, report, administrator); the page posts no events.
    render();
    return startLiveSession(courseId, activityId, render);
  }

  // Record the view before starting the countdown, so our timer never ends
  // before the server's. A failure here must not hide the lesson.
  try {
    applyEvent(await postEvent('viewed'));
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    console.warn('viewed event failed:', err);
  }

  // The server counts from the first view, so a reload continues the countdown instead of restarting it.
  const data = state.activity.content?.data ?? {};
  const seconds = Number(data.secondsRemaining ?? data.minReadingSeconds) || 0;
  if (!state.completed && seconds > 0) {
    state.timerEndsAt = Date.now() + seconds * 1000;
    timerId = setInterval(tick, 1000);
  } else {
    state.timerFinished = true;
  }
  render();
}

function isQuiz() {
  return state.activity?.type === 'quiz';
}

function isLive() {
  return state.activity?.type === 'live-session';
}

function postEvent(type) {
  return api(`courses/${enc(courseId)}/activities/${enc(activityId)}/events`, { method: 'POST', body: { type } });
}

function applyEvent(result) {
  if (result?.progress) state.progress = result.progress;
  if (result?.completed === true) state.completed = true;
}

function secondsLeft() {
  return Math.max(0, Math.ceil((state.timerEndsAt - Date.now()) / 1000));
}

function tick() {
  if (secondsLeft() === 0) {
    clearInterval(timerId);
    timerId = null;
    state.timerFinished = true;
  }
  updateCompletion();
}

async function markDone() {
  state.submitting = true;
  state.refused = false;
  state.reason = null;
  state.submitError = null;
  updateCompletion();
  try {
    const result = await postEvent('marked-done');
    applyEvent(result);
    if (state.completed) state.justCompleted = true;
    else {
      state.refused = true;
      state.reason = result?.reason || null;
    }
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.submitError = err;
  }
  state.submitting = false;
  updateCompletion();
  // The button is now disabled or unchanged; take focus to the outcome.
  document.getElementById('completion-status')?.focus();
}

function nextActivity() {
  const all = [...(state.course.modules ?? [])].sort(byPosition).flatMap((m) => [...(m.activities ?? [])].sort(byPosition));
  const i = all.findIndex((a) => String(a.id) === String(state.activity.id));
  return i >= 0 ? all[i + 1] ?? null : null;
}

function courseHref() {
  return `course.html?id=${enc(courseId)}`;
}

/** Put the lesson HTML in place. The server sanitises content.html; this is the one innerHTML use. */
function fillBody(article) {
  const html = pick(state.activity.content?.html);
  article.innerHTML = html;
  // Wide tables scroll inside their own keyboard-focusable box on phones.
  for (const table of article.querySelectorAll('table')) {
    const wrap = el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': t('lesson.tableRegion') });
    table.replaceWith(wrap);
    wrap.append(table);
  }
}

/**
 * Update the completion area in place (not rebuilt), so the aria-live region
 * stays the same node and screen readers announce changes.
 */
function updateCompletion() {
  const timer = document.getElementById('reading-timer');
  const button = document.getElementById('mark-done-button');
  const status = document.getElementById('completion-status');
  const after = document.getElementById('completion-after');
  if (!button || !status || !after) return;

  const counting = !state.completed && !state.timerFinished;
  if (timer) {
    timer.hidden = !counting;
    timer.textContent = counting ? t('lesson.timer', { seconds: secondsLeft() }) : '';
  }
  button.disabled = state.completed || counting || state.submitting;
  button.setAttribute('aria-busy', String(state.submitting));
  button.textContent = t(state.completed ? 'lesson.alreadyDoneButton' : state.submitting ? 'lesson.marking' : 'lesson.markDone');

  clear(status);
  if (state.completed) {
    status.append(el('p', { class: 'alert alert-success' }, el('span', { 'aria-hidden': 'true', text: '✓ ' }), t(state.justCompleted ? 'lesson.doneNow' : 'lesson.alreadyDone')));
  } else if (state.submitError) {
    status.append(el('p', { class: 'alert alert-error', text: errorText(state.submitError) }));
  } else if (state.refused) {
    status.append(el('p', { class: 'alert alert-warning', text: state.reason || t('lesson.notCompleted') }));
  } else if (state.timerFinished && state.timerEndsAt) {
    status.append(el('p', { class: 'muted', text: t('lesson.timerDone') }));
  }

  clear(after);
  if (state.completed) {
    if (state.progress) {
      if (state.progress.complete) after.append(el('p', { id: 'course-complete', class: 'banner banner-success' }, el('span', { 'aria-hidden': 'true', text: '✓ ' }), t('course.complete')));
      after.append(progressView(state.progress, { withIds: true }));
    }
    const next = nextActivity();
    const links = el('p', { class: 'actions' });
    if (next) {
      links.append(el('a', { id: 'next-activity', class: 'button button-primary', href: `lesson.html?course=${enc(courseId)}&activity=${enc(next.id)}`, text: t('lesson.next', { title: pick(next.title) }) }));
    } else {
      after.append(el('p', { class: 'muted', text: t('lesson.lastActivity') }));
    }
    links.append(el('a', { id: 'back-to-course', class: 'button button-secondary', href: courseHref(), text: t('lesson.backToCourse') }));
    after.append(links);
  } else {
    after.append(el('p', {}, el('a', { id: 'back-to-course', href: courseHref(), text: t('lesson.backToCourse') })));
  }
}

function render() {
  clear(main);
  const crumbs = [{ href: 'index.html', label: t('nav.catalog') }];
  if (state.course?.track?.code) crumbs.push({ href: `track.html?code=${enc(state.course.track.code)}`, label: pick(state.course.track.name) });
  if (state.course) crumbs.push({ href: courseHref(), label: pick(state.course.title) });

  if (state.error) {
    setTitle(null);
    const notEnrolled = state.error.status === 403;
    main.append(breadcrumb([...crumbs, { label: t('page.lesson') }]), el('h1', { text: t('page.lesson') }));
    if (notEnrolled) {
      // Typical when following a shared link: send them to the enrol button.
      main.append(el('div', { class: 'alert alert-warning', role: 'alert' }, el('p', { text: t('lesson.notEnrolled') }), el('p', {}, el('a', { class: 'button button-primary', href: courseHref(), text: t('lesson.goToCourse') }))));
    } else {
      main.append(errorBox(state.error, { retry: state.error.key !== 'error.missingParam' }));
      if (courseId) main.append(el('p', {}, el('a', { href: courseHref(), text: t('lesson.backToCourse') })));
    }
    return;
  }

  const a = state.activity;
  const title = pick(a.title);
  setTitle(title);
  const article = el('article', { id: 'lesson-body', class: 'lesson-body', 'aria-labelledby': 'lesson-title' });
  fillBody(article);

  const header = [
    breadcrumb([...crumbs, { label: title }]),
    el('h1', { id: 'lesson-title', text: title }),
    el(
      'p',
      { class: 'activity-meta' },
      el('span', { class: a.required ? 'badge badge-required' : 'badge badge-optional', text: t(a.required ? 'common.required' : 'common.optional') }),
      minutesText(a.minutes) && el('span', { class: 'minutes', text: minutesText(a.minutes) }),
      isQuiz() && a.completed ? el('span', { class: 'badge badge-done', text: t('common.done') }) : '',
    ),
    article,
  ];
  if (isQuiz()) {
    main.append(...header, quizView(), el('p', {}, el('a', { id: 'back-to-course', href: courseHref(), text: t('lesson.backToCourse') })));
    return;
  }
  if (a.type === 'video') {
    mountVideo(article);
    main.append(...header, el('p', {}, el('a', { id: 'back-to-course', href: courseHref(), text: t('lesson.backToCourse') })));
    return;
  }
  if (isLive()) {
    article.replaceChildren(liveSessionView()); // in place of the server's loading placeholder
    main.append(...header, el('p', {}, el('a', { id: 'back-to-course', href: courseHref(), text: t('lesson.backToCourse') })));
    return;
  }
  main.append(
    ...header,
    el(
      'section',
      { class: 'card completion', 'aria-labelledby': 'completion-heading' },
      el('h2', { id: 'completion-heading', text: t('lesson.completionHeading') }),
      // role=timer is not announced every second (that would be noise).
      el('p', { id: 'reading-timer', class: 'reading-timer', role: 'timer', hidden: true }),
      el('button', { type: 'button', id: 'mark-done-button', class: 'button button-primary', 'aria-describedby': 'reading-timer', onclick: markDone }),
      el('div', { id: 'completion-status', class: 'status', 'aria-live': 'polite', tabindex: '-1' }),
      el('div', { id: 'completion-after' }),
    ),
  );
  updateCompletion();
}

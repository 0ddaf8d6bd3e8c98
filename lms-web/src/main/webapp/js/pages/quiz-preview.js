// Quiz preview (quiz-preview.html?course=..&activity=..), for trainers and administrators: take the quiz as a
// learner would, without enrolling, then see the full review. The attempt lives in the session only: it never
// appears in results, uses no attempt, and completes nothing.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError, isUnauthorized, redirectToLogin } from '../api.js';
import { t, pick } from '../i18n.js';
import { el, clear, errorBox, breadcrumb, activityTitle } from '../ui.js';
import { startQuiz, quizView } from '../activities/quiz.js';

const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const courseId = params.get('course');
const activityId = params.get('activity');
const enc = encodeURIComponent;
const state = { course: null, error: null };

const user = await initPage({ titleKey: 'quiz.preview.title' });
if (!user) {
  redirectToLogin();
} else if (!courseId || !activityId) {
  state.error = new ApiError(400, null, { key: 'error.missingParam' });
  render();
} else {
  onRerender(render);
  try {
    state.course = await api(`courses/${enc(courseId)}`);
  } catch (err) {
    if (isUnauthorized(err)) redirectToLogin();
    state.error = err;
  }
  render();
  if (!state.error) await startQuiz(courseId, activityId, render, { preview: true });
}

function render() {
  clear(main);
  const title = state.course ? `${t('quiz.preview.title')}: ${activityTitle(state.course, activityId)}` : t('quiz.preview.title');
  setTitle(title);
  const crumbs = [];
  if (state.course) crumbs.push({ href: `course.html?id=${enc(courseId)}`, label: pick(state.course.title) });
  if (courseId && activityId) {
    crumbs.push({ href: `quiz-report.html?course=${enc(courseId)}&activity=${enc(activityId)}`, label: t('quiz.report.title') });
  }
  crumbs.push({ label: t('quiz.preview.title') });
  main.append(breadcrumb(crumbs), el('h1', { text: title }));
  if (state.error) return main.append(errorBox(state.error, { retry: false }));
  main.append(quizView());
}

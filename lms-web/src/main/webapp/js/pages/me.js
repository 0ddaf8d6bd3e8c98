// My courses (me.html): enrolments with progress. Needs login.
import { initPage, onRerender } from '../layout.js';
import { api, isUnauthorized, redirectToLogin } from '../api.js';
import { t, pick, formatDateTime } from '../i18n.js';
import { el, clear, showLoading, errorBox, progressView } from '../ui.js';

const main = document.getElementById('main');
let enrolments = null;
let error = null;

await initPage({ nav: 'me', titleKey: 'page.me' });
onRerender(render);
showLoading(main);
try {
  enrolments = (await api('me/enrolments')) ?? [];
  render();
} catch (err) {
  if (isUnauthorized(err)) redirectToLogin();
  else {
    error = err;
    render();
  }
}

function enrolmentCard(e) {
  const course = e.course ?? {};
  const id = course.id ?? e.courseId;
  const href = `course.html?id=${encodeURIComponent(id)}`;
  const headingId = `enrolment-${id}`;
  return el(
    'li',
    { class: 'card enrolment-card', 'data-course-id': id },
    el('h2', { id: headingId }, el('a', { class: 'enrolment-link', href, text: pick(course.title) })),
    course.track && el('p', { class: 'muted', text: t('me.track', { name: pick(course.track.name) }) }),
    e.progress?.complete && el('p', { class: 'badge badge-done' }, el('span', { 'aria-hidden': 'true', text: '✓ ' }), t('me.completed')),
    progressView(e.progress ?? {}),
    e.enrolledAt && el('p', { class: 'muted' }, `${t('me.enrolledAt')}: `, el('time', { datetime: e.enrolledAt, text: formatDateTime(e.enrolledAt) })),
    el('a', { class: 'button button-secondary', href, 'aria-describedby': headingId, text: t('me.continue') }),
  );
}

function render() {
  clear(main).append(el('h1', { text: t('me.title') }), el('p', { class: 'lead', text: t('me.intro') }));
  if (error) return main.append(errorBox(error));
  if (!enrolments.length) {
    return main.append(el('p', { class: 'empty', text: t('me.empty') }), el('p', {}, el('a', { class: 'button button-primary', href: 'index.html', text: t('me.browse') })));
  }
  main.append(el('ul', { class: 'card-grid enrolment-list' }, enrolments.map(enrolmentCard)));
}

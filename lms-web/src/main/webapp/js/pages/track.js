// Track page (track.html?code=EXE): track name/description and its courses.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError } from '../api.js';
import { t, pick } from '../i18n.js';
import { el, clear, showLoading, errorBox, breadcrumb, minutesText } from '../ui.js';

const main = document.getElementById('main');
const code = new URLSearchParams(location.search).get('code');
let track = null;
let error = null;

await initPage({ nav: 'catalog', titleKey: 'page.track' });
onRerender(render);
if (!code) {
  error = new ApiError(400, null, { key: 'error.missingParam' });
} else {
  showLoading(main);
  try {
    track = await api(`tracks/${encodeURIComponent(code)}`);
  } catch (err) {
    error = err;
  }
}
render();

function courseItem(course) {
  return el(
    'li',
    { class: 'card course-card' },
    el('h3', {}, el('a', { class: 'course-link', href: `course.html?id=${encodeURIComponent(course.id)}`, text: pick(course.title) })),
    el('p', { text: pick(course.summary) }),
    minutesText(course.minutes) && el('p', { class: 'muted minutes', text: minutesText(course.minutes) }),
  );
}

function render() {
  clear(main);
  if (error) {
    setTitle(null);
    return main.append(breadcrumb([{ href: 'index.html', label: t('nav.catalog') }, { label: t('page.track') }]), el('h1', { text: t('page.track') }), errorBox(error, { retry: error.key !== 'error.missingParam' }));
  }
  const name = pick(track.name);
  setTitle(name);
  main.append(
    breadcrumb([{ href: 'index.html', label: t('nav.catalog') }, { label: name }]),
    el('h1', { text: name }),
    pick(track.audience) && el('p', { class: 'audience' }, el('span', { class: 'meta-label', text: `${t('track.audience')}: ` }), pick(track.audience)),
    el('p', { class: 'lead', text: pick(track.description) }),
    el('h2', { text: t('track.courses') }),
  );
  const courses = track.courses ?? [];
  if (!courses.length) return main.append(el('p', { class: 'empty', text: t('track.empty') }));
  main.append(el('ul', { class: 'card-grid course-list' }, courses.map(courseItem)));
}

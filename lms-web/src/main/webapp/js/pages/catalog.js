// Catalog (index.html): intro + one card per track.
import { initPage, onRerender } from '../layout.js';
import { api } from '../api.js';
import { t, pick } from '../i18n.js';
import { el, clear, byPosition, showLoading, errorBox } from '../ui.js';

const main = document.getElementById('main');
let tracks = null;
let error = null;

await initPage({ nav: 'catalog', titleKey: 'page.catalog' });
onRerender(render);
showLoading(main);
try {
  tracks = [...(await api('tracks'))].sort(byPosition);
} catch (err) {
  error = err;
}
render();

function trackCard(track) {
  const name = pick(track.name);
  const headingId = `track-${track.code}`;
  return el(
    'li',
    {},
    el(
      'article',
      { class: 'card track-card', 'data-track-code': track.code, 'aria-labelledby': headingId },
      el('h3', { id: headingId, text: name }),
      pick(track.audience) && el('p', { class: 'audience' }, el('span', { class: 'meta-label', text: `${t('catalog.audience')}: ` }), pick(track.audience)),
      el('p', { text: pick(track.description) }),
      Number.isFinite(track.courseCount) && el('p', { class: 'muted', text: t('catalog.courseCount', { count: track.courseCount }) }),
      el('a', { class: 'track-link button button-secondary', href: `track.html?code=${encodeURIComponent(track.code)}`, text: t('catalog.openTrack', { name }) }),
    ),
  );
}

function render() {
  clear(main).append(el('h1', { text: t('catalog.title') }), el('p', { class: 'lead', text: t('catalog.intro') }));
  if (error) return main.append(errorBox(error));
  main.append(el('h2', { text: t('catalog.tracksHeading') }));
  if (!tracks.length) return main.append(el('p', { class: 'empty', text: t('catalog.empty') }));
  main.append(el('ul', { class: 'card-grid track-list' }, tracks.map(trackCard)));
}

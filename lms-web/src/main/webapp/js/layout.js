// layout.js — header, nav, footer and the language switch, shared by every page.
// Pages call initPage() first, then register their own render function with
// onRerender() so a language switch redraws them from data already loaded.
import { loadI18n, setLang, getLang, t, applyTranslations } from './i18n.js';
import { api, setKnownUser, isUnauthorized, loginHref, errorText } from './api.js';
import { el, clear } from './ui.js';

const state = { nav: null, titleKey: null, title: null, user: null };
const rerenders = [];

// Safety net: a bug or an unexpected response must never leave a blank or
// forever-loading page. Shows one readable message in <main>.
function showUnexpected(event) {
  console.error(event.error ?? event.reason ?? event);
  const main = document.getElementById('main');
  if (!main || main.querySelector('[data-unexpected]')) return;
  main.querySelector('.loading')?.remove();
  main.prepend(
    el('div', { class: 'alert alert-error', role: 'alert', 'data-unexpected': '' }, el('p', { text: t('error.unexpected') }), el('button', { type: 'button', class: 'button button-secondary', onclick: () => location.reload(), text: t('common.retry') })),
  );
}
window.addEventListener('error', showUnexpected);
window.addEventListener('unhandledrejection', showUnexpected);

/**
 * nav: which nav item is current ('catalog' | 'me' | 'certificates' | 'staff' | 'bank' | 'media' | 'sessions' | 'mail' | 'login' | 'register' | null).
 * Returns the logged-in user (GET /api/account/me) or null.
 */
export async function initPage({ nav = null, titleKey = null } = {}) {
  state.nav = nav;
  state.titleKey = titleKey;
  await loadI18n();
  applyTranslations(document);
  renderChrome(); // draw right away; the auth part follows when /me answers
  try {
    state.user = await api('account/me');
    setKnownUser(state.user);
  } catch (err) {
    // 401 = logged out. Other failures: treat as logged out so public pages
    // still work; each page shows its own error if its data cannot load.
    if (!isUnauthorized(err)) console.warn('account/me failed:', err);
    state.user = null;
  }
  renderChrome();
  return state.user;
}

export function onRerender(fn) {
  rerenders.push(fn);
}

/** Set a page-specific title (e.g. the course name); null = use titleKey. */
export function setTitle(text) {
  state.title = text;
  updateTitle();
}

function updateTitle() {
  const page = state.title || (state.titleKey ? t(state.titleKey) : '');
  document.title = page ? `${page} | ${t('site.name')}` : t('site.name');
}

function renderChrome() {
  renderHeader();
  renderFooter();
  updateTitle();
}

// On login/register pages keep the existing ?next=, elsewhere come back here.
function authHref(page) {
  if (state.nav === 'login' || state.nav === 'register') return `${page}${location.search}`;
  return loginHref(page);
}

function navItem(key, href, navId) {
  return el('li', {}, el('a', { href, 'aria-current': state.nav === navId ? 'page' : null, text: t(key) }));
}

function renderHeader() {
  const header = document.getElementById('site-header');
  if (!header) return;
  const items = [navItem('nav.catalog', 'index.html', 'catalog')];
  if (state.user) {
    items.push(
      navItem('nav.myCourses', 'me.html', 'me'),
      // Managers and administrators: their staff's training records (the server checks again).
      ...(state.user.capabilities?.includes('staff.view') ? [navItem('nav.staff', 'staff.html', 'staff')] : []),
      ...(state.user.capabilities?.includes('course.enrol') ? [navItem('nav.certificates', 'certificates.html', 'certificates')] : []),
      // Trainers and administrators: the quiz question bank.
      ...(state.user.capabilities?.includes('quiz.bank.manage') ? [navItem('nav.bank', 'bank.html', 'bank')] : []),
      // Trainers and administrators: the dates of live sessions and attendance; managers: their staff's applications.
      ...(['live.sessions.manage', 'staff.manage'].some((c) => state.user.capabilities?.includes(c)) ? [navItem('nav.sessions', 'sessions.html', 'sessions')] : []),
      // Course authors: uploaded videos and subtitles.
      ...(state.user.capabilities?.includes('course.author') ? [navItem('nav.media', 'media.html', 'media')] : []),
      // Administrators: the mail outbox (failed and waiting mails).
      ...(state.user.capabilities?.includes('mail.manage') ? [navItem('nav.mail', 'mail.html', 'mail')] : []),
      navItem('nav.security', 'security.html', 'security'),
      el('li', { class: 'nav-user' }, el('span', { text: t('nav.userName', { name: state.user.fullName || state.user.email || '' }) })),
      el('li', {}, el('button', { type: 'button', id: 'logout-button', class: 'nav-button', onclick: logout, text: t('nav.logout') })),
    );
  } else {
    items.push(navItem('nav.login', authHref('login.html'), 'login'), navItem('nav.register', authHref('register.html'), 'register'));
  }

  const other = getLang() === 'ja' ? 'en' : 'ja';
  clear(header).append(
    el(
      'div',
      { class: 'container header-inner' },
      el('a', { class: 'brand', href: 'index.html' }, el('span', { class: 'brand-mark', 'aria-hidden': 'true' }), el('span', { text: t('site.name') })),
      el('nav', { class: 'site-nav', 'aria-label': t('nav.label') }, el('ul', {}, items)),
      // lang attribute so screen readers pronounce "English"/"日本語" correctly
      el('button', { type: 'button', id: 'lang-switch', class: 'lang-switch', lang: other, onclick: switchLang, text: t('nav.langSwitch') }),
    ),
    el('div', { id: 'global-alert', class: 'container', role: 'alert' },
      // An administrator without two-factor has a learner's rights only: say so on every page until it is set up.
      state.user?.twoFactorSetupRequired && state.nav !== 'security'
        ? el('p', { class: 'alert alert-warning', id: 'two-factor-banner' }, t('security.banner'), ' ',
          el('a', { href: 'security.html', text: t('security.bannerLink') }))
        : null),
  );
}

function renderFooter() {
  const footer = document.getElementById('site-footer');
  if (!footer) return;
  clear(footer).append(
    el('div', { class: 'container' }, el('p', { text: t('footer.about') }), el('p', { text: t('footer.report') }), el('p', { class: 'footer-name', text: t('site.name') })),
  );
}

async function switchLang() {
  await setLang(getLang() === 'ja' ? 'en' : 'ja');
  // Mails are written in the language the learner uses; a failure here must not stop the switch.
  if (state.user) api('account/language', { method: 'PUT', body: { language: getLang() } }).catch(() => {});
  applyTranslations(document);
  renderChrome();
  for (const fn of rerenders) fn();
  updateTitle();
  // The header was rebuilt: put keyboard focus back on the switch.
  document.getElementById('lang-switch')?.focus();
}

async function logout(event) {
  const button = event.currentTarget;
  button.disabled = true;
  button.textContent = t('nav.loggingOut');
  try {
    await api('account/logout', { method: 'POST' });
    location.assign('index.html');
  } catch (err) {
    if (isUnauthorized(err)) return location.assign('index.html'); // already logged out
    button.disabled = false;
    button.textContent = t('nav.logout');
    const box = document.getElementById('global-alert');
    if (box) clear(box).append(el('p', { class: 'alert alert-error', text: `${t('error.logout')} ${errorText(err)}` }));
  }
}

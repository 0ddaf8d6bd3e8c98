// Live-session activity (on the lesson page): the dates in Japan time with the zone named, places left, applying
// and cancelling, the waitlist position, the meeting link near the start (the join button records presence), the
// learner's calendar (download and a subscribable feed address), and how the activity completes.
import { api, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { t, pick, formatDateTime, getLang } from '../i18n.js';
import { el, clear } from '../ui.js';

const REFRESH_MS = 60000;
const state = {
  base: '', overview: null, feed: null, feedUrl: null, error: null, busy: null, notice: null, noticeError: false,
  onChange: () => {}, timer: null, lang: null, reloading: false,
};

/** Starts the live-session UI for an activity; {@code rerender} redraws the page (the live part from liveSessionView()). */
export async function startLiveSession(courseId, activityId, rerender) {
  state.base = `courses/${encodeURIComponent(courseId)}/activities/${encodeURIComponent(activityId)}/live`;
  state.onChange = rerender;
  await Promise.all([load(), loadFeed()]);
  // The meeting link appears shortly before the start: look again every minute while the page is open.
  state.timer = setInterval(() => { if (!document.hidden && !state.busy) load(); }, REFRESH_MS);
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
  try {
    state.lang = getLang(); // the completion reason comes from the server in this language
    state.overview = await call(state.base);
    state.error = null;
  } catch (err) {
    state.error = err;
  }
  state.onChange();
}

async function loadFeed() {
  try {
    state.feed = await call('me/calendar/feed');
  } catch {
    state.feed = null; // the calendar is a convenience; the sessions still work
  }
}

async function act(sessionId, kind) {
  state.busy = `${kind}:${sessionId}`;
  state.notice = null;
  state.onChange();
  const path = `${state.base}/sessions/${encodeURIComponent(sessionId)}/application`;
  try {
    const result = await call(path, { method: kind === 'apply' ? 'POST' : 'DELETE' });
    state.notice = kind === 'cancel' ? t('live.cancelled')
      : result.myStatus === 'WAITLISTED' ? t('live.waitlistedNow', { position: result.waitlistPosition }) : t('live.registeredNow');
    state.noticeError = false;
  } catch (err) {
    state.notice = errorText(err);
    state.noticeError = true;
  }
  state.busy = null;
  await load();
  document.getElementById('live-notice')?.focus();
}

async function renewFeed() {
  if (state.feed?.exists && !window.confirm(t('live.feedRenewConfirm'))) return;
  try {
    const feed = await call('me/calendar/feed', { method: 'POST' });
    state.feed = feed;
    state.feedUrl = feed.url;
  } catch (err) {
    state.notice = errorText(err);
    state.noticeError = true;
  }
  state.onChange();
  document.getElementById('live-feed-url')?.select();
}

async function stopFeed() {
  try {
    await call('me/calendar/feed', { method: 'DELETE' });
    state.feed = { exists: false };
    state.feedUrl = null;
  } catch (err) {
    state.notice = errorText(err);
    state.noticeError = true;
  }
  state.onChange();
}

/** Records presence (the server answers the link again); the link itself opens in a new tab at once. */
function join(sessionId) {
  call(`${state.base}/sessions/${encodeURIComponent(sessionId)}/join`, { method: 'POST' }).catch((err) => console.warn('join not recorded:', err));
}

function placesText(s) {
  if (s.status !== 'SCHEDULED') return '';
  if (s.placesLeft > 0) return t('live.placesLeft', { left: s.placesLeft, capacity: s.capacity });
  return t('live.full', { capacity: s.capacity, waiting: s.waiting });
}

function myStatusView(item) {
  switch (item.myStatus) {
    case 'REGISTERED':
      return el('p', { class: 'live-mine live-mine-registered' }, el('span', { class: 'badge badge-done', text: t('live.statusRegistered') }));
    case 'WAITLISTED':
      return el('p', { class: 'live-mine live-mine-waitlisted' },
        el('span', { class: 'badge badge-optional', text: t('live.statusWaitlisted') }), ' ',
        el('span', { class: 'live-position', text: t('live.position', { position: item.waitlistPosition }) }));
    case 'CANCELLED':
      return el('p', { class: 'live-mine muted', text: t('live.statusCancelled') });
    default:
      return null;
  }
}

function refusalText(item) {
  const s = item.session;
  switch (item.applyRefusal) {
    case 'live.registration.applications-not-open': return t('live.opensAt', { at: pick(s.applicationsOpenLabel) });
    case 'live.registration.applications-closed': return t('live.closed');
    default: return '';
  }
}

function sessionView(item) {
  const s = item.session;
  const busy = state.busy?.endsWith(`:${s.id}`);
  const full = s.placesLeft === 0;
  const actions = el('p', { class: 'actions' });
  if (item.canApply) {
    actions.append(el('button', {
      type: 'button', class: 'button button-primary live-apply', disabled: busy, 'aria-busy': String(Boolean(busy)),
      onclick: () => act(s.id, 'apply'), text: t(full ? 'live.applyWaitlist' : 'live.apply'),
    }));
  }
  if (item.canCancel) {
    actions.append(el('button', {
      type: 'button', class: 'button button-secondary live-cancel', disabled: busy,
      onclick: () => { if (window.confirm(t('live.cancelConfirm'))) act(s.id, 'cancel'); },
      text: t(item.myStatus === 'WAITLISTED' ? 'live.cancelWait' : 'live.cancel'),
    }));
  }
  let link = null;
  if (item.meetingUrl) {
    link = el('p', { class: 'live-join' },
      el('a', { class: 'button button-primary live-join-button', href: item.meetingUrl, target: '_blank', rel: 'noopener noreferrer', onclick: () => join(s.id), text: t('live.join') }),
      el('span', { class: 'muted live-join-note', text: t('live.joinNote') }));
  } else if (item.myStatus === 'REGISTERED' && s.status === 'SCHEDULED') {
    link = el('p', { class: 'muted live-link-later', text: t('live.linkFrom', { at: pick(s.linkVisibleFromLabel) }) });
  }
  const statusBadge = s.status === 'CANCELLED' ? el('span', { class: 'badge badge-cancelled', text: t('live.sessionCancelled') })
    : s.status === 'HELD' ? el('span', { class: 'badge badge-held', text: t('live.sessionHeld') }) : null;
  return el('li', { class: `card live-session live-${s.status.toLowerCase()}`, dataset: { sessionId: s.id } },
    el('h3', { class: 'live-when' }, el('time', { datetime: s.start, text: pick(s.when) }), statusBadge ? ' ' : '', statusBadge),
    el('p', { class: 'live-places', text: placesText(s) }),
    s.status === 'SCHEDULED' ? el('p', { class: 'muted live-window', text: t('live.window', { open: pick(s.applicationsOpenLabel), close: pick(s.applicationsCloseLabel) }) }) : null,
    myStatusView(item),
    !item.canApply && refusalText(item) ? el('p', { class: 'muted live-refusal', text: refusalText(item) }) : null,
    link,
    actions.childNodes.length ? actions : null,
  );
}

/** How the activity completes: the server's reason names the path taken, or what is missing on each path. */
function completionView(o) {
  return el('p', { id: 'live-completion', class: o.completed ? 'alert alert-success' : 'alert alert-info', role: 'status' },
    o.completed ? el('span', { 'aria-hidden': 'true', text: '✓ ' }) : null, o.completed ? `${t('live.completed')} ` : '', o.completionReason || '');
}

function calendarView() {
  const box = el('section', { class: 'card live-calendar', 'aria-labelledby': 'live-calendar-heading' },
    el('h3', { id: 'live-calendar-heading', text: t('live.calendarHeading') }),
    el('p', {}, el('a', { id: 'live-ics', class: 'button button-secondary', href: 'api/me/calendar', download: 'live-sessions.ics', text: t('live.download') })),
    el('p', { class: 'muted', text: t('live.feedIntro') }));
  if (state.feedUrl) {
    box.append(
      el('label', { for: 'live-feed-url', text: t('live.feedUrl') }),
      el('input', { id: 'live-feed-url', class: 'live-feed-url', type: 'url', readonly: true, value: state.feedUrl }),
      el('p', { class: 'muted', text: t('live.feedOnce') }));
  } else if (state.feed?.exists) {
    box.append(el('p', { id: 'live-feed-exists', text: t('live.feedExists', { at: formatDateTime(state.feed.issuedAt) }) }));
  }
  box.append(el('p', { class: 'actions' },
    el('button', { type: 'button', id: 'live-feed-renew', class: 'button button-secondary', onclick: renewFeed, text: t(state.feed?.exists ? 'live.feedRenew' : 'live.feedCreate') }),
    state.feed?.exists ? el('button', { type: 'button', id: 'live-feed-stop', class: 'button button-secondary', onclick: stopFeed, text: t('live.feedStop') }) : null));
  return box;
}

/** The live-session part of the lesson page. */
export function liveSessionView() {
  const root = el('section', { id: 'live-sessions', class: 'live-sessions', 'aria-labelledby': 'live-heading' });
  root.append(el('h2', { id: 'live-heading', tabindex: '-1', text: t('live.heading') }));
  const notice = el('p', { id: 'live-notice', class: state.notice ? (state.noticeError ? 'alert alert-error' : 'alert alert-success') : 'live-notice', role: 'status', 'aria-live': 'polite', tabindex: '-1', text: state.notice || '' });
  if (state.error) {
    root.append(el('p', { class: 'alert alert-error', role: 'alert', text: errorText(state.error) }));
    return root;
  }
  const o = state.overview;
  if (o && state.lang !== getLang() && !state.reloading) {
    // The language was switched: fetch the server's texts again in the new one.
    state.reloading = true;
    load().finally(() => { state.reloading = false; });
  }
  if (!o) {
    root.append(el('p', { class: 'loading', role: 'status', text: t('common.loading') }));
    return root;
  }
  root.append(completionView(o), notice);
  if (!o.sessions.length) {
    root.append(el('p', { class: 'muted', id: 'live-none', text: t('live.none') }));
  } else {
    root.append(el('p', { class: 'muted live-zone', text: t('live.zoneNote') }),
      el('ul', { class: 'live-session-list' }, o.sessions.map(sessionView)));
  }
  root.append(calendarView());
  return root;
}

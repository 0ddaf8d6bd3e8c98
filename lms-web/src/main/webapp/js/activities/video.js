// Video activity (on the lesson page): plays the trainer's video (uploaded, served with range requests, or an https
// link) with optional WebVTT subtitles, resumes where the learner stopped, and reports what was actually played as
// "played" events {from, to[, position]}: every ~10 s while playing, and on pause, seek, end and when the page is
// left. The server merges the stretches and decides completion (skipping ahead counts nothing, replaying counts once);
// this script only shows its answer. Texts from the server go in with textContent.
import { api, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { t, getLang } from '../i18n.js';
import { el, clear } from '../ui.js';

const API_BASE = new URL('../../api/', import.meta.url);
const RATES = [0.75, 1, 1.25, 1.5, 2];

const state = {
  base: '', data: null, completed: false, justCompleted: false, reason: null, error: null, sendError: null, resumed: 0, statusBox: null,
  video: null, from: null, last: 0, timer: null, queue: Promise.resolve(), watched: [], onChange: () => {},
};

/**
 * Starts the player for an opened video activity ({@code activity} as GET .../activities/{id} gives it); onChange is
 * called with each event outcome ({completed, reason, progress}) so the page can update the course progress.
 */
export function startVideo(courseId, activityId, activity, onChange) {
  state.base = `courses/${encodeURIComponent(courseId)}/activities/${encodeURIComponent(activityId)}/`;
  state.data = activity.content?.data ?? {};
  state.completed = activity.completed === true;
  state.watched = (state.data.watched ?? []).map(([s, e]) => [Number(s), Number(e)]);
  state.onChange = onChange;
  state.video = buildVideo();
  // Leaving the page or hiding the tab: send what was played so far, even if the page is going away.
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush({ keepalive: true }); });
  window.addEventListener('pagehide', () => flush({ keepalive: true }));
}

/** Puts the player into the activity's placeholder ([data-video-player] in the server's HTML), keeping the <video>. */
export function mountVideo(article) {
  const host = article.querySelector('[data-video-player]') ?? article.appendChild(el('div', { class: 'video-activity' }));
  // Kept: the page appends the article after this returns, and later redraws find the box here.
  state.statusBox = el('div', { id: 'video-status', class: 'video-status', role: 'status', 'aria-live': 'polite' });
  clear(host).append(el('div', { class: 'video-frame' }, state.video), rateControl(), state.statusBox);
  drawStatus();
}

function apiUrl(path) {
  return new URL(state.base + path, API_BASE).href;
}

function sourceUrl() {
  const source = state.data.source ?? {};
  return source.kind === 'url' ? source.href : apiUrl(source.href ?? 'video');
}

function buildVideo() {
  const video = el('video', {
    id: 'video-player', controls: true, playsinline: true, preload: 'metadata',
    'aria-label': t('video.playerLabel'),
  });
  for (const s of state.data.subtitles ?? []) {
    video.append(el('track', { kind: 'subtitles', srclang: s.lang, label: s.label, src: apiUrl(s.href), default: s.lang === getLang() ? true : null }));
  }
  video.append(el('p', { text: t('video.noSupport') }));
  video.src = sourceUrl();
  video.addEventListener('loadedmetadata', resume, { once: true });
  // 'play' comes at once, with the exact start; 'playing' when frames flow (a first frame later, and after a
  // stall, when the stretch since the last report goes on; a seek has set its own start).
  video.addEventListener('play', () => { if (state.from == null) state.from = video.currentTime; });
  video.addEventListener('playing', () => {
    if (state.from == null) state.from = video.currentTime;
    state.last = video.currentTime;
    clearInterval(state.timer);
    state.timer = setInterval(() => report(), (Number(state.data.report?.everySeconds) || 10) * 1000);
  });
  video.addEventListener('timeupdate', () => { if (!video.seeking) state.last = video.currentTime; });
  video.addEventListener('pause', () => { stopTimer(); report(); state.from = null; });
  video.addEventListener('seeking', () => {
    // The stretch ends where playing stopped, not where the learner jumped to; the next one starts there.
    report({ to: state.last, position: video.currentTime });
    state.from = video.paused ? null : video.currentTime;
    state.last = video.currentTime;
  });
  video.addEventListener('ended', () => { stopTimer(); report({ to: video.duration || state.last }); state.from = null; });
  video.addEventListener('ratechange', () => {
    const max = Number(state.data.report?.maxPlaybackRate) || 2;
    if (video.playbackRate > max) video.playbackRate = max;
    const select = document.getElementById('video-rate');
    if (select) select.value = String(video.playbackRate);
  });
  video.addEventListener('error', showFailure);
  return video;
}

function resume() {
  const at = Number(state.data.resumeSeconds) || 0;
  if (at > 0 && at < (state.video.duration || Infinity)) {
    state.video.currentTime = at;
    state.last = at;
    state.resumed = at;
    drawStatus();
  }
}

function stopTimer() {
  clearInterval(state.timer);
  state.timer = null;
}

/** Sends the stretch played since the last report (from state.from to now, or to {to}); reports go out in order. */
function report({ to, position, keepalive = false } = {}) {
  if (state.from == null) return;
  const end = to ?? state.video.currentTime;
  const payload = { from: round(state.from), to: round(end) };
  if (position != null) payload.position = round(position);
  state.from = end;
  if (!(payload.to > payload.from) && payload.position == null) return;
  if (payload.to > payload.from) merge(payload.from, payload.to);
  drawStatus();
  if (keepalive) return beacon(payload);
  state.queue = state.queue.then(() => send(payload));
}

function flush({ keepalive }) {
  if (state.video && !state.video.paused) report({ keepalive });
}

async function send(payload) {
  try {
    const outcome = await api(`${state.base}events`, { method: 'POST', body: { type: state.data.report?.event ?? 'played', payload } });
    state.sendError = null;
    if (outcome?.reason) state.reason = outcome.reason;
    if (outcome?.completed && !state.completed) {
      state.completed = true;
      state.justCompleted = true;
    }
    state.onChange(outcome);
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.sendError = err;
  }
  drawStatus();
}

/** A report that must survive the page being closed: fetch with keepalive (our api() cannot), same headers. */
function beacon(payload) {
  fetch(apiUrl('events'), {
    method: 'POST', keepalive: true, credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'lms', 'Accept-Language': getLang() },
    body: JSON.stringify({ type: state.data.report?.event ?? 'played', payload }),
  }).catch(() => {});
}

const round = (s) => Math.round(Number(s) * 1000) / 1000;

/** The page's own copy of the watched stretches, for the bar; the server's figure (the reason text) decides. */
function merge(from, to) {
  const all = [...state.watched, [from, to]].sort((a, b) => a[0] - b[0]);
  const merged = [];
  for (const [s, e] of all) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  state.watched = merged;
}

function watchedPercent() {
  const duration = Number(state.data.durationSeconds) || 0;
  if (!duration) return 0;
  const seconds = state.watched.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, duration) - Math.max(s, 0)), 0);
  return Math.min(100, Math.floor((seconds / duration) * 100));
}

function rateControl() {
  const max = Number(state.data.report?.maxPlaybackRate) || 2;
  const select = el('select', { id: 'video-rate', onchange: (e) => { state.video.playbackRate = Number(e.target.value); } },
    ...RATES.filter((r) => r <= max).map((r) => el('option', { value: String(r), selected: r === state.video.playbackRate ? true : null, text: `${r}×` })));
  return el('p', { class: 'video-controls' }, el('label', { for: 'video-rate', text: t('video.rate') }), ' ', select);
}

/** A video that cannot play: say why (the server's problem for a stored file, e.g. a missing file), never a blank box. */
async function showFailure() {
  stopTimer();
  let text = state.data.messages?.unavailable ?? t('video.unavailable');
  if (state.data.source?.kind !== 'url') {
    try {
      const res = await fetch(sourceUrl(), { headers: { Range: 'bytes=0-0', Accept: 'application/problem+json', 'Accept-Language': getLang() }, credentials: 'same-origin' });
      if (res.status === 401) return redirectToLogin();
      if (!res.ok && /problem\+json/.test(res.headers.get('Content-Type') ?? '')) {
        const problem = await res.json();
        if (problem.detail) text = problem.detail;
      }
    } catch {
      text = t('error.network');
    }
  }
  state.error = text;
  drawStatus();
}

function drawStatus() {
  const box = state.statusBox;
  if (!box) return;
  const required = Number(state.data.completionPercent) || 90;
  const percent = Math.max(watchedPercent(), Number(state.data.watchedPercent) || 0);
  const parts = [];
  if (state.error) {
    // Nothing to play: the message takes the player's place.
    state.video.hidden = true;
    state.statusBox.parentNode?.querySelector('.video-controls')?.setAttribute('hidden', '');
    parts.push(el('p', { id: 'video-error', class: 'alert alert-error', role: 'alert', text: state.error }));
  }
  const fill = el('div', { class: 'progress-fill' });
  fill.style.width = `${percent}%`;
  parts.push(el('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': percent, 'aria-label': t('video.watchedLabel') }, fill),
    el('p', { id: 'video-progress', class: 'progress-text', text: t('video.watched', { percent, required }) }));
  if (state.resumed && !state.error) parts.push(el('p', { class: 'muted', text: t('video.resumed', { time: clock(state.resumed) }) }));
  if (state.completed) {
    parts.push(el('p', { id: 'video-complete', class: 'alert alert-success' }, el('span', { 'aria-hidden': 'true', text: '✓ ' }),
      t(state.justCompleted ? 'video.doneNow' : 'video.alreadyDone'), state.reason ? ` ${state.reason}` : ''));
  } else if (state.reason) {
    parts.push(el('p', { id: 'video-reason', class: 'muted', text: state.reason }));
  }
  if (state.sendError) parts.push(el('p', { class: 'alert alert-warning', text: t('video.reportFailed', { error: errorText(state.sendError) }) }));
  clear(box).append(...parts);
}

function clock(seconds) {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

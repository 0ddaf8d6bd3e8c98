// Video and subtitle files (trainers, administrators): upload a video (streamed, with a progress bar) or a WebVTT
// file, see why a file was refused, and list uploads with the id a course's video settings name. Attaching is done
// in the course document: {"type": "video", "settings": {"source": {"file": "<id>"}, ...}} (docs/content-format.md).
import { initPage, onRerender } from '../layout.js';
import { api, ApiError, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, getLang, formatDateTime } from '../i18n.js';

const main = document.getElementById('main');
const API_BASE = new URL('../../api/', import.meta.url);
const state = { library: null, error: null, video: { busy: false, percent: 0, result: null, error: null }, subtitles: { busy: false, result: null, error: null }, preview: null };

const user = await initPage({ nav: 'media', titleKey: 'media.title' });
if (!user) {
  redirectToLogin();
} else {
  onRerender(render);
  await load();
}

async function load() {
  showLoading(main);
  try {
    state.library = await api('media');
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

function size(bytes) {
  if (bytes >= 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * A video goes up with XMLHttpRequest: it reports upload progress, and a large file must not hit api()'s timeout.
 * The body is the File itself, so the browser streams it from disk.
 */
function uploadVideo(file) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', new URL(`media/videos?name=${encodeURIComponent(file.name)}`, API_BASE));
    xhr.setRequestHeader('X-Requested-With', 'lms');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', getLang());
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) {
        state.video.percent = Math.floor((e.loaded / e.total) * 100);
        drawVideoProgress();
      }
    });
    xhr.addEventListener('load', () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON: a proxy's page */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(body);
      const text = body?.detail || body?.title;
      reject(new ApiError(xhr.status, body, text ? { text } : { key: 'error.http.other', params: { status: xhr.status } }));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, null, { key: 'error.network' })));
    xhr.send(file);
  });
}

async function submitVideo(event) {
  event.preventDefault();
  const file = document.getElementById('video-file').files[0];
  if (!file) return;
  Object.assign(state.video, { busy: true, percent: 0, result: null, error: null });
  if (file.size > state.library.maxVideoBytes) {
    // Said before sending gigabytes; the server checks again.
    state.video.error = t('media.tooLarge', { max: size(state.library.maxVideoBytes) });
    state.video.busy = false;
    return render('video-result');
  }
  render();
  try {
    state.video.result = await uploadVideo(file);
    state.library = await api('media');
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.video.error = err;
  }
  state.video.busy = false;
  render('video-result');
}

async function submitSubtitles(event) {
  event.preventDefault();
  const file = document.getElementById('subtitles-file').files[0];
  if (!file) return;
  Object.assign(state.subtitles, { busy: true, result: null, error: null });
  render();
  try {
    state.subtitles.result = await api(`media/subtitles?name=${encodeURIComponent(file.name)}`, { method: 'POST', raw: file, contentType: 'text/vtt' });
    state.library = await api('media');
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.subtitles.error = err;
  }
  state.subtitles.busy = false;
  render('subtitles-result');
}

/** The outcome of an upload: the id, or every reason for a refusal (the problem's violations). */
function result(id, part) {
  if (part.error) {
    const reasons = part.error instanceof ApiError ? part.error.violations.map((v) => v.message) : [];
    return el('div', { id, class: 'alert alert-error', role: 'alert', tabindex: '-1' },
      el('p', { text: typeof part.error === 'string' ? part.error : errorText(part.error) }),
      reasons.length ? el('ul', {}, ...reasons.map((r) => el('li', { text: r }))) : '');
  }
  if (part.result) {
    return el('div', { id, class: 'alert alert-success', role: 'status', tabindex: '-1' },
      el('p', { text: t('media.uploaded', { id: part.result.id }) }),
      el('p', {}, el('code', { class: 'media-settings', text: example(part.result) })));
  }
  return el('div', { id });
}

function example(file) {
  return file.kind === 'VIDEO'
    ? JSON.stringify({ source: { file: file.id } })
    : JSON.stringify({ subtitles: [{ lang: 'ja', file: file.id, label: '日本語' }] });
}

function drawVideoProgress() {
  const bar = document.getElementById('video-upload-progress');
  if (!bar) return;
  bar.value = state.video.percent;
  bar.textContent = `${state.video.percent}%`;
  const label = document.getElementById('video-upload-label');
  if (label) label.textContent = t('media.uploading', { percent: state.video.percent });
}

function uploadForm({ prefix, titleKey, hintKey, max, accept, onsubmit, part }) {
  return el('section', { class: 'card', 'aria-labelledby': `${prefix}-title` },
    el('h2', { id: `${prefix}-title`, text: t(titleKey) }),
    el('form', { id: `${prefix}-form`, class: 'form', onsubmit },
      el('div', { class: 'field' },
        el('label', { for: `${prefix}-file`, text: t('media.file') }),
        el('input', { id: `${prefix}-file`, type: 'file', accept, required: true, 'aria-describedby': `${prefix}-hint` }),
        el('p', { id: `${prefix}-hint`, class: 'hint', text: t(hintKey, { max }) })),
      el('button', { type: 'submit', id: `${prefix}-upload`, class: 'button button-primary', disabled: part.busy, 'aria-busy': String(part.busy), text: t('media.upload') }),
      prefix === 'video' && part.busy
        ? el('p', {}, el('span', { id: 'video-upload-label', text: t('media.uploading', { percent: part.percent }) }), ' ',
          el('progress', { id: 'video-upload-progress', max: 100, value: part.percent, 'aria-labelledby': 'video-upload-label' }))
        : ''),
    result(`${prefix}-result`, part));
}

function listSection() {
  const files = state.library.files;
  const body = files.length
    ? el('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'media-list-title' }, el('table', { id: 'media-list', class: 'records' },
      el('thead', {}, el('tr', {}, ...['media.col.name', 'media.col.kind', 'media.col.size', 'media.col.uploadedAt', 'media.col.id', 'media.preview']
        .map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...files.map((f) => el('tr', { dataset: { id: f.id } },
        el('td', { text: f.displayName }),
        el('td', { class: 'nowrap', text: t(`media.kind.${f.kind}`) }),
        el('td', { class: 'nowrap', text: size(f.sizeBytes) }),
        el('td', { class: 'nowrap', text: formatDateTime(f.uploadedAt) }),
        el('td', {}, el('code', { class: 'media-id', text: f.id })),
        el('td', {}, f.kind === 'VIDEO'
          ? el('button', { type: 'button', class: 'button button-secondary', onclick: () => { state.preview = f; render('media-preview'); }, text: t('media.preview') })
          : el('a', { href: new URL(`media/${encodeURIComponent(f.id)}`, API_BASE).href, text: t('media.preview') })))))))
    : el('p', { class: 'muted', text: t('media.none') });
  const preview = state.preview
    ? el('figure', { id: 'media-preview', tabindex: '-1' },
      el('video', { controls: true, playsinline: true, preload: 'metadata', class: 'media-preview', src: new URL(`media/${encodeURIComponent(state.preview.id)}`, API_BASE).href }),
      el('figcaption', { text: state.preview.displayName }))
    : '';
  return el('section', { class: 'card', 'aria-labelledby': 'media-list-title' }, el('h2', { id: 'media-list-title', text: t('media.listTitle') }), preview, body);
}

function render(focusId) {
  clear(main);
  main.append(el('h1', { text: t('media.title') }));
  if (state.error) {
    main.append(errorBox(state.error));
    return;
  }
  if (!state.library) return;
  main.append(
    el('p', { text: t('media.intro') }),
    uploadForm({ prefix: 'video', titleKey: 'media.videoTitle', hintKey: 'media.videoHint', max: size(state.library.maxVideoBytes),
      accept: 'video/mp4,video/webm,.mp4,.webm,.m4v', onsubmit: submitVideo, part: state.video }),
    uploadForm({ prefix: 'subtitles', titleKey: 'media.subtitlesTitle', hintKey: 'media.subtitlesHint', max: size(state.library.maxSubtitleBytes),
      accept: '.vtt,text/vtt', onsubmit: submitSubtitles, part: state.subtitles }),
    listSection(),
  );
  if (typeof focusId === 'string') document.getElementById(focusId)?.focus();
}

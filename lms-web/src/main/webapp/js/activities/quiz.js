// Quiz activity (on the lesson page): the rules and past attempts, taking an attempt with a server-clock countdown
// and autosave, and the review the quiz's settings allow. Every text from the server that is HTML ({html}) was
// made safe by the server; everything else goes in with textContent.
import { api, ApiError, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { t, formatDateTime } from '../i18n.js';
import { el, clear } from '../ui.js';

const SAVE_DELAY_MS = 800;
const state = {
  base: '', overview: null, attempt: null, answers: {}, page: 0, error: null, busy: false,
  save: { status: 'idle', at: null, timer: null, inFlight: null, dirty: false, stale: false },
  clockOffset: 0, tick: null, onChange: () => {}, reportHref: null, preview: false, checking: null, checkError: null,
};

/**
 * Starts the quiz UI for an activity; {@code rerender} redraws the page (the quiz part comes from quizView()).
 * {@code showReport}: the user may see every learner's results (trainers, administrators): link to the report.
 */
export async function startQuiz(courseId, activityId, rerender, { showReport = false, preview = false } = {}) {
  // A trainer's preview uses the same shapes under …/quiz/preview; its attempts are never stored or counted.
  state.preview = preview;
  state.base = `courses/${encodeURIComponent(courseId)}/activities/${encodeURIComponent(activityId)}/quiz${preview ? '/preview' : ''}`;
  state.reportHref = showReport ? `quiz-report.html?course=${encodeURIComponent(courseId)}&activity=${encodeURIComponent(activityId)}` : null;
  state.onChange = rerender;
  window.addEventListener('beforeunload', (e) => {
    if (state.save.dirty || state.save.inFlight) { e.preventDefault(); e.returnValue = ''; }
  });
  await loadOverview();
}

async function call(path, options) {
  try {
    return await api(path, options);
  } catch (err) {
    if (isUnauthorized(err)) redirectToLogin();
    throw err;
  }
}

async function loadOverview() {
  try {
    state.overview = await call(state.base);
    state.attempt = null;
    state.error = null;
  } catch (err) {
    state.error = err;
  }
  state.onChange();
}

function useAttempt(view) {
  state.attempt = view;
  state.clockOffset = new Date(view.serverNow).getTime() - Date.now();
  state.answers = {};
  for (const q of view.questions) if (q.response) state.answers[q.slot] = q.response;
  state.save = { status: 'idle', at: null, timer: null, inFlight: null, dirty: false, stale: false };
  clearInterval(state.tick);
  if (view.state === 'IN_PROGRESS' && view.deadline) state.tick = setInterval(tick, 1000);
}

async function begin() {
  state.busy = true; state.onChange();
  try {
    useAttempt(await call(`${state.base}/attempts`, { method: 'POST', body: {} }));
    state.page = 0;
    state.error = null;
  } catch (err) {
    state.error = err;
  }
  state.busy = false; state.onChange();
  document.getElementById('quiz-heading')?.focus();
}

async function openAttempt(id) {
  try {
    useAttempt(await call(`${state.base}/attempts/${encodeURIComponent(id)}`));
    state.error = null;
  } catch (err) {
    state.error = err;
  }
  state.onChange();
}

// ---- autosave ----------------------------------------------------------------------------------------------

function answer(slot, response) {
  state.answers[slot] = response;
  state.save.dirty = true;
  state.save.status = 'pending';
  clearTimeout(state.save.timer);
  state.save.timer = setTimeout(saveNow, SAVE_DELAY_MS);
  drawSaveStatus();
  drawNavigator();
  const check = document.getElementById(`q${slot}-check`);
  if (check) check.disabled = state.checking != null || !isAnswered(slot);
}

async function saveNow() {
  clearTimeout(state.save.timer);
  if (!state.save.dirty || state.save.stale || !state.attempt) return;
  if (state.save.inFlight) return state.save.inFlight.then(saveNow);
  state.save.dirty = false;
  state.save.status = 'saving';
  drawSaveStatus();
  state.save.inFlight = (async () => {
    try {
      const r = await call(`${state.base}/attempts/${encodeURIComponent(state.attempt.id)}/answers`,
        { method: 'PUT', body: { revision: state.attempt.revision, answers: state.answers } });
      state.attempt.revision = r.revision;
      state.save.status = 'saved';
      state.save.at = new Date().toISOString();
    } catch (err) {
      state.save.dirty = true;
      if (err instanceof ApiError && err.status === 409 && err.problem?.type === '/problems/quiz.stale-answers') {
        state.save.stale = true;
        state.save.status = 'stale';
      } else if (err instanceof ApiError && err.status === 409) {
        // Time up or already submitted elsewhere: show the attempt as the server has it.
        state.save.dirty = false;
        await openAttempt(state.attempt.id);
        return;
      } else {
        state.save.status = 'failed';
        state.save.timer = setTimeout(saveNow, 5000); // offline: try again
      }
    } finally {
      state.save.inFlight = null;
    }
    drawSaveStatus();
  })();
  return state.save.inFlight;
}

function drawSaveStatus() {
  const box = document.getElementById('quiz-save-status');
  if (!box) return;
  const s = state.save;
  const text = {
    idle: t('quiz.saveIdle'), pending: t('quiz.savePending'), saving: t('quiz.saving'),
    saved: t('quiz.saved', { time: s.at ? formatDateTime(s.at) : '' }), failed: t('quiz.saveFailed'), stale: t('quiz.saveStale'),
  }[s.status];
  box.className = `quiz-save quiz-save-${s.status}`;
  box.textContent = text;
  document.getElementById('quiz-reload')?.toggleAttribute('hidden', s.status !== 'stale');
}

// ---- timer -------------------------------------------------------------------------------------------------

function msLeft() {
  return new Date(state.attempt.deadline).getTime() - (Date.now() + state.clockOffset);
}

function tick() {
  const box = document.getElementById('quiz-timer');
  if (!state.attempt || state.attempt.state !== 'IN_PROGRESS') return clearInterval(state.tick);
  const left = msLeft();
  if (box) {
    const s = Math.max(0, Math.floor(left / 1000));
    const mm = String(Math.floor(s / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    box.querySelector('.quiz-timer-left').textContent = t('quiz.timeLeft', { time: `${mm}:${ss}` });
    box.classList.toggle('quiz-timer-low', s <= 60);
  }
  if (left <= 0) {
    clearInterval(state.tick);
    submit(true);
  }
}

// ---- submitting ----------------------------------------------------------------------------------------------

async function submit(timeUp = false) {
  if (!timeUp) {
    const unanswered = state.attempt.questions.filter((q) => !isAnswered(q.slot)).length;
    const message = unanswered ? t('quiz.confirmSubmitUnanswered', { count: unanswered }) : t('quiz.confirmSubmit');
    if (!window.confirm(message)) return;
  }
  state.busy = true; state.onChange();
  try {
    await saveNow();
    useAttempt(await call(`${state.base}/attempts/${encodeURIComponent(state.attempt.id)}/submit`, { method: 'POST', body: {} }));
    state.overview = await call(state.base);
    state.error = null;
  } catch (err) {
    state.error = err;
  }
  state.busy = false; state.onChange();
  document.getElementById('quiz-heading')?.focus();
}

// ---- immediate feedback: checking one question ----------------------------------------------------------------

/** What the page shows as the answer: an ordering question left as shown is an answer too. */
function currentResponse(q) {
  if (state.answers[q.slot]) return state.answers[q.slot];
  if (q.type === 'ordering') return { order: (q.presentation?.items ?? []).map((it) => it.id) };
  return {};
}

async function checkQuestion(q) {
  state.checking = q.slot;
  state.checkError = null;
  state.onChange();
  const id = state.attempt.id;
  try {
    await saveNow(); // the check is based on the saved revision: save pending edits first
    if (state.save.stale) throw new ApiError(409, { type: '/problems/quiz.stale-answers' }, { key: 'quiz.saveStale' });
    const r = await call(`${state.base}/attempts/${encodeURIComponent(id)}/check`,
      { method: 'POST', body: { revision: state.attempt.revision, slot: q.slot, response: currentResponse(q) } });
    state.attempt.revision = r.revision;
    state.attempt.questions = state.attempt.questions.map((x) => (x.slot === q.slot ? r.question : x));
    if (r.question.response) state.answers[q.slot] = r.question.response;
  } catch (err) {
    const type = err instanceof ApiError ? err.problem?.type : null;
    if (type === '/problems/quiz.time-up' || type === '/problems/quiz.attempt-finished') {
      state.checking = null;
      await openAttempt(id);
      return;
    }
    if (type === '/problems/quiz.stale-answers') {
      state.save.stale = true;
      state.save.status = 'stale';
    }
    state.checkError = { slot: q.slot, err };
  }
  state.checking = null;
  state.onChange();
  document.getElementById(`q${q.slot}-result`)?.focus();
}

function isAnswered(slot) {
  const r = state.answers[slot];
  if (!r) return false;
  if ('text' in r) return r.text.trim() !== '';
  if ('choices' in r) return r.choices.length > 0;
  if ('pairs' in r) return Object.keys(r.pairs).length > 0;
  return true;
}

// ---- views ---------------------------------------------------------------------------------------------------

/** The quiz part of the lesson page, drawn from the current state. */
export function quizView() {
  const section = el('section', { id: 'quiz', class: `quiz${state.preview ? ' quiz-preview' : ''}`, 'aria-labelledby': 'quiz-heading' });
  if (state.preview) section.append(el('p', { class: 'alert alert-warning', id: 'quiz-preview-note', text: t('quiz.preview.note') }));
  if (state.error) section.append(el('div', { class: 'alert alert-error', role: 'alert', id: 'quiz-error' }, el('p', { text: errorText(state.error) })));
  if (!state.overview && !state.attempt) {
    section.append(el('p', { class: 'loading', role: 'status', text: t('common.loading') }));
  } else if (state.attempt?.state === 'IN_PROGRESS') {
    section.append(...attemptView(state.attempt));
  } else if (state.attempt) {
    section.append(...reviewView(state.attempt));
  } else {
    section.append(...overviewView(state.overview));
  }
  return section;
}

function rulesList(rules) {
  const rows = [
    [t('quiz.rule.questions'), t('quiz.rule.questionsValue', { count: rules.questions })],
    [t('quiz.rule.timeLimit'), rules.timeLimitMinutes ? t('quiz.rule.minutes', { minutes: rules.timeLimitMinutes }) : t('quiz.rule.noLimit')],
    [t('quiz.rule.attempts'), rules.attemptsAllowed ? t('quiz.rule.attemptsValue', { count: rules.attemptsAllowed }) : t('quiz.rule.unlimited')],
    [t('quiz.rule.pass'), t('quiz.rule.passValue', { percent: rules.passPercent })],
    [t('quiz.rule.grading'), t(`quiz.grading.${rules.grading}`)],
  ];
  if (rules.opensAt) rows.push([t('quiz.rule.opens'), formatDateTime(rules.opensAt)]);
  if (rules.closesAt) rows.push([t('quiz.rule.closes'), formatDateTime(rules.closesAt)]);
  return el('dl', { class: 'quiz-rules', id: 'quiz-rules' }, ...rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
}

function overviewView(o) {
  const parts = [el('h2', { id: 'quiz-heading', tabindex: '-1', text: t('quiz.title') }), rulesList(o.rules)];
  if (state.reportHref) {
    parts.push(el('p', {}, el('a', { class: 'button button-secondary', id: 'quiz-report-link', href: state.reportHref, text: t('quiz.report.open') })));
  }
  if (o.quizPercent != null) {
    parts.push(el('p', { id: 'quiz-grade', class: `alert ${o.passed ? 'alert-success' : 'alert-warning'}`,
      text: t(o.passed ? 'quiz.gradePassed' : 'quiz.gradeNotPassed', { percent: o.quizPercent }) }));
  }
  if (o.attempts.length) {
    parts.push(el('div', { class: 'table-scroll' }, el('table', { class: 'records', id: 'quiz-attempts' },
      el('caption', { text: t('quiz.attemptsCaption') }),
      el('thead', {}, el('tr', {}, ...['quiz.col.number', 'quiz.col.started', 'quiz.col.finished', 'quiz.col.grade', 'quiz.col.review']
        .map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...o.attempts.map((a) => el('tr', {},
        el('td', { text: String(a.number) }),
        el('td', { text: formatDateTime(a.startedAt) }),
        el('td', { text: a.finishedAt ? formatDateTime(a.finishedAt) : t('quiz.inProgress') }),
        el('td', { text: a.needsGrading ? t('quiz.needsGrading') : a.percent != null ? `${a.percent}%${a.passed ? ` (${t('quiz.passed')})` : ''}` : '—' }),
        el('td', {}, a.state === 'FINISHED' ? el('button', { type: 'button', class: 'button button-secondary button-small',
          onclick: () => openAttempt(a.id), text: t('quiz.review') }) : ''),
      ))))));
  }
  if (o.attemptInProgress) {
    parts.push(el('button', { type: 'button', id: 'quiz-start', class: 'button button-primary', disabled: state.busy, onclick: begin, text: t('quiz.resume') }));
  } else if (o.canStart) {
    parts.push(el('p', { class: 'muted', text: t(state.preview ? 'quiz.preview.hint' : 'quiz.startHint') }),
      el('button', { type: 'button', id: 'quiz-start', class: 'button button-primary', disabled: state.busy, onclick: begin,
        text: t(state.preview ? 'quiz.preview.start' : o.attempts.length ? 'quiz.startAgain' : 'quiz.start') }));
  } else if (o.cannotStartReason) {
    parts.push(el('p', { id: 'quiz-cannot-start', class: 'alert alert-info', text: t(`quiz.reason.${o.cannotStartReason}`) }));
  }
  return parts;
}

function attemptView(a) {
  const perPage = a.questionsPerPage || a.questions.length;
  const pages = Math.ceil(a.questions.length / perPage);
  state.page = Math.min(state.page, pages - 1);
  const shown = a.questions.slice(state.page * perPage, (state.page + 1) * perPage);
  const bar = el('div', { class: 'quiz-bar', role: 'region', 'aria-label': t('quiz.statusRegion') },
    a.deadline ? el('p', { id: 'quiz-timer', class: 'quiz-timer', role: 'timer' },
      el('span', { class: 'quiz-timer-left' }), ' ', el('span', { class: 'muted', text: t('quiz.deadline', { time: formatDateTime(a.deadline) }) })) : '',
    el('p', { id: 'quiz-save-status', class: 'quiz-save', 'aria-live': 'polite' }),
    el('button', { type: 'button', id: 'quiz-reload', class: 'button button-small', hidden: true, onclick: () => openAttempt(a.id), text: t('quiz.reload') }));
  const form = el('form', { id: 'quiz-form', class: 'quiz-questions', novalidate: true, onsubmit: (e) => e.preventDefault() },
    ...shown.map((q) => questionView(q, a.questions.indexOf(q) + 1, a.questions.length)));
  const nav = el('div', { class: 'actions quiz-pager' },
    state.page > 0 ? el('button', { type: 'button', id: 'quiz-prev', class: 'button', onclick: () => goTo(state.page - 1), text: t('quiz.prev') }) : '',
    state.page < pages - 1 ? el('button', { type: 'button', id: 'quiz-next', class: 'button button-primary', onclick: () => goTo(state.page + 1), text: t('quiz.next') }) : '',
    el('button', { type: 'button', id: 'quiz-submit', class: state.page === pages - 1 ? 'button button-primary' : 'button',
      disabled: state.busy, onclick: () => submit(false), text: t('quiz.submit') }));
  const parts = [el('h2', { id: 'quiz-heading', tabindex: '-1', text: t('quiz.attemptTitle', { number: a.number }) }), bar, form, nav];
  if (pages > 1) parts.push(el('nav', { class: 'quiz-navigator', id: 'quiz-navigator', 'aria-label': t('quiz.navigator') }));
  setTimeout(() => { tick(); drawSaveStatus(); drawNavigator(); }, 0);
  return parts;
}

function goTo(page) {
  saveNow();
  state.page = page;
  state.onChange();
  document.getElementById('quiz-heading')?.focus();
}

function drawNavigator() {
  const nav = document.getElementById('quiz-navigator');
  if (!nav || !state.attempt) return;
  const perPage = state.attempt.questionsPerPage || state.attempt.questions.length;
  clear(nav).append(...state.attempt.questions.map((q, i) => {
    const page = Math.floor(i / perPage);
    return el('button', { type: 'button', class: `quiz-nav-item${isAnswered(q.slot) ? ' is-answered' : ''}${page === state.page ? ' is-current' : ''}`,
      'aria-label': t(isAnswered(q.slot) ? 'quiz.navAnswered' : 'quiz.navOpen', { number: i + 1 }),
      'aria-current': page === state.page ? 'step' : null, onclick: () => goTo(page), text: String(i + 1) });
  }));
}

function html(node, value) {
  node.innerHTML = value?.html ?? value ?? ''; // server-rendered, safe
  return node;
}

function questionView(q, number, total) {
  const id = `q${q.slot}`;
  const box = el('fieldset', { class: `card quiz-question${q.checked && q.correctness ? ` is-${q.correctness}` : ''}`,
    id: `question-${q.slot}`, 'data-type': q.type });
  box.append(el('legend', { class: 'quiz-question-number', text: t('quiz.questionNumber', { number, total }) }),
    html(el('div', { class: 'quiz-question-text', id: `${id}-text` }), q.text),
    q.mark != null ? el('p', { class: 'muted', text: t('quiz.mark', { mark: q.mark }) }) : '');
  const input = inputFor(q, id);
  if (q.checked) {
    // Checked: the answer is final; the server refuses changes too.
    input.querySelectorAll('input, select, textarea, button').forEach((c) => { c.disabled = true; });
  }
  box.append(input);
  if (state.attempt?.feedback === 'immediate' && q.type !== 'essay') {
    const failed = state.checkError?.slot === q.slot ? state.checkError.err : null;
    if (failed) box.append(el('p', { class: 'alert alert-error', role: 'alert', text: errorText(failed) }));
    if (q.checked) {
      box.append(el('div', { class: 'quiz-check-result', id: `${id}-result`, tabindex: '-1', role: 'status' },
        el('p', { class: 'muted', text: t('quiz.check.done') }), ...resultParts(q)));
    } else {
      box.append(el('p', { class: 'actions' }, el('button', { type: 'button', class: 'button', id: `${id}-check`,
        disabled: state.checking != null || (q.type !== 'ordering' && !isAnswered(q.slot)),
        'aria-describedby': `${id}-check-hint`, onclick: () => checkQuestion(q), text: t('quiz.check.button') }),
      el('span', { class: 'muted', id: `${id}-check-hint`, text: t('quiz.check.hint') })));
    }
  }
  return box;
}

function inputFor(q, id) {
  const p = q.presentation ?? {};
  const r = state.answers[q.slot] ?? {};
  switch (q.type) {
    case 'single-choice':
    case 'multiple-response': {
      const multi = q.type === 'multiple-response';
      const chosen = new Set(multi ? r.choices ?? [] : r.choice ? [r.choice] : []);
      return el('div', { class: 'quiz-choices', role: multi ? 'group' : 'radiogroup', 'aria-labelledby': `${id}-text` },
        multi ? el('p', { class: 'muted', text: t('quiz.chooseAll') }) : '',
        ...p.choices.map((c, i) => el('div', { class: 'check quiz-choice' },
          el('input', { type: multi ? 'checkbox' : 'radio', name: id, id: `${id}-c${i}`, value: c.id, checked: chosen.has(c.id),
            onchange: (e) => {
              if (multi) {
                const set = new Set(state.answers[q.slot]?.choices ?? []);
                e.target.checked ? set.add(c.id) : set.delete(c.id);
                answer(q.slot, { choices: [...set] });
              } else {
                answer(q.slot, { choice: c.id });
              }
            } }),
          html(el('label', { for: `${id}-c${i}` }), c.text))));
    }
    case 'true-false':
      return el('div', { class: 'quiz-choices', role: 'radiogroup', 'aria-labelledby': `${id}-text` },
        ...[true, false].map((v) => el('div', { class: 'check quiz-choice' },
          el('input', { type: 'radio', name: id, id: `${id}-${v}`, checked: r.answer === v, onchange: () => answer(q.slot, { answer: v }) }),
          el('label', { for: `${id}-${v}`, text: t(v ? 'quiz.true' : 'quiz.false') }))));
    case 'short-answer':
    case 'numeric':
      return el('div', { class: 'field' },
        el('label', { for: `${id}-answer`, class: 'label-text', text: t('quiz.yourAnswer') }),
        el('input', { type: 'text', id: `${id}-answer`, value: r.text ?? '', autocomplete: 'off', inputmode: q.type === 'numeric' ? 'decimal' : null,
          oninput: (e) => answer(q.slot, { text: e.target.value }) }),
        q.type === 'numeric' && p.units?.length ? el('p', { class: 'muted', text: t('quiz.units', { units: p.units.join('、') }) }) : '');
    case 'essay':
      return el('div', { class: 'field' },
        el('label', { for: `${id}-answer`, class: 'label-text', text: t('quiz.yourAnswer') }),
        el('textarea', { id: `${id}-answer`, rows: 8, oninput: (e) => answer(q.slot, { text: e.target.value }) }, r.text ?? p.responseTemplate ?? ''));
    case 'matching': {
      const pairs = r.pairs ?? {};
      return el('div', { class: 'quiz-matching' }, ...p.stems.map((s, i) => el('div', { class: 'field quiz-pair' },
        html(el('label', { for: `${id}-m${i}`, class: 'label-text' }), s.text),
        el('select', { id: `${id}-m${i}`, onchange: (e) => {
          const next = { ...(state.answers[q.slot]?.pairs ?? {}) };
          if (e.target.value) next[s.id] = e.target.value; else delete next[s.id];
          answer(q.slot, { pairs: next });
        } },
        el('option', { value: '', text: t('quiz.choose') }),
        ...p.answers.map((a) => el('option', { value: a.id, selected: pairs[s.id] === a.id, text: textOf(a.text) }))))));
    }
    case 'ordering': {
      const byId = Object.fromEntries(p.items.map((it) => [it.id, it]));
      const order = r.order ?? p.items.map((it) => it.id);
      const move = (from, to) => {
        const next = [...order];
        next.splice(to, 0, next.splice(from, 1)[0]);
        answer(q.slot, { order: next });
        state.onChange();
        document.getElementById(`${id}-o${to}-${to < from ? 'up' : 'down'}`)?.focus();
      };
      return el('div', {}, el('p', { class: 'muted', text: t('quiz.orderHint') }),
        el('ol', { class: 'quiz-ordering', id: `${id}-order` }, ...order.map((itemId, i) => el('li', { class: 'quiz-order-item' },
          html(el('span', { class: 'quiz-order-text' }), byId[itemId].text),
          el('span', { class: 'quiz-order-buttons' },
            el('button', { type: 'button', class: 'button button-small', id: `${id}-o${i}-up`, disabled: i === 0,
              'aria-label': t('quiz.moveUp', { item: textOf(byId[itemId].text) }), onclick: () => move(i, i - 1), text: '↑' }),
            el('button', { type: 'button', class: 'button button-small', id: `${id}-o${i}-down`, disabled: i === order.length - 1,
              'aria-label': t('quiz.moveDown', { item: textOf(byId[itemId].text) }), onclick: () => move(i, i + 1), text: '↓' }))))));
    }
    default:
      return el('p', { class: 'alert alert-warning', text: t('quiz.unknownType', { type: q.type }) });
  }
}

/** Plain text of a server-rendered snippet (for <option> and labels, which cannot hold markup). */
function textOf(value) {
  const div = document.createElement('div');
  div.innerHTML = value?.html ?? '';
  return div.textContent.trim();
}

function responseText(q) {
  const p = q.presentation ?? {};
  const r = q.response;
  if (!r) return t('quiz.noAnswer');
  const choice = (cid) => textOf(p.choices?.find((c) => c.id === cid)?.text);
  switch (q.type) {
    case 'single-choice': return choice(r.choice);
    case 'multiple-response': return (r.choices ?? []).map(choice).join('、') || t('quiz.noAnswer');
    case 'true-false': return t(r.answer ? 'quiz.true' : 'quiz.false');
    case 'matching': return p.stems.map((s) => `${textOf(s.text)} → ${textOf(p.answers.find((a) => a.id === r.pairs?.[s.id])?.text) || '—'}`).join(' / ');
    case 'ordering': return (r.order ?? []).map((oid) => textOf(p.items.find((it) => it.id === oid)?.text)).join(' → ');
    default: return r.text ?? '';
  }
}

/** What the server sent about a graded question (it sends only what review allows now). */
function resultParts(q) {
  const parts = [];
  if (q.awaitingGrading) parts.push(el('p', { class: 'badge quiz-awaiting', text: t('quiz.awaitingThisQuestion') }));
  else if (q.correctness) parts.push(el('p', { class: `badge quiz-correctness-${q.correctness}`, text: t(`quiz.correctness.${q.correctness}`) }));
  if (q.marks != null) parts.push(el('p', { class: 'muted', text: t('quiz.marksEarned', { marks: q.marks, mark: q.mark }) }));
  if (q.rightAnswer) parts.push(el('p', {}, el('strong', { text: `${t('quiz.rightAnswer')}: ` }), q.rightAnswer));
  for (const f of q.feedback ?? []) parts.push(html(el('div', { class: 'quiz-feedback' }), f));
  // The trainer's comment is plain text: shown as text.
  if (q.comment) parts.push(el('div', { class: 'quiz-feedback quiz-comment' }, el('strong', { text: `${t('quiz.gradersComment')}: ` }),
    el('span', { class: 'quiz-comment-text', text: q.comment })));
  return parts;
}

function reviewView(a) {
  const parts = [el('h2', { id: 'quiz-heading', tabindex: '-1', text: t('quiz.reviewTitle', { number: a.number }) })];
  if (a.needsGrading) parts.push(el('p', { class: 'alert alert-info', text: t('quiz.awaitingGrading') }));
  if (a.percent != null) {
    parts.push(el('p', { id: 'quiz-result', class: `alert ${a.passed ? 'alert-success' : 'alert-warning'}`, role: 'status',
      text: t(a.passed ? 'quiz.resultPassed' : 'quiz.resultNotPassed', { marks: a.marks, max: a.maxMarks, percent: a.percent }) }));
  } else if (!a.needsGrading) {
    parts.push(el('p', { class: 'alert alert-info', text: t('quiz.resultHidden') }));
  }
  a.questions.forEach((q, i) => {
    const card = el('article', { class: `card quiz-review${q.correctness ? ` is-${q.correctness}` : ''}`, id: `review-${q.slot}` },
      el('h3', { text: t('quiz.questionNumber', { number: i + 1, total: a.questions.length }) }),
      html(el('div', { class: 'quiz-question-text' }), q.text));
    if (a.reveals.includes('responses')) card.append(el('p', {}, el('strong', { text: `${t('quiz.yourAnswer')}: ` }), responseText(q)));
    card.append(...resultParts(q));
    parts.push(card);
  });
  parts.push(el('p', { class: 'actions' }, el('button', { type: 'button', id: 'quiz-back', class: 'button', onclick: loadOverview, text: t('quiz.backToOverview') })));
  return parts;
}

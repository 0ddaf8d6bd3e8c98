// Quiz settings (quiz-settings.html?course=..&activity=..), for trainers: build the quiz from the question bank
// (which categories or tags its questions come from, and how many of each, with the number the bank holds, or
// questions picked one by one) and set
// its rules: time limit, attempts, grading, pass mark, dates (JST), pages, shuffling, feedback, review options and
// completion. Saved against the revision read, so a trainer never overwrites a colleague's change unseen.
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, ApiError, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { t, pick, fromJstInput, toJstInput } from '../i18n.js';
import { el, clear, showLoading, errorBox, breadcrumb, activityTitle } from '../ui.js';

const main = document.getElementById('main');
const params = new URLSearchParams(location.search);
const courseId = params.get('course');
const activityId = params.get('activity');
const enc = encodeURIComponent;
const PHASES = ['during', 'immediately', 'later', 'afterClose'];
const REVEALS = ['responses', 'correctness', 'marks', 'rightAnswer', 'feedback'];
const state = { course: null, bank: [], current: null, form: null, error: null, saveError: null, notice: null, saving: false };

const user = await initPage({ titleKey: 'quiz.settings.title' });
if (!user) {
  redirectToLogin();
} else if (!courseId || !activityId) {
  state.error = new ApiError(400, null, { key: 'error.missingParam' });
  render();
} else {
  onRerender(render);
  showLoading(main);
  await load();
}

function path() {
  return `courses/${enc(courseId)}/activities/${enc(activityId)}/quiz/settings`;
}

async function load() {
  try {
    const [course, current, bank] = await Promise.all([api(`courses/${enc(courseId)}`), api(path()), api('quiz/bank/questions')]);
    Object.assign(state, { course, current, bank, form: formOf(current.settings), error: null });
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

/** The form's state from stored settings; absent keys take the quiz's defaults (docs/quiz-engine.md). */
function formOf(s) {
  const review = {};
  for (const phase of PHASES) {
    const given = s.review?.[phase];
    review[phase] = new Set(given ?? (phase === 'during' ? (s.feedback === 'immediate' ? REVEALS : []) : REVEALS));
  }
  return {
    draws: (s.draw ?? []).map((d) => (d.question ? { by: 'question', value: d.question, count: 1 }
      : { by: d.tag ? 'tag' : 'category', value: d.tag || d.category || '', count: d.count ?? 0 })),
    timeLimitMinutes: s.timeLimitMinutes ?? 0, graceSeconds: s.graceSeconds ?? 60, attempts: s.attempts ?? 0,
    grading: s.grading ?? 'highest', passPercent: s.passPercent ?? 60, opensAt: toJstInput(s.opensAt), closesAt: toJstInput(s.closesAt),
    questionsPerPage: s.questionsPerPage ?? 0, shuffleQuestions: s.shuffleQuestions ?? true, shuffleChoices: s.shuffleChoices ?? true,
    feedback: s.feedback ?? 'deferred', completion: s.completion ?? 'passed', review,
  };
}

/** The settings to store: the stored ones with the form's fields written over them (other keys are kept). */
function settingsOf(f) {
  const review = {};
  for (const phase of PHASES) review[phase] = REVEALS.filter((r) => f.review[phase].has(r));
  const s = {
    ...state.current.settings,
    draw: f.draws.map((d) => ({ [d.by]: d.value, ...(d.by === 'question' ? {} : { count: Number(d.count) }) })),
    timeLimitMinutes: Number(f.timeLimitMinutes), graceSeconds: Number(f.graceSeconds), attempts: Number(f.attempts), grading: f.grading,
    passPercent: Number(f.passPercent), questionsPerPage: Number(f.questionsPerPage), shuffleQuestions: f.shuffleQuestions,
    shuffleChoices: f.shuffleChoices, feedback: f.feedback, completion: f.completion, review,
  };
  delete s.opensAt;
  delete s.closesAt;
  if (f.opensAt) s.opensAt = fromJstInput(f.opensAt);
  if (f.closesAt) s.closesAt = fromJstInput(f.closesAt);
  return s;
}

/** Bank questions a draw can take: under a category (the path or below it), carrying a tag, or the one chosen. */
function matching(by, value) {
  if (!value) return 0;
  const takes = {
    tag: (q) => (q.tags ?? []).includes(value),
    category: (q) => q.category === value || q.category?.startsWith(`${value}/`),
    question: (q) => q.id === value,
  }[by];
  return state.bank.filter(takes).length;
}

/** A bank question as the trainer knows it: its name, then its category. */
function questionLabel(q) {
  return q.category ? `${q.name} (${q.category})` : q.name;
}

/** Every category path and each of its parents, and every tag, with how many questions each holds. */
function choices(by) {
  const values = new Set();
  for (const q of state.bank) {
    if (by === 'tag') (q.tags ?? []).forEach((tag) => values.add(tag));
    else if (q.category) q.category.split('/').forEach((_, i, parts) => values.add(parts.slice(0, i + 1).join('/')));
  }
  return [...values].sort((a, b) => a.localeCompare(b, 'ja'));
}

async function save(event) {
  event.preventDefault();
  state.saving = true;
  state.saveError = null;
  state.notice = null;
  render();
  try {
    state.current = await api(path(), { method: 'PUT', body: { basedOnRevision: state.current.revision, settings: settingsOf(state.form) } });
    state.form = formOf(state.current.settings);
    state.notice = t('quiz.settings.saved');
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.saveError = err;
  }
  state.saving = false;
  render();
  document.getElementById('settings-status')?.focus();
}

function field(id, labelKey, input, hintKey) {
  return el('div', { class: 'field' }, el('label', { for: id, class: 'label-text', text: t(labelKey) }), input,
    hintKey ? el('p', { class: 'hint', id: `${id}-hint`, text: t(hintKey) }) : null);
}

function numberInput(id, key, min, max) {
  return el('input', { id, type: 'number', inputmode: 'numeric', min, max, step: 1, value: state.form[key], oninput: (e) => { state.form[key] = e.target.value; } });
}

function select(id, key, values) {
  return el('select', { id, onchange: (e) => { state.form[key] = e.target.value; render(); } },
    values.map((v) => el('option', { value: v, selected: state.form[key] === v, text: t(`quiz.settings.${key}.${v}`) })));
}

function checkbox(id, key) {
  return el('label', { class: 'checkbox', for: id }, el('input', { id, type: 'checkbox', checked: state.form[key], onchange: (e) => { state.form[key] = e.target.checked; } }), ` ${t(`quiz.settings.${key}`)}`);
}

function drawsSection() {
  const f = state.form;
  const rows = f.draws.map((d, i) => {
    const chosen = d.by === 'question';
    const options = chosen
      ? [...state.bank].sort((a, b) => questionLabel(a).localeCompare(questionLabel(b), 'ja')).map((q) => ({ value: q.id, text: questionLabel(q) }))
      : choices(d.by).map((v) => ({ value: v, text: t('quiz.settings.optionCount', { value: v, n: matching(d.by, v) }) }));
    const available = matching(d.by, d.value);
    const short = chosen ? Boolean(d.value) && available === 0 : Number(d.count) > available;
    const status = !d.value ? '' : chosen ? (short ? t('quiz.settings.questionMissing') : '')
      : t(short ? 'quiz.settings.tooFew' : 'quiz.settings.available', { n: available });
    return el('li', { class: 'draw-row', 'data-draw': String(i) },
      el('div', { class: 'field' }, el('label', { for: `draw-by-${i}`, class: 'label-text', text: t('quiz.settings.drawBy') }),
        el('select', { id: `draw-by-${i}`, onchange: (e) => { d.by = e.target.value; d.value = ''; d.count = d.by === 'question' ? 1 : 0; render(); } },
          ['category', 'tag', 'question'].map((by) => el('option', { value: by, selected: d.by === by, text: t(`quiz.settings.drawBy.${by}`) })))),
      el('div', { class: chosen ? 'field draw-question' : 'field' }, el('label', { for: `draw-value-${i}`, class: 'label-text', text: t(chosen ? 'quiz.settings.question' : `quiz.settings.drawBy.${d.by}`) }),
        el('select', { id: `draw-value-${i}`, onchange: (e) => { d.value = e.target.value; render(); } },
          el('option', { value: '', text: t('quiz.settings.choose') }),
          options.map((o) => el('option', { value: o.value, selected: d.value === o.value, text: o.text })))),
      chosen ? null : el('div', { class: 'field' }, el('label', { for: `draw-count-${i}`, class: 'label-text', text: t('quiz.settings.drawCount') }),
        el('input', { id: `draw-count-${i}`, type: 'number', min: 0, max: 200, step: 1, value: d.count, 'aria-describedby': `draw-available-${i}`,
          oninput: (e) => { d.count = e.target.value; } })),
      el('p', { id: `draw-available-${i}`, class: short ? 'alert alert-error' : 'muted', role: short ? 'alert' : null, text: status }),
      el('button', { type: 'button', class: 'button button-secondary', id: `draw-remove-${i}`, disabled: f.draws.length === 1,
        onclick: () => { f.draws.splice(i, 1); render(); }, text: t('quiz.settings.drawRemove') }));
  });
  return el('fieldset', { class: 'card', id: 'settings-draws' },
    el('legend', { text: t('quiz.settings.drawsHeading') }),
    el('p', { class: 'muted', text: t('quiz.settings.drawsIntro') }),
    el('ol', { class: 'draw-list' }, rows),
    el('button', { type: 'button', class: 'button button-secondary', id: 'draw-add', onclick: () => { f.draws.push({ by: 'category', value: '', count: 0 }); render(); document.getElementById(`draw-by-${f.draws.length - 1}`)?.focus(); },
      text: t('quiz.settings.drawAdd') }));
}

function reviewSection() {
  const f = state.form;
  const cell = (phase, r) => el('td', {}, el('input', {
    type: 'checkbox', id: `review-${phase}-${r}`, checked: f.review[phase].has(r),
    'aria-label': `${t(`quiz.settings.phase.${phase}`)}: ${t(`quiz.settings.reveal.${r}`)}`,
    onchange: (e) => { if (e.target.checked) f.review[phase].add(r); else f.review[phase].delete(r); },
  }));
  const head = el('tr', {}, el('th', { scope: 'col', text: t('quiz.settings.reviewPhase') }),
    REVEALS.map((r) => el('th', { scope: 'col', text: t(`quiz.settings.reveal.${r}`) })));
  const rows = PHASES.map((phase) => el('tr', {}, el('th', { scope: 'row', text: t(`quiz.settings.phase.${phase}`) }),
    REVEALS.map((r) => cell(phase, r))));
  return el('fieldset', { class: 'card', id: 'settings-review' },
    el('legend', { text: t('quiz.settings.reviewHeading') }),
    el('p', { class: 'muted', text: t('quiz.settings.reviewIntro') }),
    el('div', { class: 'table-wrap' }, el('table', { class: 'review-matrix' }, el('thead', {}, head), el('tbody', {}, rows))));
}

function render() {
  clear(main);
  const title = state.course ? `${t('quiz.settings.title')}: ${activityTitle(state.course, activityId)}` : t('quiz.settings.title');
  setTitle(title);
  const crumbs = [];
  if (state.course) crumbs.push({ href: `course.html?id=${enc(courseId)}`, label: pick(state.course.title) });
  crumbs.push({ label: t('quiz.settings.title') });
  main.append(breadcrumb(crumbs), el('h1', { text: title }));
  if (state.error) return main.append(errorBox(state.error, { retry: state.error.key !== 'error.missingParam' }));
  if (!state.form) return;
  const status = el('div', { id: 'settings-status', role: 'status', tabindex: '-1' });
  if (state.notice) status.append(el('p', { class: 'alert alert-success', text: state.notice }));
  if (state.saveError) {
    status.append(el('div', { class: 'alert alert-error', role: 'alert' }, el('p', { text: errorText(state.saveError) }),
      state.saveError.violations.length ? el('ul', {}, state.saveError.violations.map((v) => el('li', { text: v.message }))) : null));
  }
  const f = state.form;
  main.append(
    el('p', { class: 'muted', text: t('quiz.settings.intro') }),
    el('p', {}, el('a', { href: `quiz-preview.html?course=${enc(courseId)}&activity=${enc(activityId)}`, id: 'settings-preview', text: t('quiz.preview.open') })),
    status,
    el('form', { id: 'quiz-settings-form', class: 'form', novalidate: true, onsubmit: save },
      drawsSection(),
      el('fieldset', { class: 'card', id: 'settings-rules' }, el('legend', { text: t('quiz.settings.rulesHeading') }),
        field('set-time', 'quiz.settings.timeLimitMinutes', numberInput('set-time', 'timeLimitMinutes', 0, 1440), 'quiz.settings.zeroNone'),
        field('set-grace', 'quiz.settings.graceSeconds', numberInput('set-grace', 'graceSeconds', 0, 3600)),
        field('set-attempts', 'quiz.settings.attempts', numberInput('set-attempts', 'attempts', 0, 100), 'quiz.settings.zeroUnlimited'),
        field('set-grading', 'quiz.settings.grading', select('set-grading', 'grading', ['highest', 'last', 'first', 'average'])),
        field('set-pass', 'quiz.settings.passPercent', numberInput('set-pass', 'passPercent', 0, 100)),
        field('set-opens', 'quiz.settings.opensAt', el('input', { id: 'set-opens', type: 'datetime-local', value: f.opensAt, oninput: (e) => { f.opensAt = e.target.value; } }), 'quiz.settings.jst'),
        field('set-closes', 'quiz.settings.closesAt', el('input', { id: 'set-closes', type: 'datetime-local', value: f.closesAt, oninput: (e) => { f.closesAt = e.target.value; } }), 'quiz.settings.jst'),
        field('set-per-page', 'quiz.settings.questionsPerPage', numberInput('set-per-page', 'questionsPerPage', 0, 200), 'quiz.settings.zeroAllOnOne'),
        checkbox('set-shuffle-questions', 'shuffleQuestions'),
        checkbox('set-shuffle-choices', 'shuffleChoices'),
        field('set-feedback', 'quiz.settings.feedback', select('set-feedback', 'feedback', ['deferred', 'immediate'])),
        field('set-completion', 'quiz.settings.completion', select('set-completion', 'completion', ['passed', 'passed-or-attempts-used']))),
      reviewSection(),
      el('p', { class: 'muted', text: t('quiz.settings.startedKeep') }),
      el('button', { type: 'submit', id: 'settings-save', class: 'button button-primary', disabled: state.saving, text: t(state.saving ? 'quiz.settings.saving' : 'quiz.settings.save') })),
  );
}

// Question bank (trainers, administrators): import a GIFT or Moodle XML file (checked first: every error by
// question and line, nothing stored until the trainer says so), list the bank by category or tag, export, and
// edit a question (saved as its next version; attempts keep the version they drew until a regrade).
import { initPage, onRerender, setTitle } from '../layout.js';
import { api, errorText, isUnauthorized, redirectToLogin } from '../api.js';
import { el, clear, errorBox, showLoading } from '../ui.js';
import { t, formatDateTime } from '../i18n.js';

const main = document.getElementById('main');
const state = {
  questions: null, filter: '', file: null, format: 'gift', report: null, importError: null, busy: false, error: null,
  editing: null, editError: null, notice: null,
};

const user = await initPage({ nav: 'bank', titleKey: 'bank.title' });
if (!user) {
  redirectToLogin();
} else {
  onRerender(render);
  await load();
}

async function load() {
  showLoading(main);
  try {
    state.questions = await api('quiz/bank/questions');
  } catch (err) {
    if (isUnauthorized(err)) return redirectToLogin();
    state.error = err;
  }
  render();
}

function chooseFile(file) {
  state.file = file;
  state.report = null;
  state.importError = null;
  if (file) state.format = /\.xml$/i.test(file.name) ? 'moodle-xml' : 'gift';
  render();
}

async function upload(dryRun, skipInvalid = false) {
  state.busy = true;
  render();
  try {
    const query = `format=${state.format}&dryRun=${dryRun}&skipInvalid=${skipInvalid}`;
    state.report = await api(`quiz/bank/import?${query}`, { method: 'POST', raw: state.file,
      contentType: state.format === 'gift' ? 'text/plain' : 'application/xml' });
    state.importError = null;
    if (!dryRun) state.questions = await api('quiz/bank/questions');
  } catch (err) {
    state.importError = err;
  }
  state.busy = false;
  render();
  document.getElementById('import-result')?.focus();
}

function reportView(r) {
  const errors = r.issues.filter((i) => i.severity === 'ERROR');
  const warnings = r.issues.filter((i) => i.severity === 'WARNING');
  const summary = r.dryRun
    ? t(errors.length ? 'bank.checkedWithErrors' : 'bank.checked', { readable: r.readable, errors: errors.length, warnings: warnings.length })
    : t('bank.imported', { stored: r.stored });
  const parts = [el('p', { id: 'import-summary', text: summary })];
  if (r.issues.length) {
    parts.push(el('div', { class: 'table-scroll' }, el('table', { id: 'import-issues', class: 'records' },
      el('caption', { text: t('bank.issues', { count: r.issues.length }) }),
      el('thead', {}, el('tr', {}, ...['bank.severity', 'bank.where', 'bank.problem'].map((k) => el('th', { scope: 'col', text: t(k) })))),
      el('tbody', {}, ...r.issues.map((i) => el('tr', { class: i.severity === 'ERROR' ? 'is-error' : '' },
        el('td', { class: 'nowrap', text: t(i.severity === 'ERROR' ? 'bank.error' : 'bank.warning') }),
        el('td', { class: 'nowrap', text: t('bank.position', { question: i.question, line: i.line }) }),
        el('td', { text: i.message })))))));
  }
  const ok = !errors.length;
  return el('div', { id: 'import-result', tabindex: '-1', class: `alert ${ok ? 'alert-success' : 'alert-warning'}`, role: 'status' }, ...parts);
}

function importSection() {
  const canImport = state.report?.dryRun && !state.busy;
  const errors = state.report?.issues.filter((i) => i.severity === 'ERROR').length ?? 0;
  return el('section', { class: 'card', 'aria-labelledby': 'bank-import-title' },
    el('h2', { id: 'bank-import-title', text: t('bank.importTitle') }),
    el('p', { text: t('bank.importHint') }),
    el('div', { class: 'field' },
      el('label', { for: 'bank-file', class: 'label-text', text: t('bank.file') }),
      el('input', { type: 'file', id: 'bank-file', accept: '.gift,.txt,.xml,text/plain,application/xml', onchange: (e) => chooseFile(e.target.files[0] ?? null) })),
    el('div', { class: 'field field-narrow' },
      el('label', { for: 'bank-format', class: 'label-text', text: t('bank.format') }),
      el('select', { id: 'bank-format', onchange: (e) => { state.format = e.target.value; state.report = null; render(); } },
        el('option', { value: 'gift', selected: state.format === 'gift', text: 'GIFT' }),
        el('option', { value: 'moodle-xml', selected: state.format === 'moodle-xml', text: 'Moodle XML' }))),
    el('div', { class: 'actions' },
      el('button', { type: 'button', id: 'bank-check', class: 'button', disabled: !state.file || state.busy, onclick: () => upload(true), text: t('bank.check') }),
      el('button', { type: 'button', id: 'bank-import', class: 'button button-primary', disabled: !canImport || errors > 0,
        onclick: () => upload(false), text: t('bank.import') }),
      errors > 0 && canImport ? el('button', { type: 'button', id: 'bank-import-skip', class: 'button', onclick: () => upload(false, true),
        text: t('bank.importSkipping', { count: state.report.readable }) }) : ''),
    state.importError ? errorBox(state.importError, { retry: false }) : '',
    state.report ? reportView(state.report) : '');
}

function filtered() {
  const words = state.filter.trim().toLowerCase();
  return (state.questions ?? []).filter((q) => !words || `${q.name} ${q.category} ${q.tags.join(' ')}`.toLowerCase().includes(words));
}

function listSection() {
  return el('section', { class: 'card', 'aria-labelledby': 'bank-list-title' },
    el('h2', { id: 'bank-list-title', text: t('bank.listTitle', { count: state.questions?.length ?? 0 }) }),
    el('div', { class: 'field field-narrow' },
      el('label', { for: 'bank-filter', class: 'label-text', text: t('bank.filter') }),
      el('input', { type: 'search', id: 'bank-filter', value: state.filter, oninput: (e) => { state.filter = e.target.value; redrawTable(); } })),
    el('p', {}, el('a', { href: 'api/quiz/bank/export', id: 'bank-export', download: 'questions-moodle.xml', text: t('bank.export') })),
    el('div', { class: 'table-scroll', id: 'bank-table-box' }, table(filtered())));
}

function redrawTable() {
  const box = document.getElementById('bank-table-box');
  if (box) clear(box).append(table(filtered()));
}

function table(rows) {
  return el('table', { id: 'bank-table', class: 'records' },
    el('caption', { text: t('bank.caption', { count: rows.length }) }),
    el('thead', {}, el('tr', {}, ...['bank.name', 'bank.type', 'bank.category', 'bank.tags', 'bank.version', ''].map((k) => el('th', { scope: 'col', text: k ? t(k) : '' })))),
    el('tbody', {}, ...rows.map((q) => el('tr', { 'data-question': q.id },
      el('th', { scope: 'row', text: q.name }),
      el('td', { text: t(`bank.types.${q.type}`) }),
      el('td', { text: q.category }),
      el('td', { text: q.tags.join(', ') }),
      el('td', { text: `v${q.version}(${formatDateTime(q.updatedAt)})` }),
      el('td', {}, el('button', { type: 'button', class: 'button button-small', 'data-action': 'edit', onclick: () => edit(q.id), text: t('bank.edit') }))))));
}

async function edit(id) {
  try {
    const q = await api(`quiz/bank/questions/${encodeURIComponent(id)}`);
    const question = q.question;
    state.editing = {
      id: q.id, version: q.version, original: question, name: question.name, text: question.text.text,
      feedback: question.generalFeedback?.text ?? '', mark: String(question.defaultMark), tags: question.tags.join(', '),
      definition: JSON.stringify(question.definition, null, 2),
    };
    state.editError = null;
    state.notice = null;
  } catch (err) {
    state.editError = err;
  }
  render();
  document.getElementById('edit-name')?.focus();
}

async function saveEdit() {
  const e = state.editing;
  let definition;
  try {
    definition = JSON.parse(e.definition);
  } catch {
    state.editError = { local: t('bank.definitionNotJson') };
    return render();
  }
  const o = e.original;
  const question = {
    ...o, name: e.name, text: { ...o.text, text: e.text }, defaultMark: Number(e.mark),
    tags: e.tags.split(/[,、]/).map((x) => x.trim()).filter(Boolean), definition,
  };
  if (e.feedback.trim()) question.generalFeedback = { ...(o.generalFeedback ?? { format: o.text.format }), text: e.feedback };
  else delete question.generalFeedback;
  try {
    const saved = await api(`quiz/bank/questions/${encodeURIComponent(e.id)}`, { method: 'PUT', body: { basedOnVersion: e.version, question } });
    state.notice = t('bank.saved', { name: e.name, version: saved.version });
    state.editing = null;
    state.editError = null;
    state.questions = await api('quiz/bank/questions');
  } catch (err) {
    state.editError = err;
  }
  render();
}

function editorSection() {
  const e = state.editing;
  const bind = (key) => (ev) => { e[key] = ev.target.value; };
  const problem = state.editError;
  const problems = problem?.violations ?? [];
  return el('section', { class: 'card', id: 'bank-editor', 'aria-labelledby': 'bank-editor-title' },
    el('h2', { id: 'bank-editor-title', text: t('bank.editTitle', { name: e.original.name, version: e.version }) }),
    el('p', { class: 'muted', text: t('bank.editHint') }),
    problem ? el('div', { class: 'alert alert-error', role: 'alert', id: 'edit-error' },
      el('p', { text: problem.local ?? errorText(problem) }),
      problems.length ? el('ul', {}, ...problems.map((v) => el('li', { text: `${v.field}: ${v.message}` }))) : '') : '',
    el('label', { for: 'edit-name', class: 'label-text', text: t('bank.name') }),
    el('input', { type: 'text', id: 'edit-name', value: e.name, oninput: bind('name') }),
    el('label', { for: 'edit-text', class: 'label-text', text: t('bank.text') }),
    el('textarea', { id: 'edit-text', rows: 4, oninput: bind('text'), text: e.text }),
    el('label', { for: 'edit-feedback', class: 'label-text', text: t('bank.generalFeedback') }),
    el('textarea', { id: 'edit-feedback', rows: 3, oninput: bind('feedback'), text: e.feedback }),
    el('label', { for: 'edit-mark', class: 'label-text', text: t('bank.mark') }),
    el('input', { type: 'number', id: 'edit-mark', min: 0, step: 'any', value: e.mark, oninput: bind('mark') }),
    el('label', { for: 'edit-tags', class: 'label-text', text: t('bank.tags') }),
    el('input', { type: 'text', id: 'edit-tags', value: e.tags, oninput: bind('tags') }),
    el('label', { for: 'edit-definition', class: 'label-text', text: t('bank.definition') }),
    el('textarea', { id: 'edit-definition', class: 'code', rows: 12, spellcheck: 'false', oninput: bind('definition'), text: e.definition }),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button button-primary', id: 'edit-save', onclick: saveEdit, text: t('bank.saveVersion') }),
      el('button', { type: 'button', class: 'button', onclick: () => { state.editing = null; render(); }, text: t('bank.cancel') })));
}

function render() {
  clear(main);
  setTitle(t('bank.title'));
  main.append(el('h1', { text: t('bank.title') }));
  if (state.error) return main.append(errorBox(state.error));
  if (state.notice) main.append(el('p', { class: 'alert alert-success', role: 'status', id: 'bank-notice', text: state.notice }));
  if (state.editing) main.append(editorSection());
  else if (state.editError) main.append(errorBox(state.editError, { retry: false }));
  main.append(importSection(), listSection());
}

// forms.js — error display for the login and register forms.
// Each input has a sibling <p id="<input-id>-error">; #form-errors (role=alert)
// holds a summary whose items link to the fields (quick to fix on a phone).
import { t } from './i18n.js';
import { errorText } from './api.js';
import { el, clear } from './ui.js';

// Last errors per form, so a language switch can redraw our own messages.
const shown = new WeakMap();

// A message is {key, params} (ours, re-translated) or {text} (server's, as is).
const msg = (m) => (m.key ? t(m.key, m.params) : m.text);

/** errors: {summary: msg, fields: [{inputId, message: msg}], other: [msg]} */
export function showErrors(form, errors) {
  shown.set(form, errors);
  draw(form, errors);
  document.getElementById('form-errors')?.focus();
}

export function clearErrors(form) {
  shown.delete(form);
  draw(form, null);
}

export function redrawErrors(form) {
  draw(form, shown.get(form) ?? null);
}

/** Map an ApiError (problem details + violations) to form errors. */
export function errorsFromProblem(err, fieldMap, fallbackKey) {
  const fields = [];
  const other = [];
  for (const v of err.violations ?? []) {
    const message = v.message ? { text: v.message } : { key: 'form.invalid' };
    const inputId = fieldMap[v.field];
    if (inputId) fields.push({ inputId, message });
    else other.push(message);
  }
  // Prefer the server's detail; if it only sent a status, use the form's own
  // message (e.g. "could not log in") rather than a generic HTTP one.
  let summary;
  if (err.key && !err.problem && err.status >= 400 && fallbackKey) summary = { key: fallbackKey };
  else if (err.key) summary = { key: err.key, params: err.params };
  else summary = { text: errorText(err) };
  return { summary, fields, other };
}

function labelText(inputId) {
  const label = document.querySelector(`label[for="${inputId}"] .label-text`);
  return label ? label.textContent : '';
}

function focusField(event) {
  const id = event.currentTarget.getAttribute('href').slice(1);
  const input = document.getElementById(id);
  if (input) {
    event.preventDefault();
    input.focus();
  }
}

function draw(form, errors) {
  for (const node of form.querySelectorAll('.field-error')) {
    node.textContent = '';
    node.hidden = true;
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  const box = document.getElementById('form-errors');
  if (!box) return;
  clear(box);
  box.hidden = !errors;
  if (!errors) return;

  for (const f of errors.fields) {
    document.getElementById(f.inputId)?.setAttribute('aria-invalid', 'true');
    const out = document.getElementById(`${f.inputId}-error`);
    if (out) {
      out.textContent = msg(f.message);
      out.hidden = false;
    }
  }
  box.append(el('p', { class: 'alert-title', text: msg(errors.summary) }));
  if (errors.fields.length || errors.other.length) {
    box.append(
      el(
        'ul',
        {},
        errors.fields.map((f) => el('li', {}, el('a', { href: `#${f.inputId}`, onclick: focusField, text: `${labelText(f.inputId)}: ${msg(f.message)}` }))),
        errors.other.map((m) => el('li', { text: msg(m) })),
      ),
    );
  }
}

/** "Show password" checkbox: typing long passphrases on a phone is error-prone. */
export function bindShowPassword(checkboxId, inputId) {
  const box = document.getElementById(checkboxId);
  const input = document.getElementById(inputId);
  if (!box || !input) return;
  box.addEventListener('change', () => {
    input.type = box.checked ? 'text' : 'password';
  });
}

export function isEmail(input) {
  return input.value.trim() !== '' && !input.validity.typeMismatch;
}

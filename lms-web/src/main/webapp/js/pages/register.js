// Register page: static HTML form; client checks mirror the server's basic
// rules (server violations are shown next to the same fields).
import { initPage, onRerender } from '../layout.js';
import { api, safeNext } from '../api.js';
import { showErrors, clearErrors, redrawErrors, errorsFromProblem, bindShowPassword, isEmail } from '../forms.js';
import { setButtonBusy } from '../ui.js';

const MIN_PASSWORD = 12;
// Request JSON property -> input id (violations use the property names).
const FIELDS = { email: 'reg-email', password: 'reg-password', fullName: 'reg-fullname', fullNameKana: 'reg-kana', jobCategory: 'reg-job' };

const form = document.getElementById('register-form');
const submit = document.getElementById('reg-submit');
const input = (name) => document.getElementById(FIELDS[name]);
const next = safeNext(new URLSearchParams(location.search).get('next'), null);

await initPage({ nav: 'register', titleKey: 'page.register' });
onRerender(() => redrawErrors(form));
bindShowPassword('reg-show-password', 'reg-password');
if (next) document.getElementById('login-link').href = `login.html?next=${encodeURIComponent(next)}`;

function validate() {
  const fields = [];
  const add = (name, key) => fields.push({ inputId: FIELDS[name], message: { key } });
  if (!input('email').value.trim()) add('email', 'form.required');
  else if (!isEmail(input('email'))) add('email', 'form.emailInvalid');
  const pw = input('password').value;
  if (!pw) add('password', 'form.required');
  else if ([...pw].length < MIN_PASSWORD) add('password', 'form.passwordTooShort');
  if (!input('fullName').value.trim()) add('fullName', 'form.required');
  if (!input('fullNameKana').value.trim()) add('fullNameKana', 'form.required');
  if (!input('jobCategory').value) add('jobCategory', 'form.selectRequired');
  return fields;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = validate();
  if (fields.length) return showErrors(form, { summary: { key: 'form.errorSummary' }, fields, other: [] });

  clearErrors(form);
  setButtonBusy(submit, true, 'register.submitting', 'register.submit');
  const body = {
    email: input('email').value.trim(),
    password: input('password').value, // sent exactly as typed
    fullName: input('fullName').value.trim(),
    fullNameKana: input('fullNameKana').value.trim(),
    jobCategory: input('jobCategory').value,
  };
  try {
    await api('account/register', { method: 'POST', body });
    location.assign(next ?? 'index.html');
  } catch (err) {
    setButtonBusy(submit, false, 'register.submitting', 'register.submit');
    showErrors(form, errorsFromProblem(err, FIELDS));
  }
});

// Login page: the form is static HTML (so a language switch keeps what was
// typed); this module validates, posts, and follows a safe ?next=.
import { initPage, onRerender } from '../layout.js';
import { api, safeNext } from '../api.js';
import { showErrors, clearErrors, redrawErrors, errorsFromProblem, bindShowPassword, isEmail } from '../forms.js';
import { setButtonBusy } from '../ui.js';

const form = document.getElementById('login-form');
const email = document.getElementById('login-email');
const password = document.getElementById('login-password');
const submit = document.getElementById('login-submit');
const code = document.getElementById('login-code');
const codeField = document.getElementById('login-code-field');
const next = safeNext(new URLSearchParams(location.search).get('next'), null);

await initPage({ nav: 'login', titleKey: 'page.login' });
onRerender(() => redrawErrors(form));
bindShowPassword('login-show-password', 'login-password');
// Carry ?next= over to registration so a new learner lands where they started.
if (next) document.getElementById('register-link').href = `register.html?next=${encodeURIComponent(next)}`;

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const fields = [];
  if (!email.value.trim()) fields.push({ inputId: 'login-email', message: { key: 'form.required' } });
  else if (!isEmail(email)) fields.push({ inputId: 'login-email', message: { key: 'form.emailInvalid' } });
  if (!password.value) fields.push({ inputId: 'login-password', message: { key: 'form.required' } });
  if (fields.length) return showErrors(form, { summary: { key: 'form.errorSummary' }, fields, other: [] });

  clearErrors(form);
  setButtonBusy(submit, true, 'login.submitting', 'login.submit');
  try {
    const body = { email: email.value.trim(), password: password.value };
    if (!codeField.hidden) body.code = code.value.trim();
    await api('account/login', { method: 'POST', body });
    location.assign(next ?? 'index.html');
  } catch (err) {
    setButtonBusy(submit, false, 'login.submitting', 'login.submit');
    // The password was right and the account uses an authenticator app: ask for its code.
    if (err.problem?.type === '/problems/auth.code-required') {
      codeField.hidden = false;
      showErrors(form, errorsFromProblem(err, {}, 'login.failed'));
      return code.focus();
    }
    showErrors(form, errorsFromProblem(err, { email: 'login-email', password: 'login-password', code: 'login-code' }, 'login.failed'));
  }
});

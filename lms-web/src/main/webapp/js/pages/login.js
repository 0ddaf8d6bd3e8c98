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
const SSO_REASONS = ['federation.not-staff', 'federation.privileged', 'federation.no-email',
  'federation.email-unverified', 'federation.refused', 'federation.cancelled', 'federation.unavailable',
  'federation.expired', 'federation.unknown-provider'];
const next = safeNext(new URLSearchParams(location.search).get('next'), null);

await initPage({ nav: 'login', titleKey: 'page.login' });
onRerender(() => redrawErrors(form));
bindShowPassword('login-show-password', 'login-password');
// Carry ?next= over to registration so a new learner lands where they started.
if (next) document.getElementById('register-link').href = `register.html?next=${encodeURIComponent(next)}`;

// Came back from an institution's identity provider without a login: say why.
const ssoReason = new URLSearchParams(location.search).get('sso');
if (ssoReason) {
  const key = SSO_REASONS.includes(ssoReason) ? `login.sso.reason.${ssoReason}` : 'login.sso.reason.federation.refused';
  showErrors(form, { summary: { key }, fields: [], other: [] });
}
showProviders();

async function showProviders() {
  let providers;
  try {
    providers = await api('sso/providers');
  } catch {
    return; // Password login still works; the list is a convenience.
  }
  if (!providers.length) return;
  const select = document.getElementById('sso-provider');
  for (const p of providers) {
    const option = document.createElement('option');
    option.value = p.id;
    option.textContent = p.name === p.institutionName ? p.name : `${p.institutionName}(${p.name})`;
    select.append(option);
  }
  document.getElementById('sso').hidden = false;
  document.getElementById('sso-go').addEventListener('click', () => {
    const query = next ? `?next=${encodeURIComponent(next)}` : '';
    location.assign(`/api/sso/${encodeURIComponent(select.value)}/login${query}`);
  });
}

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

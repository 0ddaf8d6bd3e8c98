// Invitation page: an imported staff member opens their link, sees who it is for, and sets a password.
// The form is static HTML (a language switch keeps what was typed); the token comes from ?token=.
import { initPage, onRerender } from '../layout.js';
import { api, ApiError, errorText } from '../api.js';
import { showErrors, clearErrors, redrawErrors, errorsFromProblem, bindShowPassword } from '../forms.js';
import { setButtonBusy } from '../ui.js';
import { t } from '../i18n.js';

const form = document.getElementById('invitation-form');
const password = document.getElementById('inv-password');
const submit = document.getElementById('inv-submit');
const failure = document.getElementById('invitation-error');
const token = new URLSearchParams(location.search).get('token') ?? '';
const path = `invitations/${encodeURIComponent(token)}`;

await initPage({ nav: null, titleKey: 'invitation.title' });
onRerender(() => redrawErrors(form));
bindShowPassword('inv-show-password', 'inv-password');

function showFailure(err) {
  failure.textContent = err instanceof ApiError && err.status === 404 ? t('invitation.invalid') : errorText(err);
  failure.hidden = false;
  form.hidden = true;
}

try {
  const who = await api(path);
  document.getElementById('invitation-name').textContent = who.fullName;
  document.getElementById('invitation-email').textContent = who.email;
  document.getElementById('invitation-institution').textContent = who.institution ?? '';
  form.hidden = false;
} catch (err) {
  showFailure(err);
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (password.value.length < 12) {
    return showErrors(form, { summary: { key: 'form.errorSummary' }, fields: [{ inputId: 'inv-password', message: { key: 'invitation.tooShort' } }], other: [] });
  }
  clearErrors(form);
  setButtonBusy(submit, true, 'invitation.submitting', 'invitation.submit');
  try {
    await api(path, { method: 'POST', body: { password: password.value } });
    location.assign('index.html');
  } catch (err) {
    setButtonBusy(submit, false, 'invitation.submitting', 'invitation.submit');
    if (err instanceof ApiError && err.status === 404) return showFailure(err);
    showErrors(form, errorsFromProblem(err, { password: 'inv-password' }, 'invitation.failed'));
  }
});

// Two-factor set-up: start (the server makes a secret), scan the QR code, confirm with the app's first code.
// The QR code arrives as rows of 0/1 and is drawn here with SVG elements: no markup comes from the server.
import { initPage, onRerender } from '../layout.js';
import { api, redirectToLogin } from '../api.js';
import { showErrors, clearErrors, redrawErrors, errorsFromProblem } from '../forms.js';
import { t } from '../i18n.js';

const status = document.getElementById('security-status');
const start = document.getElementById('totp-start');
const setup = document.getElementById('totp-setup');
const form = document.getElementById('totp-form');
const code = document.getElementById('totp-code');
let user = await initPage({ nav: 'security', titleKey: 'security.title' });

function showStatus() {
  const key = user.twoFactorEnabled ? 'security.enabled' : user.twoFactorSetupRequired ? 'security.required' : 'security.off';
  status.className = `alert ${user.twoFactorEnabled ? 'alert-success' : user.twoFactorSetupRequired ? 'alert-warning' : ''}`;
  status.textContent = t(key);
  start.hidden = user.twoFactorEnabled || !setup.hidden;
}

function drawQr(rows) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${rows.length} ${rows.length}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', t('security.qrLabel'));
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('width', rows.length);
  background.setAttribute('height', rows.length);
  background.setAttribute('fill', '#fff');
  svg.append(background);
  rows.forEach((row, y) => [...row].forEach((cell, x) => {
    if (cell !== '1') return;
    const dot = document.createElementNS(ns, 'rect');
    dot.setAttribute('x', x);
    dot.setAttribute('y', y);
    dot.setAttribute('width', 1);
    dot.setAttribute('height', 1);
    svg.append(dot);
  }));
  document.getElementById('totp-qr').replaceChildren(svg);
}

if (!user) {
  redirectToLogin();
} else {
  showStatus();
  onRerender(() => { showStatus(); redrawErrors(form); });
  start.addEventListener('click', async () => {
    start.disabled = true;
    try {
      const s = await api('account/two-factor', { method: 'POST' });
      drawQr(s.qr);
      document.getElementById('totp-secret').textContent = s.secret.replace(/(.{4})/g, '$1 ').trim();
      setup.hidden = false;
      start.hidden = true;
      code.focus();
    } catch (err) {
      start.disabled = false;
      status.className = 'alert alert-error';
      status.textContent = err.message;
    }
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    try {
      user = await api('account/two-factor/confirm', { method: 'POST', body: { code: code.value.trim() } });
      setup.hidden = true;
      showStatus();
    } catch (err) {
      showErrors(form, errorsFromProblem(err, { code: 'totp-code' }, 'security.failed'));
    }
  });
}

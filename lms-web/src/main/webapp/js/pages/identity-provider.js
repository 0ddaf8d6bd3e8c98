// The institution's identity provider (OpenID Connect single sign-on), on the staff page for administrators:
// register it, see the redirect URI to give the provider, change or remove it. The client secret is write-only.
import { api } from '../api.js';
import { el } from '../ui.js';
import { t } from '../i18n.js';
import { errorsFromProblem } from '../forms.js';

const FIELDS = ['issuer', 'clientId', 'clientSecret', 'displayName', 'emailClaim'];
const FLAGS = ['requireVerifiedEmail', 'createsAccounts', 'enabled'];
const FIELD_INPUTS = Object.fromEntries(FIELDS.map((f) => [f, `idp-${f}`]));

/** Section state per institution; survives re-renders (language switch) so typed values are kept. */
export function identityProviderSection(institutionId, rerender) {
  const s = { loaded: false, saved: null, values: {}, errors: null, message: null, busy: false };

  async function load() {
    try {
      s.saved = await api(`institutions/${encodeURIComponent(institutionId)}/identity-provider`);
    } catch (err) {
      if (err.status !== 404) s.errors = errorsFromProblem(err, {}, null);
      s.saved = null;
    }
    s.values = fromSaved(s.saved);
    s.loaded = true;
    rerender();
  }

  function fromSaved(p) {
    return {
      issuer: p?.issuer ?? '', clientId: p?.clientId ?? '', clientSecret: '', displayName: p?.displayName ?? '',
      emailClaim: p?.emailClaim ?? 'email', requireVerifiedEmail: p?.requireVerifiedEmail ?? true,
      createsAccounts: p?.createsAccounts ?? false, enabled: p?.enabled ?? true,
    };
  }

  async function save(event) {
    event.preventDefault();
    s.busy = true; s.errors = null; s.message = null; rerender();
    try {
      s.saved = await api(`institutions/${encodeURIComponent(institutionId)}/identity-provider`, { method: 'PUT', body: s.values });
      s.values = fromSaved(s.saved);
      s.message = 'idp.saved';
    } catch (err) {
      s.errors = errorsFromProblem(err, FIELD_INPUTS, null);
    }
    s.busy = false; rerender();
  }

  async function remove() {
    if (!confirm(t('idp.confirmRemove'))) return;
    s.busy = true; rerender();
    try {
      await api(`institutions/${encodeURIComponent(institutionId)}/identity-provider`, { method: 'DELETE' });
      s.saved = null; s.values = fromSaved(null); s.message = 'idp.removed';
    } catch (err) {
      s.errors = errorsFromProblem(err, {}, null);
    }
    s.busy = false; rerender();
  }

  function fieldError(name) {
    const problem = s.errors?.fields.find((f) => f.inputId === `idp-${name}`);
    return problem ? el('p', { class: 'field-error', id: `idp-${name}-error`, text: problem.message.key ? t(problem.message.key) : problem.message.text }) : '';
  }

  function field(name, type = 'text') {
    const hint = name === 'clientSecret' && s.saved?.clientSecretSet ? t('idp.secretKept') : t(`idp.${name}Hint`);
    return el('div', { class: 'field' },
      el('label', { for: `idp-${name}` }, el('span', { class: 'label-text', text: t(`idp.${name}`) })),
      el('p', { class: 'field-hint', id: `idp-${name}-hint`, text: hint }),
      el('input', { id: `idp-${name}`, name, type, value: s.values[name] ?? '', autocomplete: 'off', spellcheck: 'false',
        'aria-describedby': `idp-${name}-hint idp-${name}-error`, 'aria-invalid': fieldError(name) ? 'true' : null, oninput: (e) => { s.values[name] = e.target.value; } }),
      fieldError(name));
  }

  function flag(name) {
    return el('div', { class: 'check' },
      el('input', { id: `idp-${name}`, type: 'checkbox', checked: !!s.values[name], onchange: (e) => { s.values[name] = e.target.checked; } }),
      el('label', { for: `idp-${name}`, text: t(`idp.${name}`) }));
  }

  function view() {
    if (!s.loaded) return el('section', { class: 'card' }, el('p', { class: 'loading', text: t('common.loading') }));
    const problems = s.errors ? [s.errors.summary, ...s.errors.other] : [];
    return el('section', { class: 'card', id: 'idp-section', 'aria-labelledby': 'idp-title' },
      el('h2', { id: 'idp-title', text: t('idp.title') }),
      el('p', { text: t('idp.intro') }),
      el('p', { id: 'idp-status', class: 'lead', text: s.saved ? t(s.saved.enabled ? 'idp.statusOn' : 'idp.statusOff') : t('idp.statusNone') }),
      s.saved ? el('div', { class: 'field' },
        el('label', { for: 'idp-redirect' }, el('span', { class: 'label-text', text: t('idp.redirectUri') })),
        el('p', { class: 'field-hint', id: 'idp-redirect-hint', text: t('idp.redirectUriHint') }),
        el('input', { id: 'idp-redirect', type: 'text', readonly: true, value: s.saved.redirectUri, class: 'link-field', 'aria-describedby': 'idp-redirect-hint' })) : '',
      problems.length ? el('div', { class: 'alert alert-error', role: 'alert', id: 'idp-errors' },
        el('ul', { class: 'plain' }, ...problems.map((m) => el('li', { text: m.key ? t(m.key, m.params) : m.text })))) : '',
      s.message ? el('p', { class: 'alert alert-success', role: 'status', text: t(s.message) }) : '',
      el('form', { class: 'form', id: 'idp-form', novalidate: true, onsubmit: save },
        ...FIELDS.map((f) => field(f, f === 'clientSecret' ? 'password' : 'text')),
        ...FLAGS.map(flag),
        el('div', { class: 'actions' },
          el('button', { type: 'submit', id: 'idp-save', class: 'button button-primary', disabled: s.busy, text: t('idp.save') }),
          s.saved ? el('button', { type: 'button', id: 'idp-remove', class: 'button', disabled: s.busy, onclick: remove, text: t('idp.remove') }) : '')));
  }

  load();
  return { view };
}

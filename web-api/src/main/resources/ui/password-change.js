// The first screen of a member whose password someone else chose (an invitation or a reset): until
// they choose their own, the server answers every other call 403 PASSWORD_CHANGE_REQUIRED.
import { put, del } from './api.js';
import { h, clear, attempt, field, LocalProblem } from './dom.js';
import { t } from './i18n.js';
import { ot } from './office-text.js';

export function passwordChangeScreen(root, onChanged, onSignedOut) {
  const current = h('input', { name: 'current-password', type: 'password', required: true,
    autocomplete: 'current-password', 'data-field': 'currentPassword' });
  const next = h('input', { name: 'new-password', type: 'password', required: true, minlength: 10,
    autocomplete: 'new-password', 'data-field': 'newPassword' });
  const again = h('input', { name: 'new-password-again', type: 'password', required: true, minlength: 10,
    autocomplete: 'new-password', 'data-field': 'newPasswordAgain' });
  const form = h('form', { class: 'card sign-in', 'data-test': 'password-change', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      if (next.value !== again.value) throw new LocalProblem('newPasswordAgain', ot('passwordsDiffer'));
      await put('/users/me/password', { currentPassword: current.value, newPassword: next.value });
      await onChanged();
    });
  } }, h('h1', {}, ot('choosePassword')), h('p', {}, ot('choosePasswordHint')),
  field(ot('temporaryPassword'), current), field(ot('newPassword'), next),
  field(ot('newPasswordAgain'), again),
  h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary', 'data-test': 'password-change-save' },
    ot('save')), h('button', { type: 'button', class: 'ghost', onclick: async () => {
    await attempt(() => del('/sessions/current'));
    onSignedOut();
  } }, t('signOut'))));
  clear(root).append(h('main', { class: 'centered' }, form));
  current.focus();
}

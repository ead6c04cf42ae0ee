// The owner's API keys beside the staff list: each key's scope is its role and its owner the member
// who made it (deactivating that member revokes it). The secret is shown once, when it is made.
import { post, del, list } from './api.js';
import { h, attempt, toast, field, openDialog } from './dom.js';
import { ot } from './office-text.js';

const SCOPES = ['OWNER', 'MANAGER', 'FRONT_DESK', 'PRACTITIONER'];

export async function apiKeysSection(users, refresh) {
  const keys = await list('/api-keys?limit=500');
  const ownerName = (id) => (users.find((u) => u.id === id) || {}).name || id;
  const name = h('input', { name: 'key-name', required: true, maxlength: 100 });
  const scope = h('select', { name: 'key-scope' }, SCOPES.map((r) => h('option', { value: r,
    selected: r === 'FRONT_DESK' }, ot(r))));
  const form = h('form', { class: 'row', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      const made = await post('/api-keys', { name: name.value.trim(), role: scope.value });
      await refresh();
      openDialog(ot('apiKey'), h('p', {}, ot('apiKeyShownOnce')), h('p', { class: 'secret', dir: 'ltr' },
        h('code', { 'data-test': 'api-key-secret' }, made.secret)));
    });
  } }, field(ot('name'), name), field(ot('scope'), scope),
  h('button', { type: 'submit', class: 'primary', 'data-test': 'key-add' }, ot('add')));
  return h('section', { class: 'card' }, h('h2', {}, ot('apiKeys')), h('table', { class: 'table',
    'data-test': 'key-table' }, h('thead', {}, h('tr', {}, ['name', 'scope', 'keyOwner', 'status', '']
    .map((k) => h('th', {}, k ? ot(k) : '')))),
  h('tbody', {}, keys.map((k) => h('tr', { 'data-test': 'key-row', 'data-name': k.name,
    'data-revoked': String(!!k.revokedAt) }, h('td', {}, h('bdi', {}, k.name), ' ', h('code', { dir: 'ltr' },
    '…' + k.lastFour)), h('td', {}, ot(k.role)), h('td', {}, h('bdi', {}, ownerName(k.createdBy))),
  h('td', {}, ot(k.revokedAt ? 'revoked' : 'active')),
  h('td', {}, k.revokedAt ? null : h('button', { type: 'button', class: 'danger', 'data-test': 'key-revoke',
    onclick: () => attempt(async () => {
      await del('/api-keys/' + k.id);
      toast(ot('revoked'));
      await refresh();
    }) }, ot('revoke'))))))), form);
}

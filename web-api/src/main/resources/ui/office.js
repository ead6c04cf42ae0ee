// The owner's back office: staff and their access, settings, places (locations and rooms), the
// cancellation policy, the audit log and the reports.
// Reached at #/office/<tab>; every action is one call to the public API.
import { get, post, put, del } from './api.js';
import { h, clear, attempt, toast, field, openDialog } from './dom.js';
import { hasRole } from './context.js';
import { ot } from './office-text.js';
import { renderReports } from './office-reports.js';
import { renderSettings } from './office-settings.js';
import { renderPlaces } from './office-places.js';
import { apiKeysSection } from './office-keys.js';
import { renderMessageSettings } from './office-messages.js';

const ROLES = ['OWNER', 'MANAGER', 'FRONT_DESK', 'PRACTITIONER'];
const FEES = ['NONE', 'DEPOSIT', 'PERCENT_OF_PRICE'];
const TABS = ['staff', 'settings', 'places', 'policy', 'messages', 'audit', 'reports'];
const tabLabel = { staff: 'staff', settings: 'settings', places: 'places', policy: 'cancellationPolicy',
  audit: 'auditLog', reports: 'reports', messages: 'patientMessages' };

export async function renderOffice(main) {
  const tab = (location.hash.split('/')[2] || 'staff');
  const nav = h('nav', { class: 'tabs', 'aria-label': ot('office'), style: { display: 'flex', gap: '1.25rem',
    marginBlockEnd: '0.75rem' } }, TABS.map((id) => h('a', {
    href: '#/office/' + id, 'data-test': 'office-tab-' + id, 'aria-current': id === tab ? 'page' : undefined },
  ot(tabLabel[id]))));
  const body = h('div', {});
  clear(main).append(nav, body);
  if (tab === 'reports') await renderReports(body);
  else if (tab === 'settings') await renderSettings(body);
  else if (tab === 'places') await renderPlaces(body);
  else if (tab === 'policy') await renderPolicy(body);
  else if (tab === 'messages') await renderMessageSettings(body);
  else if (tab === 'audit') await renderAudit(body);
  else await renderStaff(body);
}

async function allStaff() {
  const users = [];
  let cursor = '';
  do {
    const page = await get('/users?limit=500' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    users.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return users;
}

async function renderStaff(body) {
  const users = await allStaff();
  const owner = hasRole('OWNER');
  const mayTouch = (u) => owner || u.role !== 'OWNER';
  const refresh = () => renderStaff(body);
  const row = (u) => {
    const role = h('select', { 'aria-label': ot('role'), 'data-test': 'staff-role', disabled: !mayTouch(u),
      onchange: () => attempt(async () => {
        await put('/users/' + u.id + '/role', { role: role.value });
        toast(ot('roleChanged'));
        await refresh();
      }).catch(refresh) },
    ROLES.filter((r) => owner || r !== 'OWNER' || u.role === 'OWNER')
      .map((r) => h('option', { value: r, selected: r === u.role }, ot(r))));
    const buttons = !mayTouch(u) ? [] : [
      u.active
        ? h('button', { type: 'button', class: 'danger', 'data-test': 'staff-deactivate', onclick: () => {
          if (!confirm(ot('confirmDeactivate'))) return;
          attempt(async () => {
            const cut = await post('/users/' + u.id + '/deactivation');
            toast(ot('deactivated', { sessions: cut.sessionsRevoked, keys: cut.apiKeysRevoked }));
            await refresh();
          });
        } }, ot('deactivate'))
        : h('button', { type: 'button', 'data-test': 'staff-reactivate', onclick: () => attempt(async () => {
          await post('/users/' + u.id + '/reactivation');
          await refresh();
        }) }, ot('reactivate')),
      h('button', { type: 'button', 'data-test': 'staff-reset', onclick: () => attempt(async () => {
        const reset = await post('/users/' + u.id + '/password-reset');
        openDialog(ot('temporaryPassword'), h('p', {}, ot('temporaryPasswordHint')),
          h('p', { class: 'secret', dir: 'ltr' }, h('code', { 'data-test': 'temporary-password' },
            reset.temporaryPassword)));
      }) }, ot('resetPassword')),
      h('button', { type: 'button', class: 'ghost', 'data-test': 'staff-sign-out', onclick: () => attempt(async () => {
        const cut = await del('/users/' + u.id + '/sessions');
        toast(ot('sessionsRevoked', { n: cut.sessionsRevoked }));
      }) }, ot('signOutEverywhere')),
    ];
    return h('tr', { 'data-test': 'staff-row', 'data-email': u.email, 'data-active': String(u.active) },
      h('td', {}, h('bdi', {}, u.name)), h('td', { dir: 'ltr' }, u.email), h('td', {}, role),
      h('td', { 'data-test': 'staff-status' }, ot(u.active ? 'active' : 'inactive')), h('td', {}, buttons));
  };
  const name = h('input', { name: 'staff-name', required: true, maxlength: 200 });
  const email = h('input', { name: 'staff-email', type: 'email', required: true, maxlength: 254 });
  const role = h('select', { name: 'staff-role' }, ROLES.filter((r) => owner || r !== 'OWNER')
    .map((r) => h('option', { value: r, selected: r === 'FRONT_DESK' }, ot(r))));
  const form = h('form', { class: 'card', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      // An invitation: the server picks a temporary password, shown here once, which the member
      // replaces at their first sign-in.
      const invited = await post('/users/invitations', { name: name.value.trim(), email: email.value.trim(),
        role: role.value });
      await refresh();
      openDialog(ot('temporaryPassword'), h('p', {}, ot('invitedHint')),
        h('p', { class: 'secret', dir: 'ltr' }, h('code', { 'data-test': 'temporary-password' },
          invited.temporaryPassword)));
    });
  } }, h('h3', {}, ot('addStaff')), field(ot('name'), name), field(ot('email'), email),
  field(ot('role'), role),
  h('button', { type: 'submit', class: 'primary', 'data-test': 'staff-add' }, ot('invite')));
  clear(body).append(h('section', { class: 'card' }, h('h2', {}, ot('staff')),
    h('table', { class: 'table', 'data-test': 'staff-table' }, h('thead', {}, h('tr', {},
      ['name', 'email', 'role', 'status', ''].map((k) => h('th', {}, k ? ot(k) : '')))),
    h('tbody', {}, users.map(row)))), form, ...(owner ? [await apiKeysSection(users, refresh)] : []));
}

async function renderPolicy(body) {
  const policy = await get('/settings/cancellation-policy');
  const owner = hasRole('OWNER');
  const hours = h('input', { name: 'free-hours', type: 'number', min: 0, max: 720, required: true,
    value: String(policy.freeCancellationHours), disabled: !owner });
  const feeControls = (key) => {
    const percent = h('input', { name: key + '-percent', type: 'number', min: 1, max: 100,
      value: policy[key + 'Percent'] == null ? '' : String(policy[key + 'Percent']), disabled: !owner });
    const basis = h('select', { name: key, disabled: !owner, onchange: () => {
      percent.closest('label').hidden = basis.value !== 'PERCENT_OF_PRICE';
    } }, FEES.map((f) => h('option', { value: f, selected: f === policy[key] }, ot(f))));
    const percentField = field(ot('percent'), percent);
    percentField.hidden = policy[key] !== 'PERCENT_OF_PRICE';
    return { basis, percent, fields: [field(ot(key), basis), percentField] };
  };
  const late = feeControls('lateCancelFee');
  const noShow = feeControls('noShowFee');
  const percentOf = (c) => (c.basis.value === 'PERCENT_OF_PRICE' ? Number(c.percent.value) : null);
  const form = h('form', { class: 'card', 'data-test': 'policy-form', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      await put('/settings/cancellation-policy', { freeCancellationHours: Number(hours.value),
        lateCancelFee: late.basis.value, lateCancelFeePercent: percentOf(late),
        noShowFee: noShow.basis.value, noShowFeePercent: percentOf(noShow) });
      toast(ot('saved'));
      await renderPolicy(body);
    });
  } }, h('h2', {}, ot('cancellationPolicy')), field(ot('freeCancellationHours'), hours), late.fields,
  noShow.fields, owner ? h('button', { type: 'submit', class: 'primary', 'data-test': 'policy-save' }, ot('save'))
    : h('p', { class: 'muted' }, ot('ownerOnly')));
  clear(body).append(form);
}

async function renderAudit(body, filters = {}, cursor = null, rows = []) {
  const users = await allStaff();
  const names = new Map(users.map((u) => [u.id, u.name]));
  const query = new URLSearchParams({ limit: '50' });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  if (cursor) query.set('cursor', cursor);
  const page = await get('/audit-events?' + query);
  const events = rows.concat(page.data);
  const actor = h('select', { name: 'audit-actor' }, h('option', { value: '' }, ot('anyone')),
    users.map((u) => h('option', { value: u.id, selected: u.id === filters.actorId }, u.name)));
  const entityType = h('input', { name: 'audit-entity-type', value: filters.entityType || '', dir: 'ltr' });
  const from = h('input', { name: 'audit-from', type: 'date', value: filters.fromDate || '' });
  const to = h('input', { name: 'audit-to', type: 'date', value: filters.toDate || '' });
  // The dates are the office's own days (the browser's zone), from midnight to the midnight after `to`.
  const instant = (date, plusDays) => {
    if (!date) return '';
    const d = new Date(date + 'T00:00:00');
    d.setDate(d.getDate() + plusDays);
    return d.toISOString();
  };
  const form = h('form', { class: 'row', onsubmit: (event) => {
    event.preventDefault();
    attempt(() => renderAudit(body, { actorId: actor.value, entityType: entityType.value.trim(),
      from: instant(from.value, 0), to: instant(to.value, 1), fromDate: from.value, toDate: to.value }));
  } }, field(ot('actor'), actor), field(ot('entityType'), entityType), field(ot('from'), from),
  field(ot('to'), to), h('button', { type: 'submit', class: 'primary', 'data-test': 'audit-filter' }, ot('filter')));
  const who = (e) => (e.actor.type === 'USER' ? names.get(e.actor.id) || e.actor.id
    : e.actor.type === 'API_KEY' ? ot('apiKey') : ot('system'));
  const table = events.length ? h('table', { class: 'table', 'data-test': 'audit-table' },
    h('thead', {}, h('tr', {}, ['when', 'actor', 'action', 'record', 'details'].map((k) => h('th', {}, ot(k))))),
    h('tbody', {}, events.map((e) => h('tr', { 'data-test': 'audit-row', 'data-action': e.action },
      h('td', {}, new Date(e.occurredAt).toLocaleString(document.documentElement.lang)),
      h('td', {}, h('bdi', {}, who(e))), h('td', { dir: 'ltr' }, e.action),
      h('td', { dir: 'ltr' }, e.entityType + ' ' + e.entityId.slice(-8)),
      h('td', { dir: 'ltr' }, h('code', {}, e.details ? JSON.stringify(e.details) : ''))))))
    : h('p', { class: 'muted' }, ot('noEvents'));
  const more = page.nextCursor ? h('button', { type: 'button', 'data-test': 'audit-more',
    onclick: () => attempt(() => renderAudit(body, filters, page.nextCursor, events)) }, ot('more')) : null;
  clear(body).append(h('section', { class: 'card' }, h('h2', {}, ot('auditLog')), form, table, more));
}


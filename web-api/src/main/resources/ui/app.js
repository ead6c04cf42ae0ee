// The front-desk app: sign-in, then the day, inventory and refunds screens, by URL hash.
import { get, post, del, list, setApiLanguage } from './api.js';
import { t, language, setLanguage } from './i18n.js';
import { h, clear, attempt, field, showProblem } from './dom.js';
import { state, todayIn, loadLocationData, hasRole } from './context.js';
import { renderDay } from './day.js';
import { renderInventory } from './inventory.js';
import { renderRefunds } from './refunds.js';
import { renderDayClose } from './dayclose.js';
import { tt } from './invoice-text.js';
import { renderOffice } from './office.js';
import { ot } from './office-text.js';
import { renderStripeConnect, st } from './stripe-connect.js';
import { patientPicker } from './patientpicker.js';
import { openBooking } from './booking.js';
import { passwordChangeScreen } from './password-change.js';

const root = () => document.getElementById('app');

function toggleLanguage() {
  setLanguage(language() === 'ar' ? 'en' : 'ar');
  setApiLanguage(language());
  state.treatments = [];
  start();
}

function languageButton() {
  return h('button', { type: 'button', class: 'ghost', 'data-test': 'language', lang: language() === 'ar' ? 'en' : 'ar',
    onclick: toggleLanguage }, t('language'));
}

function signInScreen() {
  const params = new URLSearchParams(location.search);
  const tenant = h('input', { name: 'tenant', required: true, autocomplete: 'organization',
    value: params.get('tenant') || localStorage.getItem('regimen.tenant') || '' });
  const email = h('input', { name: 'email', type: 'email', required: true, autocomplete: 'username' });
  const password = h('input', { name: 'password', type: 'password', required: true,
    autocomplete: 'current-password' });
  const form = h('form', { class: 'card sign-in', onsubmit: async (event) => {
    event.preventDefault();
    await attempt(async () => {
      await post('/sessions', { tenantId: tenant.value.trim(), email: email.value.trim(), password: password.value,
        cookie: true });
      localStorage.setItem('regimen.tenant', tenant.value.trim());
      localStorage.setItem('regimen.signedIn', '1');
      await start();
    });
  } }, h('h1', { text: t('appName') }), field(t('tenant'), tenant), field(t('email'), email),
  field(t('password'), password), h('div', { class: 'row' },
    h('button', { type: 'submit', class: 'primary', 'data-test': 'sign-in' }, t('signIn')), languageButton()));
  clear(root()).append(h('main', { class: 'centered' }, form));
  (tenant.value ? email : tenant).focus();
}

function shell() {
  const select = h('select', { 'aria-label': t('location'), 'data-test': 'location', onchange: async () => {
    state.location = state.locations.find((l) => l.id === select.value);
    localStorage.setItem('regimen.location', state.location.id);
    state.date = todayIn(state.location.timezone);
    await loadLocationData();
    route();
  } }, state.locations.map((l) => h('option', { value: l.id, selected: l.id === state.location.id }, l.name)));
  const link = (hash, label) => h('a', { href: hash, 'data-test': 'nav-' + hash.slice(2),
    'aria-current': (location.hash || '#/day') === hash ? 'page' : undefined }, label);
  return h('header', { class: 'top' },
    h('strong', { class: 'brand' }, t('appName')),
    h('nav', {}, link('#/day', t('day')), link('#/inventory', t('inventory')),
      hasRole('OWNER', 'MANAGER') ? link('#/refunds', t('refunds')) : null,
      hasRole('OWNER', 'MANAGER', 'FRONT_DESK') ? link('#/day-close', tt('dayClose')) : null,
      hasRole('OWNER', 'MANAGER') ? link('#/office', ot('office')) : null,
      hasRole('OWNER') ? link('#/stripe', st('stripe')) : null),
    select,
    // Finding a patient from any screen: picking one opens a booking for them.
    patientPicker({ test: 'global-search', label: t('findPatient'), onChoose: (p) => {
      state.patients.set(p.id, p);
      openBooking(() => route(), { patient: p });
    } }).element,
    h('span', { class: 'who' }, t('signedInAs') + ' ', h('bdi', {}, state.me.name || state.me.email)),
    languageButton(),
    h('button', { type: 'button', class: 'ghost', 'data-test': 'sign-out', onclick: async () => {
      await attempt(() => del('/sessions/current'));
      localStorage.removeItem('regimen.signedIn');
      state.me = null;
      signInScreen();
    } }, t('signOut')));
}

async function route() {
  const main = h('main', { id: 'main', 'aria-busy': 'true' }, h('p', { class: 'muted', 'data-test': 'loading' },
    t('loading')));
  clear(root()).append(shell(), main);
  const hash = location.hash || '#/day';
  document.body.classList.add('loading');
  try {
    if (hash.startsWith('#/inventory')) await renderInventory(main);
    else if (hash.startsWith('#/refunds')) await renderRefunds(main);
    else if (hash.startsWith('#/day-close')) await renderDayClose(main);
    else if (hash.startsWith('#/office')) await renderOffice(main);
    else if (hash.startsWith('#/stripe')) await renderStripeConnect(main);
    else await renderDay(main);
  } catch (e) {
    showProblem(e);
  } finally {
    document.body.classList.remove('loading');
    main.removeAttribute('aria-busy');
  }
}

async function start() {
  document.title = t('appName');
  // The session cookie is out of scripts' reach; this flag only saves a desk that never signed in here
  // from a 401 in the console at every load. An expired session still answers 401 and shows sign-in.
  if (!localStorage.getItem('regimen.signedIn')) return signInScreen();
  try {
    state.me = await get('/users/me');
  } catch (e) {
    if (e.status === 401) {
      localStorage.removeItem('regimen.signedIn');
      return signInScreen();
    }
    if (e.code === 'PASSWORD_CHANGE_REQUIRED') {
      return passwordChangeScreen(root(), start, () => {
        localStorage.removeItem('regimen.signedIn');
        signInScreen();
      });
    }
    throw e;
  }
  state.locations = (await list('/locations')).filter((l) => l.active);
  const saved = localStorage.getItem('regimen.location');
  state.location = state.locations.find((l) => l.id === saved) || state.locations[0];
  if (!state.location) {
    clear(root()).append(h('main', { class: 'centered' }, h('p', { text: t('none') })));
    return;
  }
  state.date = state.date || todayIn(state.location.timezone);
  state.settings = await get('/payment-settings').catch(() => ({ stripePublishableKey: '' }));
  await loadLocationData();
  await route();
}

window.addEventListener('hashchange', () => state.me && route());
setApiLanguage(language());
// A failure at start (the server down) is shown, not left as an uncaught rejection in the console.
start().catch(showProblem);

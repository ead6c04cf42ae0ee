// The back office's patient-messages settings: when reminders go, the quiet hours, which channels the
// chain uses, and its own wording of each message in Arabic and English (shipped wording until changed).
import { get, put, del } from './api.js';
import { h, clear, attempt, toast, field, openDialog, closeDialog, timeInput, readTime } from './dom.js';
import { westernDigits, localDigits, language } from './i18n.js';
import { hasRole } from './context.js';
import { mt } from './messages-text.js';

const CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP'];

export async function renderMessageSettings(body) {
  const mayChange = hasRole('OWNER') || hasRole('MANAGER');
  const settings = await get('/settings/messages');
  clear(body).append(settingsForm(body, settings, mayChange), mayChange ? await templatesTable(body) : null);
}

/** Reminder hours are typed as a list in either language's digits: "48, 24" or «٤٨، ٢٤». */
function readHours(text) {
  return westernDigits(text).split(/[\s,،]+/).filter(Boolean).map(Number);
}

function settingsForm(body, settings, mayChange) {
  const hours = h('input', { name: 'reminder-hours', 'data-field': 'reminderHours', inputmode: 'numeric', dir: 'ltr',
    value: localDigits(settings.reminderHours.join(language() === 'ar' ? '، ' : ', ')), disabled: !mayChange });
  const from = timeInput({ value: settings.quietFrom, test: 'quiet-from', label: mt('quietFrom') });
  const to = timeInput({ value: settings.quietTo, test: 'quiet-to', label: mt('quietTo') });
  from.dataset.field = 'quietFrom'; // where the server's field errors are shown
  to.dataset.field = 'quietTo';
  from.disabled = !mayChange;
  to.disabled = !mayChange;
  const channels = CHANNELS.map((c) => h('input', { type: 'checkbox', name: 'channel-' + c, value: c,
    checked: settings.channels.includes(c), disabled: !mayChange }));
  return h('form', { class: 'card', 'data-test': 'message-settings', onsubmit: (event) => {
    event.preventDefault();
    attempt(async () => {
      await put('/settings/messages', { reminderHours: readHours(hours.value), quietFrom: readTime(from),
        quietTo: readTime(to), channels: channels.filter((c) => c.checked).map((c) => c.value) });
      toast(mt('saved'));
      await renderMessageSettings(body);
    });
  } }, h('h2', {}, mt('patientMessages')), field(mt('reminderHours'), hours), h('p', { class: 'muted' },
    mt('reminderHoursHint')), field(mt('quietFrom'), from), field(mt('quietTo'), to),
  h('fieldset', { 'data-field': 'channels' }, h('legend', {}, mt('channels')),
    channels.map((c) => h('label', {}, c, ' ', mt(c.value)))),
  mayChange ? h('button', { type: 'submit', class: 'primary', 'data-test': 'message-settings-save' }, mt('save'))
    : null);
}

async function templatesTable(body) {
  const { data } = await get('/message-templates');
  return h('section', { class: 'card' }, h('h2', {}, mt('templates')), h('p', { class: 'muted' }, mt('templatesHint')),
    h('table', { class: 'table', 'data-test': 'template-table' }, h('thead', {}, h('tr', {},
      [mt('message'), mt('language'), mt('wording'), ''].map((k) => h('th', {}, k)))),
    h('tbody', {}, data.map((t) => h('tr', { 'data-test': 'template-row',
      dataset: { event: t.event, language: t.language, customised: String(t.customised) } },
    h('td', {}, mt(t.event)), h('td', {}, t.language === 'ar' ? 'العربية' : 'English'),
    h('td', {}, t.customised ? mt('customised') : mt('shipped')),
    h('td', {}, h('button', { type: 'button', 'data-test': 'template-edit', onclick: () => editTemplate(body, t) },
      mt('edit'))))))));
}

function editTemplate(body, t) {
  const path = '/message-templates/' + t.event + '/' + t.language;
  const subject = h('input', { name: 'template-subject', 'data-field': 'subject', dir: 'auto', value: t.subject,
    maxlength: 200 });
  const text = h('textarea', { name: 'template-body', 'data-field': 'body', dir: 'auto', rows: 12,
    maxlength: 5000 }, t.body);
  const done = async (message) => {
    closeDialog();
    toast(message);
    await renderMessageSettings(body);
  };
  openDialog(mt(t.event) + ' · ' + (t.language === 'ar' ? 'العربية' : 'English'),
    h('form', { 'data-test': 'template-form', onsubmit: (event) => {
      event.preventDefault();
      attempt(async () => {
        await put(path, { subject: subject.value, body: text.value });
        await done(mt('saved'));
      });
    } }, field(mt('subject'), subject), field(mt('body'), text),
    h('p', { class: 'muted' }, mt('variablesHint')),
    h('div', { class: 'row' },
      h('button', { type: 'submit', class: 'primary', 'data-test': 'template-save' }, mt('save')),
      t.customised ? h('button', { type: 'button', 'data-test': 'template-reset', onclick: () => attempt(async () => {
        await del(path);
        await done(mt('resetDone'));
      }) }, mt('reset')) : null)));
}

// The appointment panel's "Messages to the patient": each message with where it stands, and the
// patient's opt-outs per channel (honoured at once by the server, also for messages waiting).
import { get, put } from './api.js';
import { h, attempt, toast } from './dom.js';
import { t, formatTime, formatDate } from './i18n.js';
import { state, localParts } from './context.js';
import { mt } from './messages-text.js';

const CHANNELS = ['EMAIL', 'SMS', 'WHATSAPP'];

export function messagesSection(a) {
  const section = h('section', { class: 'patient-messages', 'data-test': 'messages' }, h('h4', {}, mt('messages')));
  attempt(() => fill(section, a));
  return section;
}

async function fill(section, a) {
  const { data } = await get('/appointments/' + a.id + '/messages');
  const zone = state.location.timezone;
  const when = (instant) => formatDate(localParts(instant, zone).date) + ' ' + formatTime(instant, zone);
  section.append(data.length ? h('ul', { 'data-test': 'message-list' }, data.map((m) => h('li', {
    'data-test': 'message', dataset: { event: m.event, channel: m.channel, status: m.status } },
  mt(m.event), ' · ', mt(m.channel), ' · ', h('span', { class: 'badge message-' + m.status }, mt(m.status)),
  m.reason ? [' (', m.reason.startsWith('RETRYING_') ? mt('retrying') : mt(m.reason), ')'] : null,
  ' · ', when(m.sentAt || m.nextAttemptAt))))
    : h('p', {}, mt('noMessages')));
  if (['OWNER', 'MANAGER', 'FRONT_DESK'].includes(state.me.role)) {
    section.append(await optOuts(a.patientId));
  }
}

async function optOuts(patientId) {
  const path = '/patients/' + patientId + '/message-opt-outs';
  const current = await get(path);
  const keys = { EMAIL: 'email', SMS: 'sms', WHATSAPP: 'whatsapp' };
  return h('fieldset', { 'data-test': 'opt-outs' }, h('legend', {}, mt('optedOut')), CHANNELS.map((channel) => h('label', {},
    h('input', { type: 'checkbox', 'data-test': 'opt-out-' + channel, checked: current[keys[channel]],
      onchange: (event) => attempt(async () => {
        current[keys[channel]] = event.target.checked;
        Object.assign(current, await put(path, current));
        toast(t('done'));
      }) }), ' ', mt(channel))));
}

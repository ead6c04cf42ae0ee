// The patient profile: details, intake history, screenings and clearances, appointments ahead and
// past, course progress, payments (with who took each) and what is due, the card on file, and the
// signed consents. One read (GET /v1/patients/{id}/profile).
import { get } from './api.js';
import { t, formatDate, formatTime, formatMoney, formatShortDate, formatNumber, localDigits } from './i18n.js';
import { h, openDialog, attempt } from './dom.js';
import { printPage } from './consent.js';
import { state, localParts } from './context.js';
import { openAppointment } from './appointment.js';

export async function openProfile(patientId, back) {
  const p = await get('/patients/' + patientId + '/profile');
  const zone = state.location.timezone;
  const when = (instant) => formatShortDate(localParts(instant, zone).date) + ' ' + formatTime(instant, zone);
  const treatmentName = (id) => (state.treatments.find((x) => x.id === id) || { name: id }).name;
  const now = Date.now();
  const upcoming = p.appointments.filter((a) => Date.parse(a.start) >= now).reverse();
  const past = p.appointments.filter((a) => Date.parse(a.start) < now);
  const appointmentList = (list, test) => (list.length ? h('ul', { class: 'plain', 'data-test': test }, list.map((a) =>
    h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => openAppointment(a.id, () => {}) },
      when(a.start)), ' \u00b7 ', h('bdi', {}, treatmentName(a.treatmentId)), ' \u00b7 ',
    h('span', { class: 'badge status-' + a.status }, t('status_' + a.status)))))
    : h('p', { class: 'muted' }, t('none')));
  const money = (byCurrency) => Object.entries(byCurrency).map(([currency, amount]) => formatMoney({ amount, currency }))
    .join(' \u00b7 ') || formatNumber(0);
  const body = openDialog(t('profile') + ' \u00b7 ' + p.patient.name);
  body.append(
    h('dl', { class: 'facts', 'data-test': 'profile-details' },
      h('dt', {}, t('name')), h('dd', {}, h('bdi', {}, p.patient.name)),
      h('dt', {}, t('phone')), h('dd', {}, p.patient.phone ? h('bdi', { dir: 'ltr' }, localDigits(p.patient.phone)) : '—'),
      h('dt', {}, t('patientLanguage')), h('dd', {}, p.patient.locale === 'ar' ? 'العربية' : 'English'),
      h('dt', {}, t('due')), h('dd', { 'data-test': 'profile-due' }, money(p.due)),
      h('dt', {}, t('paid')), h('dd', { 'data-test': 'profile-paid' }, money(p.paid)),
      h('dt', {}, t('cardOnFile')), h('dd', { 'data-test': 'profile-card' }, p.cardOnFile ? t('yes') : t('no'))),
    h('h3', {}, t('upcoming')), appointmentList(upcoming, 'profile-upcoming'),
    h('h3', {}, t('past')), appointmentList(past, 'profile-past'),
    h('h3', {}, t('courseProgress')), p.courses.length ? h('ul', { class: 'plain', 'data-test': 'profile-courses' },
      p.courses.map((c) => h('li', {}, h('bdi', {}, treatmentName(c.treatmentId)), ': ',
        t('completedOf', { n: formatNumber(c.completed), m: formatNumber(c.sessions - c.cancelled) }))))
      : h('p', { class: 'muted' }, t('none')),
    h('h3', {}, t('intakeHistory')), h('ul', { class: 'plain', 'data-test': 'profile-intakes' }, p.intakes.map((i) =>
      h('li', {}, t('version') + ' ' + formatNumber(i.version) + ' \u00b7 ' + when(i.recordedAt)))),
    h('h3', {}, t('screening')), h('ul', { class: 'plain', 'data-test': 'profile-screenings' }, p.screenings.map((s) =>
      h('li', {}, when(s.createdAt), ' \u00b7 ', h('bdi', {}, treatmentName(s.treatmentId)), ' \u00b7 ',
        t('outcome_' + s.outcome)))),
    h('h3', {}, t('clearance')), p.clearances.length ? h('ul', { class: 'plain' }, p.clearances.map((c) => h('li', {},
      h('bdi', {}, treatmentName(c.treatmentId)), ' \u00b7 ', t('clearedBy') + ' ', h('bdi', {}, c.physicianName || ''),
      ' ' + t('until') + ' ' + formatDate((c.expiresAt || '').slice(0, 10)))))
      : h('p', { class: 'muted' }, t('none')),
    h('h3', {}, t('consents')), p.consents.length ? h('table', { class: 'table', 'data-test': 'profile-consents' },
      h('thead', {}, h('tr', {}, [t('treatment'), t('version'), t('signedOn'), t('signedBy'), t('witness'), '']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, p.consents.map((c) => h('tr', { 'data-test': 'profile-consent', dataset: { id: c.id } },
        h('td', {}, h('bdi', {}, treatmentName(c.treatmentId))),
        h('td', {}, localDigits(c.consentVersion), c.current ? null : h('span', { class: 'badge review',
          'data-test': 'consent-outdated' }, ' ', t('consentOutdated'))),
        h('td', {}, when(c.signedAt)), h('td', {}, h('bdi', {}, c.typedName)), h('td', {}, h('bdi', {}, c.witnessName)),
        // The form as it was signed, in the language it was signed in: a printable page.
        h('td', {}, h('button', { type: 'button', class: 'link', 'data-test': 'consent-text', onclick: () => attempt(
          () => printPage('/patients/' + patientId + '/consents/' + c.id + '/html', t('signedText'),
            () => attempt(() => openProfile(patientId, back)))) }, t('signedText')))))))
      : h('p', { class: 'muted', 'data-test': 'profile-consents' }, t('none')),
    h('h3', {}, t('payments')), p.payments.length ? h('table', { class: 'table', 'data-test': 'profile-payments' },
      h('thead', {}, h('tr', {}, [t('when'), t('kind'), t('method'), t('amount'), t('status'), t('takenBy')].map((c) =>
        h('th', { scope: 'col' }, c)))),
      h('tbody', {}, p.payments.map((x) => h('tr', {}, h('td', {}, when(x.createdAt)), h('td', {}, t('kind_' + x.kind)),
        h('td', {}, x.method === 'CASH' ? t('cash') : t('card')), h('td', {}, formatMoney(x.amount)),
        h('td', {}, t('payStatus_' + x.status)),
        h('td', {}, x.takenBy ? h('bdi', {}, x.takenBy.name) : '—'))))) : h('p', { class: 'muted' }, t('none')),
    back ? h('button', { type: 'button', onclick: back }, t('goBack')) : null);
}

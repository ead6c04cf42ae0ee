// The day view: one column per room (or practitioner), appointments placed by their local time.
import { list, get } from './api.js';
import { t, formatDate, formatTime, formatNumber } from './i18n.js';
import { h, clear, dateInput, readDate } from './dom.js';
import { state, localParts, todayIn, addDays, weekday, patient, instantOf } from './context.js';
import { openBooking } from './booking.js';
import { openAppointment } from './appointment.js';

const PX_PER_MINUTE = 1.3;

function openRange(loc, date) {
  const ranges = (loc.openingHours || {})[weekday(date)] || [];
  if (!ranges.length) return [8 * 60, 20 * 60];
  const toMin = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return [Math.min(...ranges.map((r) => toMin(r[0]))), Math.max(...ranges.map((r) => toMin(r[1])))];
}

export async function renderDay(main) {
  const loc = state.location;
  const zone = loc.timezone;
  const date = state.date;
  // A window wide enough for any zone; filtered to the local day below.
  const from = new Date(Date.parse(date + 'T00:00:00Z') - 86400000).toISOString();
  const to = new Date(Date.parse(date + 'T00:00:00Z') + 2 * 86400000).toISOString();
  const appointments = (await list('/appointments?locationId=' + loc.id + '&from=' + from + '&to=' + to))
    .filter((a) => localParts(a.start, zone).date === date);
  if (!state.treatments.length) state.treatments = await list('/treatments');
  await Promise.all(appointments.map((a) => patient(a.patientId)));
  // A course tile says "2 of 3": the course's size, once per course on the day.
  const courses = new Map();
  await Promise.all([...new Set(appointments.filter((a) => a.courseId).map((a) => a.courseId))].map(async (id) => {
    const ledger = await get('/courses/' + id + '/payments').catch(() => null);
    if (ledger) courses.set(id, ledger.sessions.length);
  }));
  const shown = appointments.filter((a) => state.showCancelled || a.status !== 'CANCELLED');

  const go = (days) => { state.date = days === 0 ? todayIn(zone) : addDays(date, days); renderDay(main); };
  const picker = dateInput({ value: date, label: t('date'), test: 'day-date', onchange: () => {
    const picked = readDate(picker);
    if (picked) { state.date = picked; renderDay(main); }
  } });
  const byRoom = state.columns === 'rooms';
  const toolbar = h('div', { class: 'toolbar' },
    h('button', { type: 'button', 'aria-label': t('previous'), 'data-test': 'prev-day', onclick: () => go(-1) },
      document.documentElement.dir === 'rtl' ? '→' : '←'),
    h('button', { type: 'button', onclick: () => go(0) }, t('today')),
    h('button', { type: 'button', 'aria-label': t('next'), 'data-test': 'next-day', onclick: () => go(1) },
      document.documentElement.dir === 'rtl' ? '←' : '→'),
    picker,
    h('h1', { class: 'day-title', 'data-test': 'day-title' }, formatDate(date)),
    h('div', { class: 'segmented', role: 'group' },
      h('button', { type: 'button', 'aria-pressed': String(byRoom), 'data-test': 'by-room',
        onclick: () => { state.columns = 'rooms'; renderDay(main); } }, t('byRoom')),
      h('button', { type: 'button', 'aria-pressed': String(!byRoom), 'data-test': 'by-practitioner',
        onclick: () => { state.columns = 'practitioners'; renderDay(main); } }, t('byPractitioner'))),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', 'data-test': 'show-cancelled',
      checked: !!state.showCancelled, onchange: (e) => { state.showCancelled = e.target.checked; renderDay(main); } }),
    ' ', t('showCancelled')),
    h('button', { type: 'button', class: 'primary', 'data-test': 'new-booking',
      onclick: () => openBooking(() => renderDay(main)) }, t('newBooking')));

  const columns = byRoom ? state.rooms : state.practitioners;
  const [open, close] = openRange(loc, date);
  const height = (close - open) * PX_PER_MINUTE;
  const hours = h('div', { class: 'hours', style: { height: height + 'px' } });
  for (let m = Math.ceil(open / 60) * 60; m < close; m += 60) {
    hours.append(h('div', { class: 'hour', style: { top: (m - open) * PX_PER_MINUTE + 'px' } },
      formatTime(instantOf(date, String(m / 60).padStart(2, '0') + ':00', zone), zone)));
  }
  // Groups, not an ARIA grid: the tiles are buttons in one group per column (a grid would need rows).
  const grid = h('div', { class: 'grid', role: 'group', 'aria-label': formatDate(date),
    style: { gridTemplateColumns: '4.5rem repeat(' + Math.max(1, columns.length) + ', minmax(9rem, 1fr))' } },
  h('div', { class: 'corner' }), columns.map((c) => h('div', { class: 'column-head', 'aria-hidden': 'true' },
    h('bdi', {}, c.name))),
  hours, columns.map((c) => {
    const column = h('div', { class: 'column', role: 'group', 'aria-label': c.name, style: { height: height + 'px' } });
    const mine = shown.filter((a) => (byRoom ? a.roomId : a.practitionerId) === c.id);
    lanes(mine).forEach(({ a, lane, of }) => {
      const start = localParts(a.start, zone).minutes;
      const end = localParts(a.end, zone).minutes || 24 * 60;
      const treatment = state.treatments.find((x) => x.id === a.treatmentId);
      column.append(h('button', { type: 'button', class: 'appointment status-' + a.status,
        dataset: { treatment: a.treatmentId, test: 'appointment', id: a.id, status: a.status },
        style: { top: (start - open) * PX_PER_MINUTE + 'px', height: Math.max(24, (end - start) * PX_PER_MINUTE) + 'px',
          insetInlineStart: 'calc(' + (lane * 100 / of) + '% + .25rem)', insetInlineEnd: 'auto', width: 'calc(' + (100 / of) + '% - .5rem)' },
        onclick: () => openAppointment(a.id, () => renderDay(main)) },
      h('strong', {}, h('bdi', {}, state.patients.get(a.patientId).name)),
      h('span', {}, formatTime(a.start, zone) + ' · ', h('bdi', {}, treatment ? treatment.name : a.treatmentId)),
      a.courseId && courses.has(a.courseId) ? h('span', { class: 'course-of', 'data-test': 'course-of' },
        t('sessionOf', { n: formatNumber(a.sessionNumber), m: formatNumber(courses.get(a.courseId)) })) : null,
      h('span', { class: 'badge' }, t('status_' + a.status)),
      a.needsReview ? h('span', { class: 'badge review', 'data-test': 'review-flag', title: t('needsReview') },
        t('needsReview')) : null));
    });
    return column;
  }));
  if (date === todayIn(zone)) {
    const now = localParts(Date.now(), zone).minutes;
    if (now >= open && now <= close) {
      grid.append(h('div', { class: 'now-line', 'aria-label': t('now'), style: { top: 'calc(2.5rem + '
        + (now - open) * PX_PER_MINUTE + 'px)' } }));
    }
  }
  clear(main).append(...[toolbar, shown.length ? null : h('p', { class: 'muted', text: t('noAppointments') }),
    h('div', { class: 'grid-scroll' }, grid)].filter(Boolean));
}

/**
 * Side-by-side lanes for appointments that overlap in one column (a cancelled one beside the live
 * one that took its time, or a room shared on purpose): none covers another.
 */
function lanes(appointments) {
  const items = appointments.map((a) => ({ a, start: Date.parse(a.start), end: Date.parse(a.end), lane: 0, of: 1 }))
    .sort((x, y) => x.start - y.start || x.end - y.end);
  let cluster = [];
  let clusterEnd = -Infinity;
  const close = () => {
    const of = Math.max(1, ...cluster.map((i) => i.lane + 1));
    cluster.forEach((i) => { i.of = of; });
    cluster = [];
  };
  items.forEach((item) => {
    if (item.start >= clusterEnd) { close(); clusterEnd = -Infinity; }
    const laneEnds = [];
    cluster.forEach((i) => { laneEnds[i.lane] = Math.max(laneEnds[i.lane] || -Infinity, i.end); });
    let lane = 0;
    while (laneEnds[lane] !== undefined && laneEnds[lane] > item.start) lane++;
    item.lane = lane;
    cluster.push(item);
    clusterEnd = Math.max(clusterEnd, item.end);
  });
  close();
  return items;
}

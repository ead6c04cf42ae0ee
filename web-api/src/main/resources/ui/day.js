// The calendar: the day (one column per room or practitioner, appointments placed by their local
// time) or the week (see week.js). Clicking an empty part of a column books there; dragging a tile
// asks the server to move it, and a refusal snaps it back with the reason.
import { list, get, post } from './api.js';
import { t, formatDate, formatTime, formatNumber, formatShortDate, language } from './i18n.js';
import { h, clear, dateInput, readDate, toast } from './dom.js';
import { problemMessage } from './problems.js';
import { state, localParts, todayIn, addDays, weekday, patient, instantOf } from './context.js';
import { openBooking } from './booking.js';
import { openAppointment } from './appointment.js';
import { movable } from './drag.js';
import { weekGrid, weekStart } from './week.js';

const PX_PER_MINUTE = 1.3;

function openRange(loc, date) {
  const ranges = (loc.openingHours || {})[weekday(date)] || [];
  if (!ranges.length) return [8 * 60, 20 * 60];
  const toMin = (hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
  return [Math.min(...ranges.map((r) => toMin(r[0]))), Math.max(...ranges.map((r) => toMin(r[1])))];
}

const hhmm = (minutes) => String(Math.floor(minutes / 60)).padStart(2, '0') + ':' + String(minutes % 60).padStart(2, '0');

export async function renderDay(main) {
  const loc = state.location;
  const zone = loc.timezone;
  const date = state.date;
  const week = state.view === 'week';
  const days = week ? Array.from({ length: 7 }, (_, i) => addDays(weekStart(date, language()), i)) : [date];
  // A window wide enough for any zone; filtered to the local days below.
  const from = new Date(Date.parse(days[0] + 'T00:00:00Z') - 86400000).toISOString();
  const to = new Date(Date.parse(days[days.length - 1] + 'T00:00:00Z') + 2 * 86400000).toISOString();
  const appointments = (await list('/appointments?locationId=' + loc.id + '&from=' + from + '&to=' + to))
    .filter((a) => days.includes(localParts(a.start, zone).date));
  if (!state.treatments.length) state.treatments = await list('/treatments');
  await Promise.all(appointments.map((a) => patient(a.patientId)));
  // A course tile says "2 of 3": the course's size, once per course on the day.
  const courses = new Map();
  await Promise.all([...new Set(appointments.filter((a) => a.courseId).map((a) => a.courseId))].map(async (id) => {
    const ledger = await get('/courses/' + id + '/payments').catch(() => null);
    if (ledger) courses.set(id, ledger.sessions.length);
  }));
  const shown = appointments.filter((a) => state.showCancelled || a.status !== 'CANCELLED');
  const redraw = () => renderDay(main);

  const go = (n) => { state.date = n === 0 ? todayIn(zone) : addDays(date, n * (week ? 7 : 1)); redraw(); };
  const picker = dateInput({ value: date, label: t('date'), test: 'day-date', onchange: () => {
    const picked = readDate(picker);
    if (picked) { state.date = picked; redraw(); }
  } });
  const byRoom = state.columns === 'rooms';
  const rtl = document.documentElement.dir === 'rtl';
  const toolbar = h('div', { class: 'toolbar' },
    h('button', { type: 'button', 'aria-label': t(week ? 'previousWeek' : 'previous'), 'data-test': 'prev-day',
      onclick: () => go(-1) }, rtl ? '→' : '←'),
    h('button', { type: 'button', onclick: () => go(0) }, t('today')),
    h('button', { type: 'button', 'aria-label': t(week ? 'nextWeek' : 'next'), 'data-test': 'next-day',
      onclick: () => go(1) }, rtl ? '←' : '→'),
    picker,
    h('h1', { class: 'day-title', 'data-test': 'day-title' }, week
      ? formatShortDate(days[0]) + ' – ' + formatShortDate(days[6]) : formatDate(date)),
    h('div', { class: 'segmented', role: 'group', 'aria-label': t('calendarView') },
      h('button', { type: 'button', 'aria-pressed': String(!week), 'data-test': 'view-day',
        onclick: () => { state.view = 'day'; redraw(); } }, t('day')),
      h('button', { type: 'button', 'aria-pressed': String(week), 'data-test': 'view-week',
        onclick: () => { state.view = 'week'; redraw(); } }, t('week'))),
    h('div', { class: 'segmented', role: 'group' },
      h('button', { type: 'button', 'aria-pressed': String(byRoom), 'data-test': 'by-room',
        onclick: () => { state.columns = 'rooms'; redraw(); } }, t('byRoom')),
      h('button', { type: 'button', 'aria-pressed': String(!byRoom), 'data-test': 'by-practitioner',
        onclick: () => { state.columns = 'practitioners'; redraw(); } }, t('byPractitioner'))),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', 'data-test': 'show-cancelled',
      checked: !!state.showCancelled, onchange: (e) => { state.showCancelled = e.target.checked; redraw(); } }),
    ' ', t('showCancelled')),
    h('button', { type: 'button', class: 'primary', 'data-test': 'new-booking',
      onclick: () => openBooking(redraw) }, t('newBooking')));

  const columns = byRoom ? state.rooms : state.practitioners;
  // Where the calendar says why a move was refused: beside the grid, since no dialog is open.
  const notice = h('div', { class: 'calendar-notice', 'data-test': 'calendar-notice', 'aria-live': 'assertive' });
  const bookAt = (at) => openBooking(redraw, { at: { ...at, [byRoom ? 'roomId' : 'practitionerId']: at.columnId } });
  const tileOf = (a) => ({ a, name: state.patients.get(a.patientId).name,
    treatment: (state.treatments.find((x) => x.id === a.treatmentId) || { name: a.treatmentId }).name,
    courseOf: a.courseId && courses.has(a.courseId) ? courses.get(a.courseId) : null });
  const body = week
    ? weekGrid({ days, columns, appointments: shown, byRoom, zone, tileOf, bookAt,
      openDay: (d) => { state.view = 'day'; state.date = d; redraw(); },
      open: (a) => openAppointment(a.id, redraw) })
    : dayGrid({ loc, date, columns, shown, byRoom, tileOf, bookAt, notice, redraw });
  clear(main).append(...[toolbar, notice, shown.length ? null : h('p', { class: 'muted',
    text: t(week ? 'noAppointmentsWeek' : 'noAppointments') }), body].filter(Boolean));
}

/** The day's grid: hours down the side, a column per room or practitioner. */
function dayGrid({ loc, date, columns, shown, byRoom, tileOf, bookAt, notice, redraw }) {
  const zone = loc.timezone;
  const [open, close] = openRange(loc, date);
  const step = loc.slotMinutes || 15;
  const height = (close - open) * PX_PER_MINUTE;
  const hours = h('div', { class: 'hours', style: { height: height + 'px' } });
  for (let m = Math.ceil(open / 60) * 60; m < close; m += 60) {
    hours.append(h('div', { class: 'hour', style: { top: (m - open) * PX_PER_MINUTE + 'px' } },
      formatTime(instantOf(date, String(m / 60).padStart(2, '0') + ':00', zone), zone)));
  }

  /** A tile dropped at a point: the column under it and the time its top edge reached, rounded to a slot. */
  async function dropped(a, tile, { x, y, dy }) {
    const column = document.elementsFromPoint(x, y).find((e) => e.classList && e.classList.contains('column'));
    if (!column) return false;
    const was = localParts(a.start, zone).minutes;
    const minutes = Math.round((was + dy / PX_PER_MINUTE) / step) * step;
    const sameColumn = column.dataset.id === (byRoom ? a.roomId : a.practitionerId);
    if (minutes === was && sameColumn) return false;
    const request = { start: instantOf(date, hhmm(minutes), zone) };
    if (byRoom) request.roomId = column.dataset.id;
    else request.practitionerId = column.dataset.id;
    clear(notice);
    try {
      await post('/appointments/' + a.id + '/reschedule', request);
    } catch (e) {
      notice.append(h('div', { class: 'problem', role: 'alert', 'data-test': 'problem', dataset: { code: e.code || '' } },
        // The list's words for a taken slot speak of a list; here the tile simply goes back.
        h('p', {}, t('moveRefused', { name: tileOf(a).name }) + ' '
          + (e.code === 'SLOT_TAKEN' ? t('timeTaken') : problemMessage(e))),
        h('p', { class: 'problem-details', 'data-test': 'problem-details' }, [e.code, e.message].filter(Boolean)
          .join(' \u00b7 '))));
      return false;
    }
    toast(t('moved', { name: tileOf(a).name, time: formatTime(request.start, zone) }));
    redraw();
    return true;
  }

  // Groups, not an ARIA grid: the tiles are buttons in one group per column (a grid would need rows).
  const grid = h('div', { class: 'grid', role: 'group', 'aria-label': formatDate(date),
    dataset: { open: String(open), pxPerMinute: String(PX_PER_MINUTE) }, style: { gridTemplateColumns: '4.5rem repeat(' + Math.max(1, columns.length) + ', minmax(9rem, 1fr))' } },
  h('div', { class: 'corner' }), columns.map((c) => h('div', { class: 'column-head', 'aria-hidden': 'true' },
    h('bdi', {}, c.name))),
  hours, columns.map((c) => {
    const column = h('div', { class: 'column', role: 'group', 'aria-label': c.name, 'data-test': 'column',
      dataset: { id: c.id }, style: { height: height + 'px' },
      // An empty part of the column books there, at the slot the click fell in (a tile is a button of its own).
      onclick: (e) => {
        if (e.target !== column) return;
        const minutes = open + Math.floor(e.offsetY / PX_PER_MINUTE / step) * step;
        bookAt({ date, time: hhmm(minutes), columnId: c.id });
      } });
    const mine = shown.filter((a) => (byRoom ? a.roomId : a.practitionerId) === c.id);
    lanes(mine).forEach(({ a, lane, of }) => {
      const start = localParts(a.start, zone).minutes;
      const end = localParts(a.end, zone).minutes || 24 * 60;
      const tile = tileOf(a);
      const button = h('button', { type: 'button', class: 'appointment status-' + a.status,
        dataset: { treatment: a.treatmentId, test: 'appointment', id: a.id, status: a.status },
        style: { top: (start - open) * PX_PER_MINUTE + 'px', height: Math.max(24, (end - start) * PX_PER_MINUTE) + 'px',
          insetInlineStart: 'calc(' + (lane * 100 / of) + '% + .25rem)', insetInlineEnd: 'auto', width: 'calc(' + (100 / of) + '% - .5rem)' } },
      h('strong', {}, h('bdi', {}, tile.name)),
      h('span', {}, formatTime(a.start, zone) + ' · ', h('bdi', {}, tile.treatment)),
      tile.courseOf ? h('span', { class: 'course-of', 'data-test': 'course-of' },
        t('sessionOf', { n: formatNumber(a.sessionNumber), m: formatNumber(tile.courseOf) })) : null,
      h('span', { class: 'badge' }, t('status_' + a.status)),
      a.needsReview ? h('span', { class: 'badge review', 'data-test': 'review-flag', title: t('needsReview') },
        t('needsReview')) : null);
      const openIt = () => openAppointment(a.id, redraw);
      // Only a booked appointment moves (the server allows no other); the rest open on a click.
      if (a.status === 'BOOKED') movable(button, { open: openIt, drop: (at) => dropped(a, button, at) });
      else button.addEventListener('click', openIt);
      column.append(button);
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
  return h('div', { class: 'grid-scroll' }, grid);
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

// The week: a row per room or practitioner, a column per day (the location's days, in its zone),
// each cell listing that day's appointments by time. CSS grid follows the page's direction, so in
// Arabic the first day is on the right, as the day view's columns are mirrored.
import { t, formatTime, formatShortDate, formatDayMonth, formatNumber } from './i18n.js';
import { h } from './dom.js';
import { localParts, addDays, weekday } from './context.js';

/**
 * The first day of the week holding {@code isoDate}: Sunday in Arabic (the Gulf's working week
 * starts then), Monday in English (ISO 8601).
 */
export function weekStart(isoDate, lang) {
  const first = lang === 'ar' ? 0 : 1;
  const day = new Date(isoDate + 'T00:00:00Z').getUTCDay();
  return addDays(isoDate, -((day - first + 7) % 7));
}

/**
 * {@code bookAt({date, columnId})} from a cell's "+" (no time: the booking lists the day's slots);
 * {@code openDay(date)} from a day's heading; {@code open(appointment)} from a tile.
 */
export function weekGrid({ days, columns, appointments, byRoom, zone, tileOf, bookAt, openDay, open }) {
  const cells = new Map();
  appointments.slice().sort((x, y) => Date.parse(x.start) - Date.parse(y.start)).forEach((a) => {
    const key = (byRoom ? a.roomId : a.practitionerId) + '|' + localParts(a.start, zone).date;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(a);
  });
  return h('div', { class: 'grid-scroll' }, h('div', { class: 'week', role: 'group', 'data-test': 'week',
    'aria-label': formatShortDate(days[0]) + ' – ' + formatShortDate(days[6]),
    style: { gridTemplateColumns: 'minmax(7rem, 10rem) repeat(7, minmax(8.5rem, 1fr))' } },
  h('div', { class: 'corner' }),
  days.map((d) => h('div', { class: 'column-head week-day' }, h('button', { type: 'button', class: 'link',
    'data-test': 'week-day', dataset: { date: d }, onclick: () => openDay(d) },
  t('weekday_' + weekday(d)), ' ', formatDayMonth(d)))),
  columns.map((c) => [
    h('div', { class: 'week-row-head', 'data-test': 'week-row' }, h('bdi', {}, c.name)),
    days.map((d) => {
      const mine = cells.get(c.id + '|' + d) || [];
      return h('div', { class: 'week-cell', role: 'group', 'aria-label': c.name + ' · ' + formatShortDate(d),
        'data-test': 'week-cell', dataset: { date: d, id: c.id } },
      mine.map((a) => {
        const tile = tileOf(a);
        return h('button', { type: 'button', class: 'week-tile status-' + a.status,
          dataset: { treatment: a.treatmentId, test: 'appointment', id: a.id, status: a.status },
          onclick: () => open(a) },
        h('span', { class: 'week-time' }, formatTime(a.start, zone)), ' ', h('bdi', {}, tile.name),
        tile.courseOf ? h('span', { class: 'course-of', 'data-test': 'course-of' }, ' · ',
          t('sessionOf', { n: formatNumber(a.sessionNumber), m: formatNumber(tile.courseOf) })) : null,
        a.status === 'BOOKED' ? null : h('span', { class: 'badge' }, t('status_' + a.status)));
      }),
      h('button', { type: 'button', class: 'ghost week-add', 'data-test': 'week-add',
        'aria-label': t('newBooking') + ' · ' + c.name + ' · ' + formatShortDate(d),
        onclick: () => bookAt({ date: d, columnId: c.id }) }, '+'));
    })])));
}

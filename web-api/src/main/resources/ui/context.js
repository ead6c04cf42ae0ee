// What the signed-in desk is looking at, shared by the screens, and the location's clock.
import { get, list } from './api.js';

export const state = {
  me: null,
  locations: [],
  location: null,
  date: null,
  columns: 'rooms',
  treatments: [],
  rooms: [],
  practitioners: [],
  settings: null,
  physician: null,
  patients: new Map(),
};

/** The local date (YYYY-MM-DD) and minutes since midnight of an instant in a zone. */
export function localParts(instant, zone) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = (type) => parts.find((p) => p.type === type).value;
  return { date: part('year') + '-' + part('month') + '-' + part('day'),
    minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

export function todayIn(zone) {
  return localParts(Date.now(), zone).date;
}

export function addDays(isoDate, days) {
  const d = new Date(isoDate + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The instant of a local wall-clock time in a zone (the zone's offset found by one correction step). */
export function instantOf(isoDate, hhmm, zone) {
  const guess = Date.parse(isoDate + 'T' + hhmm + ':00Z');
  const seen = localParts(guess, zone);
  const seenMs = Date.parse(seen.date + 'T00:00:00Z') + seen.minutes * 60000;
  return new Date(guess - (seenMs - guess)).toISOString();
}

export const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export function weekday(isoDate) {
  return DAYS[new Date(isoDate + 'T00:00:00Z').getUTCDay()];
}

export async function patient(id) {
  if (!state.patients.has(id)) state.patients.set(id, await get('/patients/' + id));
  return state.patients.get(id);
}

export async function loadLocationData() {
  const id = state.location.id;
  [state.rooms, state.practitioners] = await Promise.all([
    list('/rooms?locationId=' + id),
    list('/practitioners'),
  ]);
  state.rooms = state.rooms.filter((r) => r.active);
  state.physician = physicianOf(state.practitioners, state.me);
  state.practitioners = state.practitioners.filter((p) => p.active !== false
    && (p.schedule || []).some((s) => s.locationId === id));
}

/**
 * The practitioner the signed-in user is, if it holds a PHYSICIAN licence valid today: only then is
 * "record clearance" offered (the server checks the same and refuses anyone else with 403).
 */
function physicianOf(practitioners, me) {
  const today = new Date().toISOString().slice(0, 10);
  return (me && practitioners.find((p) => p.userId === me.id && p.active !== false
    && (p.credentials || []).some((c) => c.type === 'PHYSICIAN' && (!c.expiresOn || c.expiresOn >= today)))) || null;
}

export function hasRole(...roles) {
  return state.me && roles.includes(state.me.role);
}

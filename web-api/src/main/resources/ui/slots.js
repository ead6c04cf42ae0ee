// The booking dialog's slot search in availability's compact form (per day and practitioner, the
// start times): the dialog shows the first slots only, so it asks for those and no more, and the
// answer carries no room (booking picks a free suitable one).
import { get } from './api.js';

/** The first `first` slots for an availability query, earliest first: [{ start, practitionerId }]. */
export async function findSlots(query, first) {
  const compact = await get('/availability/compact?' + query + '&first=' + first);
  const slots = [];
  for (const day of compact.days) {
    for (const p of day.practitioners) {
      for (const start of p.starts) slots.push({ start, practitionerId: p.practitionerId });
    }
  }
  // Same order as the full form: by start, then practitioner id.
  const byStart = (a, b) => Date.parse(a.start) - Date.parse(b.start)
    || (a.practitionerId < b.practitionerId ? -1 : a.practitionerId > b.practitionerId ? 1 : 0);
  return { slots: slots.sort(byStart) };
}

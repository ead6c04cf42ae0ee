// The owner's reports: filters (location, dates), a chart, the figures as a table, and CSV export.
// Charts use Chart.js's UMD build, which the Maven build fetches from the npm registry into /vendor/.
import { get } from './api.js';
import { language, formatNumber, fromMinor } from './i18n.js';
import { h, clear, attempt } from './dom.js';
import { state, todayIn, addDays } from './context.js';
import { ot } from './office-text.js';

const REPORTS = ['revenue', 'attendance', 'patients', 'utilisation', 'stock'];
let chartLoading;

/** Loads Chart.js once, as a classic script from our own origin (the CSP allows only 'self'). */
function chartLibrary() {
  if (window.Chart) return Promise.resolve(window.Chart);
  chartLoading = chartLoading || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/vendor/chart.umd.js';
    script.onload = () => resolve(window.Chart);
    script.onerror = () => reject(new Error('Chart.js did not load'));
    document.head.append(script);
  });
  return chartLoading;
}

// Money arrives in minor units; each currency has its own ISO 4217 digits (2 for SAR, 3 for KWD, 0 for JPY).
const minor = (amount, currency) => new Intl.NumberFormat(document.documentElement.lang, { style: 'currency',
  currency }).format(fromMinor(amount, currency));
const major = fromMinor;
/** Money of stock: units of unknown cost are said, never counted as free. */
const worth = (amount, uncosted, currency) => {
  if (amount == null) return ot('costUnknown');
  return minor(amount, currency) + (uncosted ? ' + ' + ot('unitsOfUnknownCost', { n: formatNumber(uncosted) }) : '');
};
const percent = (rate) => new Intl.NumberFormat(document.documentElement.lang, { style: 'percent',
  maximumFractionDigits: 1 }).format(Number(rate));

/** Figures to draw and to list, per report. */
/**
 * The revenue chart's series: one per group and currency, gross per period in that currency's major
 * units (never a fixed hundred: a dinar has 1000 fils, a yen no minor unit).
 */
export function revenueSeries(r) {
  const periods = [...new Set(r.lines.map((l) => l.periodStart))];
  const keys = [...new Map(r.lines.map((l) => [l.groupName + ' ' + l.currency, l.currency])).entries()];
  return keys.map(([name, currency]) => ({ name,
    values: periods.map((p) => major(r.lines.filter((l) => l.periodStart === p
      && l.groupName + ' ' + l.currency === name).reduce((sum, l) => sum + l.gross, 0), currency)) }));
}

const SHAPES = {
  revenue: (r) => ({
    labels: [...new Set(r.lines.map((l) => l.periodStart))],
    series: revenueSeries(r),
    head: ['period', 'group', 'invoiced', 'credited', 'gross', 'vat', 'net'],
    rows: r.lines.map((l) => [l.periodStart, l.groupName, minor(l.invoiced, l.currency), minor(l.credited, l.currency),
      minor(l.gross, l.currency), minor(l.vat, l.currency), minor(l.net, l.currency)])
      .concat(r.totals.map((t) => [ot('total'), t.currency, minor(t.invoiced, t.currency), minor(t.credited, t.currency),
        minor(t.gross, t.currency), minor(t.vat, t.currency), minor(t.net, t.currency)])),
  }),
  attendance: (r) => ({
    labels: r.lines.map((l) => l.locationName),
    series: [{ name: ot('noShowRate'), values: r.lines.map((l) => Number(l.noShowRate) * 100) },
      { name: ot('lateCancelRate'), values: r.lines.map((l) => Number(l.lateCancelRate) * 100) }],
    head: ['location', 'appointments', 'noShows', 'lateCancels', 'noShowRate', 'lateCancelRate', 'feesCharged',
      'feesCollected'],
    rows: r.lines.map((l) => [l.locationName, formatNumber(l.appointments), formatNumber(l.noShows),
      formatNumber(l.lateCancels), percent(l.noShowRate), percent(l.lateCancelRate), minor(l.feesCharged, l.currency),
      minor(l.feesCollected, l.currency)]),
  }),
  patients: (r) => ({
    labels: [ot('newPatients'), ot('returningPatients'), ot('coursesStarted'), ot('coursesCompleted')],
    series: [{ name: ot('patients'), values: [r.newPatients, r.returningPatients, r.coursesStarted,
      r.coursesCompleted] }],
    head: ['patientsSeen', 'newPatients', 'returningPatients', 'coursesStarted', 'coursesCompleted',
      'courseCompletionRate'],
    rows: [[r.patientsSeen, r.newPatients, r.returningPatients, r.coursesStarted, r.coursesCompleted]
      .map(formatNumber).concat([percent(r.courseCompletionRate)])],
  }),
  utilisation: (r) => ({
    labels: r.lines.map((l) => l.name),
    series: [{ name: ot('utilisation'), values: r.lines.map((l) => Number(l.rate) * 100) }],
    head: ['name', 'kind', 'location', 'bookedHours', 'openHours', 'rate'],
    rows: r.lines.map((l) => [l.name, ot(l.kind), l.locationName, formatNumber(Math.round(l.bookedMinutes / 6) / 10),
      formatNumber(Math.round(l.openMinutes / 6) / 10), percent(l.rate)]),
  }),
  stock: (r) => {
    const measures = ['consumed', 'expiringIn30Days', 'expiringIn60Days', 'expiringIn90Days'];
    const values = ['consumedCost', 'valueExpiringIn30Days', 'valueExpiringIn60Days', 'valueExpiringIn90Days'];
    return {
      labels: measures.map((m) => ot(m)),
      series: r.lines.map((l) => ({ name: l.locationName + ' ' + l.currency,
        values: values.map((v) => major(l[v].amount || 0, l.currency)) })),
      head: ['location', 'measure', 'item', 'quantity', 'costOrValue'],
      rows: r.lines.flatMap((l) => {
        const listed = measures.flatMap((m, i) => l[m].map((item) => [l.locationName, ot(m), item.name,
          formatNumber(item.quantity), worth(item.cost, item.uncostedQuantity, l.currency)])
          .concat([[l.locationName, ot(m), ot('total'), '', worth(l[values[i]].amount,
            l[values[i]].uncostedQuantity, l.currency)]]));
        return listed.concat(l.belowPar.map((item) => [l.locationName, ot('belowPar'), item.name,
          formatNumber(item.quantity), '']));
      }),
    };
  },
};

async function download(path, name) {
  const response = await fetch('/v1' + path, { headers: { 'X-Regimen-Client': 'ui' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error('HTTP ' + response.status);
  const url = URL.createObjectURL(await response.blob());
  const a = h('a', { href: url, download: name + '.csv' });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export async function renderReports(body, chosen = {}) {
  const today = state.location ? todayIn(state.location.timezone) : new Date().toISOString().slice(0, 10);
  const filters = { report: 'revenue', locationId: '', from: addDays(today, -29), to: today, period: 'DAY',
    groupBy: 'LOCATION', ...chosen };
  const report = h('select', { name: 'report', 'data-test': 'report-kind' },
    REPORTS.map((r) => h('option', { value: r, selected: r === filters.report }, ot('report_' + r))));
  const where = h('select', { name: 'report-location' }, h('option', { value: '' }, ot('allLocations')),
    state.locations.map((l) => h('option', { value: l.id, selected: l.id === filters.locationId }, l.name)));
  const from = h('input', { name: 'report-from', type: 'date', value: filters.from, required: true });
  const to = h('input', { name: 'report-to', type: 'date', value: filters.to, required: true });
  const period = h('select', { name: 'report-period' }, ['DAY', 'WEEK', 'MONTH']
    .map((p) => h('option', { value: p, selected: p === filters.period }, ot(p))));
  const groupBy = h('select', { name: 'report-group' }, ['LOCATION', 'TREATMENT', 'PRACTITIONER']
    .map((g) => h('option', { value: g, selected: g === filters.groupBy }, ot(g))));
  const read = () => ({ report: report.value, locationId: where.value, from: from.value, to: to.value,
    period: period.value, groupBy: groupBy.value });
  const query = (f) => {
    const q = new URLSearchParams({ from: f.from, to: f.to });
    if (f.locationId) q.set('locationId', f.locationId);
    if (f.report === 'revenue') { q.set('period', f.period); q.set('groupBy', f.groupBy); }
    return q.toString();
  };
  const form = h('form', { class: 'row', onsubmit: (event) => {
    event.preventDefault();
    attempt(() => renderReports(body, read()));
  } }, h('label', { class: 'field' }, h('span', {}, ot('report')), report),
  h('label', { class: 'field' }, h('span', {}, ot('location')), where),
  h('label', { class: 'field' }, h('span', {}, ot('from')), from),
  h('label', { class: 'field' }, h('span', {}, ot('to')), to),
  filters.report === 'revenue' ? [h('label', { class: 'field' }, h('span', {}, ot('period')), period),
    h('label', { class: 'field' }, h('span', {}, ot('groupBy')), groupBy)] : null,
  h('button', { type: 'submit', class: 'primary', 'data-test': 'report-show' }, ot('show')),
  h('button', { type: 'button', 'data-test': 'report-csv', onclick: () => attempt(() =>
    download('/reports/' + filters.report + '.csv?' + query(filters), filters.report)) }, ot('exportCsv')));
  report.addEventListener('change', () => attempt(() => renderReports(body, { ...read(), report: report.value })));

  const data = await get('/reports/' + filters.report + '?' + query(filters));
  const shape = SHAPES[filters.report](data);
  const canvas = h('canvas', { 'data-test': 'report-chart', 'data-report': filters.report, 'aria-label': ot('report_' + filters.report),
    role: 'img' });
  const table = h('table', { class: 'table', 'data-test': 'report-table', 'data-report': filters.report },
    h('thead', {}, h('tr', {}, shape.head.map((k) => h('th', {}, ot(k))))),
    h('tbody', {}, shape.rows.map((row) => h('tr', { 'data-test': 'report-row' },
      row.map((cell) => h('td', {}, h('bdi', {}, String(cell))))))));
  clear(body).append(h('section', { class: 'card' }, h('h2', {}, ot('report_' + filters.report)), form,
    h('div', { class: 'chart-box', style: { position: 'relative', height: '320px' } }, canvas),
    shape.rows.length ? table : h('p', { class: 'muted', 'data-test': 'report-empty' }, ot('noFigures'))));
  try {
    const Chart = await chartLibrary();
    const rtl = language() === 'ar';
    new Chart(canvas, {
      type: filters.report === 'revenue' ? 'line' : 'bar',
      data: { labels: shape.labels, datasets: shape.series.map((s) => ({ label: s.name, data: s.values })) },
      options: { responsive: true, maintainAspectRatio: false, animation: false, locale: document.documentElement.lang,
        plugins: { legend: { rtl, textDirection: rtl ? 'rtl' : 'ltr' },
          tooltip: { rtl, textDirection: rtl ? 'rtl' : 'ltr' } },
        scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left', beginAtZero: true } } },
    });
    canvas.dataset.drawn = 'true';
  } catch (e) {
    canvas.replaceWith(h('p', { class: 'muted' }, e.message));
  }
}

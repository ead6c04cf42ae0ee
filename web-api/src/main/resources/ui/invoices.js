// An appointment's tax invoices and credit notes: print one (the server's page, shown in the
// dialog so it prints under our own stylesheet) or download its PDF.
import { get } from './api.js';
import { language, formatMoney } from './i18n.js';
import { h, openDialog, attempt } from './dom.js';
import { tt } from './invoice-text.js';

/** The document's bytes, fetched with the client header the session cookie needs (a plain link cannot send it). */
async function fetchDocument(id, format) {
  const response = await fetch('/v1/tax-documents/' + id + '/' + format + '?lang=' + language(), {
    headers: { 'X-Regimen-Client': 'ui' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error('HTTP ' + response.status);
  return response;
}

async function printDocument(doc, back) {
  const page = new DOMParser().parseFromString(await (await fetchDocument(doc.id, 'html')).text(), 'text/html');
  const article = h('article', { class: 'tax-document', 'data-test': 'tax-document', dir: page.documentElement.dir });
  // Only the page's body: its inline style would be refused by our Content-Security-Policy anyway.
  article.append(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
  const body = openDialog(doc.number);
  body.append(article, h('button', { type: 'button', class: 'primary', 'data-test': 'print-document',
    onclick: () => window.print() }, tt('printInvoice')), h('button', { type: 'button', class: 'ghost',
    onclick: back }, '←'));
}

async function downloadPdf(doc) {
  const blob = await (await fetchDocument(doc.id, 'pdf')).blob();
  const link = h('a', { href: URL.createObjectURL(blob), download: doc.number + '.pdf' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

/** The section for the appointment panel; {@code back} reopens the panel after printing. */
export function taxDocumentsSection(appointmentId, back) {
  const section = h('section', { class: 'tax-documents', 'data-test': 'tax-documents' },
    h('h3', { text: tt('taxDocuments') }));
  get('/appointments/' + appointmentId + '/tax-documents').then((docs) => {
    if (!docs.length) {
      section.append(h('p', { class: 'muted' }, tt('noDocuments')));
      return;
    }
    section.append(h('table', { class: 'table' }, h('tbody', {}, docs.map((doc) => h('tr', {
      'data-test': 'tax-document-row' },
    h('td', {}, tt(doc.type)), h('td', {}, h('bdi', {}, doc.number)),
    h('td', {}, formatMoney({ amount: doc.vat.gross, currency: doc.vat.currency })),
    h('td', {}, tt('vat') + ' ' + formatMoney({ amount: doc.vat.vat, currency: doc.vat.currency })),
    h('td', {}, h('button', { type: 'button', 'data-test': 'print-invoice',
      onclick: () => attempt(() => printDocument(doc, back)) }, tt('printInvoice')), ' ',
    h('button', { type: 'button', class: 'ghost', 'data-test': 'invoice-pdf',
      onclick: () => attempt(() => downloadPdf(doc)) }, tt('downloadPdf'))))))));
  }).catch(() => section.remove());
  return section;
}

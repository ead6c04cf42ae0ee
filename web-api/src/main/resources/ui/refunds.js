// The managers' queue: refunds beyond the cancellation policy, asked for at the desk.
import { post, list } from './api.js';
import { t, formatMoney, formatShortDate } from './i18n.js';
import { h, clear, attempt, toast } from './dom.js';

export async function renderRefunds(main) {
  const waiting = await list('/refunds?status=AWAITING_APPROVAL').catch(() => []);
  const decide = (id, verb) => attempt(async () => {
    const refund = await post('/refunds/' + id + '/' + verb);
    toast(t('refundStatus_' + refund.status));
    await renderRefunds(main);
  });
  clear(main).append(h('section', { class: 'card' }, h('h2', { text: t('awaitingApproval') }),
    waiting.length ? h('table', { class: 'table', 'data-test': 'refund-queue' }, h('tbody', {}, waiting.map((r) =>
      h('tr', {}, h('td', {}, formatShortDate(r.createdAt.slice(0, 10))), h('td', {}, formatMoney(r.amount)),
        h('td', {}, h('button', { type: 'button', class: 'primary', onclick: () => decide(r.id, 'approve') },
          t('approve')), ' ', h('button', { type: 'button', class: 'danger', onclick: () => decide(r.id, 'decline') },
          t('decline')))))))
      : h('p', { class: 'muted' }, t('none'))));
}

// The owner's Stripe settings: where onboarding stands, and the way to Stripe-hosted onboarding.
// The account is made by the platform and connected when Stripe enables charges; no id is typed.
import { get, post } from './api.js';
import { language } from './i18n.js';
import { h, attempt } from './dom.js';

const TEXT = {
  en: {
    stripe: 'Stripe', stripeTitle: 'Card payments (Stripe)', account: 'Stripe account',
    state_NOT_STARTED: 'Not connected yet', state_ONBOARDING: 'Onboarding: Stripe has not enabled charges yet',
    state_CONNECTED: 'Connected: card payments go to this account',
    state_RESTRICTED: 'Stripe has disabled charges: open onboarding to give Stripe what it asks',
    start: 'Connect with Stripe', continue: 'Continue onboarding on Stripe',
  },
  ar: {
    stripe: 'Stripe', stripeTitle: 'الدفع بالبطاقة (Stripe)', account: 'حساب Stripe',
    state_NOT_STARTED: 'غير مرتبط بعد', state_ONBOARDING: 'التسجيل جارٍ: لم يفعّل Stripe الدفع بعد',
    state_CONNECTED: 'مرتبط: مدفوعات البطاقات تذهب إلى هذا الحساب',
    state_RESTRICTED: 'أوقف Stripe الدفع: افتح التسجيل لتقديم ما يطلبه',
    start: 'الربط مع Stripe', continue: 'متابعة التسجيل على Stripe',
  },
};
export const st = (key) => (TEXT[language()] || TEXT.en)[key] || TEXT.en[key] || key;

export async function renderStripeConnect(main) {
  const status = await get('/stripe-connect');
  const go = h('button', { type: 'button', class: 'primary', 'data-test': 'stripe-onboard',
    onclick: () => attempt(async () => {
      const link = await post('/stripe-connect/onboarding-link', {});
      window.location.assign(link.url);
    }) }, status.state === 'NOT_STARTED' ? st('start') : st('continue'));
  main.append(h('section', { class: 'card', 'data-test': 'stripe-connect', dataset: { state: status.state } },
    h('h2', { text: st('stripeTitle') }),
    h('p', { 'data-test': 'stripe-state', text: st('state_' + status.state) }),
    status.stripeAccountId ? h('p', {}, st('account') + ': ', h('bdi', {}, status.stripeAccountId)) : null,
    status.state === 'CONNECTED' ? null : go));
}

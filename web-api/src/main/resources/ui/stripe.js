// Card payments through Stripe Elements, only when the platform has a publishable key. Stripe.js
// must come from js.stripe.com (card details never touch our page); it is loaded on first use.
import { t } from './i18n.js';
import { h, openDialog, toast } from './dom.js';

let loading;
function loadStripe() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = 'https://js.stripe.com/v3/';
      script.onload = () => resolve(window.Stripe);
      script.onerror = () => reject(new Error('Stripe.js could not be loaded'));
      document.head.append(script);
    });
  }
  return loading;
}

export async function payByCard(settings, clientSecret) {
  const Stripe = await loadStripe();
  const stripe = Stripe(settings.stripePublishableKey, { stripeAccount: settings.stripeAccountId });
  const elements = stripe.elements({ clientSecret });
  const mount = h('div', { class: 'card-element' });
  const body = openDialog(t('card'));
  return new Promise((resolve) => {
    body.append(mount, h('button', { type: 'button', class: 'primary', onclick: async () => {
      const result = await stripe.confirmPayment({ elements, redirect: 'if_required' });
      if (result.error) { toast(result.error.message, true); return; }
      resolve(result.paymentIntent);
    } }, t('confirmCard')));
    elements.create('payment').mount(mount);
  });
}

// Cancel and no-show can be undone for a few seconds: the request waits on the desk's side, with an
// Undo button in a toast, and is sent when the toast runs out. Nothing reaches the server until then,
// so Undo leaves no trace (no audit row, no refund sent). A page closed meanwhile still sends it.
import { call } from './api.js';
import { t } from './i18n.js';
import { toast, showProblem } from './dom.js';

export const UNDO_MS = 8000;
const waiting = new Map();

/**
 * Sends {@code method path body} after UNDO_MS unless Undo is pressed; {@code done} runs after it is
 * sent (or refused: the refusal is shown), {@code undone} after Undo.
 */
export function sendLater({ message, path, body, done, undone, test }) {
  const key = crypto.randomUUID();
  const send = async () => {
    if (!waiting.delete(key)) return;
    try {
      await call('POST', path, body, { idempotencyKey: key });
    } catch (e) {
      showProblem(e);
    }
    if (done) await done();
  };
  waiting.set(key, { path, body });
  toast(message, false, { label: t('undo'), test: test || 'undo', ms: UNDO_MS, expired: send, run: () => {
    waiting.delete(key);
    toast(t('undone'));
    if (undone) undone();
  } });
  return key;
}

/** Whether any change is still waiting (the tile shows it). */
export function isWaiting(path) {
  return [...waiting.values()].some((w) => w.path === path);
}

// Closing or leaving the page sends what was confirmed: keepalive lets the request outlive the page.
window.addEventListener('pagehide', () => {
  for (const [key, w] of waiting) {
    call('POST', w.path, w.body, { idempotencyKey: key, keepalive: true }).catch(() => {});
  }
  waiting.clear();
});

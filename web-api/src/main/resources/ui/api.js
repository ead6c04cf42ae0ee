// The UI speaks only the public /v1 API. The session lives in an HttpOnly cookie that scripts
// cannot read; every request carries X-Regimen-Client, without which the cookie is not accepted.

export class Problem extends Error {
  constructor(status, body) {
    super(body && (body.detail || body.title) || ('HTTP ' + status));
    this.status = status;
    this.code = body && body.code;
    this.body = body || {};
  }
}

let language = 'en';
export function setApiLanguage(lang) { language = lang; }

export async function call(method, path, body, options = {}) {
  const headers = { 'X-Regimen-Client': 'ui', 'Accept': 'application/json',
    'Accept-Language': options.language || language };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // Writes are safe to retry: the same key never books or charges twice. A caller that may send the
  // same intent again (a payment retried after a network error) passes its own key for that intent.
  if (method === 'POST') headers['Idempotency-Key'] = options.idempotencyKey || crypto.randomUUID();
  let response;
  try {
    response = await fetch('/v1' + path, { method, headers, credentials: 'same-origin', keepalive: !!options.keepalive,
      body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (offline) {
    throw new Problem(0, { code: 'OFFLINE', detail: String(offline) });
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (notJson) {
    json = { code: 'REQUEST_FAILED', detail: 'HTTP ' + response.status };
  }
  if (!response.ok) throw new Problem(response.status, json);
  return json;
}

export const get = (path, options) => call('GET', path, undefined, options);
export const post = (path, body, options) => call('POST', path, body === undefined ? {} : body, options);
export const put = (path, body) => call('PUT', path, body);
export const del = (path) => call('DELETE', path);
export const list = async (path) => (await get(path)).data;

// fetch for the /api routes (same origin, the sign-in cookie goes along) and problem+json handling.
import { h } from './dom.js';
import { lang, t } from './i18n.js';

const TIMEOUT_MS = 15000;
const UPLOAD_TIMEOUT_MS = 60000;

/** A non-2xx answer: its status and its problem+json body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** GET/POST a JSON route. Resolves { status, data }; rejects with ApiError (status 0: no answer). */
export function api(path, { method = 'GET', body } = {}) {
  return body === undefined
    ? send(path, method)
    : send(path, method, JSON.stringify(body), 'application/json');
}

/** POSTs a file as the raw body with its own media type; a longer timeout, as a file of megabytes may take a while. */
export function upload(path, file) {
  return send(path, 'POST', file, file.type || 'application/octet-stream', UPLOAD_TIMEOUT_MS);
}

async function send(path, method, body, contentType, timeoutMs = TIMEOUT_MS) {
  // X-Requested-With: a page of another site cannot send it without CORS, so a bodiless POST carrying it is ours.
  // Accept-Language: the service gives its own sentences (history details, problems, field errors) in the page's language.
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': lang(), 'X-Requested-With': 'reception' };
  if (contentType) headers['Content-Type'] = contentType;
  let res;
  try {
    res = await fetch(path, { method, credentials: 'same-origin', headers, body, signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: String(e?.message ?? e) });
  }
  const text = await res.text();
  let data = null;
  if (text) {
    try { data = JSON.parse(text); } catch { data = { detail: text.slice(0, 300) }; }
  }
  if (!res.ok) throw new ApiError(res.status, data);
  return { status: res.status, data };
}

/** The sentence a person reads for a failed request. */
export function problemMessage(err) {
  if (!(err instanceof ApiError)) return `${t('error.unexpected')} ${err?.message ?? ''}`.trim();
  const detail = err.problem?.detail ? ` (${err.problem.detail})` : '';
  switch (err.status) {
    case 0: return t('error.network');
    case 400: return t('error.invalid') + detail;
    case 401: return t('error.signedOut');
    case 403: return t('error.forbidden') + detail;
    case 404: return t('error.notFound') + detail;
    case 409: return t('error.conflict') + detail;
    case 413: return t('error.tooLarge');
    case 415: return t('error.mediaType');
    case 503: return t('error.unavailable');
    default: return t('error.server', { status: err.status }) + detail;
  }
}

/** Shows a message in an alert box (role="alert"); an empty message hides it. */
export function showAlert(box, message, kind = 'error') {
  if (!box) return;
  box.textContent = message || '';
  box.hidden = !message;
  box.dataset.kind = kind;
}

/** Removes the field errors a form shows. */
export function clearFieldErrors(scope) {
  scope.querySelectorAll('.field-error').forEach((e) => e.remove());
  scope.querySelectorAll('[aria-invalid="true"]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    const ids = (e.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.startsWith('err-'));
    if (ids.length) e.setAttribute('aria-describedby', ids.join(' '));
    else e.removeAttribute('aria-describedby');
  });
}

let errorSeq = 0;

/**
 * Shows a failed request: each `errors` entry next to the control with the matching
 * data-field (e.g. applicant.iin, instructions[0].dueDate), the rest and the detail in the alert.
 * Returns the list of field paths that found no control.
 */
export function showProblem(scope, alertBox, err) {
  clearFieldErrors(scope);
  const unmatched = [];
  const errors = err instanceof ApiError ? err.problem?.errors : null;
  let first = null;
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const control = findControl(scope, path);
    const text = (Array.isArray(messages) ? messages : [messages]).join(' ');
    if (!control || control.closest('[hidden]')) {
      unmatched.push(`${path}: ${text}`);
      continue;
    }
    errorSeq += 1;
    const msg = h('p', { class: 'field-error', id: `err-${errorSeq}`, 'data-error-for': path }, text);
    const wrap = control.closest('.field, fieldset') ?? control.parentElement;
    wrap.append(msg);
    control.setAttribute('aria-invalid', 'true');
    const described = control.getAttribute('aria-describedby');
    control.setAttribute('aria-describedby', described ? `${described} ${msg.id}` : msg.id);
    first ??= control;
  }
  // Field errors are shown at their fields; the generic detail of a 400 only repeats that.
  const shownAtFields = err instanceof ApiError && err.status === 400 && errors && unmatched.length === 0;
  let message = shownAtFields ? t('error.invalid') : problemMessage(err);
  if (unmatched.length) message += ` ${unmatched.join('; ')}`;
  showAlert(alertBox, message);
  if (first) first.focus();
  return unmatched;
}

function findControl(scope, path) {
  const all = [...scope.querySelectorAll('[data-field]')];
  const exact = all.find((e) => e.dataset.field === path);
  if (exact) return exact;
  // "applicant.legalEntity" (a whole object) → its first part; "instructions" → the first row.
  const part = all.find((e) => e.dataset.field.startsWith(`${path}.`) || e.dataset.field.startsWith(`${path}[`));
  if (part) return part;
  // "applicant.categories[2]" → the group "applicant.categories".
  const parent = path.replace(/\[\d+\]$/, '');
  return parent && parent !== path ? findControl(scope, parent) : null;
}

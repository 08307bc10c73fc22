// A tiny element builder: text always goes in as text (never HTML), so data from the API cannot inject markup.

/**
 * h('button', { class: 'primary', type: 'button', onclick: fn, 'data-field': 'x' }, 'text', child, [more])
 * Attributes: on* → listeners; true → boolean attribute; false/null/undefined → left out.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in el) {
      el.value = value;
    } else if (name === 'checked' || name === 'selected') {
      el[name] = Boolean(value);
    } else {
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uid = 0;
/** A unique id for label/for pairs. */
export function id(prefix = 'f') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A labelled control: <div class="field"><label for>…</label><control id></div>. */
export function field(labelText, control, hint) {
  if (!control.id) control.id = id();
  const wrap = h('div', { class: 'field' }, h('label', { for: control.id }, labelText), control);
  if (hint) {
    const hintEl = h('p', { class: 'hint', id: id('hint') }, hint);
    control.setAttribute('aria-describedby', hintEl.id);
    wrap.append(hintEl);
  }
  return wrap;
}

/** A checkbox with its label after it. */
export function checkbox(labelText, attrs = {}) {
  const input = h('input', { type: 'checkbox', id: id(), ...attrs });
  return { input, el: h('div', { class: 'field check' }, input, h('label', { for: input.id }, labelText)) };
}

/** A <select> of [value, text] pairs. */
export function select(options, attrs = {}) {
  return h('select', attrs, options.map(([value, text]) => h('option', { value }, text)));
}

/** A region that announces itself: errors (role=alert) or progress (role=status). */
export function alertBox() {
  return h('div', { class: 'alert', role: 'alert', hidden: true });
}

export function statusBox() {
  return h('div', { class: 'notice', role: 'status', 'aria-live': 'polite', hidden: true });
}

/** Puts the screen's heading in focus (keyboard and screen-reader users start at the top of a new screen). */
export function focusHeading(container) {
  const h1 = container.querySelector('h1');
  if (h1) {
    h1.setAttribute('tabindex', '-1');
    h1.focus({ preventScroll: false });
  }
}

import { parseHTML } from 'linkedom';
// Copied from tests/unit/service-level-ui/dom.ts so the letter-ui tests stand on their own.
import { act } from 'preact/test-utils';

/*
 * A DOM for Preact in Node (linkedom), installed as globals for one test, with the two fixes
 * the logbook tests found necessary: on* properties Preact looks for, and listeners called
 * with `this` = the element that registered them.
 */
export function installDom(): { root: HTMLElement; restore: () => void } {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="r"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window, Event: g.Event };
  Object.assign(g, { document, window, Event: window.Event });
  for (const name of ['onkeydown', 'onclick', 'oninput', 'onchange', 'onsubmit', 'ontoggle']) {
    if (!(name in window.HTMLElement.prototype)) Object.defineProperty(window.HTMLElement.prototype, name, { value: null, writable: true, configurable: true });
  }
  let etProto: object | null = document.createElement('div');
  while (etProto && !Object.prototype.hasOwnProperty.call(etProto, 'addEventListener')) etProto = Object.getPrototypeOf(etProto);
  const et = etProto as EventTarget;
  const add = et.addEventListener;
  const remove = et.removeEventListener;
  const bound = new WeakMap<object, Map<unknown, EventListener>>();
  const bind = (el: object, l: EventListener) => {
    let m = bound.get(el);
    if (!m) bound.set(el, (m = new Map()));
    let b = m.get(l);
    if (!b) m.set(l, (b = (e: Event) => l.call(el, e)));
    return b;
  };
  et.addEventListener = function (this: object, type: string, l: EventListener, o?: unknown) {
    return add.call(this, type, typeof l === 'function' ? bind(this, l) : l, o as never);
  } as never;
  et.removeEventListener = function (this: object, type: string, l: EventListener, o?: unknown) {
    return remove.call(this, type, typeof l === 'function' ? bind(this, l) : l, o as never);
  } as never;
  return {
    root: document.getElementById('r') as unknown as HTMLElement,
    restore: () => {
      et.addEventListener = add;
      et.removeEventListener = remove;
      Object.assign(g, saved);
    },
  };
}

/** Clicks an element inside act(). */
export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('no element to click');
  act(() => {
    el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true, cancelable: true }));
  });
}

/** Types a value into an input and fires `input`. */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  act(() => {
    input.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('input', { bubbles: true }));
  });
}

/** Collapses whitespace, for comparing rendered text. */
export function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

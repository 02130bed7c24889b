import { parseHTML } from 'linkedom';
import { render } from 'preact';

/**
 * A linkedom DOM installed as globals so Preact can render in Node (same approach as
 * tests/unit/logbook/capture-box.test.tsx). Returns the mount point and a restore function.
 */
export function installDom(): { root: HTMLElement; restore: () => void } {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="r"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window, Event: g.Event };
  Object.assign(g, { document, window, Event: window.Event });
  // Preact lower-cases an event name only when the element has the matching on* property.
  for (const name of ['onclick', 'oninput', 'onchange']) {
    if (!(name in window.HTMLElement.prototype)) Object.defineProperty(window.HTMLElement.prototype, name, { value: null, writable: true, configurable: true });
  }
  // linkedom calls listeners with `this` = the target; Preact's event proxy needs the element.
  let proto: object | null = document.createElement('div');
  while (proto && !Object.prototype.hasOwnProperty.call(proto, 'addEventListener')) proto = Object.getPrototypeOf(proto);
  const et = proto as EventTarget;
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
  const root = document.getElementById('r') as unknown as HTMLElement;
  return {
    root,
    restore: () => {
      render(null, root);
      et.addEventListener = add;
      et.removeEventListener = remove;
      Object.assign(g, saved);
    },
  };
}

/** Dispatches a bubbling event of the given type. */
export function fire(el: Element, type: string): void {
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event(type, { bubbles: true }));
}

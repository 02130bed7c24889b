import { parseHTML } from 'linkedom';
import { act } from 'preact/test-utils';

/**
 * A DOM for Preact in Node (linkedom), installed as globals for one test (same approach as
 * tests/unit/logbook/capture-box.test.tsx). Returns the root element and a restore function.
 */
export function installDom(): { root: HTMLElement; restore: () => void } {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="r"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window, Event: g.Event, KeyboardEvent: g.KeyboardEvent };
  Object.assign(g, { document, window, Event: window.Event, KeyboardEvent: window.KeyboardEvent ?? window.Event });
  for (const name of ['onkeydown', 'onclick', 'oninput', 'onchange', 'onsubmit']) {
    if (!(name in window.HTMLElement.prototype)) Object.defineProperty(window.HTMLElement.prototype, name, { value: null, writable: true, configurable: true });
  }
  // linkedom calls bubbling listeners with `this` = the target; Preact's event proxy needs the
  // element that registered them.
  let p: object | null = document.createElement('div');
  while (p && !Object.prototype.hasOwnProperty.call(p, 'addEventListener')) p = Object.getPrototypeOf(p);
  const etProto = p as EventTarget;
  const add = etProto.addEventListener;
  const remove = etProto.removeEventListener;
  const bound = new WeakMap<object, Map<unknown, EventListener>>();
  const bind = (el: object, l: EventListener) => {
    let m = bound.get(el);
    if (!m) bound.set(el, (m = new Map()));
    let b = m.get(l);
    if (!b) m.set(l, (b = (e: Event) => l.call(el, e)));
    return b;
  };
  etProto.addEventListener = function (this: object, type: string, l: EventListener, o?: unknown) {
    return add.call(this, type, typeof l === 'function' ? bind(this, l) : l, o as never);
  } as never;
  etProto.removeEventListener = function (this: object, type: string, l: EventListener, o?: unknown) {
    return remove.call(this, type, typeof l === 'function' ? bind(this, l) : l, o as never);
  } as never;
  const root = document.getElementById('r') as unknown as HTMLElement;
  return {
    root,
    restore: () => {
      etProto.addEventListener = add;
      etProto.removeEventListener = remove;
      Object.assign(g, saved);
    },
  };
}

/** Types into an input or textarea as a user would (value, then an input event). */
export function typeInto(el: Element | null, value: string): void {
  if (!el) throw new Error('no element to type into');
  (el as HTMLInputElement).value = value;
  act(() => {
    el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('input', { bubbles: true }));
  });
}

export function click(el: Element | null): void {
  if (!el) throw new Error('no element to click');
  act(() => {
    el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
  });
}

/** Lets pending promises and timers run inside act(). */
export async function settle(advance: (ms: number) => Promise<unknown>, ms = 400): Promise<void> {
  await act(async () => {
    await advance(ms);
  });
}

/** Checks a radio button or checkbox as a browser click would (checked, then a change event). */
export function check(el: Element | null, checked = true): void {
  if (!el) throw new Error('no element to check');
  (el as HTMLInputElement).checked = checked;
  act(() => {
    el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
  });
}

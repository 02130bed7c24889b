import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { CaptureBox, type CaptureBoxProps } from '../../../components/logbook/CaptureBox';
import { emptyDraft } from '../../../lib/logbook/entry';

// A DOM for Preact in Node (linkedom), installed as globals for the duration of each test.
let root: HTMLElement;
let restore: () => void;
beforeEach(() => {
  const { window, document } = parseHTML('<!doctype html><html><body><div id="r"></div></body></html>');
  const g = globalThis as Record<string, unknown>;
  const saved = { document: g.document, window: g.window, Event: g.Event, KeyboardEvent: g.KeyboardEvent };
  Object.assign(g, { document, window, Event: window.Event, KeyboardEvent: window.KeyboardEvent ?? window.Event });
  restore = () => Object.assign(g, saved);
  // Preact lower-cases an event name only when the element has the matching on* property;
  // linkedom lacks some, so declare them as a browser would.
  for (const name of ['onkeydown', 'onfocusout', 'onclick', 'oninput', 'onchange', 'onsubmit']) {
    if (!(name in window.HTMLElement.prototype)) Object.defineProperty(window.HTMLElement.prototype, name, { value: null, writable: true, configurable: true });
  }
  // linkedom calls bubbling listeners with `this` = the event target, not the element that
  // registered them; Preact's event proxy relies on the latter. Bind listeners to their element.
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(Object.getPrototypeOf(document.createElement('div')))) as EventTarget;
  const etProto = findProto(proto, 'addEventListener');
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
  const prevRestore = restore;
  restore = () => {
    etProto.addEventListener = add;
    etProto.removeEventListener = remove;
    prevRestore();
  };
  root = document.getElementById('r') as unknown as HTMLElement;
  vi.useFakeTimers();
});
afterEach(() => {
  render(null, root);
  vi.useRealTimers();
  restore();
});

function findProto(start: object, prop: string): EventTarget {
  let p: object | null = start;
  while (p && !Object.prototype.hasOwnProperty.call(p, prop)) p = Object.getPrototypeOf(p);
  return p as EventTarget;
}

function mount(over: Partial<CaptureBoxProps> = {}) {
  const props: CaptureBoxProps = {
    tags: ['begrundelse', 'formål'],
    suggestedTags: ['begrundelse'],
    context: { value: { area: 'aeldre', indsats: 'Personlig pleje' }, label: 'Ældre · Personlig pleje' },
    draft: emptyDraft(),
    onDraftChange: vi.fn(),
    onSave: vi.fn(async () => ({ ok: true as const, maskedCpr: 0 })),
    onClose: vi.fn(),
    ...over,
  };
  act(() => render(h(CaptureBox, props), root));
  return props;
}

function key(target: Element, init: { key: string; code?: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }) {
  const ev = new (globalThis as unknown as { Event: typeof Event }).Event('keydown', { bubbles: true, cancelable: true });
  Object.assign(ev, { code: '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init });
  act(() => {
    target.dispatchEvent(ev);
  });
  return ev;
}

function type(textarea: HTMLTextAreaElement, value: string) {
  textarea.value = value;
  act(() => {
    textarea.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('input', { bubbles: true }));
  });
}

describe('CaptureBox', () => {
  it('saves with Ctrl+Enter, with the context attached, and clears after a successful save', async () => {
    const props = mount();
    const ta = root.querySelector('textarea')!;
    type(ta, 'Borgeren deltog aktivt');
    const ev = key(ta, { key: 'Enter', ctrlKey: true });
    expect(ev.defaultPrevented).toBe(true);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(props.onSave).toHaveBeenCalledTimes(1);
    const saved = (props.onSave as ReturnType<typeof vi.fn>).mock.calls[0]![0];
    expect(saved).toMatchObject({ text: 'Borgeren deltog aktivt', context: { area: 'aeldre', indsats: 'Personlig pleje' } });
    expect(root.querySelector('textarea')!.value).toBe('');
    expect(root.textContent).toContain('Gemt i logbogen.');
  });

  it('keeps the text when saving fails and shows the Danish error', async () => {
    const props = mount({ onSave: vi.fn(async () => ({ ok: false as const, error: 'Der er ikke mere plads til logbogen i browseren.' })) });
    const ta = root.querySelector('textarea')!;
    type(ta, 'vigtig');
    key(ta, { key: 'Enter', metaKey: true });
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(props.onSave).toHaveBeenCalled();
    expect(root.querySelector('textarea')!.value).toBe('vigtig');
    expect(root.textContent).toContain('ikke mere plads');
  });

  it('Esc flushes the draft and closes; plain keys are left alone', () => {
    const props = mount();
    const ta = root.querySelector('textarea')!;
    type(ta, 'halv');
    expect(key(ta, { key: 'a' }).defaultPrevented).toBe(false);
    expect(key(ta, { key: 'Enter' }).defaultPrevented).toBe(false);
    key(ta, { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    expect(props.onDraftChange).toHaveBeenCalledWith(expect.objectContaining({ text: 'halv' }));
  });

  it('saves the draft debounced while typing', () => {
    const props = mount({ draftDelayMs: 300 });
    const ta = root.querySelector('textarea')!;
    type(ta, 'a');
    type(ta, 'ab');
    expect(props.onDraftChange).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(props.onDraftChange).toHaveBeenCalledTimes(1);
    expect(props.onDraftChange).toHaveBeenCalledWith(expect.objectContaining({ text: 'ab' }));
  });

  it('picks the kind with Alt+2 and with digits/arrows in the chip group', () => {
    mount();
    const ta = root.querySelector('textarea')!;
    key(ta, { key: '™', code: 'Digit2', altKey: true });
    const checked = () => root.querySelector('[role="radio"][aria-checked="true"]')!.getAttribute('data-kind');
    expect(checked()).toBe('svaert');
    const group = root.querySelector('[role="radiogroup"]')!;
    key(group, { key: '3' });
    expect(checked()).toBe('spoergsmaal');
    key(group, { key: 'ArrowRight' });
    expect(checked()).toBe('ide');
    key(group, { key: 'ArrowRight' });
    expect(checked()).toBe('godt');
  });

  it('warns about a CPR number as it is typed and can mask it before saving', () => {
    mount();
    const ta = root.querySelector('textarea')!;
    type(ta, 'Borger 010190-1234 ringede');
    expect(root.textContent).toContain('Teksten indeholder et CPR-nummer');
    const btn = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Skjul nu')!;
    act(() => {
      btn.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('click', { bubbles: true }));
    });
    expect(root.querySelector('textarea')!.value).toBe('Borger XXXXXX-XXXX ringede');
    expect(root.textContent).not.toContain('Teksten indeholder et CPR-nummer');
  });

  it('labels its controls', () => {
    mount();
    const ta = root.querySelector('textarea')!;
    expect(root.querySelector(`label[for="${ta.id}"]`)?.textContent).toBe('Note');
    expect(root.querySelector('[role="radiogroup"]')!.getAttribute('aria-labelledby')).toBeTruthy();
    expect(root.querySelectorAll('[aria-live="polite"]').length).toBeGreaterThan(0);
  });
});

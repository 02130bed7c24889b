/**
 * The panel's own element: a custom element appended after <body> with an open shadow root.
 * Nothing else of the host page is touched. Written here rather than with WXT's
 * createShadowRootUi, which brings auto-mount machinery the panel does not use (and the
 * content script has a size budget).
 */
export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  remove: () => void;
}

export function createShadowHost(name: string, css: string, isolateEvents: readonly string[]): ShadowHost {
  // A panel left by an older copy of Sidevogn (after an update its script is gone, or about to
  // notice that it is orphaned): the newest copy takes over, so there is only ever one.
  for (const stale of Array.from(document.querySelectorAll(name))) stale.remove();
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // !important on :host beats the host page's own !important rules for our element.
  style.textContent = `:host{all:initial !important;display:block !important;position:static !important}${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keystrokes typed in the panel must not reach the host page's shortcuts.
  for (const type of isolateEvents) container.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}

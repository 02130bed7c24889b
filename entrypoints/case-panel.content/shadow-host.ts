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
  /** Call at least every few seconds while the extension is alive (see ALIVE_CSS). */
  keepAlive: () => void;
}

/**
 * A dead man's switch in CSS. When Firefox switches an extension off (disable, uninstall), it
 * ends the content script without running it again, so the panel cannot remove itself: it
 * would stay on the case page, drawn but dead. So the panel hides itself unless it is told,
 * every few seconds, that Sidevogn is still there: each keepAlive() restarts a 10-second
 * animation (by switching between two identical ones) that ends hidden and click-through.
 */
const ALIVE_SECONDS = 10;
const ALIVE_CSS =
  `@keyframes sv-alive-0{to{visibility:hidden;pointer-events:none}}@keyframes sv-alive-1{to{visibility:hidden;pointer-events:none}}` +
  // On the shadow root's own children: the host's `all:initial !important` would beat an
  // animation of the host itself.
  `:host>*{animation:sv-alive-0 ${ALIVE_SECONDS}s step-end forwards}:host([data-alive="1"])>*{animation-name:sv-alive-1}`;

export function createShadowHost(name: string, css: string, isolateEvents: readonly string[]): ShadowHost {
  // A panel left by an older copy of Sidevogn (after an update its script is gone, or about to
  // notice that it is orphaned): the newest copy takes over, so there is only ever one.
  for (const stale of Array.from(document.querySelectorAll(name))) stale.remove();
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // !important on :host beats the host page's own !important rules for our element.
  style.textContent = `:host{all:initial !important;display:block !important;position:static !important}${ALIVE_CSS}${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  // Keystrokes typed in the panel must not reach the host page's shortcuts.
  for (const type of isolateEvents) container.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  const keepAlive = () => host.setAttribute('data-alive', host.getAttribute('data-alive') === '1' ? '0' : '1');
  return { host, shadow, container, remove: () => host.remove(), keepAlive };
}

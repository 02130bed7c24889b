/**
 * Tells the panel when the screen may have changed: SPA navigation (the URL changes without a
 * page load), re-rendering, or the user editing a form field. It only observes: passive
 * listeners, no preventDefault, nothing patched on the page's own objects.
 */
export interface ScreenWatcherOptions {
  /**
   * Elements whose changes say nothing about the screen: our own panel, and the letter editor
   * (typing a letter changes no context field; the letter check listens to it itself). Without
   * this, each typing pause in a letter re-read the whole case screen.
   */
  ignore?: () => readonly (Element | null | undefined)[];
  /** Coalescing delay in ms. */
  delay?: number;
  signal: AbortSignal;
}

export function watchScreen(doc: Document, onChange: (reason: 'navigation' | 'dom' | 'input') => void, options: ScreenWatcherOptions): void {
  const win = doc.defaultView;
  if (!win) return;
  const delay = options.delay ?? 120;
  let lastHref = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: 'navigation' | 'dom' | 'input' = 'dom';

  const schedule = (reason: 'navigation' | 'dom' | 'input') => {
    if (win.location.href !== lastHref) {
      lastHref = win.location.href;
      reason = 'navigation';
    }
    if (reason === 'navigation' || pending !== 'navigation') pending = reason;
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      const reasonNow = pending;
      pending = 'dom';
      onChange(reasonNow);
    }, delay);
  };

  const ignored = (): Element[] => (options.ignore?.() ?? []).filter((el): el is Element => !!el);
  const inIgnored = (node: Node, skip: Element[]) => skip.some((el) => el === node || el.contains(node));
  const observer = new win.MutationObserver((records) => {
    const skip = ignored();
    if (skip.length && records.every((r) => inIgnored(r.target, skip) || (r.addedNodes.length + r.removedNodes.length > 0 && [...r.addedNodes, ...r.removedNodes].every((n) => inIgnored(n, skip))))) return;
    schedule('dom');
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value', 'selected', 'class', 'hidden'] });
  const onInput = (event: Event) => {
    const target = event.target as Node | null;
    if (target && inIgnored(target, ignored())) return;
    schedule('input');
  };
  const onNav = () => schedule('navigation');
  doc.addEventListener('input', onInput, { capture: true, passive: true });
  doc.addEventListener('change', onInput, { capture: true, passive: true });
  // An iframe editor becomes readable when its frame loads (load does not bubble; capture sees it).
  doc.addEventListener('load', onInput, { capture: true, passive: true });
  win.addEventListener('popstate', onNav, { passive: true });
  win.addEventListener('hashchange', onNav, { passive: true });
  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    doc.removeEventListener('input', onInput, { capture: true });
    doc.removeEventListener('change', onInput, { capture: true });
    doc.removeEventListener('load', onInput, { capture: true });
    win.removeEventListener('popstate', onNav);
    win.removeEventListener('hashchange', onNav);
  });
}

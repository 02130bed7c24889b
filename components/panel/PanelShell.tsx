import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export const MIN_WIDTH = 300;
export const MAX_WIDTH = 720;
export const clampWidth = (w: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w)));

interface Props {
  open: boolean;
  width: number;
  /** The short status line under the title (config pack state, errors). */
  status?: { text: string; tone: 'ok' | 'warning' | 'error' };
  onToggle: () => void;
  /** Called while dragging (live) and when done (`final`), so the caller can remember the width. */
  onResize: (width: number, final: boolean) => void;
  children: ComponentChildren;
}

/**
 * The panel's frame: a handle that is always visible at the right edge, and, when open, a
 * resizable side panel. Only the handle and the panel take pointer events, so nothing of the
 * host page is covered by an invisible layer.
 */
export function PanelShell({ open, width, status, onToggle, onResize, children }: Props) {
  const dragStart = useRef<{ x: number; width: number } | null>(null);

  const onPointerDown = (event: PointerEvent) => {
    dragStart.current = { x: event.clientX, width };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!dragStart.current) return;
    onResize(clampWidth(dragStart.current.width + dragStart.current.x - event.clientX), false);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!dragStart.current) return;
    dragStart.current = null;
    (event.currentTarget as HTMLElement).releasePointerCapture(event.pointerId);
    onResize(width, true);
  };
  const onSeparatorKey = (event: KeyboardEvent) => {
    const step = event.shiftKey ? 80 : 20;
    const next = event.key === 'ArrowLeft' ? width + step : event.key === 'ArrowRight' ? width - step : null;
    if (next === null) return;
    event.preventDefault();
    onResize(clampWidth(next), true);
  };

  return (
    <div class={`sv-shell ${open ? 'sv-shell--open' : 'sv-shell--closed'}`} style={{ width: open ? `${width}px` : '0px' }}>
      <button
        type="button"
        class="sv-handle"
        aria-expanded={open}
        aria-controls="sv-panel"
        title={open ? 'Skjul Sidevogn (Alt+Shift+K)' : 'Vis Sidevogn (Alt+Shift+K)'}
        onClick={onToggle}
      >
        <span class="sv-handle__mark" aria-hidden="true">{open ? '›' : '‹'}</span>
        <span class="sv-handle__label">{open ? 'Skjul Sidevogn' : 'Sidevogn'}</span>
      </button>
      {open && (
        <aside id="sv-panel" class="sv-panel" aria-label="Sidevogn" lang="da">
          <div
            class="sv-resize"
            role="separator"
            aria-orientation="vertical"
            aria-label="Panelets bredde"
            aria-valuemin={MIN_WIDTH}
            aria-valuemax={MAX_WIDTH}
            aria-valuenow={width}
            tabIndex={0}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onKeyDown={onSeparatorKey}
          />
          <header class="sv-header">
            <h2 class="sv-header__title">Sidevogn</h2>
            {status && (
              <p class={`sv-status sv-status--${status.tone}`} role="status" data-testid="status">
                {status.text}
              </p>
            )}
          </header>
          <div class="sv-body">{children}</div>
          <footer class="sv-footer">Kører lokalt på din computer. Intet sendes videre.</footer>
        </aside>
      )}
    </div>
  );
}

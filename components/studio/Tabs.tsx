import type { ComponentChildren } from 'preact';

export interface TabDef<T extends string> {
  id: T;
  label: string;
  /** Number of validation messages in this tab (shown as a badge). */
  errors?: number;
}

/**
 * A vertical tab list (WAI-ARIA tabs pattern): arrow keys move between tabs, Home/End jump,
 * and the chosen tab's panel follows. Tabs stay usable in read-only mode.
 */
export function Tabs<T extends string>(props: { tabs: readonly TabDef<T>[]; current: T; onSelect: (id: T) => void; children: ComponentChildren }) {
  const { tabs, current, onSelect } = props;
  const onKeyDown = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.id === current);
    let next = -1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    const tab = tabs[next];
    if (!tab) return;
    onSelect(tab.id);
    const list = e.currentTarget as HTMLElement;
    // Focus follows selection (the panel re-renders first).
    setTimeout(() => (list.querySelector(`#st-tab-${tab.id}`) as HTMLElement | null)?.focus(), 0);
  };
  return (
    <div class="st-tabs">
      <div class="st-tablist" role="tablist" aria-orientation="vertical" aria-label="Studiets afsnit" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`st-tab-${t.id}`}
            class="st-tab"
            aria-selected={t.id === current ? 'true' : 'false'}
            aria-controls="st-panel"
            tabIndex={t.id === current ? 0 : -1}
            data-testid={`tab-${t.id}`}
            onClick={() => onSelect(t.id)}
          >
            {t.label}
            {t.errors ? (
              <span class="st-badge st-badge--error">
                {t.errors} <span class="st-sr">fejl</span>
              </span>
            ) : null}
          </button>
        ))}
      </div>
      <div class="st-panel" role="tabpanel" id="st-panel" aria-labelledby={`st-tab-${current}`} tabIndex={-1}>
        {props.children}
      </div>
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface PanelTab {
  id: string;
  label: string;
  /** A short count or mark shown next to the label (e.g. number of findings). */
  badge?: string;
  content: ComponentChildren;
}

interface Props {
  tabs: PanelTab[];
  active: string;
  onSelect: (id: string) => void;
}

/** WAI-ARIA tabs: arrow keys move between tabs, Home/End jump, Tab enters the panel. */
export function Tabs({ tabs, active, onSelect }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  if (!current) return null;

  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    listRef.current?.querySelector<HTMLElement>(`#sv-tab-${tab.id}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === current.id);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };

  return (
    <div class="sv-tabs">
      <div class="sv-tabs__list" role="tablist" aria-label="Sidevogns faneblade" ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`sv-tab-${tab.id}`}
            type="button"
            role="tab"
            class="sv-tabs__tab"
            aria-selected={tab.id === current.id}
            aria-controls={`sv-tabpanel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
            {tab.badge ? <span class="sv-badge">{tab.badge}</span> : null}
          </button>
        ))}
      </div>
      <div
        class="sv-tabs__panel"
        role="tabpanel"
        id={`sv-tabpanel-${current.id}`}
        aria-labelledby={`sv-tab-${current.id}`}
        tabIndex={0}
      >
        {current.content}
      </div>
    </div>
  );
}

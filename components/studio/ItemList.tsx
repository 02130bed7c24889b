import type { ComponentChildren } from 'preact';
import { EditButton } from './fields';

/**
 * A list of items on the left and the chosen item's form on the right (tips, hints,
 * checklists, catalogue entries, site profiles). Items with validation errors carry a visible
 * "fejl" mark, so a support person can find what blocks saving without opening each one.
 */
export interface ItemListProps {
  /** Accessible name of the list ("Tips"). */
  title: string;
  labels: readonly string[];
  /** Number of validation messages per item. */
  errorCounts: readonly number[];
  selected: number;
  onSelect: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  /** data-testid prefix: `<prefix>-list`, `<prefix>-item`, `<prefix>-add`. */
  testPrefix: string;
  children: ComponentChildren;
}

export function ItemList(props: ItemListProps) {
  return (
    <div class="st-master">
      <div class="st-master__list">
        <ul class="st-items" aria-label={props.title} data-testid={`${props.testPrefix}-list`}>
          {props.labels.map((label, index) => (
            <li key={index}>
              <button
                type="button"
                class="st-item"
                aria-current={index === props.selected ? 'true' : undefined}
                data-testid={`${props.testPrefix}-item`}
                onClick={() => props.onSelect(index)}
              >
                <span class="st-item__label">{label || '(uden navn)'}</span>
                {props.errorCounts[index] ? (
                  <span class="st-badge st-badge--error">
                    {props.errorCounts[index]} fejl
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
        {props.labels.length === 0 ? <p class="st-empty">Ingen endnu.</p> : null}
        <EditButton class="st-btn" data-testid={`${props.testPrefix}-add`} onClick={props.onAdd}>
          {props.addLabel}
        </EditButton>
      </div>
      <div class="st-master__detail">{props.children}</div>
    </div>
  );
}

/** Number of messages at or under `<prefix>[index]` for each item. */
export function countErrors(errors: Record<string, readonly string[]>, prefix: string, count: number): number[] {
  const counts = new Array<number>(count).fill(0);
  const re = new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\[(\\d+)\\]`);
  for (const [key, messages] of Object.entries(errors)) {
    const m = re.exec(key);
    if (m) {
      const i = Number(m[1]);
      if (i < count) counts[i] = (counts[i] ?? 0) + messages.length;
    }
  }
  return counts;
}

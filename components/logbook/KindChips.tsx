import { useRef } from 'preact/hooks';
import { ENTRY_KINDS, KIND_LABELS, type EntryKind } from '../../lib/logbook/vocabulary';

interface Props {
  value: EntryKind;
  onChange: (kind: EntryKind) => void;
  /** Id of the element labelling the group. */
  labelledBy: string;
}

/**
 * The kind as a WAI-ARIA radio group of chips: one tab stop, arrow keys move and select,
 * digits 1–4 pick directly while the group has focus (Alt+1–4 works from the whole box).
 */
export function KindChips({ value, onChange, labelledBy }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const select = (index: number) => {
    const kind = ENTRY_KINDS[(index + ENTRY_KINDS.length) % ENTRY_KINDS.length]!;
    onChange(kind);
    ref.current?.querySelector<HTMLElement>(`[data-kind="${kind}"]`)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = ENTRY_KINDS.indexOf(value);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: ENTRY_KINDS.length - 1 };
    const digit = /^[1-4]$/.test(event.key) ? Number(event.key) - 1 : undefined;
    const target = digit ?? moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(target);
  };
  return (
    <div class="lb-kinds" role="radiogroup" aria-labelledby={labelledBy} ref={ref} onKeyDown={onKeyDown}>
      {ENTRY_KINDS.map((kind, i) => (
        <button
          type="button"
          key={kind}
          role="radio"
          class="lb-chip"
          data-kind={kind}
          aria-checked={kind === value}
          tabIndex={kind === value ? 0 : -1}
          onClick={() => onChange(kind)}
        >
          {KIND_LABELS[kind]} <span class="lb-chip__key" aria-hidden="true">{i + 1}</span>
        </button>
      ))}
    </div>
  );
}

import { useId, useState } from 'preact/hooks';
import type { Checklist, Hint, Tip } from '../../lib/config/content-schema';
import { SafeMarkdown } from '../common/SafeMarkdown';

export interface TipsTabProps {
  /** This week's tip (lib/tips/select currentTip); absent when there is none. */
  tip?: Tip;
  /** Tips of earlier weeks, newest first. */
  previous: Tip[];
  /** Hints for the screen on show. */
  hints: Hint[];
  /** Checklists for the screen on show. */
  checklists: Checklist[];
  readTipIds: string[];
  /** Ticked item ids per checklist id. */
  ticks: Record<string, string[]>;
  onMarkRead: (tipId: string) => void;
  onTick: (checklistId: string, itemId: string, ticked: boolean) => void;
  onResetTicks: (checklistId: string) => void;
}

/** Danish names of the moments a checklist is used in. */
export const CHECKLIST_WHEN_LABELS: Record<Checklist['when'], string> = {
  'foer-afgoerelse': 'Før afgørelsen sendes',
  'udrulning-forberedelse': 'Indføring af metoden: forberedelse',
  'udrulning-indfoering': 'Indføring af metoden: aktiviteter',
  traeningsmoede: 'Træningsmøde',
  opfoelgningsmoede: 'Opfølgningsmøde',
};

/**
 * The Tips tab: "Ugens Tip" from the support persons, hints and checklists for the screen on
 * show, and earlier tips. Props in, events out; the caller stores read marks and ticks.
 */
export function TipsTab(props: TipsTabProps) {
  const { tip, previous, hints, checklists } = props;
  const read = new Set(props.readTipIds);
  const empty = !tip && previous.length === 0 && hints.length === 0 && checklists.length === 0;
  return (
    <div class="tp">
      {empty && <p class="tp-empty">Der er ingen tips, hints eller tjeklister endnu. Dine støttepersoner kan skrive dem i Sidevogns Studio.</p>}
      {!empty && <WeeklyTip tip={tip} read={tip ? read.has(tip.id) : false} onMarkRead={props.onMarkRead} />}
      {hints.length > 0 && <Hints hints={hints} />}
      {checklists.map((list) => (
        <ChecklistView key={list.id} list={list} ticked={props.ticks[list.id] ?? []} onTick={props.onTick} onReset={props.onResetTicks} />
      ))}
      {previous.length > 0 && <PreviousTips tips={previous} read={read} onMarkRead={props.onMarkRead} />}
    </div>
  );
}

function ReadMark({ tipId, read, onMarkRead, title }: { tipId: string; read: boolean; onMarkRead: (id: string) => void; title: string }) {
  // The status region announces "Læst" when the button is replaced by the mark.
  return (
    <div class="tp-read" role="status">
      {read ? (
        <span class="tp-read__mark">
          <span aria-hidden="true">✓ </span>Læst
        </span>
      ) : (
        <button type="button" class="tp-btn" onClick={() => onMarkRead(tipId)} aria-label={`Markér "${title}" som læst`}>
          Markér som læst
        </button>
      )}
    </div>
  );
}

function WeeklyTip({ tip, read, onMarkRead }: { tip?: Tip; read: boolean; onMarkRead: (id: string) => void }) {
  const id = useId();
  return (
    <section class="tp-card tp-week" aria-labelledby={`${id}-h`}>
      <h2 class="tp-kicker" id={`${id}-h`}>
        Ugens tip
      </h2>
      {tip ? (
        <>
          <h3 class="tp-week__title">{tip.title}</h3>
          <SafeMarkdown text={tip.body} class="tp-md" />
          {tip.tags.length > 0 && (
            <p class="tp-tags">
              <span class="tp-sr">Emner: </span>
              {tip.tags.map((tag) => (
                <span class="tp-tag" key={tag}>
                  {tag}
                </span>
              ))}
            </p>
          )}
          <ReadMark tipId={tip.id} read={read} onMarkRead={onMarkRead} title={tip.title} />
        </>
      ) : (
        <p class="tp-muted">Der er ikke noget tip i denne uge.</p>
      )}
    </section>
  );
}

function Hints({ hints }: { hints: Hint[] }) {
  const id = useId();
  return (
    <section class="tp-card tp-hints" aria-labelledby={`${id}-h`}>
      <h2 class="tp-kicker" id={`${id}-h`}>
        Hints til skærmen
      </h2>
      <ul class="tp-list">
        {hints.map((hint) => (
          <li key={hint.id} class="tp-hint">
            <SafeMarkdown text={hint.text} class="tp-md" />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ChecklistView({
  list,
  ticked,
  onTick,
  onReset,
}: {
  list: Checklist;
  ticked: string[];
  onTick: TipsTabProps['onTick'];
  onReset: TipsTabProps['onResetTicks'];
}) {
  const id = useId();
  const done = new Set(ticked);
  const count = list.items.filter((item) => done.has(item.id)).length;
  return (
    <section class="tp-card tp-checklist" aria-labelledby={`${id}-h`} data-checklist={list.id}>
      <p class="tp-kicker">{CHECKLIST_WHEN_LABELS[list.when]}</p>
      <h2 class="tp-checklist__title" id={`${id}-h`}>
        {list.title}
      </h2>
      <p class="tp-progress" aria-live="polite">
        {count} af {list.items.length} punkter er krydset af
      </p>
      <ul class="tp-items">
        {list.items.map((item) => {
          const inputId = `${id}-${item.id}`;
          const checked = done.has(item.id);
          return (
            <li key={item.id} class={checked ? 'tp-item tp-item--done' : 'tp-item'}>
              <input
                type="checkbox"
                id={inputId}
                checked={checked}
                onChange={(e) => onTick(list.id, item.id, (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for={inputId}>
                <SafeMarkdown text={item.text} class="tp-md tp-item__text" />
              </label>
            </li>
          );
        })}
      </ul>
      <button type="button" class="tp-btn tp-btn--quiet" onClick={() => onReset(list.id)} disabled={count === 0}>
        Nulstil listen
      </button>
      <p class="tp-note">Krydserne gemmes kun på denne computer og ikke pr. sag. Nulstil listen, før du går i gang med den næste sag.</p>
    </section>
  );
}

function PreviousTips({ tips, read, onMarkRead }: { tips: Tip[]; read: Set<string>; onMarkRead: (id: string) => void }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <section class="tp-card tp-previous" aria-labelledby={`${id}-h`}>
      <h2 class="tp-kicker" id={`${id}-h`}>
        <button type="button" class="tp-toggle" aria-expanded={open} aria-controls={`${id}-list`} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          Tidligere tips ({tips.length})
        </button>
      </h2>
      <ul class="tp-list" id={`${id}-list`} hidden={!open}>
        {tips.map((tip) => (
          <li key={tip.id} class="tp-prev">
            <h3 class="tp-prev__title">{tip.title}</h3>
            <SafeMarkdown text={tip.body} class="tp-md" />
            <ReadMark tipId={tip.id} read={read.has(tip.id)} onMarkRead={onMarkRead} title={tip.title} />
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useEffect, useId, useState } from 'preact/hooks';
import type { ContextField } from '../../lib/host/context';
import type { LookupProposal } from '../../lib/host/picker';
import type { FieldLookup } from '../../lib/host/site-profile-schema';

/** A context field, or the letter editor. */
export type PickerFieldId = ContextField | 'letterEditor';

export interface PickerField {
  field: PickerFieldId;
  /** Danish name shown to the support person ("Omfang"). */
  label: string;
  /** What the picker proposed (lib/host/picker proposeLookup / proposeEditorLookup), possibly edited. */
  proposal?: LookupProposal;
  /** The value read live with the current lookup (overrides proposal.preview). */
  preview?: string;
}

export interface PickerPanelProps {
  fields: PickerField[];
  /** The field being picked on the page right now. */
  picking?: PickerFieldId;
  onStartPick: (field: PickerFieldId) => void;
  onCancelPick: () => void;
  onChangeLookup: (field: PickerFieldId, lookup: FieldLookup) => void;
  onSave: () => void;
  onCancel: () => void;
}

/** The fields a support person teaches, in the order a case screen usually shows them. */
export const PICKER_FIELDS: readonly { field: PickerFieldId; label: string }[] = [
  { field: 'sagsomraade', label: 'Område' },
  { field: 'lovgrundlag', label: 'Lovgrundlag' },
  { field: 'indsats', label: 'Indsats' },
  { field: 'omfang', label: 'Omfang' },
  { field: 'afgoerelsestype', label: 'Afgørelsestype' },
  { field: 'ansoegningsdato', label: 'Ansøgning modtaget' },
  { field: 'letterEditor', label: 'Brevredigering' },
];

const toLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * A list edited as one entry per line (selectors may contain commas). Keeps its own text while
 * typing, so an empty new line is not swallowed, and follows the value when a new pick replaces it.
 */
function LinesInput({ id, value, onChange, rows }: { id: string; value: string[]; onChange: (lines: string[]) => void; rows: number }) {
  const [text, setText] = useState(value.join('\n'));
  const joined = value.join('\n');
  useEffect(() => {
    if (toLines(text).join('\n') !== joined) setText(joined);
  }, [joined]);
  return (
    <textarea
      id={id}
      class="pk-lines"
      rows={rows}
      spellcheck={false}
      value={text}
      onInput={(e) => {
        const next = (e.currentTarget as HTMLTextAreaElement).value;
        setText(next);
        onChange(toLines(next));
      }}
    />
  );
}

function FieldRow({ item, picking, props }: { item: PickerField; picking: boolean; props: PickerPanelProps }) {
  const id = useId();
  const { proposal } = item;
  const preview = item.preview ?? proposal?.preview;
  const lookup: FieldLookup = proposal?.lookup ?? { labels: [], selectors: [] };
  const change = (part: Partial<FieldLookup>) => props.onChangeLookup(item.field, { ...lookup, ...part });
  return (
    <li class={picking ? 'pk-field pk-field--picking' : 'pk-field'} data-field={item.field}>
      <div class="pk-field__head">
        <h3 class="pk-field__name" id={`${id}-h`}>
          {item.label}
        </h3>
        {picking ? (
          <button type="button" class="pk-btn pk-btn--quiet" onClick={props.onCancelPick}>
            Stop valget
          </button>
        ) : (
          <button type="button" class="pk-btn" onClick={() => props.onStartPick(item.field)} aria-describedby={`${id}-h`}>
            Vælg på siden
          </button>
        )}
      </div>
      {picking && (
        <p class="pk-picking" role="status">
          Klik på feltet på sagens side. Tryk Esc for at stoppe.
        </p>
      )}
      {proposal ? (
        <div class="pk-proposal">
          <label class="pk-label" for={`${id}-labels`}>
            Ledetekster <span class="pk-help">(én pr. linje)</span>
          </label>
          <LinesInput id={`${id}-labels`} rows={2} value={lookup.labels} onChange={(labels) => change({ labels })} />
          <label class="pk-label" for={`${id}-selectors`}>
            Selektorer <span class="pk-help">(reserve, i rækkefølge; én pr. linje)</span>
          </label>
          <LinesInput id={`${id}-selectors`} rows={3} value={lookup.selectors} onChange={(selectors) => change({ selectors })} />
          <p class="pk-preview" aria-live="polite">
            <span class="pk-preview__label">Læst nu: </span>
            {preview ? <span class="pk-preview__value">{preview}</span> : <span class="pk-preview__empty">(ingen værdi)</span>}
          </p>
          {proposal.warnings.length > 0 && (
            <ul class="pk-warnings" aria-label={`Advarsler for ${item.label}`}>
              {proposal.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        !picking && <p class="pk-muted">Ikke valgt endnu.</p>
      )}
    </li>
  );
}

/**
 * The panel side of "Lær Sidevogn en ny skærm": one row per context field with a "Vælg på
 * siden" button, the proposed label and selectors (editable), the value read now, warnings,
 * and save/cancel. Props in, events out: the caller runs the page overlay and saves the
 * screen profile into the Studio's local pack.
 */
export function PickerPanel(props: PickerPanelProps) {
  const id = useId();
  const chosen = props.fields.filter((f) => f.proposal && (f.proposal.lookup.labels.length > 0 || f.proposal.lookup.selectors.length > 0));
  return (
    <section class="pk" aria-labelledby={`${id}-h`}>
      <h2 class="pk-title" id={`${id}-h`}>
        Lær Sidevogn skærmen
      </h2>
      <p class="pk-intro">
        Vælg hvert felt på sagens side. Sidevogn foreslår den ledetekst, der står ved feltet, og nogle reserve-selektorer. Tjek værdien under
        «Læst nu», før du gemmer.
      </p>
      <ul class="pk-fields">
        {props.fields.map((item) => (
          <FieldRow key={item.field} item={item} picking={props.picking === item.field} props={props} />
        ))}
      </ul>
      <div class="pk-actions">
        <button type="button" class="pk-btn" onClick={props.onSave} disabled={chosen.length === 0}>
          Gem i skærmprofil
        </button>
        <button type="button" class="pk-btn pk-btn--quiet" onClick={props.onCancel}>
          Annullér
        </button>
        <span class="pk-count" aria-live="polite">
          {chosen.length} af {props.fields.length} felter valgt
        </span>
      </div>
    </section>
  );
}

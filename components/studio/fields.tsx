import { createContext, type ComponentChildren, type JSX } from 'preact';
import { useContext, useEffect, useId, useRef, useState } from 'preact/hooks';
import { linesToList } from './model';

/**
 * Small labelled form controls shared by the Studio's sections. Each control owns its label,
 * hint and error list and links them with aria-describedby, so a screen reader reads the
 * validation message with the field. Errors are shown with their exact pack path
 * ("tips[3].title") because that is also what the Rå JSON view and the CLI report.
 */

/**
 * True when policy forbids local edits. Text fields become read-only (still readable and
 * copyable), choices and edit buttons are disabled; list navigation stays usable so a support
 * person can still look through every item.
 */
export const ReadOnlyContext = createContext(false);

/** True when the Studio is read-only. */
export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext);
}

/** A button that changes the pack: disabled when the Studio is read-only. */
export function EditButton(props: JSX.ButtonHTMLAttributes<HTMLButtonElement>) {
  const readOnly = useReadOnly();
  return <button type="button" {...props} disabled={readOnly || Boolean(props.disabled)} />;
}

export interface FieldBase {
  label: string;
  hint?: string;
  /** Path key of the field ("tips[0].title"), shown with its messages. */
  path?: string;
  errors?: readonly string[];
  testId?: string;
  disabled?: boolean;
}

function describedBy(hintId: string, errId: string, hint?: string, errors?: readonly string[]): string | undefined {
  const ids = [hint ? hintId : '', errors?.length ? errId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** The messages of one field, with its path. */
export function FieldErrors({ id, path, errors }: { id?: string; path?: string; errors?: readonly string[] }) {
  if (!errors?.length) return null;
  return (
    <ul class="st-errors" id={id} data-testid="field-errors">
      {errors.map((message) => (
        <li key={message}>
          {path ? <code class="st-path">{path}</code> : null}
          {path ? ': ' : ''}
          {message}
        </li>
      ))}
    </ul>
  );
}

function Wrap({ id, label, hint, path, errors, children }: FieldBase & { id: string; children: ComponentChildren }) {
  return (
    <div class={`st-field${errors?.length ? ' st-field--invalid' : ''}`}>
      <label class="st-label" for={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <p class="st-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldErrors id={`${id}-err`} path={path} errors={errors} />
    </div>
  );
}

export function TextInput(
  props: FieldBase & { value: string; onInput: (value: string) => void; placeholder?: string; type?: 'text' | 'url' | 'date' },
) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <Wrap {...props} id={id}>
      <input
        id={id}
        class="st-input"
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        readOnly={readOnly}
        aria-readonly={readOnly ? 'true' : undefined}
        data-testid={props.testId}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-err`, props.hint, props.errors)}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
    </Wrap>
  );
}

export function TextArea(props: FieldBase & { value: string; onInput: (value: string) => void; rows?: number; placeholder?: string }) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <Wrap {...props} id={id}>
      <textarea
        id={id}
        class="st-textarea"
        rows={props.rows ?? 4}
        value={props.value}
        placeholder={props.placeholder}
        disabled={props.disabled}
        readOnly={readOnly}
        aria-readonly={readOnly ? 'true' : undefined}
        data-testid={props.testId}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-err`, props.hint, props.errors)}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
    </Wrap>
  );
}

/** A number field; empty gives `undefined` (the field is left out of the pack). */
export function NumberInput(props: FieldBase & { value: number | undefined; onChange: (value: number | undefined) => void }) {
  const id = useId();
  const readOnly = useReadOnly();
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  useEffect(() => {
    // Follow outside changes (Rå JSON, import) without fighting the user's typing ("1," → 1).
    const typed = parseNumber(text);
    if (!(typed === props.value || (Number.isNaN(typed) && props.value !== undefined && Number.isNaN(props.value)))) {
      setText(props.value === undefined || Number.isNaN(props.value) ? '' : String(props.value));
    }
  }, [props.value]);
  return (
    <Wrap {...props} id={id}>
      <input
        id={id}
        class="st-input st-input--num"
        type="text"
        inputMode="decimal"
        value={text}
        disabled={props.disabled}
        readOnly={readOnly}
        aria-readonly={readOnly ? 'true' : undefined}
        data-testid={props.testId}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-err`, props.hint, props.errors)}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setText(value);
          props.onChange(parseNumber(value));
        }}
      />
    </Wrap>
  );
}

function parseNumber(text: string): number | undefined {
  const clean = text.trim().replace(',', '.');
  if (!clean) return undefined;
  const n = Number(clean);
  return Number.isFinite(n) ? n : Number.NaN;
}

export function SelectInput<T extends string>(
  props: FieldBase & { value: T | ''; options: readonly (readonly [T | '', string])[]; onChange: (value: T | '') => void },
) {
  const id = useId();
  const readOnly = useReadOnly();
  const known = props.options.some(([v]) => v === props.value);
  return (
    <Wrap {...props} id={id}>
      <select
        id={id}
        class="st-select"
        value={props.value}
        disabled={readOnly || props.disabled}
        data-testid={props.testId}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-err`, props.hint, props.errors)}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T | '')}
      >
        {known ? null : <option value={props.value}>{props.value} (ukendt)</option>}
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Wrap>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (checked: boolean) => void; testId?: string; disabled?: boolean; hint?: string }) {
  const id = useId();
  const readOnly = useReadOnly();
  return (
    <div class="st-check">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        disabled={readOnly || props.disabled}
        data-testid={props.testId}
        onChange={(e) => props.onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint ? <span class="st-hint"> {props.hint}</span> : null}
    </div>
  );
}

/**
 * A list of texts edited as lines of a text box (one entry per line). The typed text is kept
 * as typed, so a new empty line survives until the user writes on it.
 */
export function ListInput(props: FieldBase & { items: readonly string[]; onChange: (items: string[]) => void; rows?: number }) {
  const id = useId();
  const readOnly = useReadOnly();
  const [text, setText] = useState(props.items.join('\n'));
  useEffect(() => {
    if (linesToList(text).join('\n') !== props.items.join('\n')) setText(props.items.join('\n'));
  }, [props.items]);
  return (
    <Wrap {...props} id={id} hint={props.hint ?? 'Én pr. linje.'}>
      <textarea
        id={id}
        class="st-textarea st-textarea--list"
        rows={props.rows ?? Math.min(10, Math.max(3, props.items.length + 1))}
        value={text}
        disabled={props.disabled}
        readOnly={readOnly}
        aria-readonly={readOnly ? 'true' : undefined}
        data-testid={props.testId}
        aria-invalid={props.errors?.length ? 'true' : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-err`, props.hint ?? 'Én pr. linje.', props.errors)}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLTextAreaElement).value;
          setText(value);
          props.onChange(linesToList(value));
        }}
      />
    </Wrap>
  );
}

/** A small inline notice (info, warn, error, ok). */
export function Notice({ kind = 'info', children, testId }: { kind?: 'info' | 'warn' | 'error' | 'ok'; children: ComponentChildren; testId?: string }) {
  return (
    <div class={`st-notice st-notice--${kind}`} data-testid={testId}>
      {children}
    </div>
  );
}

/** Buttons for an item in a list: move up/down and delete (asks first), with names that say which item. */
export function ItemActions(props: {
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onDelete: () => void;
  testId?: string;
}) {
  return (
    <div class="st-row st-item-actions">
      <EditButton class="st-btn st-btn--small" disabled={props.index === 0} aria-label={`Flyt ${props.name} op`} onClick={() => props.onMove(-1)}>
        ↑
      </EditButton>
      <EditButton
        class="st-btn st-btn--small"
        disabled={props.index >= props.count - 1}
        aria-label={`Flyt ${props.name} ned`}
        onClick={() => props.onMove(1)}
      >
        ↓
      </EditButton>
      {/* Keyed by the item, so a question left open does not carry over to the next selected item. */}
      <ConfirmButton key={`${props.index}:${props.name}`} testId={props.testId} question={`Slet ${props.name}?`} confirmLabel="Ja, slet" onConfirm={props.onDelete}>
        Slet <span class="st-sr">{props.name}</span>
      </ConfirmButton>
    </div>
  );
}

/**
 * A button whose action is hard to undo (Slet, Afvis): the first click asks inline, with a
 * confirm and a cancel button (no window.confirm: components use no browser APIs, and an
 * inline question is also read by screen readers). Focus moves to the confirm button and back
 * to the first button when cancelled. Test ids: `testId`, `${testId}-confirm`, `${testId}-cancel`.
 */
export function ConfirmButton(props: {
  /** Text (and screen-reader text) of the first button. */
  children: ComponentChildren;
  question: ComponentChildren;
  confirmLabel: string;
  onConfirm: () => void;
  class?: string;
  testId?: string;
  disabled?: boolean;
  /** False for actions that do not change the pack (e.g. rejecting a draft): allowed when read-only. */
  editsPack?: boolean;
}) {
  const readOnly = useReadOnly() && props.editsPack !== false;
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (wasAsking.current) openRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  const disabled = readOnly || Boolean(props.disabled);
  if (!asking || disabled) {
    return (
      <button ref={openRef} type="button" class={props.class ?? 'st-btn st-btn--small st-btn--danger'} disabled={disabled} data-testid={props.testId} onClick={() => setAsking(true)}>
        {props.children}
      </button>
    );
  }
  return (
    <span class="st-confirm" role="group" data-testid={props.testId ? `${props.testId}-question` : undefined}>
      <span class="st-confirm__q">{props.question}</span>
      <button
        ref={confirmRef}
        type="button"
        class="st-btn st-btn--small st-btn--danger-solid"
        data-testid={props.testId ? `${props.testId}-confirm` : undefined}
        onClick={() => {
          wasAsking.current = false;
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" class="st-btn st-btn--small" data-testid={props.testId ? `${props.testId}-cancel` : undefined} onClick={() => setAsking(false)}>
        Fortryd
      </button>
    </span>
  );
}

import type { PickerField, PickerFieldId } from '../../components/picker/PickerPanel';
import { PICKER_FIELDS } from '../../components/picker/PickerPanel';
import { proposeEditorLookup, proposeLookup, proposeScreen } from '../../lib/host/picker';
import { findField, mapValue, readValue } from '../../lib/host/read-field';
import { findLetterEditor, readLetterText } from '../../lib/host/letter-editor';
import type { FieldLookup, ScreenProfile } from '../../lib/host/site-profile-schema';
import type { ContextField } from '../../lib/host/context';

interface Options {
  shadow: ShadowRoot;
  /** Our own element: clicks in the panel are never picks. */
  host: () => Element | undefined;
  onChange: () => void;
}

/**
 * "Lær Sidevogn et skærmbillede": the support person clicks the fields on the case page and
 * Sidevogn proposes label-anchored lookups with fallbacks, reading the value live. While a field
 * is being picked, one click on the host page is taken (and kept from the page); Esc cancels.
 * A box in our shadow root shows what would be picked. Nothing is written to the host DOM.
 */
export function createTeachMode({ shadow, host, onChange }: Options) {
  const box = document.createElement('div');
  box.setAttribute('style', 'position:fixed;pointer-events:none;z-index:2147483001;border:3px solid #0b5cad;background:rgba(11,92,173,0.12);border-radius:3px;display:none');
  shadow.appendChild(box);
  const proposals = new Map<PickerFieldId, PickerField['proposal']>();
  let picking: PickerFieldId | undefined;
  let listening: AbortController | undefined;

  const frameOffset = (el: Element) => {
    const frame = el.ownerDocument.defaultView?.frameElement;
    return frame ? frame.getBoundingClientRect() : { left: 0, top: 0 };
  };
  const showBox = (el: Element | null) => {
    if (!el) return void (box.style.display = 'none');
    const r = el.getBoundingClientRect();
    const o = frameOffset(el);
    Object.assign(box.style, { display: 'block', left: `${r.left + o.left - 3}px`, top: `${r.top + o.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` });
  };

  const ours = (target: EventTarget | null) => {
    const h = host();
    return !!h && target instanceof Node && (target === h || h.contains(target));
  };

  const stopPicking = () => {
    listening?.abort();
    listening = undefined;
    picking = undefined;
    showBox(null);
  };

  const onPick = (event: MouseEvent) => {
    if (!picking || ours(event.target) || !(event.target instanceof Element)) return;
    // This one click is the support person's answer to "which field?", not an action on the page.
    event.preventDefault();
    event.stopPropagation();
    const field = picking;
    const proposal = field === 'letterEditor' ? proposeEditorLookup(document, event.target) : proposeLookup(document, event.target);
    proposals.set(field, proposal);
    stopPicking();
    onChange();
  };
  const onHover = (event: MouseEvent) => {
    if (picking && !ours(event.target) && event.target instanceof Element) showBox(event.target);
  };
  const onKey = (event: KeyboardEvent) => {
    if (picking && event.key === 'Escape') {
      event.stopPropagation();
      stopPicking();
      onChange();
    }
  };

  const docsToWatch = (): Document[] => {
    const docs: Document[] = [document];
    for (const frame of Array.from(document.querySelectorAll('iframe'))) {
      try {
        if (frame.contentDocument) docs.push(frame.contentDocument); // same-origin editors only
      } catch {
        /* cross-origin frame: not readable, not pickable */
      }
    }
    return docs;
  };

  const preview = (field: PickerFieldId, lookup: FieldLookup): string => {
    if (field === 'letterEditor') {
      const editor = findLetterEditor(document, lookup);
      return editor ? readLetterText(editor).trim().slice(0, 120) : '';
    }
    const hit = findField(document, lookup);
    return hit ? mapValue(readValue(hit.element), lookup.map) : '';
  };

  return {
    get picking() {
      return picking;
    },
    fields(): PickerField[] {
      return PICKER_FIELDS.map(({ field, label }) => {
        const proposal = proposals.get(field);
        return { field, label, proposal, preview: proposal ? preview(field, proposal.lookup) : undefined };
      });
    },
    startPick(field: PickerFieldId) {
      stopPicking();
      picking = field;
      listening = new AbortController();
      for (const doc of docsToWatch()) {
        doc.addEventListener('click', onPick, { capture: true, signal: listening.signal });
        doc.addEventListener('mouseover', onHover, { capture: true, passive: true, signal: listening.signal });
        doc.addEventListener('keydown', onKey, { capture: true, signal: listening.signal });
      }
      onChange();
    },
    cancelPick() {
      stopPicking();
      onChange();
    },
    changeLookup(field: PickerFieldId, lookup: FieldLookup) {
      const current = proposals.get(field);
      proposals.set(field, { ...(current ?? { preview: '', warnings: [] }), lookup });
      onChange();
    },
    /** The taught screen as a screen profile (fields and letter editor from the picks). */
    screen(): { screen: ScreenProfile; letterEditor?: FieldLookup } {
      const skeleton = proposeScreen(new URL(location.href), document);
      const fields: ScreenProfile['fields'] = {};
      let letterEditor: FieldLookup | undefined;
      for (const [field, proposal] of proposals) {
        if (!proposal) continue;
        if (field === 'letterEditor') letterEditor = proposal.lookup;
        else fields[field as ContextField] = proposal.lookup;
      }
      return { screen: { ...skeleton, fields }, letterEditor };
    },
    hasPicks: () => proposals.size > 0,
    destroy() {
      stopPicking();
      box.remove();
    },
  };
}

export type TeachMode = ReturnType<typeof createTeachMode>;

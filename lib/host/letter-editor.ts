import type { FieldLookup } from './site-profile-schema';
import { findField } from './read-field';

export type LetterEditorKind = 'textarea' | 'contenteditable' | 'iframe';

/** A decision-letter editor on the host page: where its text lives and how to read it. */
export interface LetterEditor {
  kind: LetterEditorKind;
  /** The element that holds the text: the textarea, the contenteditable root, or the iframe's body. */
  root: Element;
  /** The frame element for iframe editors (for positioning highlights). */
  frame?: HTMLIFrameElement;
}

const EDITOR_INSIDE = 'textarea, [contenteditable=""], [contenteditable="true"], iframe';

/** Turns the element a lookup found into an editor, looking inside containers (toolbars, wrappers). */
export function toLetterEditor(el: Element): LetterEditor | null {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea') return { kind: 'textarea', root: el };
  if (tag === 'iframe') {
    const frame = el as HTMLIFrameElement;
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument; // null or throws for cross-origin frames: then we cannot read it.
    } catch {
      doc = null;
    }
    if (!doc?.body) return null;
    return { kind: 'iframe', root: doc.body, frame };
  }
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return { kind: 'contenteditable', root: el };
  const inner = el.querySelector(EDITOR_INSIDE);
  return inner && inner !== el ? toLetterEditor(inner) : null;
}

/**
 * Finds the letter editor of a screen through its lookup. `labelElements` is the result of a
 * walk over the page that already looked for the lookup's labels (see readContext), so a
 * large page is walked once, not twice.
 */
export function findLetterEditor(doc: Document, lookup: FieldLookup | undefined, labelElements?: Map<string, Element>): LetterEditor | null {
  if (!lookup) return null;
  const hit = findField(doc, lookup, labelElements);
  if (hit) {
    const editor = toLetterEditor(hit.element);
    if (editor) return editor;
  }
  // The label may sit next to a wrapper that the first hit missed; try each selector too.
  for (const selector of lookup.selectors) {
    try {
      const el = doc.querySelector(selector);
      const editor = el && toLetterEditor(el);
      if (editor) return editor;
    } catch {
      /* a broken selector in a pack is skipped */
    }
  }
  return null;
}

/** The letter's plain text as the editor holds it (line breaks kept for paragraphs). */
export function readLetterText(editor: LetterEditor): string {
  if (editor.kind === 'textarea') return (editor.root as HTMLTextAreaElement).value;
  return (editor.root as HTMLElement).innerText ?? editor.root.textContent ?? '';
}

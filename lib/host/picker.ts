import type { FieldLookup, ScreenProfile } from './site-profile-schema';
import type { LetterEditorKind } from './letter-editor';
import { findField, findLabelElements, readValue } from './read-field';
import { cleanValue, normaliseLabel } from './text';
import { findCprNumbers } from '../privacy/cpr';

/**
 * "Teach Sidevogn a new screen": from the element a support person clicked, propose the
 * label-anchored lookup that read-field.ts will use later. This is read-field in reverse: find
 * the text a person reads next to the field, then fallback selectors in order of robustness
 * (stable id, name, semantic data attributes, aria-labelledby, a short class path under an
 * element with a stable id; never an nth-child chain). Every proposal is checked by running
 * the real reader on the same page; anything that does not lead back to the clicked field is
 * dropped and explained in Danish.
 *
 * Pure DOM functions on an injected Document (the live page or linkedom in tests).
 */

export interface LookupProposal {
  lookup: FieldLookup;
  /** The value the reader gets from the page now. */
  preview: string;
  /** The label text found next to the field (also when it could not be used as an anchor). */
  labelText?: string;
  /** Danish explanations of anything the support person should check. */
  warnings: string[];
}

export interface EditorProposal extends LookupProposal {
  /** The kind of editor found (undefined when none was found). */
  kind?: LetterEditorKind;
}

/** A screen profile to fill in: everything but the fields, which the picker adds one by one. */
export type ScreenSkeleton = Pick<ScreenProfile, 'id' | 'label' | 'paths' | 'signals' | 'fields' | 'constants'>;

const CONTROL = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea';
const EDITOR_INSIDE = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], iframe';
const MAX_LABEL = 60;
const MAX_SELECTORS = 4;
const PREVIEW_CHARS = 200;

/** Attributes that name a field for tests or data binding, and so tend to survive re-skins. */
const SEMANTIC_ATTRIBUTES = [
  'data-field',
  'data-field-name',
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-cy',
  'data-e2e',
  'data-automation-id',
  'data-name',
  'formcontrolname',
];

// ---------------------------------------------------------------------------------------------
// What looks generated

const GENERATED_ID = [
  /^ember\d+$/i,
  /^react-select-\d+/i,
  /^[:«]r[0-9a-z]*[:»]$/i, // React useId
  /^(mat|mdc|mui|cdk|rc|radix|headlessui|downshift|yui|ext|gwt|dijit|formly|vaadin|ui-id|jsx|vue|svelte|pf|ant|el|v|j_id|ngb|p)[-_:].*\d/i,
  /^(id|input|field|control|uid|gen|auto|element|widget|comp|component|node|item|x|f|i)[-_]?\d+$/i,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i, // uuid
  /(?=[a-f]*\d)[0-9a-f]{10,}/i, // long hex
  /\d{3,}/, // many digits: counters, timestamps, database ids
  /[-_:]\d+$/, // a running number at the end ("title-2"): which one depends on what rendered first
];

/** True when an id looks hand-written and likely to be the same tomorrow (not ember123, :r1:, uuids, counters). */
export function looksStableId(id: string): boolean {
  if (!id || id.length > 60 || /\s/.test(id)) return false;
  if (GENERATED_ID.some((re) => re.test(id))) return false;
  // Digits sprinkled between letters ("a8k2d9") are hashes.
  return (id.match(/[a-z]\d|\d[a-z]/gi) ?? []).length < 3;
}

const STATE_CLASS = /^(is-|has-|ng-|cdk-|js-|active$|focus|hover|\S*blurred$|\S*focused$|selected$|open$|disabled$|hidden$|visible$|valid$|invalid$|dirty$|touched$|pristine$|empty$|filled$|collapsed$|expanded$|required$|error$)/i;
const HASHED_CLASS = /^(css-|sc-|jss|emotion-|makeStyles-|_)|[-_][a-z0-9]{5,}$(?<=\d.*)|\d{3,}/i;

/** True when a class name describes what the element is (not its state, not a CSS-in-JS hash). */
export function looksStableClass(name: string): boolean {
  if (name.length < 2 || name.length > 50) return false;
  if (STATE_CLASS.test(name) || HASHED_CLASS.test(name)) return false;
  return /[a-z]{2}/i.test(name) && (name.match(/[a-z]\d|\d[a-z]/gi) ?? []).length < 2;
}

// ---------------------------------------------------------------------------------------------
// CSS building (no CSS.escape in Node)

function cssIdent(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (/[a-zA-Z_\u00a0-\uffff-]/.test(ch) || (/\d/.test(ch) && i > 0 && !(i === 1 && value[0] === '-'))) out += ch;
    else if (/\d/.test(ch)) out += `\\${ch.charCodeAt(0).toString(16)} `;
    else out += `\\${ch}`;
  }
  return out;
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

function queryFirst(doc: Document, selector: string): Element | null {
  try {
    return doc.querySelector(selector);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Labels

function isControl(el: Element): boolean {
  return el.matches(CONTROL);
}

function controlsIn(el: Element): Element[] {
  return isControl(el) ? [el] : Array.from(el.querySelectorAll(CONTROL));
}

/** Text of an element without the text of controls, options and scripts inside it. */
function ownText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const e = node as Element;
      if (e.matches('select, textarea, input, option, script, style, button, [aria-hidden="true"]')) return;
      e.childNodes.forEach(walk);
    }
  };
  walk(el);
  return cleanValue(parts.join(' '));
}

/** A label as a person would write it: "Omfang:*" → "Omfang". */
function tidyLabel(text: string): string {
  return cleanValue(text).replace(/[\s:*]+$/, '').trim();
}

function isLabelLike(text: string): boolean {
  const t = tidyLabel(text);
  return t.length > 0 && t.length <= MAX_LABEL && /\p{L}/u.test(t);
}

function byIdAttr(doc: Document, id: string): Element | null {
  return id ? doc.getElementById(id) : null;
}

interface LabelHit {
  text: string;
  /** The element the text was read from. */
  labelEl: Element;
  /** The element the label names: the control, or the cell/container holding the value. */
  valueEl: Element;
}

function tableCell(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  return tag === 'td' || tag === 'th' || el.getAttribute('role') === 'cell' || el.getAttribute('role') === 'gridcell';
}

/** A short text right before (or, for floating labels, right after) an element. */
function siblingLabel(el: Element): { text: string; labelEl: Element } | undefined {
  let prev = el.previousElementSibling;
  for (let i = 0; prev && i < 3; i++, prev = prev.previousElementSibling) {
    if (controlsIn(prev).length > 0) return undefined; // another field's territory
    const text = ownText(prev);
    if (isLabelLike(text)) return { text: tidyLabel(text), labelEl: prev };
    if (text && !/^[\s*:?()!i]*$/.test(text)) return undefined;
  }
  const next = el.nextElementSibling;
  if (next && (next.tagName.toLowerCase() === 'label' || /label/i.test(next.getAttribute('class') ?? '')) && controlsIn(next).length === 0) {
    const text = ownText(next);
    if (isLabelLike(text)) return { text: tidyLabel(text), labelEl: next };
  }
  return undefined;
}

/** Finds the text a person reads for the element, climbing a few levels for structural labels. */
function findLabel(doc: Document, start: Element): LabelHit | undefined {
  // Direct associations of a control or a labelled value.
  if (isControl(start)) {
    const id = start.getAttribute('id');
    if (id) {
      const label = Array.from(doc.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === id);
      if (label && isLabelLike(ownText(label))) return { text: tidyLabel(ownText(label)), labelEl: label, valueEl: start };
    }
    const wrapping = start.closest('label');
    if (wrapping && isLabelLike(ownText(wrapping))) return { text: tidyLabel(ownText(wrapping)), labelEl: wrapping, valueEl: start };
  }
  const labelledBy = start.getAttribute('aria-labelledby');
  if (labelledBy) {
    const refs = labelledBy
      .split(/\s+/)
      .map((id) => byIdAttr(doc, id))
      .filter((el): el is Element => !!el);
    const text = refs.map(ownText).join(' ');
    if (refs[0] && isLabelLike(text)) return { text: tidyLabel(text), labelEl: refs[0], valueEl: start };
  }
  const aria = start.getAttribute('aria-label');
  if (aria && isLabelLike(aria)) return { text: tidyLabel(aria), labelEl: start, valueEl: start };

  // Structure: dt/dd, a row header, a text before the field; climbing out of small wrappers.
  let node: Element | null = start;
  for (let depth = 0; node && depth < 4; depth++) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'dd') {
      let dt = node.previousElementSibling;
      while (dt && dt.tagName.toLowerCase() !== 'dt') dt = dt.previousElementSibling;
      if (dt && isLabelLike(ownText(dt))) return { text: tidyLabel(ownText(dt)), labelEl: dt, valueEl: node };
    }
    if (tableCell(node)) {
      const prev = node.previousElementSibling;
      if (prev && tableCell(prev) && controlsIn(prev).length === 0 && isLabelLike(ownText(prev))) return { text: tidyLabel(ownText(prev)), labelEl: prev, valueEl: node };
      return undefined; // A cell without a row header: column headers name many values, not one.
    }
    const sibling = siblingLabel(node);
    if (sibling) return { ...sibling, valueEl: node };
    const parent: Element | null = node.parentElement;
    if (!parent || /^(body|form|table|tbody|tr|fieldset|main|section|ul|ol|dl)$/i.test(parent.tagName)) break;
    if (controlsIn(parent).length > 1) break; // the wrapper holds other fields too
    node = parent;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Selectors

/** Fallback selectors for an element, most robust first, each checked to find it first. */
export function proposeSelectors(doc: Document, el: Element, accept: (found: Element) => boolean = (f) => f === el): string[] {
  const tag = el.tagName.toLowerCase();
  const candidates: string[] = [];
  const id = el.getAttribute('id');
  if (id && looksStableId(id)) candidates.push(`#${cssIdent(id)}`);
  const name = el.getAttribute('name');
  if (name && !/\d{3,}/.test(name)) candidates.push(`${tag}[name=${cssString(name)}]`);
  for (const attr of SEMANTIC_ATTRIBUTES) {
    const value = el.getAttribute(attr);
    if (value && value.length <= 80 && !/\d{4,}/.test(value)) candidates.push(`[${attr}=${cssString(value)}]`);
  }
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy && labelledBy.split(/\s+/).every(looksStableId)) candidates.push(`[aria-labelledby=${cssString(labelledBy)}]`);
  const path = classPath(doc, el, accept);
  if (path) candidates.push(path);
  const out: string[] = [];
  for (const selector of candidates) {
    const found = queryFirst(doc, selector);
    if (found && accept(found) && !out.includes(selector)) out.push(selector);
    if (out.length >= MAX_SELECTORS) break;
  }
  return out;
}

function stableClasses(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(looksStableClass);
}

function simpleSelector(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const classes = stableClasses(el).slice(0, 2);
  return classes.length ? `${tag}.${classes.map(cssIdent).join('.')}` : tag;
}

/**
 * A short descendant path like `#afgoerelsesform .boks textarea.txt`: anchored on the nearest
 * ancestor with a stable id (or on nothing, if the classes alone are unique), with at most two
 * classed steps in between. Never positions (nth-child), which break when a row is added.
 */
function classPath(doc: Document, el: Element, accept: (found: Element) => boolean): string | undefined {
  const own = simpleSelector(el);
  const ancestors: Element[] = [];
  let anchor: string | undefined;
  for (let p = el.parentElement; p && ancestors.length < 10; p = p.parentElement) {
    const id = p.getAttribute('id');
    if (id && looksStableId(id)) {
      anchor = `#${cssIdent(id)}`;
      break;
    }
    if (stableClasses(p).length) ancestors.push(p);
  }
  const tries: string[] = [];
  const prefix = anchor ? `${anchor} ` : '';
  // Anchored first: a class that is unique today may not be once the vendor adds a panel.
  if (anchor) tries.push(`${prefix}${own}`);
  if (own.includes('.')) tries.push(own);
  // Add up to two classed ancestors, nearest first, until the path is unique enough.
  for (const a of ancestors.slice(0, 3)) tries.push(`${prefix}${simpleSelector(a)} ${own}`);
  for (let i = 0; i + 1 < Math.min(ancestors.length, 4); i++) {
    tries.push(`${prefix}${simpleSelector(ancestors[i + 1]!)} ${simpleSelector(ancestors[i]!)} ${own}`);
  }
  for (const selector of tries) {
    if (selector === own && !own.includes('.')) continue; // a bare tag name is never a lookup
    const all = (() => {
      try {
        return Array.from(doc.querySelectorAll(selector));
      } catch {
        return [];
      }
    })();
    // Unique, or at least first and the only one that is a field of its own.
    if (all.length === 1 && accept(all[0]!)) return selector;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Field lookups

function sameField(found: Element, target: Element): boolean {
  if (found === target) return true;
  if (found.contains(target) || target.contains(found)) return readValue(found) === readValue(target);
  return false;
}

/** The element that holds the value: the control itself, or the container the person clicked. */
function pickTarget(clicked: Element): Element {
  const option = clicked.closest('option');
  if (option) return option.closest('select') ?? clicked;
  if (isControl(clicked)) return clicked;
  const label = clicked.closest('label');
  if (label) {
    const forId = label.getAttribute('for');
    const doc = label.ownerDocument;
    const target = (forId && doc?.getElementById(forId)) || label.querySelector(CONTROL);
    if (target) return target;
  }
  const inside = controlsIn(clicked);
  if (inside.length === 1 && clicked.querySelectorAll('*').length <= 8) return inside[0]!;
  return clicked;
}

function commonWarnings(preview: string, target: Element): string[] {
  const warnings: string[] = [];
  if (controlsIn(target).length > 1 || (!isControl(target) && cleanValue(target.textContent ?? '').length > 400)) {
    warnings.push('Du har valgt et stort område med flere felter. Klik på selve feltet eller værdien.');
  }
  if (!preview) warnings.push('Feltet er tomt lige nu. Tjek værdien på en sag, hvor feltet er udfyldt.');
  if (findCprNumbers(preview).length > 0) {
    warnings.push('Værdien ligner et CPR-nummer. Sidevogn må kun læse arbejdsfelter som indsats og omfang – vælg et andet felt.');
  }
  return warnings;
}

/**
 * Proposes a lookup for the field the support person clicked (an input/select/textarea, a value
 * cell, or text inside one): the label a person reads, fallback selectors, the value read now,
 * and Danish warnings. The proposal is verified with findField on the same document.
 */
export function proposeLookup(doc: Document, clicked: Element): LookupProposal {
  const warnings: string[] = [];
  if (clicked.closest('sidevogn-panel')) {
    return { lookup: { labels: [], selectors: [] }, preview: '', warnings: ['Du klikkede i Sidevognens eget panel. Klik på et felt på sagens side.'] };
  }
  let target = pickTarget(clicked);
  const label = findLabel(doc, target);
  if (label) target = label.valueEl;
  // Selectors point at the control when the value is one (robust to wrappers changing).
  const controls = controlsIn(target);
  const selectorTarget = controls.length === 1 ? controls[0]! : target;
  const accept = (found: Element) => sameField(found, target);

  const labels: string[] = [];
  if (label) {
    const hit = findField(doc, { labels: [label.text], selectors: [] });
    if (hit && sameField(hit.element, target)) labels.push(label.text);
    else {
      // The reader anchors on the first place the text stands; is that another element?
      const first = findLabelElements(doc, [label.text]).get(normaliseLabel(label.text));
      const elsewhere = !!first && first !== label.labelEl && !label.labelEl.contains(first) && !first.contains(label.labelEl);
      warnings.push(
        elsewhere
          ? `Teksten "${label.text}" står også et andet sted på siden før feltet, så Sidevogn finder feltet med selektorer i stedet.`
          : `Sidevogn kan ikke gå fra teksten "${label.text}" til feltet på denne side, så feltet findes med selektorer.`,
      );
    }
  } else {
    warnings.push('Sidevogn fandt ingen ledetekst ved feltet. Skriv den tekst, der står ved feltet, under Ledetekster.');
  }

  const selectors = proposeSelectors(doc, selectorTarget, accept);
  if (selectors.length === 0) {
    warnings.push('Feltet har ingen stabil id, name eller data-egenskab. Tjek opslaget på en anden sag, før du gemmer.');
  }
  const lookup: FieldLookup = { labels, selectors };
  const hit = findField(doc, lookup);
  if (!hit || !sameField(hit.element, target)) {
    warnings.push('Opslaget finder ikke det felt, du klikkede på. Ret ledeteksten eller selektorerne.');
  }
  const preview = readValue(hit?.element ?? target);
  warnings.push(...commonWarnings(preview, target));
  return { lookup, preview, ...(label ? { labelText: label.text } : {}), warnings };
}

// ---------------------------------------------------------------------------------------------
// Letter editors

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v === '' || v === 'true' || v === 'plaintext-only';
}

function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

/** The element letter-editor.ts would treat as the editor for a lookup hit (without opening frames). */
function editorElementOf(el: Element): Element | null {
  const tag = el.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'iframe' || isEditable(el)) return el;
  const inner = el.querySelector(EDITOR_INSIDE);
  return inner && inner !== el ? editorElementOf(inner) : null;
}

function frameDocument(frame: Element): Document | null {
  try {
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin
  }
}

/** The editor the person meant: the textarea, the outermost editable element, or the frame. */
function findEditor(doc: Document, clicked: Element): Element | null {
  if (clicked.ownerDocument && clicked.ownerDocument !== doc) {
    // A click inside an iframe editor: the frame in this document that holds that document.
    const frame = Array.from(doc.querySelectorAll('iframe')).find((f) => frameDocument(f) === clicked.ownerDocument);
    if (frame) return frame;
  }
  const tag = clicked.tagName.toLowerCase();
  if (tag === 'textarea' || tag === 'iframe') return clicked;
  let editable: Element | null = clicked.closest('[contenteditable]');
  if (editable && !isEditable(editable)) editable = null;
  while (editable?.parentElement?.closest('[contenteditable]') && isEditable(editable.parentElement.closest('[contenteditable]')!)) {
    editable = editable.parentElement.closest('[contenteditable]');
  }
  if (editable) return editable;
  // A toolbar or wrapper: the visible editor inside the nearest container that has one.
  let box: Element | null = clicked;
  for (let depth = 0; box && depth < 5; depth++, box = box.parentElement) {
    const inside = Array.from(box.querySelectorAll(EDITOR_INSIDE)).filter((e) => !isHidden(e) && (e.tagName.toLowerCase() !== 'textarea' || !isHidden(e.parentElement ?? e)));
    if (inside.length) return inside[0]!;
  }
  return null;
}

function editorKind(el: Element): LetterEditorKind {
  const tag = el.tagName.toLowerCase();
  return tag === 'textarea' ? 'textarea' : tag === 'iframe' ? 'iframe' : 'contenteditable';
}

function editorText(el: Element): string | undefined {
  const kind = editorKind(el);
  if (kind === 'textarea') return (el as HTMLTextAreaElement).value ?? el.textContent ?? '';
  if (kind === 'contenteditable') return el.textContent ?? '';
  const body = frameDocument(el)?.body;
  return body ? body.textContent ?? '' : undefined;
}

/** The label of an editor: its own association first, then a heading or text before its box. */
function findEditorLabel(doc: Document, editor: Element): string | undefined {
  const direct = findLabel(doc, editor);
  if (direct) return direct.text;
  let box: Element | null = editor;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    for (let prev = box.previousElementSibling, i = 0; prev && i < 3; prev = prev.previousElementSibling, i++) {
      if (prev.matches('[role=toolbar], .toolbar, [class*=toolbar]')) continue;
      const text = ownText(prev);
      if (isLabelLike(text)) return tidyLabel(text);
      if (text) break;
    }
  }
  return undefined;
}

/**
 * Proposes the letter-editor lookup from a click on the editor, its toolbar or its frame: a
 * textarea, the outermost contenteditable element, or an iframe (TinyMCE, CKEditor 4). The
 * lookup is verified to lead back to the same editor the way letter-editor.ts reads it.
 */
export function proposeEditorLookup(doc: Document, clicked: Element): EditorProposal {
  const editor = findEditor(doc, clicked);
  if (!editor) {
    return {
      lookup: { labels: [], selectors: [] },
      preview: '',
      warnings: ['Sidevogn fandt ingen brevredigering her. Klik inde i det felt, hvor brevet skrives.'],
    };
  }
  const warnings: string[] = [];
  const kind = editorKind(editor);
  const sameEditor = (found: Element) => editorElementOf(found) === editor;
  const labelText = findEditorLabel(doc, editor);
  const labels: string[] = [];
  if (labelText) {
    const hit = findField(doc, { labels: [labelText], selectors: [] });
    if (hit && sameEditor(hit.element)) labels.push(labelText);
    else warnings.push(`Teksten "${labelText}" fører ikke til brevet på denne side, så brevet findes med selektorer.`);
  } else {
    warnings.push('Sidevogn fandt ingen overskrift ved brevet. Skriv den, hvis der står en.');
  }
  const selectors = proposeSelectors(doc, editor, sameEditor);
  if (selectors.length === 0) warnings.push('Brevfeltet har ingen stabil id eller klasse. Tjek opslaget på en anden sag, før du gemmer.');
  // Verify the way findLetterEditor does: the label's hit first, then each selector.
  const viaLabel = labels.length ? findField(doc, { labels, selectors: [] }) : null;
  const ok = (viaLabel && sameEditor(viaLabel.element)) || selectors.some((s) => {
    const found = queryFirst(doc, s);
    return !!found && sameEditor(found);
  });
  if (!ok) warnings.push('Opslaget finder ikke den brevredigering, du klikkede på. Ret ledeteksten eller selektorerne.');
  const text = editorText(editor);
  if (text === undefined) warnings.push('Brevet ligger i en ramme, som Sidevogn ikke kan læse herfra (fx fra et andet domæne).');
  const preview = cleanValue(text ?? '').slice(0, PREVIEW_CHARS);
  if (text !== undefined && !preview) warnings.push('Brevet er tomt lige nu. Tjek på en sag med et brev.');
  return { lookup: { labels, selectors }, preview, ...(labelText ? { labelText } : {}), warnings, kind };
}

// ---------------------------------------------------------------------------------------------
// Screens

/** A path or query value that identifies a case, a citizen or a record rather than a screen. */
function looksLikeId(segment: string): boolean {
  const s = decodeURIComponent(segment);
  return /\d/.test(s) && (/^\d[\d\-_.]*$/.test(s) || /\d{3,}/.test(s) || /[0-9a-f]{8,}/i.test(s) || /^[0-9a-f-]{16,}$/i.test(s));
}

function globPath(path: string): string {
  return path
    .split('/')
    .map((seg) => (seg && looksLikeId(seg) ? '*' : seg))
    .join('/');
}

/** "Afgørelse om støttende indsats" → "afgoerelse-om-stoettende-indsats". */
function slug(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** "Aase Mikkelsen": two to four capitalised words and nothing else. Screens are not named after people. */
function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'.-]*$/u.test(w));
}

function personal(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i < 4; e = e.parentElement, i++) {
    const hay = `${e.getAttribute('class') ?? ''} ${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (/name|navn|borger|citizen|person|patient|klient|client|cpr/i.test(hay)) return true;
  }
  return false;
}

function screenLabel(doc: Document): { label: string; fromH1?: Element } {
  const h1 = doc.querySelector('h1');
  if (h1 && !personal(h1)) {
    // The heading's own text, without badges and counters in child elements.
    const direct = cleanValue(Array.from(h1.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join(' '));
    const text = direct || ownText(h1);
    if (text && text.length <= 80 && !looksLikeName(text) && !/\d{3,}/.test(text)) return { label: text, fromH1: h1 };
  }
  const parts = (doc.title ?? '').split(/\s+[–—|·-]\s+/).map(cleanValue).filter(Boolean);
  const fromTitle = parts.find((p) => !/\d/.test(p) && !looksLikeName(p));
  if (fromTitle) return { label: fromTitle };
  const current = doc.querySelector('[aria-current="page"]');
  const tab = current ? cleanValue(ownText(current).replace(/\d+/g, '')) : '';
  return { label: tab || 'Ny skærm' };
}

function landmark(doc: Document, fromH1?: Element, label?: string): ScreenProfile['signals'] {
  const main = doc.querySelector('main, [role=main]') ?? doc.body;
  const candidates = [
    ...Array.from(main?.querySelectorAll('form[id]') ?? []),
    ...Array.from(main?.querySelectorAll('section[id], [role=region][id], [role=tabpanel][id], article[id]') ?? []),
  ];
  for (const el of candidates) {
    const id = el.getAttribute('id') ?? '';
    if (looksStableId(id) && doc.querySelectorAll(`#${cssIdent(id)}`).length === 1) return [{ selector: `#${cssIdent(id)}` }];
  }
  if (fromH1 && label) return [{ selector: 'h1', text: label }];
  const mainId = main?.getAttribute('id');
  if (main && main !== doc.body && mainId && looksStableId(mainId)) return [{ selector: `#${cssIdent(mainId)}` }];
  return [];
}

/**
 * A screen-profile skeleton for the page on show: an id and label from the page heading (or
 * the title, never a citizen's name), the URL as a glob with case and citizen numbers replaced
 * by `*`, and a landmark that tells this screen from its neighbours (a form with a stable id,
 * or the heading's text). Fields are added one by one with proposeLookup.
 */
export function proposeScreen(url: URL, doc: Document): ScreenSkeleton {
  const { label, fromH1 } = screenLabel(doc);
  const path = globPath(url.pathname);
  const lastSegment = url.pathname.split('/').filter((s) => s && !looksLikeId(s)).pop()?.replace(/\.[a-z0-9]+$/i, '');
  let glob = `${path}*`;
  // Hash routing (#/borger/123/bevilling) carries the screen in the hash.
  const hashRoute = /^#!?\//.test(url.hash) ? url.hash.replace(/\?.*$/, '') : '';
  if (hashRoute) glob = `${path}*${globPath(hashRoute)}*`;
  // Query routing (?page=afgoerelse&id=4711): keep what names the screen, not what names the case.
  const keep = Array.from(url.searchParams.entries()).filter(([k, v]) => v && !looksLikeId(v) && !/^(id|sag|sagsnr|cpr|borger|person|token|session|ts|_)$/i.test(k));
  if (!hashRoute && keep.length && keep.length <= 3) glob = `${path}?*${keep.map(([k, v]) => `${k}=${v}`).join('*')}*`;
  const hashSegment = hashRoute.split('/').filter((s) => s && s !== '#' && s !== '#!' && !looksLikeId(s)).pop();
  const id = slug(hashSegment ?? keep[0]?.[1] ?? lastSegment ?? '') || slug(label) || 'skaerm';
  return { id, label, paths: [glob], signals: landmark(doc, fromH1, label), fields: {}, constants: {} };
}

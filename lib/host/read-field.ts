import type { FieldLookup } from './site-profile-schema';
import { cleanValue, normaliseLabel } from './text';

/**
 * Label-anchored field reading. Given the texts a user sees next to a field ("Indsats",
 * "Ydelse"), find the label on the page and the value that belongs to it, the way a person
 * would: <label for>, aria-labelledby, a table row, a <dt>/<dd> pair, or the element right
 * after the label. Fallback CSS selectors are tried only when no label is found.
 *
 * Works on any Document-like tree (the live page, or linkedom in Node tests).
 */

const CONTROL_SELECTOR = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea';
const MAX_LABEL_LENGTH = 60;
const MAX_VALUE_LENGTH = 400;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out so this runs where NodeFilter is not global.

/** Finds, in one pass over the text nodes, the first element whose text is each wanted label. */
export function findLabelElements(root: Document, labels: Iterable<string>): Map<string, Element> {
  const wanted = new Set<string>();
  for (const label of labels) wanted.add(normaliseLabel(label));
  const found = new Map<string, Element>();
  if (wanted.size === 0 || !root.body) return found;
  // Cheap tests first: a case page has thousands of text nodes, nearly all of them white space,
  // long text, or text that starts with a letter no wanted label starts with.
  let shortest = Infinity;
  const firstChars = new Set<string>();
  for (const label of wanted) {
    shortest = Math.min(shortest, label.length);
    firstChars.add(label[0]!);
  }
  const walker = root.createTreeWalker(root.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    if (raw.length < shortest || raw.length > MAX_LABEL_LENGTH * 2) continue;
    const trimmed = raw.trim();
    if (trimmed.length < shortest || !firstChars.has(trimmed[0]!.toLowerCase())) continue;
    const text = normaliseLabel(trimmed);
    if (!text || text.length > MAX_LABEL_LENGTH || !wanted.has(text) || found.has(text)) continue;
    const parent = node.parentElement;
    if (!parent || isInsideIgnored(parent)) continue;
    found.set(text, parent);
    if (found.size === wanted.size) break;
  }
  // aria-label on controls counts as a label too ("<input aria-label='Omfang'>").
  if (found.size < wanted.size) {
    for (const el of Array.from(root.querySelectorAll('[aria-label]'))) {
      const text = normaliseLabel(el.getAttribute('aria-label') ?? '');
      if (wanted.has(text) && !found.has(text)) found.set(text, el);
    }
  }
  return found;
}

function isInsideIgnored(el: Element): boolean {
  // Options of a <select> and script/style text are never labels.
  return el.closest('option, script, style, noscript, template, sidevogn-panel') !== null;
}

function isControl(el: Element): boolean {
  return el.matches(CONTROL_SELECTOR);
}

function isMarker(el: Element): boolean {
  // A required-asterisk or an icon next to a label is not the value.
  return !el.querySelector(CONTROL_SELECTOR) && /^[\s*:?()!i]*$/.test(el.textContent ?? '');
}

function nextMeaningfulSibling(el: Element): Element | null {
  let next = el.nextElementSibling;
  while (next && isMarker(next)) next = next.nextElementSibling;
  return next;
}

function byId(doc: Document, id: string): Element | null {
  return id ? doc.getElementById(id) : null;
}

/** From a label element, the element holding its value (a control or a text container). */
export function resolveValueElement(doc: Document, label: Element): Element | null {
  if (isControl(label)) return label; // matched through aria-label
  let el: Element | null = label;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    const tag = el.tagName.toLowerCase();
    if (tag === 'label') {
      const target = byId(doc, el.getAttribute('for') ?? '') ?? el.querySelector(CONTROL_SELECTOR);
      if (target) return target;
    }
    const id = el.getAttribute('id');
    if (id) {
      const labelled = doc.querySelector(`[aria-labelledby~="${cssEscape(id)}"]`);
      if (labelled) return labelled;
    }
    if (tag === 'dt') {
      let dd = el.nextElementSibling;
      while (dd && dd.tagName.toLowerCase() !== 'dd') dd = dd.nextElementSibling;
      if (dd) return dd;
    }
    if (tag === 'th' || el.getAttribute('role') === 'rowheader' || el.getAttribute('role') === 'columnheader') {
      const cell = nextMeaningfulSibling(el);
      // A column header (a row of <th>s over a list) names many values, not one: no answer.
      if (!cell || cell.tagName.toLowerCase() === 'th' || el.getAttribute('role') === 'columnheader') return null;
      return cell;
    }
    if (tag === 'body' || tag === 'form' || tag === 'table' || tag === 'tbody' || tag === 'tr' && depth > 0) break;
    const next = nextMeaningfulSibling(el);
    if (next) return next;
    // A wrapper with the label and a control but nothing after the label: take the control.
    const parent: Element | null = el.parentElement;
    const control = parent?.querySelector(CONTROL_SELECTOR);
    if (control && parent && parent.contains(el)) return control;
  }
  return null;
}

/** Reads what the user sees as the value of a field element. */
export function readValue(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (tag === 'select') {
    // Live pages have options/selectedIndex; saved snapshots only the `selected` attribute.
    const select = el as HTMLSelectElement;
    const options = select.options ? Array.from(select.options) : Array.from(el.querySelectorAll('option'));
    const index = typeof select.selectedIndex === 'number' ? select.selectedIndex : options.findIndex((o) => o.hasAttribute('selected'));
    return cleanValue(options[Math.max(index, 0)]?.textContent ?? '');
  }
  if (tag === 'input' || tag === 'textarea') return cleanValue((el as HTMLInputElement).value ?? '');
  const controls = el.querySelectorAll(CONTROL_SELECTOR);
  if (controls.length === 1) return readValue(controls[0]!);
  return cleanValue(el.textContent ?? '').slice(0, MAX_VALUE_LENGTH);
}

/** Finds the value element of one lookup: labels first, then the fallback selectors. */
export function findField(
  doc: Document,
  lookup: FieldLookup,
  labelElements?: Map<string, Element>,
): { element: Element; via: 'label' | 'selector'; anchor: string } | null {
  const labels = labelElements ?? findLabelElements(doc, lookup.labels);
  for (const label of lookup.labels) {
    const labelEl = labels.get(normaliseLabel(label));
    const value = labelEl && resolveValueElement(doc, labelEl);
    if (value) return { element: value, via: 'label', anchor: label };
  }
  for (const selector of lookup.selectors) {
    let el: Element | null = null;
    try {
      el = doc.querySelector(selector);
    } catch {
      continue; // A broken selector in a pack must not break the others.
    }
    if (el) return { element: el, via: 'selector', anchor: selector };
  }
  return null;
}

/** Applies a lookup's value map (case-insensitive keys; a key may also be a prefix ending in "*"). */
export function mapValue(value: string, map: Record<string, string> | undefined): string {
  if (!map) return value;
  const key = normaliseLabel(value);
  for (const [from, to] of Object.entries(map)) {
    const prefix = from.trimEnd().endsWith('*');
    const f = normaliseLabel(prefix ? from.trimEnd().slice(0, -1) : from);
    if (prefix ? key.startsWith(f) : f === key) return to;
  }
  return value;
}

function cssEscape(id: string): string {
  return id.replace(/["\\]/g, '\\$&');
}

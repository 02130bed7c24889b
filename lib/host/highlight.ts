/**
 * Highlights in the letter without touching the host's DOM: we measure where a text range is
 * on screen and draw boxes in the panel's own shadow-root overlay. Rich editors are measured
 * with Ranges over their text nodes (read-only); textareas, whose text has no nodes, with a
 * hidden mirror element inside a container the caller owns (the panel's shadow root).
 *
 * Everything here needs a browser's layout; lib/ still runs in Node because nothing touches
 * a DOM global — the documents and windows come from the elements passed in.
 */
import { extractEditorText, type EditorText } from './editor-text';
import type { LetterEditor } from './letter-editor';

/** A rectangle in viewport coordinates (the top window's), like DOMRect. */
export interface ViewportRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface RangeOptions {
  /** The editor's text as checked (reuse it between calls; re-extract after the letter changes). */
  text?: EditorText;
  /** Where the textarea mirror may live while measuring: an element in the panel's shadow root. */
  mirrorContainer?: Element;
}

interface RectLike {
  left: number;
  top: number;
  width: number;
  height: number;
}

type StyleView = { getComputedStyle(el: Element): CSSStyleDeclaration };

function viewOf(el: Element): StyleView | null {
  return (el.ownerDocument?.defaultView as unknown as StyleView | null) ?? null;
}

function intersect(r: RectLike, clip: RectLike | undefined): ViewportRect | null {
  if (!clip) return { left: r.left, top: r.top, width: r.width, height: r.height };
  const left = Math.max(r.left, clip.left);
  const top = Math.max(r.top, clip.top);
  const right = Math.min(r.left + r.width, clip.left + clip.width);
  const bottom = Math.min(r.top + r.height, clip.top + clip.height);
  if (right <= left || bottom <= top) return null;
  return { left, top, width: right - left, height: bottom - top };
}

/** Joins boxes that continue each other on the same line (one text node per inline element gives several). */
export function mergeRects(rects: ViewportRect[]): ViewportRect[] {
  const out: ViewportRect[] = [];
  for (const r of rects) {
    if (r.width <= 0 && r.height <= 0) continue;
    const last = out[out.length - 1];
    if (last && Math.abs(last.top - r.top) < 2 && Math.abs(last.height - r.height) < 2 && r.left <= last.left + last.width + 2 && r.left >= last.left - 1) {
      last.width = Math.max(last.left + last.width, r.left + r.width) - last.left;
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

/** The visible box of the editor's text area, in top-viewport coordinates (what highlights are clipped to). */
function editorClip(editor: LetterEditor): RectLike | undefined {
  if (editor.kind === 'iframe' && editor.frame) {
    const f = editor.frame.getBoundingClientRect();
    return { left: f.left + editor.frame.clientLeft, top: f.top + editor.frame.clientTop, width: editor.frame.clientWidth, height: editor.frame.clientHeight };
  }
  const r = editor.root.getBoundingClientRect();
  const el = editor.root as HTMLElement;
  return { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth || r.width, height: el.clientHeight || r.height };
}

function richRects(editor: LetterEditor, text: EditorText, start: number, end: number): ViewportRect[] {
  const doc = editor.root.ownerDocument;
  let dx = 0;
  let dy = 0;
  if (editor.kind === 'iframe' && editor.frame) {
    // The frame's content is measured in the frame's viewport: add where that viewport sits.
    const f = editor.frame.getBoundingClientRect();
    dx = f.left + editor.frame.clientLeft;
    dy = f.top + editor.frame.clientTop;
  }
  const clip = editorClip(editor);
  const rects: ViewportRect[] = [];
  // One Range per text node: a Range across elements would also report the elements' boxes.
  for (const seg of text.segments(start, end)) {
    const range = doc.createRange();
    range.setStart(seg.node, seg.start);
    range.setEnd(seg.node, seg.end);
    for (const r of Array.from(range.getClientRects())) {
      const v = intersect({ left: r.left + dx, top: r.top + dy, width: r.width, height: r.height }, clip);
      if (v) rects.push(v);
    }
    range.detach?.();
  }
  return mergeRects(rects);
}

const MIRRORED = [
  'box-sizing', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant', 'font-stretch', 'font-kerning',
  'font-feature-settings', 'letter-spacing', 'word-spacing', 'line-height', 'text-transform', 'text-indent',
  'text-rendering', 'tab-size', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'direction',
];

interface Mirror {
  mirror: HTMLElement;
  mark: HTMLElement;
  /** The textarea's border-box rect (viewport). */
  area: DOMRect;
  cleanup(): void;
}

/** Builds the hidden copy of the textarea's text layout in the caller's container. */
function buildMirror(textarea: HTMLTextAreaElement, container: Element, start: number, end: number): Mirror | null {
  const view = viewOf(textarea);
  if (!view) return null;
  const cs = view.getComputedStyle(textarea);
  const doc = container.ownerDocument;
  const mirror = doc.createElement('div');
  const style = mirror.style;
  for (const prop of MIRRORED) style.setProperty(prop, cs.getPropertyValue(prop));
  // The text wraps inside the textarea's client box (padding, no border, no scrollbar).
  style.setProperty('box-sizing', 'border-box');
  style.setProperty('width', `${textarea.clientWidth}px`);
  style.setProperty('border', '0');
  style.setProperty('margin', '0');
  style.setProperty('white-space', 'pre-wrap');
  style.setProperty('overflow-wrap', 'break-word');
  style.setProperty('word-wrap', 'break-word');
  style.setProperty('position', 'fixed');
  style.setProperty('left', '0');
  style.setProperty('top', '0');
  style.setProperty('visibility', 'hidden');
  style.setProperty('pointer-events', 'none');
  style.setProperty('overflow', 'hidden');
  style.setProperty('height', 'auto');
  const value = textarea.value;
  const mark = doc.createElement('span');
  // An empty range still needs a box to measure (a caret position).
  mark.appendChild(doc.createTextNode(value.slice(start, end) || '\u200b'));
  mirror.appendChild(doc.createTextNode(value.slice(0, start)));
  mirror.appendChild(mark);
  // The rest decides where the last marked line wraps; a space keeps a trailing newline measurable.
  mirror.appendChild(doc.createTextNode(`${value.slice(end)} `));
  container.appendChild(mirror);
  return { mirror, mark, area: textarea.getBoundingClientRect(), cleanup: () => mirror.remove() };
}

function textareaRects(editor: LetterEditor, start: number, end: number, container: Element | undefined): ViewportRect[] {
  const textarea = editor.root as HTMLTextAreaElement;
  if (!container) return [];
  const built = buildMirror(textarea, container, start, end);
  if (!built) return [];
  try {
    const base = built.mirror.getBoundingClientRect();
    const ox = built.area.left + textarea.clientLeft - (textarea.scrollLeft || 0) - base.left;
    const oy = built.area.top + textarea.clientTop - (textarea.scrollTop || 0) - base.top;
    const clip = { left: built.area.left + textarea.clientLeft, top: built.area.top + textarea.clientTop, width: textarea.clientWidth, height: textarea.clientHeight };
    const rects: ViewportRect[] = [];
    for (const r of Array.from(built.mark.getClientRects())) {
      const v = intersect({ left: r.left + ox, top: r.top + oy, width: Math.max(r.width, 2), height: r.height }, clip);
      if (v) rects.push(v);
    }
    return mergeRects(rects);
  } finally {
    built.cleanup();
  }
}

/**
 * Where the letter's characters `start`–`end` (offsets into the checked text) are on screen,
 * in viewport coordinates, clipped to the editor's visible box. Empty when the range is
 * scrolled out of sight or cannot be measured (textareas need `mirrorContainer`).
 */
export function rectsForRange(editor: LetterEditor, start: number, end: number, options: RangeOptions = {}): ViewportRect[] {
  if (end < start) [start, end] = [end, start];
  if (editor.kind === 'textarea') return textareaRects(editor, start, end, options.mirrorContainer);
  const text = options.text ?? extractEditorText(editor);
  return richRects(editor, text, start, end);
}

/** The textarea scrollTop that centres offset `start` (needs a mirror container for exact lines). */
function textareaScrollTop(textarea: HTMLTextAreaElement, start: number, end: number, container: Element | undefined): number {
  if (container) {
    const built = buildMirror(textarea, container, start, end);
    if (built) {
      try {
        const base = built.mirror.getBoundingClientRect();
        const first = built.mark.getClientRects()[0] ?? built.mark.getBoundingClientRect();
        return Math.max(0, first.top - base.top - textarea.clientHeight / 2 + first.height / 2);
      } finally {
        built.cleanup();
      }
    }
  }
  // Without a mirror: count lines (wrapped lines make this an estimate).
  const view = viewOf(textarea);
  const lineHeight = parseFloat(view?.getComputedStyle(textarea).lineHeight ?? '') || 20;
  const lines = textarea.value.slice(0, start).split('\n').length - 1;
  return Math.max(0, lines * lineHeight - textarea.clientHeight / 2);
}

/**
 * Scrolls so the range is visible: a textarea's own scrollTop (and the textarea into view);
 * in rich editors the text's parent element is centred by the browser, which scrolls every
 * scrollable ancestor and the window (and, for iframe editors, the frame's document). Only
 * scroll positions change; the letter and the host's DOM stay as they are.
 */
export function scrollRangeIntoView(editor: LetterEditor, start: number, end: number, options: RangeOptions = {}): void {
  if (editor.kind === 'textarea') {
    const textarea = editor.root as HTMLTextAreaElement;
    textarea.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    textarea.scrollTop = textareaScrollTop(textarea, Math.min(start, end), Math.max(start, end), options.mirrorContainer);
    return;
  }
  const text = options.text ?? extractEditorText(editor);
  const first = text.segments(Math.min(start, end), Math.max(start, end))[0];
  const point = first ? { node: first.node } : text.locate(start);
  const parent = point?.node.parentElement;
  if (editor.kind === 'iframe' && editor.frame) editor.frame.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  parent?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
}

/** Marker colours: a calm yellow wash over the text and an outline with 3:1+ contrast against white (WCAG 1.4.11). */
export const HIGHLIGHT_FILL = 'rgba(255, 212, 0, 0.32)';
export const HIGHLIGHT_OUTLINE = '#8a6a00';

export interface HighlightLayer {
  /** Draws these boxes (viewport coordinates), replacing what was shown. */
  show(rects: readonly ViewportRect[]): void;
  /** Removes the boxes. */
  clear(): void;
  /** Removes the layer itself. */
  destroy(): void;
}

/**
 * A fixed, click-through layer in the given container (inside the panel's shadow root) that
 * draws highlight boxes. The boxes do not follow scrolling by themselves: call
 * `show(rectsForRange(...))` again on scroll and resize.
 */
export function createHighlightLayer(container: Element): HighlightLayer {
  const doc = container.ownerDocument;
  const layer = doc.createElement('div');
  layer.className = 'sv-highlight-layer';
  layer.setAttribute('aria-hidden', 'true');
  const ls = layer.style;
  ls.setProperty('position', 'fixed');
  ls.setProperty('inset', '0');
  ls.setProperty('left', '0');
  ls.setProperty('top', '0');
  ls.setProperty('width', '0');
  ls.setProperty('height', '0');
  ls.setProperty('overflow', 'visible');
  ls.setProperty('pointer-events', 'none');
  ls.setProperty('z-index', '2147482999');
  container.appendChild(layer);
  const clear = () => {
    while (layer.firstChild) layer.removeChild(layer.firstChild);
  };
  return {
    show(rects) {
      clear();
      for (const r of rects) {
        const box = doc.createElement('div');
        box.className = 'sv-highlight';
        const s = box.style;
        s.setProperty('position', 'fixed');
        s.setProperty('left', `${Math.round(r.left) - 1}px`);
        s.setProperty('top', `${Math.round(r.top) - 1}px`);
        s.setProperty('width', `${Math.round(r.width) + 2}px`);
        s.setProperty('height', `${Math.round(r.height) + 2}px`);
        s.setProperty('background', HIGHLIGHT_FILL);
        // Multiply keeps the text underneath fully readable through the wash.
        s.setProperty('mix-blend-mode', 'multiply');
        s.setProperty('outline', `2px solid ${HIGHLIGHT_OUTLINE}`);
        s.setProperty('border-radius', '2px');
        s.setProperty('box-sizing', 'border-box');
        s.setProperty('pointer-events', 'none');
        layer.appendChild(box);
      }
    },
    clear,
    destroy() {
      clear();
      layer.remove();
    },
  };
}

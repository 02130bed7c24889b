import { describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractEditorText } from '../../../lib/host/editor-text';
import { createHighlightLayer, HIGHLIGHT_OUTLINE, mergeRects, rectsForRange, scrollRangeIntoView } from '../../../lib/host/highlight';
import type { LetterEditor } from '../../../lib/host/letter-editor';

/*
 * linkedom has no layout. These tests give elements and ranges fake geometry (each character
 * 10 px wide, 20 px lines, one line per text node) so the arithmetic of rectsForRange —
 * which text nodes, which offsets, frame offset, clipping, merging — can fail for real.
 */
const dom = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
function textNodes(el: Node): Text[] {
  const out: Text[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) out.push(c as Text);
    else out.push(...textNodes(c));
  }
  return out;
}
const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top }) as DOMRect;

function fakeLayout(doc: Document, lineOf: (node: Text) => number, calls: { node: Text; start: number; end: number }[] = []) {
  // x of a character = its position in the paragraph's text.
  const xOf = (node: Text, offset: number) => {
    const block = node.parentElement!.closest('p') ?? node.parentElement!;
    let before = 0;
    for (const t of textNodes(block)) {
      if (t === node) break;
      before += t.data.length;
    }
    return 10 + (before + offset) * 10;
  };
  (doc as unknown as { createRange: () => unknown }).createRange = () => {
    const r = { node: null as Text | null, start: 0, end: 0 };
    return {
      setStart(node: Text, offset: number) {
        r.node = node;
        r.start = offset;
      },
      setEnd(node: Text, offset: number) {
        expect(node).toBe(r.node); // one text node per range
        r.end = offset;
      },
      getClientRects() {
        calls.push({ node: r.node!, start: r.start, end: r.end });
        return [rect(xOf(r.node!, r.start), lineOf(r.node!) * 20, (r.end - r.start) * 10, 20)];
      },
    };
  };
  return calls;
}

function box(el: Element, r: DOMRect, client: { w: number; h: number; l?: number; t?: number }) {
  Object.assign(el, { getBoundingClientRect: () => r });
  Object.defineProperty(el, 'clientWidth', { value: client.w, configurable: true });
  Object.defineProperty(el, 'clientHeight', { value: client.h, configurable: true });
  Object.defineProperty(el, 'clientLeft', { value: client.l ?? 0, configurable: true });
  Object.defineProperty(el, 'clientTop', { value: client.t ?? 0, configurable: true });
}

describe('rectsForRange (contenteditable)', () => {
  it('measures each covered text node with its own Range and merges boxes on one line', () => {
    const doc = dom('<div id="ed" contenteditable="true"><p>Du får <strong>1 time</strong> hver 14. dag.</p><p>Næste afsnit.</p></div>');
    const root = doc.getElementById('ed')!;
    box(root, rect(0, 0, 1000, 1000), { w: 1000, h: 1000 });
    const lines = new Map<string, number>([['Næste afsnit.', 3]]);
    const calls = fakeLayout(doc, (n) => lines.get(n.data) ?? 1);
    const editor: LetterEditor = { kind: 'contenteditable', root };
    const text = extractEditorText(editor);
    const start = text.text.indexOf('1 time');
    const end = text.text.indexOf(' dag');
    const rects = rectsForRange(editor, start, end, { text });
    expect(calls.map((c) => c.node.data.slice(c.start, c.end))).toEqual(['1 time', ' hver 14.']);
    // "1 time" at x=80..140, " hver 14." at x=140..230 on the same line: one box.
    expect(rects).toEqual([{ left: 80, top: 20, width: 150, height: 20 }]);

    // A range over two paragraphs gives boxes on both lines.
    const across = rectsForRange(editor, text.text.indexOf('dag.'), text.text.indexOf('afsnit'), { text });
    expect(across.map((r) => r.top)).toEqual([20, 60]);
  });

  it('clips to the editor and drops what is scrolled out of sight', () => {
    const doc = dom('<div id="ed" contenteditable="true"><p>En linje.</p><p>Langt nede.</p></div>');
    const root = doc.getElementById('ed')!;
    box(root, rect(0, 0, 60, 40), { w: 60, h: 40 });
    fakeLayout(doc, (n) => (n.data === 'Langt nede.' ? 10 : 1));
    const editor: LetterEditor = { kind: 'contenteditable', root };
    const text = extractEditorText(editor);
    expect(rectsForRange(editor, 0, 9, { text })).toEqual([{ left: 10, top: 20, width: 50, height: 20 }]);
    expect(rectsForRange(editor, text.text.indexOf('Langt'), text.text.length, { text })).toEqual([]);
  });

  it('iframe editors: adds the frame position and border', () => {
    const outer = dom('<iframe id="f"></iframe>');
    const frame = outer.getElementById('f') as HTMLIFrameElement;
    box(frame, rect(300, 200, 500, 400), { w: 496, h: 396, l: 2, t: 2 });
    const inner = dom('<p>Du får hjælp.</p>');
    fakeLayout(inner, () => 1);
    const editor: LetterEditor = { kind: 'iframe', root: inner.body, frame };
    const rects = rectsForRange(editor, 3, 6);
    expect(rects).toEqual([{ left: 302 + 40, top: 202 + 20, width: 30, height: 20 }]);
  });
});

describe('mergeRects', () => {
  it('joins touching boxes on the same line, keeps other lines apart', () => {
    const merged = mergeRects([
      { left: 0, top: 0, width: 50, height: 20 },
      { left: 50, top: 0, width: 30, height: 20 },
      { left: 0, top: 20, width: 40, height: 20 },
    ]);
    expect(merged).toEqual([{ left: 0, top: 0, width: 80, height: 20 }, { left: 0, top: 20, width: 40, height: 20 }]);
  });
});

describe('textarea highlights', () => {
  it('without a mirror container there is nothing to measure (never the host DOM)', () => {
    const doc = dom('<textarea id="t">Hej med dig</textarea>');
    const textarea = doc.getElementById('t') as HTMLTextAreaElement;
    const before = doc.body.childNodes.length;
    expect(rectsForRange({ kind: 'textarea', root: textarea }, 0, 3)).toEqual([]);
    expect(doc.body.childNodes.length).toBe(before);
  });

  it('measures in the caller’s container, offsets by the textarea and its scroll, and removes the mirror again', () => {
    const doc = dom('<textarea id="t"></textarea><div id="shadow"></div>');
    const textarea = doc.getElementById('t') as HTMLTextAreaElement;
    textarea.value = 'Linje et\nLinje to';
    box(textarea, rect(100, 50, 300, 200), { w: 296, h: 196, l: 2, t: 2 });
    textarea.scrollTop = 10;
    const view = doc.defaultView as unknown as Record<string, unknown>;
    view.getComputedStyle = () => ({ getPropertyValue: (p: string) => (p === 'font-size' ? '14px' : ''), lineHeight: '20px' });
    const container = doc.getElementById('shadow')!;
    const appended: Element[] = [];
    const realAppend = container.appendChild.bind(container);
    container.appendChild = ((el: Element) => {
      appended.push(el);
      // Fake layout of the mirror: it sits at (0,0); the marked span is on line 2.
      Object.assign(el, { getBoundingClientRect: () => rect(0, 0, 296, 40) });
      const mark = el.querySelector('span')!;
      Object.assign(mark, { getClientRects: () => [rect(4, 24, 50, 20)], getBoundingClientRect: () => rect(4, 24, 50, 20) });
      return realAppend(el);
    }) as never;
    const rects = rectsForRange({ kind: 'textarea', root: textarea }, 9, 14, { mirrorContainer: container });
    expect(rects).toEqual([{ left: 100 + 2 + 4, top: 50 + 2 - 10 + 24, width: 50, height: 20 }]);
    // The mirror copied the textarea's font and held the text up to and including the range.
    const mirror = appended[0] as HTMLElement;
    expect(mirror.style.getPropertyValue('font-size')).toBe('14px');
    expect(mirror.style.getPropertyValue('white-space')).toBe('pre-wrap');
    expect(mirror.querySelector('span')!.textContent).toBe('Linje');
    expect(mirror.textContent!.startsWith('Linje et\nLinje')).toBe(true);
    expect(container.childNodes.length).toBe(0);
    expect(textarea.value).toBe('Linje et\nLinje to');

    // Scrolling centres the range's line in the textarea.
    scrollRangeIntoView({ kind: 'textarea', root: textarea }, 9, 14, { mirrorContainer: container });
    expect(textarea.scrollTop).toBe(Math.max(0, 24 - 196 / 2 + 10));
  });
});

describe('scrollRangeIntoView (rich editors)', () => {
  it('centres the element that holds the range’s first text', () => {
    const doc = dom('<div id="ed" contenteditable="true"><p>Første.</p><p id="two">Anden <em>vigtig</em> sætning.</p></div>');
    const editor: LetterEditor = { kind: 'contenteditable', root: doc.getElementById('ed')! };
    const text = extractEditorText(editor);
    const em = doc.querySelector('em')!;
    const spy = vi.fn();
    Object.assign(em, { scrollIntoView: spy });
    scrollRangeIntoView(editor, text.text.indexOf('vigtig'), text.text.indexOf(' sætning'), { text });
    expect(spy).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
  });
});

describe('createHighlightLayer', () => {
  it('draws fixed, click-through boxes in the given container and clears them', () => {
    const doc = dom('<div id="shadow"></div><p id="host">Værtens tekst</p>');
    const container = doc.getElementById('shadow')!;
    const host = doc.getElementById('host')!;
    const hostBefore = [host.textContent, host.childNodes.length, doc.body.childNodes.length];
    const layer = createHighlightLayer(container);
    layer.show([{ left: 10.4, top: 20, width: 50, height: 18 }, { left: 10, top: 40, width: 30, height: 18 }]);
    const boxes = container.querySelectorAll('.sv-highlight');
    expect(boxes).toHaveLength(2);
    const first = boxes[0] as HTMLElement;
    expect(first.style.getPropertyValue('position')).toBe('fixed');
    expect(first.style.getPropertyValue('left')).toBe('9px');
    expect(first.style.getPropertyValue('width')).toBe('52px');
    expect(first.style.getPropertyValue('outline')).toContain(HIGHLIGHT_OUTLINE);
    expect((container.firstChild as HTMLElement).getAttribute('aria-hidden')).toBe('true');
    expect((container.firstChild as HTMLElement).style.getPropertyValue('pointer-events')).toBe('none');
    layer.show([{ left: 0, top: 0, width: 5, height: 5 }]);
    expect(container.querySelectorAll('.sv-highlight')).toHaveLength(1);
    layer.clear();
    expect(container.querySelectorAll('.sv-highlight')).toHaveLength(0);
    layer.destroy();
    expect(container.childNodes.length).toBe(0);
    expect([host.textContent, host.childNodes.length, doc.body.childNodes.length]).toEqual(hostBefore);
  });

  it('the outline has at least 3:1 contrast against a white page', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    expect((1 + 0.05) / (lum(HIGHLIGHT_OUTLINE) + 0.05)).toBeGreaterThanOrEqual(3);
  });
});

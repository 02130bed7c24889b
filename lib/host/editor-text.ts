/**
 * The letter editor's text as a reader sees it, with an exact map back to the DOM.
 *
 * The letter engine gets plain text where headings and paragraphs are separated by a blank
 * line ("\n\n") and a <br> is a line break ("\n"), which is how lib/letter/segment.ts splits
 * blocks. Its findings come back as offsets into that text; `locate` and `segments` turn
 * them into DOM positions so the panel can draw highlights beside the text — the host DOM is
 * only read, never changed.
 *
 * One pass over the DOM (no TreeWalker, so it runs in linkedom too); per output character
 * two integers in typed arrays (which text node, which offset), nothing else.
 */
import type { LetterEditor, LetterEditorKind } from './letter-editor';

/** A position in the editor: inside a text node, or (for textareas) in the textarea's value. */
export type EditorPoint =
  | { kind: 'text'; node: Text; offset: number }
  | { kind: 'textarea'; node: HTMLTextAreaElement; offset: number };

/** The part of one text node that a text range covers (`start`/`end` are offsets in the node). */
export interface TextNodeSegment {
  node: Text;
  start: number;
  end: number;
}

/** The editor's text with its map back to the DOM. */
export interface EditorText {
  kind: LetterEditorKind;
  /** The letter as plain text: blocks separated by "\n\n", <br> as "\n", whitespace collapsed. */
  text: string;
  /**
   * The DOM position just before `text[offset]` (or after the last character for
   * `offset === text.length`). Characters Sidevogn added (block breaks, list bullets) map to
   * the nearest real character. Null when the editor holds no text.
   */
  locate(offset: number): EditorPoint | null;
  /** The text-node pieces that `text.slice(start, end)` covers, in document order (empty for textareas). */
  segments(start: number, end: number): TextNodeSegment[];
}

// Elements that start a new block (a paragraph break for the engine).
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
// Their content is not letter text.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'SVG', 'OBJECT', 'IFRAME', 'TEXTAREA', 'SELECT', 'BUTTON']);
// Table cells sit side by side: a space between them, not a break.
const CELL_TAGS = new Set(['TD', 'TH']);
const BULLET = '- ';

const SPACE = 32;
const NL = 10;
const NBSP = 0xa0;

function isCollapsible(c: number): boolean {
  return c === SPACE || c === 9 || c === NL || c === 13 || c === 12;
}
/** Zero-width fillers that editors insert (CKEditor's U+200B/U+2060, BOM, soft hyphen): invisible, left out. */
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0xad || c === 0x200c || c === 0x200d;
}

type WhiteSpace = 'normal' | 'pre' | 'pre-line';

function rootWhiteSpace(root: Element): WhiteSpace {
  // Editors such as ProseMirror set white-space: pre-wrap on the root; then spaces and
  // newlines in text nodes are what the reader sees. Only the browser can tell (not linkedom).
  try {
    const view = root.ownerDocument?.defaultView as { getComputedStyle?: (el: Element) => { whiteSpace?: string } } | null;
    const ws = view?.getComputedStyle?.(root)?.whiteSpace ?? '';
    if (ws.startsWith('pre') && ws !== 'pre-line') return 'pre';
    if (ws === 'pre-line') return 'pre-line';
    if (ws === 'break-spaces') return 'pre';
  } catch {
    /* no computed styles: normal */
  }
  return 'normal';
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none/i.test(style);
}

/** A growable pair of Int32Arrays: for each output character, its text node (-1: added by us) and offset. */
class OffsetMap {
  node = new Int32Array(1024);
  offset = new Int32Array(1024);
  codes = new Uint16Array(1024);
  length = 0;
  push(code: number, node: number, offset: number): void {
    if (this.length === this.node.length) {
      const size = this.node.length * 2;
      const n = new Int32Array(size);
      n.set(this.node);
      const o = new Int32Array(size);
      o.set(this.offset);
      const c = new Uint16Array(size);
      c.set(this.codes);
      this.node = n;
      this.offset = o;
      this.codes = c;
    }
    this.node[this.length] = node;
    this.offset[this.length] = offset;
    this.codes[this.length] = code;
    this.length++;
  }
  last(): number {
    return this.length > 0 ? this.codes[this.length - 1]! : -1;
  }
  text(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(String.fromCharCode.apply(null, this.codes.subarray(i, Math.min(this.length, i + 8192)) as unknown as number[]));
    }
    return parts.join('');
  }
}

function textareaText(root: HTMLTextAreaElement): EditorText {
  const text = root.value ?? '';
  return {
    kind: 'textarea',
    text,
    locate: (offset) => ({ kind: 'textarea', node: root, offset: Math.max(0, Math.min(text.length, offset)) }),
    segments: () => [],
  };
}

/**
 * Reads the editor's text in one pass, with a map back to text nodes.
 * Textareas: the value as it is (the offsets are the textarea's own).
 */
export function extractEditorText(editor: LetterEditor): EditorText {
  if (editor.kind === 'textarea') return textareaText(editor.root as HTMLTextAreaElement);
  const root = editor.root;
  const nodes: Text[] = [];
  const map = new OffsetMap();
  const rootMode = rootWhiteSpace(root);

  // What waits to be written before the next visible character.
  let pendingBreak = 0; // 0 none, 1 line break, 2 blank line
  let pendingBreakFromBr = false;
  let pendingSpaceNode = -1; // text node index of a collapsed space, -1 none
  let pendingSpaceOffset = 0;
  let pendingSynthSpace = false; // a space between table cells
  let pendingBullet = false;

  const atLineStart = () => map.length === 0 || map.last() === NL;
  const flush = () => {
    if (pendingBreak > 0 && map.length > 0) {
      for (let k = 0; k < pendingBreak; k++) map.push(NL, -1, 0);
    } else if (!atLineStart()) {
      if (pendingSpaceNode >= 0) map.push(SPACE, pendingSpaceNode, pendingSpaceOffset);
      else if (pendingSynthSpace) map.push(SPACE, -1, 0);
    }
    if (pendingBullet) {
      for (let k = 0; k < BULLET.length; k++) map.push(BULLET.charCodeAt(k), -1, 0);
    }
    pendingBreak = 0;
    pendingBreakFromBr = false;
    pendingSpaceNode = -1;
    pendingSynthSpace = false;
    pendingBullet = false;
  };
  const blockBreak = () => {
    pendingBreak = 2;
    pendingBreakFromBr = false;
    pendingSpaceNode = -1;
    pendingSynthSpace = false;
  };
  const lineBreak = () => {
    // <br><br> is a blank line; a <br> at the end of a block draws nothing (the block break wins).
    if (pendingBreak === 0) pendingBreak = 1;
    else if (pendingBreak === 1 && pendingBreakFromBr) pendingBreak = 2;
    pendingBreakFromBr = true;
    pendingSpaceNode = -1;
    pendingSynthSpace = false;
  };

  const readText = (node: Text, mode: WhiteSpace) => {
    const data = node.data;
    let index = -1;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isInvisible(c)) continue;
      if (index < 0) {
        index = nodes.length;
        nodes.push(node);
      }
      if (c === NL && mode !== 'normal') {
        // A real line break the reader sees (pre, pre-wrap, pre-line).
        flush();
        map.push(NL, index, i);
        continue;
      }
      if (isCollapsible(c) && (mode === 'normal' || (mode === 'pre-line' && c !== NL))) {
        if (pendingSpaceNode < 0 && pendingBreak === 0) {
          pendingSpaceNode = index;
          pendingSpaceOffset = i;
        }
        continue;
      }
      flush();
      // A no-break space reads as a space (the engine's phrases are written with plain spaces),
      // but unlike a normal space it never collapses.
      if (c === NBSP) map.push(SPACE, index, i);
      else map.push(c === 9 ? SPACE : c, index, i);
    }
  };

  // Iterative walk: (node, entering?) with an explicit stack, so deep markup cannot overflow.
  const walk = (start: Node) => {
    const stack: { node: Node; exit: boolean }[] = [];
    for (let child = start.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
    let inPre = 0;
    while (stack.length > 0) {
      const { node, exit } = stack.pop()!;
      if (node.nodeType === 3 || node.nodeType === 4) {
        readText(node as Text, inPre > 0 ? 'pre' : rootMode);
        continue;
      }
      if (node.nodeType !== 1) continue; // comments, processing instructions
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (exit) {
        if (tag === 'PRE') inPre--;
        if (BLOCK_TAGS.has(tag)) blockBreak();
        else if (CELL_TAGS.has(tag)) {
          if (pendingBreak === 0) pendingSynthSpace = true;
        }
        continue;
      }
      if (SKIP_TAGS.has(tag) || isHidden(el)) continue;
      if (tag === 'BR') {
        lineBreak();
        continue;
      }
      if (BLOCK_TAGS.has(tag)) {
        blockBreak();
        if (tag === 'LI') pendingBullet = true;
      } else if (CELL_TAGS.has(tag) && pendingBreak === 0) pendingSynthSpace = true;
      if (tag === 'PRE') inPre++;
      stack.push({ node: el, exit: true });
      for (let child = el.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
    }
  };
  walk(root);

  const text = map.text();
  const n = map.length;
  const nodeOf = map.node;
  const offsetOf = map.offset;

  const realAt = (i: number) => i >= 0 && i < n && nodeOf[i]! >= 0;
  const locate = (offset: number): EditorPoint | null => {
    if (nodes.length === 0) return null;
    const at = Math.max(0, Math.min(n, Math.floor(offset)));
    if (realAt(at)) return { kind: 'text', node: nodes[nodeOf[at]!]!, offset: offsetOf[at]! };
    if (realAt(at - 1)) return { kind: 'text', node: nodes[nodeOf[at - 1]!]!, offset: offsetOf[at - 1]! + 1 };
    // Inside text we added: the next real character, else the end of the last one.
    for (let i = at; i < n; i++) if (realAt(i)) return { kind: 'text', node: nodes[nodeOf[i]!]!, offset: offsetOf[i]! };
    for (let i = at - 1; i >= 0; i--) if (realAt(i)) return { kind: 'text', node: nodes[nodeOf[i]!]!, offset: offsetOf[i]! + 1 };
    return null;
  };
  const segments = (start: number, end: number): TextNodeSegment[] => {
    const out: TextNodeSegment[] = [];
    const from = Math.max(0, Math.min(n, start));
    const to = Math.max(from, Math.min(n, end));
    let current: TextNodeSegment | undefined;
    for (let i = from; i < to; i++) {
      const k = nodeOf[i]!;
      if (k < 0) continue;
      const node = nodes[k]!;
      const o = offsetOf[i]!;
      if (current && current.node === node) current.end = o + 1;
      else {
        current = { node, start: o, end: o + 1 };
        out.push(current);
      }
    }
    return out;
  };
  return { kind: editor.kind, text, locate, segments };
}

/**
 * Finds a range of the checked text again in the current text, after the caseworker typed on
 * while the check ran (findings' offsets refer to the text that was sent). Same place and
 * same characters: unchanged; otherwise the nearest occurrence of the same characters; null
 * when they are gone.
 */
export function followRange(checkedText: string, currentText: string, start: number, end: number): { start: number; end: number } | null {
  if (checkedText === currentText) return { start, end };
  const snippet = checkedText.slice(start, end);
  if (!snippet) return start <= currentText.length ? { start, end: start } : null;
  if (currentText.slice(start, end) === snippet) return { start, end };
  // Text before the range that did not change keeps offsets; after it they shift by the length difference.
  const shifted = start + (currentText.length - checkedText.length);
  if (shifted >= 0 && currentText.slice(shifted, shifted + snippet.length) === snippet) return { start: shifted, end: shifted + snippet.length };
  const after = currentText.indexOf(snippet, start);
  const before = currentText.lastIndexOf(snippet, start);
  if (after < 0 && before < 0) return null;
  const at = after < 0 ? before : before < 0 ? after : start - before <= after - start ? before : after;
  return { start: at, end: at + snippet.length };
}

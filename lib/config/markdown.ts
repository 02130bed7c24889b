/**
 * A small, safe Markdown subset for tips, hints and checklists written by support persons:
 * paragraphs, `**fed**`, `*kursiv*`, bullet lists (`- `), numbered lists (`1. `) and links to
 * https addresses. It parses to a tiny AST that components render as Preact elements, so no
 * HTML string is ever built and nothing in a pack can inject markup or script.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

// Link targets may contain one level of balanced parentheses (Wikipedia-style addresses).
const LINK_AT_START = /^\[([^\]\n]{1,500})\]\(((?:[^()\s]|\([^()\s]*\)){1,2000})\)/;
const LINK_ANYWHERE = /\[[^\]\n]{1,500}\]\(((?:[^()\s]|\([^()\s]*\)){1,2000})\)/g;
const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/** Only absolute https links are kept; anything else (javascript:, http:, relative) is text. */
export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** Parses the safe Markdown subset into blocks. Never throws; unknown syntax stays text. */
export function parseSafeMarkdown(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = String(text ?? '').replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((item) => parseInline(item)) });
    list = undefined;
  };

  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      flushParagraph();
      flushList();
      continue;
    }
    const bullet = BULLET.exec(raw);
    const numbered = bullet ? null : NUMBERED.exec(raw);
    const item = bullet?.[1] ?? numbered?.[1];
    if (item !== undefined) {
      const ordered = Boolean(numbered);
      flushParagraph();
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push(item.trim());
      continue;
    }
    if (list && /^\s{2,}/.test(raw) && list.items.length) {
      // An indented line continues the previous list item.
      list.items[list.items.length - 1] += ' ' + line;
      continue;
    }
    flushList();
    paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Parses inline markup: `**bold**`, `*italic*`, `[text](https://…)`. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  let i = 0;
  const pushText = () => {
    if (buffer) {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.text += buffer;
      else out.push({ type: 'text', text: buffer });
    }
    buffer = '';
  };

  while (i < text.length) {
    const rest = text.slice(i);
    if (depth < 4 && rest.startsWith('**')) {
      const end = text.indexOf('**', i + 2);
      if (end > i + 2) {
        pushText();
        out.push({ type: 'strong', children: parseInline(text.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < 4 && rest.startsWith('*') && !rest.startsWith('**')) {
      const end = text.indexOf('*', i + 1);
      if (end > i + 1 && text[end + 1] !== '*') {
        pushText();
        out.push({ type: 'em', children: parseInline(text.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (depth < 4 && rest.startsWith('[')) {
      const link = LINK_AT_START.exec(rest);
      if (link) {
        pushText();
        const [whole, label = '', href = ''] = link;
        const children = parseInline(label, depth + 1);
        if (isSafeHref(href)) out.push({ type: 'link', href, children });
        else out.push(...children);
        i += whole.length;
        continue;
      }
    }
    buffer += text[i];
    i++;
  }
  pushText();
  return mergeText(out);
}

/** Joins neighbouring text nodes (an unsafe link falls back to text next to other text). */
function mergeText(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (node.type === 'text' && last?.type === 'text') last.text += node.text;
    else out.push(node);
  }
  return out;
}

/** Links in the text that will not be rendered as links (not https). Used by pack validation. */
export function findUnsafeLinks(text: string): string[] {
  const unsafe: string[] = [];
  for (const match of String(text).matchAll(LINK_ANYWHERE)) {
    const href = match[1] ?? '';
    if (!isSafeHref(href)) unsafe.push(href);
  }
  return unsafe;
}

/** Plain text of inline nodes (for search, aria labels and previews). */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');
}

/**
 * HTML → plain text with an offset map back to the source, for letters that come from a
 * contenteditable, an iframe rich editor or an .html file. A tiny tokenizer, no DOM: lib/
 * must run in Node and in the content script alike, and we never parse host HTML into live
 * nodes. Block elements become paragraph breaks, <br> a line break, whitespace collapses
 * as a browser would, entities are decoded.
 */

const BLOCK_TAGS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'hr', 'dl', 'dt', 'dd',
  'address', 'figure', 'figcaption', 'main', 'nav', 'aside', 'body', 'caption', 'tbody', 'thead',
]);
// Their content is not letter text.
const SKIP_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'object']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', aelig: 'æ', AElig: 'Æ',
  oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', eacute: 'é', Eacute: 'É', auml: 'ä',
  ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', ndash: '–', mdash: '—', sect: '§',
  hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', euro: '€', copy: '©', shy: '', zwnj: '', zwj: '', thinsp: ' ',
  ensp: ' ', emsp: ' ', times: '×', deg: '°', frac12: '½', half: '½', para: '¶',
};

export interface HtmlText {
  /** The letter as plain text: paragraphs separated by a blank line. */
  text: string;
  /** map[i] = offset in the HTML source of text[i]. */
  map: number[];
}

function decodeEntity(html: string, at: number): { value: string; length: number } | undefined {
  const m = /^&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,10});?/i.exec(html.slice(at, at + 14));
  if (!m) return undefined;
  const body = m[1]!;
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    return { value: String.fromCodePoint(code), length: m[0].length };
  }
  const value = NAMED_ENTITIES[body];
  return value === undefined ? undefined : { value, length: m[0].length };
}

/** Convert HTML to plain text with a source-offset map (pure; no DOM). */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  const map: number[] = [];
  let pendingBreak = 0; // 0 none, 1 line break, 2 paragraph break
  let pendingBreakAt = 0;
  let pendingSpace = false;
  let pendingSpaceAt = 0;
  let pre = 0;

  const emit = (ch: string, at: number) => {
    if (out.length > 0 && pendingBreak > 0) {
      // Drop trailing spaces before a line break.
      while (out.length > 0 && out[out.length - 1] === ' ') {
        out.pop();
        map.pop();
      }
      for (let i = 0; i < pendingBreak; i++) {
        out.push('\n');
        map.push(pendingBreakAt);
      }
      pendingSpace = false;
    } else if (pendingSpace && out.length > 0 && out[out.length - 1] !== '\n') {
      out.push(' ');
      map.push(pendingSpaceAt);
    }
    pendingBreak = 0;
    pendingSpace = false;
    out.push(ch);
    for (let k = 0; k < ch.length; k++) map.push(at);
  };
  const breakLine = (level: number, at: number) => {
    if (level > pendingBreak) {
      pendingBreak = level;
      pendingBreakAt = at;
    } else if (level === 1 && pendingBreak === 1) {
      pendingBreak = 2; // <br><br> is a blank line
    }
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const c = html[i]!;
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const end = html.indexOf('-->', i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>/.exec(html.slice(i, i + 2048));
      if (!m) {
        if (/^<[!?]/.test(html.slice(i, i + 2))) {
          const end = html.indexOf('>', i);
          i = end < 0 ? n : end + 1;
          continue;
        }
        emit('<', i);
        i++;
        continue;
      }
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      const tagStart = i;
      i += m[0].length;
      if (!closing && SKIP_TAGS.has(name) && m[3] !== '/') {
        // Raw-text content: jump straight to the matching end tag (its content may hold "<").
        const endRe = new RegExp(`</${name}\\s*>`, 'ig');
        endRe.lastIndex = i;
        const end = endRe.exec(html);
        i = end ? end.index + end[0].length : n;
        continue;
      }
      if (name === 'br') breakLine(1, tagStart);
      else if (BLOCK_TAGS.has(name)) breakLine(2, tagStart);
      if (name === 'pre') pre += closing ? -1 : 1;
      continue;
    }
    if (c === '&') {
      const ent = decodeEntity(html, i);
      if (ent) {
        // Decoded characters (incl. no-break space) are kept, not collapsed.
        if (ent.value) emit(ent.value, i);
        i += ent.length;
        continue;
      }
    }
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f') {
      if (pre > 0) {
        if (c === '\n') breakLine(1, i);
        else if (c !== '\r') emit(c === '\t' ? '\t' : ' ', i);
      } else if (!pendingSpace) {
        pendingSpace = true;
        pendingSpaceAt = i;
      }
      i++;
      continue;
    }
    emit(c, i);
    i++;
  }
  return { text: out.join(''), map };
}

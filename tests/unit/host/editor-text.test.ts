import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractEditorText, followRange, type EditorText } from '../../../lib/host/editor-text';
import { findLetterEditor, type LetterEditor } from '../../../lib/host/letter-editor';
import { segment } from '../../../lib/letter/segment';
import { analyzeLetter } from '../../../lib/letter';

const PAGES = new URL('../../fixtures/pages/', import.meta.url);
const page = (file: string) => parseHTML(readFileSync(new URL(file, PAGES), 'utf8')).document as unknown as Document;
const rich = (body: string): { editor: LetterEditor; doc: Document } => {
  const doc = parseHTML(`<!doctype html><html><body><div id="ed" contenteditable="true">${body}</div></body></html>`).document as unknown as Document;
  return { doc, editor: { kind: 'contenteditable', root: doc.getElementById('ed')! } };
};
const textOf = (body: string) => extractEditorText(rich(body).editor).text;

/** Every real character of the text must sit at its mapped place in the DOM. */
function expectExactMap(t: EditorText): void {
  let checked = 0;
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i]!;
    const segs = t.segments(i, i + 1);
    if (segs.length === 0) continue; // a character Sidevogn added (break, bullet)
    const seg = segs[0]!;
    const dom = seg.node.data[seg.start]!;
    if (ch === ' ') expect(/[\s\u00a0]/.test(dom), `space at ${i}`).toBe(true);
    else expect(dom, `char ${i}`).toBe(ch);
    checked++;
  }
  expect(checked).toBeGreaterThan(0);
}

describe('extractEditorText on the saved demo editors', () => {
  it('DUBU #brevtekst: headings and paragraphs become blocks, <br> lines stay lines', () => {
    const doc = page('dubu-afgoerelse.html');
    const editor = findLetterEditor(doc, { labels: [], selectors: ['#brevtekst'] })!;
    expect(editor.kind).toBe('contenteditable');
    const t = extractEditorText(editor);
    expect(t.text.startsWith('Afgørelse om familiebehandling\n\nKære Sara Holm og Jonas Bertelsen\n\nI har den 3. november 2026')).toBe(true);
    expect(t.text).toContain('\n\nBegrundelse\n\nVi har lagt vægt på');
    expect(t.text.endsWith('Med venlig hilsen\nMette Kjær Lind\nSagsbehandler, Familieafdelingen\nBøgelund Kommune')).toBe(true);
    expect(t.text).not.toMatch(/ \n|\n | {2}|^\s|\s$/);
    const seg = segment(t.text);
    const headings = seg.blocks.filter((b) => b.kind === 'heading').map((b) => t.text.slice(b.start, b.end));
    expect(headings).toEqual(expect.arrayContaining(['Afgørelse om familiebehandling', 'Afgørelse', 'Begrundelse', 'Klagevejledning']));
    expect(seg.blocks.find((b) => t.text.slice(b.start, b.end).startsWith('Vi har lagt vægt på'))!.kind).toBe('paragraph');
    expectExactMap(t);
  });

  it('Nexus rich editor (iframe body) reads exactly like the same letter in the Nexus textarea', () => {
    const frame = page('nexus-afgoerelse-rig.frame.html');
    const fromFrame = extractEditorText({ kind: 'iframe', root: frame.body });
    const textarea = page('nexus-afgoerelse.html').querySelector('#nx-brev') as HTMLTextAreaElement;
    const fromTextarea = extractEditorText({ kind: 'textarea', root: textarea });
    expect(fromTextarea.text).toBe(textarea.value);
    expect(fromFrame.text).toBe(fromTextarea.text);
    // So the check finds the same things in both editors.
    const a = analyzeLetter(fromFrame.text, { date: new Date(2026, 10, 20) });
    const b = analyzeLetter(fromTextarea.text, { date: new Date(2026, 10, 20) });
    expect(a.findings.map((f) => `${f.ruleId}@${f.start}`)).toEqual(b.findings.map((f) => `${f.ruleId}@${f.start}`));
    expect(a.findings.length).toBeGreaterThan(0);
    expectExactMap(fromFrame);
  });

  it('textarea: locate returns the textarea offset, clamped', () => {
    const textarea = page('nexus-afgoerelse.html').querySelector('#nx-brev') as HTMLTextAreaElement;
    const t = extractEditorText({ kind: 'textarea', root: textarea });
    expect(t.locate(12)).toEqual({ kind: 'textarea', node: textarea, offset: 12 });
    expect(t.locate(1e9)!.offset).toBe(textarea.value.length);
    expect(t.segments(0, 10)).toEqual([]);
  });
});

describe('extractEditorText on CKEditor/TinyMCE-like markup', () => {
  it('nested inline elements do not break words; whitespace collapses as rendered', () => {
    expect(textOf('<p>Du <strong>får</strong> <span><em>hjælp</em></span>\n   til   rengøring.</p>')).toBe('Du får hjælp til rengøring.');
    expect(textOf('<p>rengø<span style="color:red">ring</span></p>')).toBe('rengøring');
    expect(textOf('<p>  Indrykket  </p>\n\n<p>\tNæste </p>')).toBe('Indrykket\n\nNæste');
  });

  it('&nbsp; reads as a space that never collapses; zero-width fillers vanish', () => {
    expect(textOf('<p>1&nbsp;time hver&nbsp;&nbsp;14. dag</p>')).toBe('1 time hver  14. dag');
    expect(textOf('<p>Af\u200Bgørelse\u2060</p><p>&nbsp;</p><p>Næste</p>')).toBe('Afgørelse\n\n \n\nNæste');
  });

  it('<br> is a line break, <br><br> a blank line, a trailing <br> nothing', () => {
    expect(textOf('<p>Med venlig hilsen<br>Kirsten</p>')).toBe('Med venlig hilsen\nKirsten');
    expect(textOf('<p>Første afsnit.<br><br>Andet afsnit.</p>')).toBe('Første afsnit.\n\nAndet afsnit.');
    expect(textOf('<p>Slut.<br></p><p><br data-cke-filler="true"></p><p>Ny.</p>')).toBe('Slut.\n\nNy.');
    expect(textOf('Linje et<br>linje to<div>Blok</div>')).toBe('Linje et\nlinje to\n\nBlok');
  });

  it('lists: each item its own block with a bullet, so the engine never takes an item for a heading', () => {
    const t = textOf('<h2>Hjælpen omfatter</h2><ul><li>Støvsugning af stuen</li><li><p>Gulvvask i <b>køkkenet</b></p></li></ul><ol><li>Et</li></ol>');
    expect(t).toBe('Hjælpen omfatter\n\n- Støvsugning af stuen\n\n- Gulvvask i køkkenet\n\n- Et');
    const seg = segment(t);
    expect(seg.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('tables: cells side by side, rows as blocks; scripts, styles and hidden bookmarks are left out', () => {
    const t = textOf('<table><tr><td>Ydelse</td><td>Omfang</td></tr><tr><th>Rengøring</th><td>1 time hver 14. dag</td></tr></table><style>p{}</style><span style="display: none">bookmark</span><script>x()</script><p hidden>skjult</p><!-- kommentar -->');
    expect(t).toBe('Ydelse Omfang\n\nRengøring 1 time hver 14. dag');
  });

  it('pre keeps spaces and newlines', () => {
    expect(textOf('<p>Før</p><pre>a  b\nc</pre>')).toBe('Før\n\na  b\nc');
  });

  it('an empty editor gives empty text and no positions', () => {
    const t = extractEditorText(rich('<p><br></p>').editor);
    expect(t.text).toBe('');
    expect(t.locate(0)).toBeNull();
    expect(t.segments(0, 5)).toEqual([]);
  });
});

describe('locate and segments', () => {
  it('maps offsets to text nodes across inline elements and blocks', () => {
    const { editor, doc } = rich('<h3>Afgørelse</h3><p>Du får <strong>1 time</strong> hver   14. dag.</p>');
    const t = extractEditorText(editor);
    expect(t.text).toBe('Afgørelse\n\nDu får 1 time hver 14. dag.');
    const start = t.text.indexOf('1 time hver 14');
    const end = start + '1 time hver 14'.length;
    const segs = t.segments(start, end);
    expect(segs.map((s) => s.node.data.slice(s.start, s.end))).toEqual(['1 time', ' hver   14']);
    expect(segs[0]!.node.parentNode).toBe(doc.querySelector('strong'));
    // Start and end points build a Range over exactly those characters.
    const a = t.locate(start)!;
    const b = t.locate(end)!;
    expect(a.kind === 'text' && a.node.data.slice(a.offset)).toBe('1 time');
    expect(b.kind === 'text' && b.node.data.slice(0, b.offset)).toBe(' hver   14');
    expect(a.kind === 'text' && a.node).toBe(segs[0]!.node);
    expect(b.kind === 'text' && b.node).toBe(segs[1]!.node);
  });

  it('characters Sidevogn added map to the nearest real character', () => {
    const t = extractEditorText(rich('<p>Et.</p><ul><li>To</li></ul>').editor);
    expect(t.text).toBe('Et.\n\n- To');
    // End of the first block: after "Et." (position before the break).
    const end = t.locate(3)!;
    expect(end.kind === 'text' && end.node.data).toBe('Et.');
    expect(end.offset).toBe(3);
    // Inside the bullet: the start of "To".
    const bullet = t.locate(6)!;
    expect(bullet.kind === 'text' && bullet.node.data.slice(bullet.offset)).toBe('To');
    expect(t.locate(t.text.length)!.offset).toBe(2);
    expect(t.segments(0, t.text.length).map((s) => s.node.data)).toEqual(['Et.', 'To']);
  });

  it('is fast on a 10,000-word letter (one pass)', () => {
    const para = '<p>Vi har lagt <strong>vægt</strong> på, at du selv kan lave mad og tørre støv af, og at du har en datter i nærheden.</p>';
    const body = para.repeat(460); // ≈ 10,100 words
    const { editor } = rich(body);
    const t0 = performance.now();
    const t = extractEditorText(editor);
    const ms = performance.now() - t0;
    expect(t.text.split(/\s+/).length).toBeGreaterThan(10_000);
    expect(t.segments(t.text.length - 20, t.text.length).length).toBeGreaterThan(0);
    // Generous bound for a shared CI machine; typically a few ms.
    expect(ms).toBeLessThan(250);
  });
});

describe('followRange', () => {
  const checked = 'Du får hjælp i 1 time hver 14. dag. Klag inden 8 uger.';
  const s = checked.indexOf('8 uger');
  const e = s + '8 uger'.length;
  it('keeps the range when nothing changed, or only after it', () => {
    expect(followRange(checked, checked, s, e)).toEqual({ start: s, end: e });
    expect(followRange(checked, `${checked} Med venlig hilsen`, s, e)).toEqual({ start: s, end: e });
  });
  it('shifts the range when text was typed before it', () => {
    const current = checked.replace('Du får', 'Du får gerne');
    const r = followRange(checked, current, s, e)!;
    expect(current.slice(r.start, r.end)).toBe('8 uger');
    expect(r.start).toBe(s + ' gerne'.length);
  });
  it('null when the text is gone', () => {
    expect(followRange(checked, checked.replace('8 uger', '4 uger'), s, e)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/letter/html-to-text';

describe('htmlToText', () => {
  it('turns blocks into paragraphs, <br> into line breaks and collapses whitespace', () => {
    const html = '<h1>Afgørelse</h1>\n<p>Kære   Jens,<br>du <b>får</b> hjælp.</p><div>Næste</div>';
    expect(htmlToText(html).text).toBe('Afgørelse\n\nKære Jens,\ndu får hjælp.\n\nNæste');
  });

  it('maps every text offset back to the source character', () => {
    const html = '<p>Du <i>får</i> &amp; hjælp</p>';
    const { text, map } = htmlToText(html);
    expect(map).toHaveLength(text.length);
    const at = text.indexOf('får');
    expect(html.slice(map[at]!, map[at]! + 3)).toBe('får');
    expect(html.slice(map[text.indexOf('&')]!).startsWith('&amp;')).toBe(true);
    expect(html[map[text.indexOf('hjælp')]!]).toBe('h');
  });

  it('decodes named and numeric entities, incl. æøå', () => {
    expect(htmlToText('&aelig;&oslash;&aring; &#198;&#xD8; &sect; 83').text).toBe('æøå ÆØ § 83');
  });

  it('skips script, style and comments, even with "<" inside', () => {
    const { text } = htmlToText('<style>p{}</style><p>A<!-- skjult --></p><script>if (a<b) x()</script><p>B</p>');
    expect(text).toBe('A\n\nB');
  });

  it('keeps a contenteditable blank line (<div><br></div>) as a paragraph break', () => {
    expect(htmlToText('<div>Linje et</div><div><br></div><div>Linje to</div>').text).toBe('Linje et\n\nLinje to');
  });

  it('leaves a lone "<" that is not a tag as text', () => {
    expect(htmlToText('<p>3 < 4</p>').text).toBe('3 < 4');
  });
});

import { describe, expect, it } from 'vitest';
import { parseSafeMarkdown, findUnsafeLinks } from '../../../lib/config/markdown';

describe('parseSafeMarkdown', () => {
  it('parses paragraphs, bold, italic and https links', () => {
    expect(parseSafeMarkdown('Hej **fed** og *kursiv*.\n\nSe [loven](https://www.retsinformation.dk/x).')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Hej ' }, { type: 'strong', children: [{ type: 'text', text: 'fed' }] }, { type: 'text', text: ' og ' }, { type: 'em', children: [{ type: 'text', text: 'kursiv' }] }, { type: 'text', text: '.' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Se ' }, { type: 'link', href: 'https://www.retsinformation.dk/x', children: [{ type: 'text', text: 'loven' }] }, { type: 'text', text: '.' }] },
    ]);
  });

  it('parses bullet and numbered lists', () => {
    const blocks = parseSafeMarkdown('Tjek:\n- et\n- to\n1. først\n2. så');
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'list', 'list']);
    expect(blocks[1]).toMatchObject({ ordered: false, items: [[{ text: 'et' }], [{ text: 'to' }]] });
    expect(blocks[2]).toMatchObject({ ordered: true });
  });

  it('keeps HTML and unsafe links as plain text', () => {
    const blocks = parseSafeMarkdown('<img src=x onerror=alert(1)> [klik](javascript:alert(1)) [http](http://x.dk)');
    expect(JSON.stringify(blocks)).not.toContain('"link"');
    expect(blocks[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)> klik http' }] });
    expect(findUnsafeLinks('[a](javascript:x) [b](https://ok.dk) [c](http://x.dk)')).toEqual(['javascript:x', 'http://x.dk']);
  });

  it('never throws on odd input', () => {
    for (const text of ['**', '*', '[', '[a](', '***a***', '- ', '\n\n\n', '*'.repeat(10000)]) {
      expect(() => parseSafeMarkdown(text)).not.toThrow();
    }
  });
});

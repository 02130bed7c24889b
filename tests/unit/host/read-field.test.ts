import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findField, findLabelElements, mapValue, readValue } from '../../../lib/host/read-field';

const doc = (body: string) => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;

const read = (html: string, labels: string[], selectors: string[] = []) => {
  const d = doc(html);
  const hit = findField(d, { labels, selectors });
  return hit ? readValue(hit.element) : null;
};

describe('label-anchored field reading', () => {
  it('follows <label for>', () => {
    expect(read('<label for="x">Omfang</label><div>noise</div><input id="x" value="2 timer om ugen">', ['Omfang'])).toBe('2 timer om ugen');
  });
  it('reads a control wrapped in its label', () => {
    expect(read('<label>Omfang: <input value="1 time hver 14. dag"></label>', ['Omfang'])).toBe('1 time hver 14. dag');
  });
  it('reads the selected option of a select, not the other options', () => {
    const html = '<label for="s">Indsats</label><select id="s"><option>Aflastning</option><option selected>Familiebehandling</option></select>';
    expect(read(html, ['Indsats'])).toBe('Familiebehandling');
  });
  it('follows aria-labelledby', () => {
    expect(read('<span id="l1">Lovgrundlag</span><div><input aria-labelledby="l1" value="Ældreloven § 10"></div>', ['Lovgrundlag'])).toBe('Ældreloven § 10');
  });
  it('reads a table row (th → td)', () => {
    expect(read('<table><tr><th>Indsats</th><td>Kontaktperson</td></tr><tr><th>Omfang</th><td>3 timer om ugen</td></tr></table>', ['Omfang'])).toBe('3 timer om ugen');
  });
  it('reads a definition list (dt → dd)', () => {
    expect(read('<dl><dt>Sagsområde</dt><dd>Børn og unge</dd><dt>Indsats</dt><dd>Aflastning</dd></dl>', ['Indsats'])).toBe('Aflastning');
  });
  it('skips a required-asterisk between label and value', () => {
    expect(read('<div class="row"><span class="lbl">Omfang</span><span class="req">*</span><span class="val">2 besøg dagligt</span></div>', ['Omfang'])).toBe('2 besøg dagligt');
  });
  it('finds a label that ends with a colon and odd spacing, case-insensitively', () => {
    expect(read('<div><b>  AFGØRELSESTYPE : </b><span>Afslag</span></div>', ['Afgørelsestype'])).toBe('Afslag');
  });
  it('uses aria-label on a control', () => {
    expect(read('<input aria-label="Omfang" value="7 hovedretter om ugen">', ['Omfang'])).toBe('7 hovedretter om ugen');
  });
  it('reads a wrapper whose label and control are cousins (floating-label markup)', () => {
    const html = '<div class="field"><div class="field__label"><span>Ydelse</span></div><div class="field__control"><input value="Madservice"></div></div>';
    expect(read(html, ['Indsats', 'Ydelse'])).toBe('Madservice');
  });
  it('falls back to selectors in order, skipping broken ones', () => {
    expect(read('<p class="omf">25 gange om året</p>', ['Findes ikke'], ['[[broken', '.missing', 'p.omf'])).toBe('25 gange om året');
  });
  it('does not take text from <option> elements as labels', () => {
    const html = '<select><option>Omfang</option></select><label for="o">Omfang</label><input id="o" value="ok">';
    expect(read(html, ['Omfang'])).toBe('ok');
  });
  it('returns null when neither label nor selector matches', () => {
    expect(read('<p>Intet her</p>', ['Omfang'], ['.nope'])).toBeNull();
  });
  it('finds all labels of a screen in one pass', () => {
    const found = findLabelElements(doc('<label>Indsats</label><label>Omfang</label>'), ['Indsats', 'Omfang', 'Mangler']);
    expect([...found.keys()].sort()).toEqual(['indsats', 'omfang']);
  });
});

describe('mapValue', () => {
  it('maps case-insensitively and by prefix', () => {
    const map = { 'Børn og unge': 'boern', 'Ældre*': 'aeldre' };
    expect(mapValue('BØRN OG UNGE', map)).toBe('boern');
    expect(mapValue('Ældreområdet', map)).toBe('aeldre');
    expect(mapValue('Voksne', map)).toBe('Voksne');
  });
});

describe('lists are not fields', () => {
  it('does not read a column header as a label of the next column', () => {
    expect(read('<table><tr><th>Indsats</th><th>Omfang</th></tr><tr><td>Rengøring</td><td>1 time</td></tr></table>', ['Indsats'])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { exampleCatalogue, fsiiiCode, legalRefs, matchCatalogue, searchCatalogue } from '../../../lib/service-level';

const catalogue = exampleCatalogue();
const best = (ctx: Parameters<typeof matchCatalogue>[1]) => matchCatalogue(catalogue, ctx)[0];

describe('matchCatalogue', () => {
  it.each([
    ['Praktisk hjælp - rengøring', 'praktisk-hjaelp-rengoering'],
    ['Rengøring (praktisk hjælp)', 'praktisk-hjaelp-rengoering'],
    ['PRAKTISK HJAELP/RENGOERING', 'praktisk-hjaelp-rengoering'],
    ['  rengøring  ', 'praktisk-hjaelp-rengoering'],
    ['Praktisk hjælp: tøjvask', 'praktisk-hjaelp-toejvask'],
    ['Madordning', 'madservice'],
    ['Hverdagsrehabilitering', 'rehabilitering'],
    ['Socialpædagogisk støtte', 'socialpaedagogisk-stoette'],
    ['Kontaktperson for den unge', 'kontaktperson'],
    ['Familiebehandling', 'familiebehandling'],
    ['H1b Rengøring', 'praktisk-hjaelp-rengoering'],
    ['h1c', 'madservice'],
  ])('"%s" → %s', (indsats, id) => {
    const m = best({ indsats });
    expect(m?.entry.id).toBe(id);
    expect(m?.reason).toMatch(/passer|står/);
  });

  it('an exact name scores 1 and a code shared by several entries does not pick one', () => {
    expect(best({ indsats: 'Familiebehandling' })?.score).toBe(1);
    const h1b = matchCatalogue(catalogue, { indsats: 'H1B' });
    expect(h1b.slice(0, 3).map((m) => m.score)).toEqual([0.75, 0.75, 0.75]);
  });

  it('matches on legal basis alone, with or without a space after §', () => {
    expect(best({ lovgrundlag: 'SEL §85' })?.entry.id).toBe('socialpaedagogisk-stoette');
    expect(best({ lovgrundlag: 'Serviceloven § 85, stk. 1' })?.entry.id).toBe('socialpaedagogisk-stoette');
    expect(best({ lovgrundlag: '§ 83 b i serviceloven' })?.entry.id).toBe('madservice');
  });

  it('legal basis strengthens a name match', () => {
    const withLaw = best({ indsats: 'Kontaktperson', lovgrundlag: 'Barnets lov §32, stk. 1, nr. 5', sagsomraade: 'boern' });
    expect(withLaw?.entry.id).toBe('kontaktperson');
    expect(withLaw?.reason).toContain('Lovgrundlaget passer');
  });

  it('ranks entries of another legal area lower and says so', () => {
    const m = best({ indsats: 'Madservice', sagsomraade: 'boern' });
    expect(m?.score).toBeLessThan(0.6);
    expect(m?.reason).toContain('ældreområdet');
  });

  it('returns nothing for an unknown indsats', () => {
    expect(matchCatalogue(catalogue, { indsats: 'Bil til handicappede' })).toEqual([]);
    expect(matchCatalogue(catalogue, {})).toEqual([]);
  });
});

describe('normalisation helpers', () => {
  it('reads FSIII codes in any case and spacing', () => {
    expect(fsiiiCode('h1b')).toBe('H1b');
    expect(fsiiiCode('H 1 b praktisk')).toBe('H1b');
    expect(fsiiiCode('Rengøring')).toBeUndefined();
  });
  it('reads legal references with law names and abbreviations', () => {
    expect(legalRefs('ÆL § 10 og SEL §83a')).toEqual([
      { law: 'aeldreloven', section: '10' },
      { law: 'serviceloven', section: '83a' },
    ]);
    expect(legalRefs('§ 10 i ældreloven')).toEqual([{ law: 'aeldreloven', section: '10' }]);
    expect(legalRefs('§ 32')).toEqual([{ section: '32' }]);
  });
});

describe('searchCatalogue', () => {
  it('finds by word start, code and §', () => {
    expect(searchCatalogue(catalogue, 'reng').map((e) => e.id)).toEqual(['praktisk-hjaelp-rengoering']);
    expect(searchCatalogue(catalogue, '§ 85').map((e) => e.id)).toContain('socialpaedagogisk-stoette');
    expect(searchCatalogue(catalogue, 'h1b')).toHaveLength(3);
  });
  it('requires every word and lists all for an empty query', () => {
    expect(searchCatalogue(catalogue, 'praktisk tøjvask').map((e) => e.id)).toEqual(['praktisk-hjaelp-toejvask']);
    expect(searchCatalogue(catalogue, '')).toHaveLength(catalogue.entries.length);
    expect(searchCatalogue(catalogue, 'zzz')).toEqual([]);
  });
});

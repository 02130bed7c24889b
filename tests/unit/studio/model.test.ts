import { describe, expect, it } from 'vitest';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import { tipsSchema } from '../../../lib/config/content-schema';
import { catalogueSchema } from '../../../lib/service-level/schema';
import {
  buildDraft,
  bumpVersion,
  errorLinesUnder,
  errorsAt,
  linesToList,
  localPackOf,
  moveItem,
  numberOrUndefined,
  packFileName,
  publishMeta,
  sameDraft,
  setPart,
  uniqueId,
  validateAt,
  withField,
} from '../../../components/studio/model';
import { countErrors } from '../../../components/studio/ItemList';
import { patchNested } from '../../../components/studio/CatalogueEntryForm';

const meta = { format: 1 as const, municipality: 'Aarhus', name: 'Ældre', version: '1.4.2', published: '2026-01-05', changelog: '1.4.2 (2026-01-05): rettelse' };

describe('version bump', () => {
  it.each([
    ['1.4.2', 'patch', '1.4.3'],
    ['1.4.2', 'minor', '1.5.0'],
    ['1.4.2', 'major', '2.0.0'],
    ['0.0.9', 'patch', '0.0.10'],
    [' 2.10.0 ', 'minor', '2.11.0'],
    ['ikke-en-version', 'patch', '0.1.0'],
  ] as const)('%s + %s → %s', (from, bump, to) => {
    expect(bumpVersion(from, bump)).toBe(to);
  });
});

describe('publishMeta', () => {
  const today = new Date(2026, 2, 2, 10, 0);
  it('bumps, dates and puts the note first in the changelog', () => {
    const out = publishMeta(meta, { bump: 'minor', note: '  Nye tips\nom formål ', today });
    expect(out.version).toBe('1.5.0');
    expect(out.published).toBe('2026-03-02');
    expect(out.changelog.split('\n')).toEqual(['1.5.0 (2026-03-02): Nye tips om formål', '1.4.2 (2026-01-05): rettelse']);
    expect(meta.version).toBe('1.4.2'); // input untouched
  });
  it('keeps version and changelog without a bump or note', () => {
    const out = publishMeta(meta, { bump: 'none', note: ' ', today });
    expect(out.version).toBe('1.4.2');
    expect(out.changelog).toBe(meta.changelog);
  });
});

describe('packFileName', () => {
  it('is ASCII with Danish letters spelled out', () => {
    expect(packFileName({ municipality: 'Århus Kommune', name: 'Ældre & Sundhed', version: '1.0.0' })).toBe('sidevogn-aarhus-kommune-aeldre-sundhed-1.0.0.json');
    expect(packFileName({ municipality: '!!', name: '', version: '2.0.0' }, true)).toBe('sidevogn-pakke-2.0.0-signeret.json');
  });
});

describe('draft', () => {
  const effective = getEmbeddedPack();

  it('starts from the effective pack with no local parts', () => {
    const { draft, errors } = buildDraft(effective, undefined);
    expect(errors).toEqual([]);
    expect(draft.localParts).toEqual([]);
    expect(draft.pack.tips.length).toBe(effective.tips.length);
    expect(Object.keys(localPackOf(draft))).toEqual(['meta']);
  });

  it('overlays the local parts and remembers which they are', () => {
    const local = { meta: { ...meta }, tips: [{ id: 'lokalt-tip', title: 'Lokalt', body: 'Tekst' }] };
    const { draft } = buildDraft(effective, local);
    expect(draft.localParts).toEqual(['tips']);
    expect(draft.pack.tips.map((t) => t.id)).toEqual(['lokalt-tip']);
    expect(draft.pack.meta.municipality).toBe('Aarhus');
    expect(draft.pack.catalogue.entries.length).toBe(effective.catalogue.entries.length);
  });

  it('reports broken local edits and falls back to the effective pack', () => {
    const { draft, errors } = buildDraft(effective, { meta, tips: [{ id: 'X Y', title: '', body: '' }] });
    expect(draft.localParts).toEqual([]);
    expect(errors.join('\n')).toMatch(/tips\[0\]\.id/);
  });

  it('an edit adds its part (in pack order) and only local parts are saved', () => {
    const { draft } = buildDraft(effective, undefined);
    const a = setPart(draft, 'tips', []);
    const b = setPart(a, 'catalogue', { ...a.pack.catalogue, isExample: false });
    expect(b.localParts).toEqual(['catalogue', 'tips']);
    expect(Object.keys(localPackOf(b))).toEqual(['meta', 'catalogue', 'tips']);
    expect(sameDraft(draft, b)).toBe(false);
    expect(sameDraft(b, setPart(b, 'tips', []))).toBe(true);
  });
});

describe('validation by path', () => {
  it('puts Danish messages at the exact field path', () => {
    const errors = validateAt(tipsSchema, [{ id: 'ok', title: 'Fint', body: 'x', tags: [] }, { id: 'Ikke OK', title: '', body: '[x](http://a.dk)', gyldigFra: '2026-W60', tags: [] }], ['tips']);
    expect(errorsAt(errors, 'tips', 1, 'title')).toEqual(['må ikke være tom']);
    expect(errorsAt(errors, 'tips', 1, 'id')[0]).toMatch(/små bogstaver/);
    expect(errorsAt(errors, 'tips', 1, 'body')).toEqual(['links skal begynde med https://']);
    expect(errorsAt(errors, 'tips', 1, 'gyldigFra')[0]).toMatch(/ikke en dato/);
    expect(errorsAt(errors, 'tips', 0, 'title')).toEqual([]);
    expect(errorLinesUnder(errors, 'tips', 1)).toContain('tips[1].title: må ikke være tom');
    expect(countErrors(errors, 'tips', 2)).toEqual([0, 4]);
  });

  it('reports duplicate ids and catalogue frame rules at their path', () => {
    const dup = validateAt(tipsSchema, [{ id: 'a', title: 't', body: 'b' }, { id: 'a', title: 't', body: 'b' }], ['tips']);
    expect(errorsAt(dup, 'tips', 1, 'id')[0]).toMatch(/brugt før/);
    const entry = {
      id: 'x', area: 'aeldre', name: 'X', legalBasis: ['Serviceloven § 83'], targetGroup: 'g', purpose: 'p',
      frame: [{ min: 3, max: 1, unit: 'timer', period: 'uge' }],
      competence: { insideFrame: ['sagsbehandler'], outsideFrame: ['visitationsudvalg'] },
    };
    const cat = validateAt(catalogueSchema, { isExample: false, entries: [entry] }, ['catalogue']);
    expect(errorsAt(cat, 'catalogue', 'entries', 0, 'frame', 0, 'max')[0]).toMatch(/mindst lige så stor som min \(3\)/);
    expect(countErrors(cat, 'catalogue.entries', 1)).toEqual([1]);
  });

  it('is clean for the embedded pack', () => {
    expect(validateAt(tipsSchema, getEmbeddedPack().tips, ['tips'])).toEqual({});
  });
});

describe('form conversions', () => {
  it('lines to list drops blanks and trims', () => {
    expect(linesToList(' a \n\n b\r\n  \n')).toEqual(['a', 'b']);
  });
  it('numbers accept a Danish comma; empty is unset; junk is NaN', () => {
    expect(numberOrUndefined('1,5')).toBe(1.5);
    expect(numberOrUndefined('  ')).toBeUndefined();
    expect(numberOrUndefined('to')).toBeNaN();
  });
  it('withField removes a key set to undefined', () => {
    expect(withField({ a: 1, b: 2 } as { a: number; b?: number }, 'b', undefined)).toEqual({ a: 1 });
  });
  it('patchNested removes an optional sub-object left empty and keeps a half-filled one', () => {
    const entry = { id: 'x', price: { amountKr: 10, unit: 'timer' } };
    const cleared = patchNested(patchNested(entry, ['price', 'amountKr'], undefined), ['price', 'unit'], undefined);
    expect(cleared).toEqual({ id: 'x' });
    const half = patchNested({ id: 'x' }, ['duration', 'typical', 'amount'], 6);
    expect(half).toEqual({ id: 'x', duration: { typical: { amount: 6 } } });
  });
  it('uniqueId and moveItem', () => {
    expect(uniqueId('nyt-tip', [{ id: 'nyt-tip' }, { id: 'nyt-tip-2' }])).toBe('nyt-tip-3');
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import exampleData from '../../../lib/service-level/example-catalogue.json';
import { catalogueSchema, exampleCatalogue, validateCatalogue } from '../../../lib/service-level';
import { configPackSchema } from '../../../lib/config/pack-schema';

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

type Json = Record<string, unknown> & { entries: Record<string, unknown>[] };

describe('example catalogue', () => {
  const c = exampleCatalogue();
  it('is valid, marked as an example and says so in Danish', () => {
    expect(c.isExample).toBe(true);
    expect(c.note).toMatch(/eksempel/i);
    expect(c.note).toMatch(/erstatte/);
  });
  it('covers the required indsatser and legal bases', () => {
    const bases = c.entries.flatMap((e) => e.legalBasis).join(' | ');
    for (const s of ['Ældreloven § 10', 'Ældreloven § 14', 'Serviceloven § 83 b', 'Ældreloven § 13', 'Serviceloven § 83 a', 'Serviceloven § 112', 'Serviceloven § 116', 'Serviceloven § 85', 'Barnets lov § 32']) {
      expect(bases).toContain(s);
    }
    const ids = c.entries.map((e) => e.id);
    for (const id of ['helhedspleje-personlig-pleje', 'praktisk-hjaelp-rengoering', 'praktisk-hjaelp-toejvask', 'praktisk-hjaelp-indkoeb', 'madservice', 'rehabilitering', 'hjaelpemidler', 'boligindretning', 'socialpaedagogisk-stoette', 'familiebehandling', 'kontaktperson', 'aflastning-boern', 'praktisk-paedagogisk-stoette-hjemmet']) {
      expect(ids).toContain(id);
    }
  });
  it('marks inferred ældrelov sections as unverified', () => {
    for (const id of ['helhedspleje-personlig-pleje', 'madservice', 'rehabilitering']) {
      const e = c.entries.find((x) => x.id === id)!;
      expect(e.notes.join(' ')).toMatch(/UVERIFICERET/);
    }
  });
  it('fits into a config pack', () => {
    const pack = configPackSchema.safeParse({
      meta: { format: 1, municipality: 'X', name: 'Y', version: '1.0.0', published: '2026-01-01' },
      catalogue: exampleData,
    });
    expect(pack.success).toBe(true);
  });
});

describe('validateCatalogue: Danish messages with exact paths', () => {
  const base = clone(exampleData) as unknown as Json;
  const frameOf = (data: Json, i: number) => (data.entries[i]!.frame as Record<string, unknown>[]);

  it('names entries[2].frame[0].max for a non-number', () => {
    const data = clone(base);
    frameOf(data, 2)[0]!.max = 'to';
    const r = validateCatalogue(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain('entries[2].frame[0].max: skal være et tal (største mængde)');
  });
  it('min greater than max', () => {
    const data = clone(base);
    Object.assign(frameOf(data, 0)[0]!, { min: 5, max: 2 });
    const r = validateCatalogue(data);
    expect(!r.ok && r.errors).toContain('entries[0].frame[0].max: skal være mindst lige så stor som min (5)');
  });
  it('a rule without min or max', () => {
    const data = clone(base);
    frameOf(data, 1)[0] = { unit: 'timer', period: 'uge' };
    const r = validateCatalogue(data);
    expect(!r.ok && r.errors.join('\n')).toMatch(/^entries\[1\]\.frame\[0\]\.max: mangler/m);
  });
  it('an unknown unit, period and decider', () => {
    const data = clone(base);
    Object.assign(frameOf(data, 0)[0]!, { unit: 'liter', period: 'time' });
    (data.entries[3]!.competence as Record<string, unknown>).outsideFrame = ['chefen'];
    const r = validateCatalogue(data);
    const text = !r.ok ? r.errors.join('\n') : '';
    expect(text).toMatch(/^entries\[0\]\.frame\[0\]\.unit: skal være en af enhederne timer/m);
    expect(text).toMatch(/^entries\[0\]\.frame\[0\]\.period: skal være en af perioderne/m);
    expect(text).toMatch(/^entries\[3\]\.competence\.outsideFrame\[0\]: skal være sagsbehandler/m);
  });
  it('a misspelt field is reported, not dropped', () => {
    const data = clone(base);
    frameOf(data, 0)[0]!.maks = 3;
    const r = validateCatalogue(data);
    expect(!r.ok && r.errors.join('\n')).toMatch(/^entries\[0\]\.frame\[0\]: ukendt felt .*maks/m);
  });
  it('missing required fields, bad dates, bad FSIII code, duplicate ids', () => {
    const data = clone(base);
    delete data.entries[4]!.purpose;
    data.entries[5]!.approved = '24-06-2025';
    data.entries[6]!.fsiii = 'rengøring';
    data.entries[7]!.id = data.entries[0]!.id;
    const r = validateCatalogue(data);
    const text = !r.ok ? r.errors.join('\n') : '';
    expect(text).toContain('entries[4].purpose: mangler (skriv formålet)');
    expect(text).toContain('entries[5].approved: skal være en dato som 2026-03-01 (godkendelsesdato)');
    expect(text).toContain('entries[6].fsiii: skal være en FSIII-kode som H1b');
    expect(text).toContain('entries[7].id: id "helhedspleje-personlig-pleje" er allerede brugt af entries[0]');
  });
  it('accepts an empty catalogue with defaults', () => {
    expect(catalogueSchema.parse({})).toEqual({ isExample: true, entries: [] });
  });
});

import { describe, expect, it } from 'vitest';
import { loadPack, loadPackText } from '../../../lib/config/load-pack';
import { formatPath } from '../../../lib/config/errors';
import { ruleExamplesCheck } from '../../../lib/config/pack-checks';
import { partialPack, samplePack } from './helpers';

function errorsOf(value: unknown): string[] {
  const result = loadPack(value);
  if (result.ok) throw new Error('expected the pack to fail');
  return result.errors;
}

describe('loadPack', () => {
  it('accepts the sample pack and reports every part as present', () => {
    const result = loadPack(samplePack());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.parts).toEqual(['siteProfiles', 'catalogue', 'rules', 'tips', 'hints', 'checklists', 'logbook']);
  });

  it('reports only the parts a partial pack really contains', () => {
    const result = loadPack(partialPack('Kun tips', { tips: [] }));
    expect(result.ok && result.parts).toEqual(['tips']);
  });

  it('names the exact path of a bad date in Danish', () => {
    const pack = samplePack();
    (pack.tips as Record<string, unknown>[])[3]!.gyldigFra = '2025-02-30';
    expect(errorsOf(pack)).toEqual([expect.stringMatching(/^tips\[3\]\.gyldigFra: ikke en dato/)]);
  });

  it('accepts ISO weeks as validity and rejects week 54 and an end before the start', () => {
    const ok = samplePack();
    (ok.tips as Record<string, unknown>[])[0]!.gyldigFra = '2025-W07';
    (ok.tips as Record<string, unknown>[])[0]!.gyldigTil = '2025-W09';
    expect(loadPack(ok).ok).toBe(true);
    const bad = samplePack();
    (bad.tips as Record<string, unknown>[])[0]!.gyldigFra = '2025-W54';
    expect(errorsOf(bad)[0]).toMatch(/^tips\[0\]\.gyldigFra: ikke en dato/);
    const reversed = samplePack();
    (reversed.tips as Record<string, unknown>[])[1]!.gyldigFra = '2025-05-01';
    (reversed.tips as Record<string, unknown>[])[1]!.gyldigTil = '2025-W02';
    expect(errorsOf(reversed)).toEqual(['tips[1].gyldigTil: ligger før gyldigFra']);
  });

  it('translates wrong types, missing fields, unknown fields and enums', () => {
    const pack = samplePack();
    (pack.meta as Record<string, unknown>).version = 3;
    delete (pack.meta as Record<string, unknown>).municipality;
    (pack.hints as Record<string, unknown>[])[0]!.tekst = 'stavefejl';
    (pack.checklists as Record<string, unknown>[])[0]!.when = 'altid';
    const errors = errorsOf(pack);
    expect(errors).toContain('meta.municipality: mangler (forventede tekst)');
    expect(errors).toContain('meta.version: forventede tekst, fik et heltal');
    expect(errors).toContain('hints[0]: ukendt felt: "tekst"');
    expect(errors.find((e) => e.startsWith('checklists[0].when: skal være en af'))).toContain('"foer-afgoerelse"');
    for (const line of errors) expect(line).not.toMatch(/Invalid|expected|received/);
  });

  it('rejects duplicate ids and non-https links', () => {
    const pack = samplePack();
    const tips = pack.tips as Record<string, unknown>[];
    tips[2]!.id = tips[0]!.id;
    tips[4]!.body = 'Se [her](javascript:alert(1))';
    const errors = errorsOf(pack);
    expect(errors).toContain('tips[4].body: links skal begynde med https://');
    tips[4]!.body = 'ok';
    expect(errorsOf(pack)[0]).toMatch(/^tips\[2\]\.id: id "begrundelse-i-egne-ord" er brugt før/);
  });

  it('reports JSON syntax errors and a non-object pack', () => {
    expect(loadPackText('{"meta": ').ok).toBe(false);
    const text = loadPackText('{"meta": ');
    expect(!text.ok && text.errors[0]).toMatch(/^pakken: er ikke gyldig JSON/);
    expect(errorsOf(42)).toEqual(['pakken: forventede et objekt, fik et heltal']);
    expect(errorsOf(null)).toEqual(['pakken: forventede et objekt, fik null']);
  });

  it('unwraps a signed pack (the signature is checked elsewhere)', () => {
    const result = loadPack({ pack: samplePack(), signature: { alg: 'Ed25519', value: 'x' } });
    expect(result.ok).toBe(true);
  });

  it('runs rule examples and blocks the pack when one fails', () => {
    const failing = ruleExamplesCheck(() => [{ ruleId: 'klagefrist', message: 'eksemplet "8 uger" blev ikke fundet' }]);
    const result = loadPack(samplePack(), { checks: [failing] });
    expect(result).toEqual({ ok: false, errors: ['rules.klagefrist: eksemplet "8 uger" blev ikke fundet'] });
    const passing = ruleExamplesCheck(() => []);
    expect(loadPack(samplePack(), { checks: [passing] }).ok).toBe(true);
    const throwing = ruleExamplesCheck(() => {
      // Thrown text stays out of the user's message.
      throw new Error('boom');
    });
    expect(loadPack(samplePack(), { checks: [throwing] })).toEqual({ ok: false, errors: ['rules: kontrollen kunne ikke køres med disse indstillinger (fx et ugyldigt mønster eller en for lang tekst)'] });
  });

  it('formats paths with indexes and odd keys', () => {
    expect(formatPath(['tips', 3, 'gyldigFra'])).toBe('tips[3].gyldigFra');
    expect(formatPath([])).toBe('pakken');
    expect(formatPath(['catalogue', 'a b'])).toBe('catalogue["a b"]');
  });
});

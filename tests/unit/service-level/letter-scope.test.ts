import { describe, expect, it } from 'vitest';
import { assessCase, compareLetterScope, exampleCatalogue } from '../../../lib/service-level';

const catalogue = exampleCatalogue();
const cleaning = catalogue.entries.find((e) => e.id === 'praktisk-hjaelp-rengoering')!;

describe('compareLetterScope', () => {
  it('flags a letter scope outside the frame, at its place in the text', () => {
    const letterText = 'Du får hjælp til rengøring 2 timer om ugen.';
    const findings = compareLetterScope({ entry: cleaning, letterText });
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.ruleId).toBe('omfang-uden-for-rammen');
    expect(letterText.slice(f.start, f.end)).toBe('2 timer om ugen');
    expect(f.message).toContain('visitationsudvalget');
    expect(f.why.length).toBeGreaterThan(20);
  });
  it('flags a letter that disagrees with the form', () => {
    const letterText = 'Du får rengøring 45 minutter hver 14. dag.';
    const findings = compareLetterScope({ entry: cleaning, formScope: '1 time hver 14. dag', letterText });
    expect(findings.map((f) => f.ruleId)).toEqual(['omfang-uoverensstemmelse']);
    expect(findings[0]!.message).toBe('Brevet siger 45 minutter hver 14. dag, men skemaet siger 1 time hver 14. dag.');
  });
  it('equal rates written differently agree', () => {
    expect(compareLetterScope({ entry: cleaning, formScope: '1 time hver 14. dag', letterText: 'Du får rengøring hver anden uge 1 time.' })).toEqual([]);
    expect(compareLetterScope({ formScope: '2 besøg dagligt', letterText: 'Hjemmeplejen kommer 14 besøg om ugen.' })).toEqual([]);
  });
  it('ignores letter scopes in other units and letters without scopes', () => {
    expect(compareLetterScope({ formScope: '1 time hver 14. dag', letterText: 'Du får også 7 hovedretter om ugen.' })).toEqual([]);
    expect(compareLetterScope({ entry: cleaning, formScope: '1 time hver 14. dag', letterText: 'Du kan klage inden 4 uger.' })).toEqual([]);
  });
  it('reports both when the letter is outside the frame and differs from the form', () => {
    const findings = compareLetterScope({ entry: cleaning, formScope: '1 time hver 14. dag', letterText: 'Du får 2 timer om ugen.' });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['omfang-uden-for-rammen', 'omfang-uoverensstemmelse']);
  });
});

describe('assessCase', () => {
  it('matches, parses, judges and finds the deadline in one call', () => {
    const a = assessCase(catalogue, { indsats: 'Rengøring (praktisk hjælp)', omfang: '2 timer om ugen', ansoegningsdato: '3.11.2026' }, new Date(2026, 10, 5));
    expect(a.entry?.id).toBe('praktisk-hjaelp-rengoering');
    expect(a.verdict?.status).toBe('outside');
    expect(a.verdict?.warnings.join(' ')).toContain('eksempelkatalog');
    expect(a.deadline?.deadlineIso).toBe('2026-12-01');
  });
  it('lets the caseworker pick another entry', () => {
    const a = assessCase(catalogue, { indsats: 'Rengøring', omfang: '1 gang om ugen' }, new Date(2026, 10, 5), 'praktisk-hjaelp-indkoeb');
    expect(a.entry?.id).toBe('praktisk-hjaelp-indkoeb');
    expect(a.verdict?.status).toBe('inside');
  });
  it('without a match there is no verdict', () => {
    const a = assessCase(catalogue, { indsats: 'Ukendt ting' }, new Date());
    expect(a.entry).toBeUndefined();
    expect(a.verdict).toBeUndefined();
  });
});

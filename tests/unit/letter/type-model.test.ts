/**
 * The learned decision type (lib/letter/type-model/): the shipped model is trained on the corpus as it is now, the fast
 * reader reads exactly as training did, training learns and is deterministic, and classifyDecision listens to the model
 * only where the rules found no type or the model finds its own type far likelier (OVERRULE_ODDS).
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { APPLIED_SPAN, eachModelWord, MAX_WORDS, typeFeatures } from '../../../lib/letter/type-model/features';
import { combineTypes, MIN_WORDS, OVERRULE_ODDS, SHIPPED_TYPE_MODEL } from '../../../lib/letter/type-model/index';
import { compileTypeModel } from '../../../lib/letter/type-model/compiled';
import { guessTypeSlowly, type LearnedType } from '../../../lib/letter/type-model/predict';
import { LEARNED_TYPES, trainTypeModel } from '../../../lib/letter/type-model/train';
import { typeModelCorpus } from '../../../scripts/type-model-corpus';
import shipped from '../../../lib/letter/type-model/model.json';

describe('the shipped model', () => {
  const corpus = typeModelCorpus();
  it('was trained on the labelled letters as they are now (else: npm run train:type-model)', () => {
    expect(shipped.trainedOn.letters).toBe(corpus.letters.length);
    expect(shipped.trainedOn.digest, 'Kør npm run train:type-model: brevene eller deres mærkning er ændret siden modellen blev trænet').toBe(corpus.digest);
  });

  it('reads a letter in one pass exactly as the plain reading does (every 25th corpus letter, and odd texts)', () => {
    const fast = compileTypeModel(SHIPPED_TYPE_MODEL);
    const odd = ['', '  ,. ', 'Ünïcødé ÆØÅ ß ΑΒΓ 12 345,6', 'søgt søgt om søgt hjælp '.repeat(5), 'afslag '.repeat(MAX_WORDS + 10), 'x'.repeat(5000)];
    const texts = [...corpus.letters.filter((_, i) => i % 25 === 0).map((l) => l.text), ...odd];
    for (const text of texts) {
      const a = fast(text.toLowerCase());
      const b = guessTypeSlowly(SHIPPED_TYPE_MODEL, text);
      expect(a.type).toBe(b.type);
      expect(a.features).toBe(b.features);
      expect(a.words).toBe(b.words);
      expect(a.probability).toBeCloseTo(b.probability, 12);
    }
  });
});

describe('features', () => {
  it('words and word pairs, numbers as #, letters of any alphabet, nothing else', () => {
    expect(typeFeatures('Du får 3 timer. Afslag på én bil!')).toEqual(['du', 'får', '#', 'timer', 'afslag', 'på', 'én', 'bil', 'du_får', 'får_#', '#_timer', 'timer_afslag', 'afslag_på', 'på_én', 'én_bil']);
    expect(typeFeatures('Øje-ÆBLE 12,5')).toEqual(['øje', 'æble', '#', 'øje_æble', 'æble_#', '#_#']);
  });
  it(`marks the ${APPLIED_SPAN} words after each application word, so what was asked for stands apart`, () => {
    const applied = (text: string) => typeFeatures(text).filter((f) => f.startsWith('A:'));
    expect(applied('Du har søgt om hjælp til bad. Du får hjælp til bad.')).toEqual(['A:om', 'A:hjælp', 'A:til', 'A:bad', 'A:du', 'A:får']);
    // A second application word inside the span carries it on from there.
    expect(applied('Vi fik din ansøgning, og du har ønsket et hjælpemiddel af en anden slags end i dag')).toEqual(
      ['A:og', 'A:du', 'A:har', 'A:ønsket', 'A:et', 'A:hjælpemiddel', 'A:af', 'A:en', 'A:anden', 'A:slags', 'A:end', 'A:i'],
    );
    expect(applied('Du får hjælp til bad.')).toEqual([]);
  });
  it(`reads at most ${MAX_WORDS} words`, () => {
    let n = 0;
    eachModelWord('ord '.repeat(MAX_WORDS + 500), () => n++);
    expect(n).toBe(MAX_WORDS);
  });
});

describe('training', () => {
  const letters = [
    ...['Du får bevilget hjælp til bad.', 'Vi bevilger en rollator.', 'Du får hjælpen, som du søgte om.', 'Kommunen bevilger kørsel.'].map((text) => ({ text, type: 'bevilling' as const })),
    ...['Du får afslag på hjælp til bad.', 'Vi kan ikke bevilge en rollator.', 'Du får ikke hjælpen, som du søgte om.', 'Kommunen giver afslag på kørsel.'].map((text) => ({ text, type: 'afslag' as const })),
  ];
  it('learns which words say which type, and gives the same model twice', () => {
    const model = trainTypeModel(letters, { minLetters: 1, keep: 50, iterations: 200 });
    expect(guessTypeSlowly(model, 'Vi giver afslag på en rollator.').type).toBe('afslag');
    expect(guessTypeSlowly(model, 'Vi bevilger hjælp til bad.').type).toBe('bevilling');
    expect(trainTypeModel(letters, { minLetters: 1, keep: 50, iterations: 200 })).toEqual(model);
  });
  it('keeps only the features that weigh most', () => {
    expect(Object.keys(trainTypeModel(letters, { minLetters: 1, keep: 7, iterations: 50 }).weights)).toHaveLength(7);
  });
});

describe('when the model decides', () => {
  // The model's guess `type` at `probability`, the rules' type `rules` at `rulesProbability`, the rest even.
  const guess = (type: 'bevilling' | 'afslag', probability: number, words = 200, rulesProbability = (1 - probability) / 3, rules: LearnedType = 'bevilling') => {
    const probabilities = { bevilling: 0, delvis: 0, afslag: 0, aendring: 0 };
    const others = LEARNED_TYPES.filter((t) => t !== type && t !== rules);
    for (const t of others) probabilities[t] = (1 - probability - rulesProbability) / others.length;
    probabilities[rules] = rulesProbability;
    probabilities[type] = probability;
    return { type, probability, probabilities, features: 2 * words, words };
  };
  it('where the rules found no type', () => expect(combineTypes('ukendt', guess('afslag', 0.4))).toEqual({ type: 'afslag', learned: true }));
  it(`over the rules' "bevilling" only when it finds its type at least ${OVERRULE_ODDS.bevilling} times as likely`, () => {
    const odds = OVERRULE_ODDS.bevilling;
    expect(combineTypes('bevilling', guess('afslag', 0.6, 200, 0.6 / odds))).toEqual({ type: 'afslag', learned: true });
    expect(combineTypes('bevilling', guess('afslag', 0.6, 200, 0.6 / odds + 0.01))).toEqual({ type: 'bevilling', learned: false });
    // A clear favourite is not enough when the rules' type is close behind.
    expect(combineTypes('bevilling', guess('afslag', 0.5, 200, 0.45))).toEqual({ type: 'bevilling', learned: false });
  });
  it(`over the rules' "delvis", read from a grant and a refusal both found, only at ${OVERRULE_ODDS.delvis} to 1`, () => {
    const odds = OVERRULE_ODDS.delvis;
    expect(odds).toBeGreaterThan(OVERRULE_ODDS.bevilling);
    expect(combineTypes('delvis', guess('afslag', 0.7, 200, 0.7 / odds, 'delvis'))).toEqual({ type: 'afslag', learned: true });
    expect(combineTypes('delvis', guess('afslag', 0.7, 200, 0.7 / odds + 0.01, 'delvis'))).toEqual({ type: 'delvis', learned: false });
    expect(combineTypes('delvis', guess('bevilling', 0.6, 200, 0.6 / OVERRULE_ODDS.bevilling, 'delvis'))).toEqual({ type: 'delvis', learned: false });
  });
  it(`never on a text of fewer than ${MIN_WORDS} words`, () => {
    expect(combineTypes('ukendt', guess('afslag', 0.99, MIN_WORDS - 1))).toEqual({ type: 'ukendt', learned: false });
    expect(combineTypes('ukendt', guess('afslag', 0.99, MIN_WORDS))).toEqual({ type: 'afslag', learned: true });
  });
  it('a letter that never states its result gets an estimated type, and still the finding that says so', () => {
    const a = analyzeLetter('Kære Karen\n\nDu skrev til os i marts om din trappe. En ergoterapeut har været på besøg og set på trappen, og vi har talt med din datter. Vi har også læst udtalelsen fra din læge, som skriver, at du har ondt i knæene og er faldet to gange på trappen i vinter. Din datter bor i Aarhus og kommer kun hver anden weekend, og du bor alene i huset på Skovvej, hvor soveværelset og badeværelset ligger på første sal. Du har fortalt, at du helst vil blive boende i huset så længe som muligt. En montør fra Hjælpemiddelcentralen ringer til dig i næste uge og aftaler en dag, hvor han kommer og sætter gelænderet op på begge sider.\n\nMed venlig hilsen\nJonas Holm\nVisitator\n', { date: new Date('2026-04-01T12:00:00') });
    expect(a.decisionType).not.toBe('ukendt');
    expect(a.decisionTypeSource).toBe('estimate');
    expect(a.findings.map((f) => f.ruleId)).toContain('resultat-sent');
  });
  it('the case screen still comes first, and an empty letter has no type', () => {
    expect(analyzeLetter('Kære Karen\n\nVi har talt med dig om din trappe.', { context: { afgoerelsestype: 'Afslag' } })).toMatchObject({ decisionType: 'afslag', decisionTypeSource: 'screen' });
    expect(analyzeLetter('').decisionType).toBe('ukendt');
  });
});

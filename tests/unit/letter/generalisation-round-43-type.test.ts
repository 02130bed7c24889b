/**
 * Round 43: decision type, refusals read as partial grants, batches dh/di measured once unseen before they were fixed.
 * Three ways a refusal picked up a stray "grant": the rule quoted with its conditions after "når" ("Der kan ydes støtte
 * til …, når betingelserne er opfyldt"), the help the citizen has now named in a relative clause without "som" ("de 2
 * gange, du får nu"), and a that-clause of what was asked whose law reference carries commas ("bedt om, at
 * kontaktpersonen efter § 52, stk. 3, nr. 6, fortsætter"). Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;

describe('a rule quoted with its conditions after "når" grants nothing', () => {
  it('a refusal of a bicycle followed by the rule "Der kan bevilges …, når kravene i § 112 er opfyldt" stays a refusal', () =>
    expect(type('Kære Bent\n\nDu har søgt om en elektrisk trehjulet cykel. Vi må give dig afslag.\n\nDer kan bevilges tilskud til en cykel som hjælpemiddel, når alle kravene i § 112 er opfyldt. Vi vurderer, at du klarer dine ture til fods.')).toBe('afslag'));
  it('the same refusal followed by a grant to the reader when a date comes is partial', () =>
    expect(type('Kære Bent\n\nDu har søgt om en elektrisk trehjulet cykel og en badetaburet. Cyklen kan vi ikke bevilge.\n\nDu får badetaburetten, når den er kommet hjem fra leverandøren.')).toBe('delvis'));
});

describe('the help had now, in a relative clause without "som", is no grant', () => {
  it('"i stedet for de 3 besøg, du får for tiden" in the application, then a refusal, is a refusal', () =>
    expect(type('Kære Grete\n\nDu har bedt om fire besøg om dagen i stedet for de 3 besøg, du får for tiden. Vi kan ikke bevilge det fjerde besøg, da aftenbesøget dækker dit behov.')).toBe('afslag'));
  it('a refusal of the extra visit beside a real grant of something else is partial', () =>
    expect(type('Kære Grete\n\nDu har bedt om fire besøg om dagen og en nødkaldeanordning. Vi kan ikke bevilge det fjerde besøg, men du får nødkaldet.')).toBe('delvis'));
});

describe('a law reference with commas inside what was asked', () => {
  it('"bedt om, at støtten efter § 85, stk. 1, fortsætter", then "ikke at forlænge", is a refusal', () =>
    expect(type('Kære Mads\n\nDu har den 3. marts bedt om, at din bostøtte efter servicelovens § 85, stk. 1, fortsætter efter sommeren. Vi har besluttet ikke at forlænge bostøtten, og den slutter som aftalt den 30. juni.')).toBe('afslag'));
  it('help that goes on, told by the municipality after the refusal of an increase, keeps the letter a refusal', () =>
    expect(type('Kære Mads\n\nDu har bedt om flere timers bostøtte efter servicelovens § 85, stk. 1. Vi kan ikke give dig flere timer. Din bostøtte fortsætter som hidtil.')).toBe('afslag'));
  it('but a new grant after the refusal of the extension makes it partial', () =>
    expect(type('Kære Mads\n\nDu har den 3. marts bedt om, at din bostøtte efter servicelovens § 85, stk. 1, fortsætter efter sommeren. Vi har besluttet ikke at forlænge bostøtten, men vi bevilger dig en mentor 2 timer om ugen.')).toBe('delvis'));
});

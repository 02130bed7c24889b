/**
 * Round 62: decisionType, refusals read as partial, change or unknown — a no with an adverb inside, an extension refused with
 * "blive", help not set going in a that-clause, the reasons' heading as an indirect question, a trouble one will "få", the
 * rule for a class of people, the main clause after a fronted if-clause, and a part paid by another body; held-out sets 44
 * and 45 measured once before they were fixed, and the unseen batches ef and eg. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-05-04T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nJonna Krog\nSagsbehandler\n';
const letter = (title: string, body: string) => `${title}\n\nKære Bent Holm\n\n${body}${END}`;

describe('decisionType: the no said with an adverb inside', () => {
  it('"Det bliver desværre et nej" refuses', () =>
    expect(type(letter('Svar på din mail', 'Du har spurgt, om du kan få mere støtte til din træning.\nDet bliver desværre et nej. Du fortsætter med træningen, som du har den nu.'))).toBe('afslag'));
  it('look-alike: a no foreseen under a condition refuses nothing', () =>
    expect(type(letter('Svar på din mail', 'Du har spurgt, om du kan få mere støtte til din træning.\nHvis lægen ikke støtter det, bliver det nok et nej. Vi vender tilbage, når vi har svaret.'))).not.toBe('afslag'));
});

describe('decisionType: an extension refused in the passive with "blive"', () => {
  it('"at din bostøtte ikke bliver forlænget" refuses, and the end that follows does not make it a change', () =>
    expect(type(letter('Din bostøtte', 'Du har bedt om at beholde din bostøtte efter sommer.\nVi har besluttet, at din bostøtte ikke bliver forlænget. Derefter stopper støtten.'))).toBe('afslag'));
  it('look-alike: "bliver forlænget" without a negation grants', () =>
    expect(type(letter('Din bostøtte', 'Du har bedt om at beholde din bostøtte efter sommer.\nVi har besluttet, at din bostøtte bliver forlænget til 31. december.'))).toBe('bevilling'));
});

describe('decisionType: help not set going, said in a that-clause', () => {
  it('"at vi ikke sætter familiebehandling i gang" refuses', () =>
    expect(type(letter('Jeres ansøgning', 'Tak for jeres ansøgning om familiebehandling.\nJeg er kommet frem til, at vi ikke sætter familiebehandling i gang for jer lige nu.'))).toBe('afslag'));
  it('look-alike: "at vi sætter familiebehandling i gang" grants', () =>
    expect(type(letter('Jeres ansøgning', 'Tak for jeres ansøgning om familiebehandling.\nJeg er kommet frem til, at vi sætter familiebehandling i gang for jer i næste måned.'))).toBe('bevilling'));
});

describe('decisionType: what is said under the reasons\' heading "Hvad vi har lagt vægt på"', () => {
  const refusal = (under: string) =>
    letter('Afslag på ombygning af badeværelse', `Du har søgt om at få badekarret skiftet ud med en bruseniche.\nDu får afslag på ombygningen.\n\nHvad vi har lagt vægt på\n${under}`);
  it('a grant word in the reasons below the heading does not make the refusal partial', () =>
    expect(type(refusal('Du får hjælp til bad af hjemmeplejen to gange om ugen, og det dækker dit behov.'))).toBe('afslag'));
  it('look-alike: a grant stated before the heading still makes it partial', () =>
    expect(type(letter('Afgørelse om badeværelse', 'Du har søgt om at få badekarret skiftet ud med en bruseniche og få sat greb op.\nDu får afslag på brusenichen, men du får bevilget to greb ved toilettet.\n\nHvad vi har lagt vægt på\nDu kan selv komme ind i karret med en badebænk.'))).toBe('delvis'));
});

describe('decisionType: a trouble one will "få"', () => {
  const refusal = (reason: string) =>
    `Afslag på el-scooter\n\nKære Bent Holm\n\nDu har søgt om en el-scooter. Du får afslag på en el-scooter. ${reason}${END}`;
  it('"de vanskeligheder, du vil få med vejret" grants nothing', () =>
    expect(type(refusal('En el-scooter løser ikke turen til lægen og ikke de vanskeligheder, du vil få om vinteren.'))).toBe('afslag'));
  it('look-alike: "den hjælp, du vil få om vinteren" is still a grant beside the refusal', () =>
    expect(type(refusal('I stedet har vi besluttet, at du vil få kørsel til lægen om vinteren.'))).toBe('delvis'));
});

describe('decisionType: the rule for a thing for a class of people', () => {
  const refusal = (rule: string) =>
    letter('Afslag på merudgifter', `Vi har modtaget din ansøgning om dækning af merudgifter til kompressionsstrømper.\nKommunen har givet afslag på ansøgningen.\n${rule}`);
  it('"Strømper til personer, der …, skal bevilges efter reglerne om hjælpemidler" grants nothing', () =>
    expect(type(refusal('Strømper til personer, der har varige hævelser i benene, er et hjælpemiddel og skal bevilges efter reglerne om hjælpemidler.'))).toBe('afslag'));
  it('look-alike: a thing granted to the reader in the same shape makes it partial', () =>
    expect(type(refusal('Strømper til dig bliver i stedet bevilget som hjælpemiddel fra i dag.'))).toBe('delvis'));
});

describe('decisionType: the main clause after a fronted if-clause', () => {
  const refusal = (after: string) =>
    letter('Afslag på kørsel', `Du har søgt om kørsel til træning. Vi kan ikke bevilge kørsel til træning.\n${after}`);
  it('"Hvis du søger om …, får du svar inden to uger" grants nothing', () =>
    expect(type(refusal('Hvis du søger om et kørekort til flextrafik, får du svar fra trafikselskabet inden to uger.'))).toBe('afslag'));
  it('look-alike: the same grant said without the if-clause is a grant beside the refusal', () =>
    expect(type(refusal('I stedet får du et kort til flextrafik fra trafikselskabet.'))).toBe('delvis'));
});

describe('decisionType: "delvis" of what another body pays', () => {
  const refusal = (fact: string) =>
    letter('Afslag på merudgifter', `Du har søgt om at få dækket udgifter til fodpleje.\nVi kan ikke give dig støtte til fodpleje. ${fact}`);
  it('"delvist dækket af tilskud fra sygesikringen" is a fact, not a part granted', () =>
    expect(type(refusal('Behandlingen er delvist dækket af tilskud fra sygesikringen.'))).toBe('afslag'));
  it('look-alike: "delvist dækket af kommunen" after the application is a part granted', () =>
    expect(type(letter('Afgørelse om merudgifter', 'Du har søgt om at få dækket udgifter til fodpleje.\nVi har besluttet, at behandlingen bliver delvist dækket af kommunen med 300 kr. om måneden.'))).toBe('delvis'));
});

describe('the building blocks still read in a refusal letter', () => {
  it('the complaint guidance stays present', () =>
    expect(present(letter('Svar på din mail', 'Du har spurgt, om du kan få mere støtte. Det bliver desværre et nej.'), 'klagevejledning', opts)).toBe(true));
});

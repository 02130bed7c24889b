/**
 * Round 44: refusals and grants read as another type. A no with the object fronted ("Det siger vi nej til") and the
 * particle verb "sætte … op" negated (a lift not put up, hours not raised); a grant word that only names the law the
 * help falls under, told of nobody, beside a refusal; the rule's refusal under a condition said of the municipality in
 * the third person; "får" with the citizen's own income (SU, løn); the aim told as "Målet er, at …"; a wish told as the
 * request; a subject heading "Bevilling – …"; and a "Hvorfor ikke X?" heading over another measure weighed, not asked
 * for. Batches dj–dm measured once unseen before they were fixed. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;

describe('a no said with the object fronted, and "sætte … op" negated', () => {
  it('"Det siger vi nej til" after the question refuses', () =>
    expect(type('Kære Bo\n\nDu har spurgt, om du kan få en plads på et bosted efter servicelovens § 108. Det siger vi nej til. Du bor fortsat i din lejlighed.')).toBe('afslag'));
  it('"Det siger vi ja til" after the same question grants', () =>
    expect(type('Kære Bo\n\nDu har spurgt, om du kan få en plads på et bosted efter servicelovens § 108. Det siger vi ja til, og du kan flytte ind i maj.')).not.toBe('afslag'));
  it('"at kommunen ikke sætter en lift op" refuses the lift', () =>
    expect(type('Kære Grete\n\nJeg må meddele dig, at kommunen ikke sætter en lift op ved din kældertrappe. Alt, du bruger i hverdagen, ligger i stueplan.')).toBe('afslag'));
  it('"Vi sætter en lift op ved trappen" grants it', () =>
    expect(type('Kære Grete\n\nVi sætter en lift op ved din kældertrappe efter servicelovens § 116. Montøren ringer til dig.')).not.toBe('afslag'));
  it('"kan ikke sætte timerne op" refuses the increase while the help goes on', () =>
    expect(type('Kære Lone og Per\n\nI har bedt om, at aflastningen bliver sat op fra 2 til 4 døgn om måneden. Vi har set på det og kan ikke sætte døgnene op. Aflastningen fortsætter med 2 døgn om måneden, som I har nu.')).toBe('afslag'));
});

describe('a grant word that names the law the help falls under, beside a refusal', () => {
  it('"Praktisk hjælp gives efter servicelovens § 83" after a refusal keeps the refusal', () =>
    expect(type('Afslag på hjælp til havearbejde\n\nDu har søgt om hjælp til at slå græs. Vi må meddele, at ansøgningen ikke kan imødekommes. Praktisk hjælp gives efter servicelovens § 83 og omfatter opgaver i hjemmet. Havearbejde hører ikke til dem.')).toBe('afslag'));
  it('"Du får hjælp til indkøb efter § 83" after the same refusal grants a part', () =>
    expect(type('Afslag på hjælp til havearbejde\n\nDu har søgt om hjælp til at slå græs og til indkøb. Hjælp til havearbejdet kan ikke imødekommes. Du får hjælp til indkøb efter servicelovens § 83 en gang om ugen.')).toBe('delvis'));
});

describe("the rule's refusal under a condition, said in the third person", () => {
  it('"Kommunen giver afslag, hvis … du" before the grant does not make it partial', () =>
    expect(type('Kære Aage\n\nDu har søgt om at få fjernet to dørtrin. Kommunen giver afslag, hvis en rampe kan løse problemet, så du kan komme rundt. En rampe kan ikke bruges i din gang. Derfor bevilges fjernelse af begge dørtrin.')).toBe('bevilling'));
  it('"Vi giver afslag, fordi …" is this case\'s refusal', () =>
    expect(type('Kære Aage\n\nDu har søgt om at få fjernet to dørtrin. Vi giver afslag, fordi en rampe kan løse problemet i din gang.')).toBe('afslag'));
});

describe('"får" with the citizen\'s own income, and the aim as "Målet er, at …"', () => {
  it('"du får SU" among the reasons of a refusal grants nothing', () =>
    expect(type('Hej Malte\n\nDu har spurgt, om du kan få en støtteperson efter barnets lov. Det kan vi ikke give dig. Du fortalte selv, hvordan det går: du bor på kollegiet, og du får SU og klarer din økonomi.')).toBe('afslag'));
  it('"du får en mentor" after the same refusal is a part granted', () =>
    expect(type('Hej Malte\n\nDu har spurgt, om du kan få en støtteperson efter barnets lov. Det kan vi ikke give dig. I stedet får du en mentor to timer om ugen fra os.')).toBe('delvis'));
  it('"• Målet er, at du klarer dig med mindre hjælp" under a grant stays a grant', () =>
    expect(type('Du får:\n• Bostøtte 3 timer om ugen efter servicelovens § 85.\n• Målet er, at du kan klare dine regninger med mindre hjælp om et år.')).toBe('bevilling'));
  it('"Du får mindre hjælp fremover" is a change', () =>
    expect(type('Kære Sune\n\nVi har revurderet din bostøtte. Du får mindre hjælp fremover: støtten nedsættes fra 3 til 2 timer om ugen.')).toBe('aendring'));
});

describe('a wish told as the request, and a subject heading "Bevilling – …"', () => {
  it('"at du gerne vil have 12 timer i stedet for de 8, du har i dag" is the ask, so the no after it refuses', () =>
    expect(type('Kære Iben\n\nDu skrev til os, at du gerne vil have 12 timers ledsagelse om måneden i stedet for de 8 timer, du har i dag. Du beholder dine 8 timer, men vi kan ikke give dig flere.')).toBe('afslag'));
  it('"Fra 1. maj får du 8 timer i stedet for de 12 timer, du har i dag" with no wish is a change', () =>
    expect(type('Kære Iben\n\nFra 1. maj får du 8 timers ledsagelse om måneden i stedet for de 12 timer, du har i dag.')).toBe('aendring'));
  it('"Bevilling – tilskud til kørsel" over fields grants', () =>
    expect(type('Bevilling – tilskud til kørsel\nVi har behandlet jeres ansøgning om tilskud til kørsel.\nYdelse: Merudgifter efter barnets lov § 86\nBeløb: 400 kr. om måneden')).toBe('bevilling'));
  it('"Bevilling – ophør" over the same fields does not grant', () =>
    expect(type('Bevilling – ophør af tilskud til kørsel\nYdelse: Merudgifter efter barnets lov § 86')).not.toBe('bevilling'));
});

describe('"Hvorfor ikke X?" over another measure weighed', () => {
  const PLACEMENT =
    'Afgørelse om anbringelse af Ida hos hendes faster\n\nDu har givet samtykke til, at Ida anbringes hos sin faster. Kommunen har besluttet at anbringe Ida i netværkspleje fra 1. april.\n\nBaggrund\nIda har boet hos sin faster siden jul.\n\n';
  it('"Hvorfor ikke en familiebehandler?" over a measure the municipality weighed keeps the grant', () =>
    expect(type(`${PLACEMENT}Hvorfor ikke en familiebehandler?\nVi har overvejet, om Ida kunne bo hjemme med en familiebehandler, men det er ikke nok.`)).toBe('bevilling'));
  it('the same heading after the mother asked for a familiebehandler says less than asked', () =>
    expect(type(`Kære Sanne\n\nDu har søgt om en familiebehandler til dig og Ida. Kommunen har besluttet at anbringe Ida i netværkspleje hos hendes faster fra 1. april.\n\nBaggrund\nIda har boet hos sin faster siden jul.\n\nHvorfor ikke en familiebehandler?\nDet er ikke nok til at sikre Ida.`)).toBe('delvis'));
});

/**
 * Round 71 (section A2): decisionType where the engine chose the wrong type — a ticked box on a form beside the empty
 * ones, a refusal denied ("ikke grundlag for at afvise"), entitlement in the plural, a late answer and the citizen's own
 * pension, an application's listed items with one refused by a pronoun in the passive, a "why" heading over a grant larger
 * than asked, a negated view before "grundlag for at imødekomme" under a subject that only names the change, a placement
 * with consent while other help ends, and the family named by a possessive as the one that gets the help. Written for these
 * tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nHvis du vil klage\nDu kan klage til Ankestyrelsen inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nPernille Vad\nSagsbehandler\n';
const OPEN = 'Lindholt Kommune\nVelfærd\n\nDato: 3. marts 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Asta\n\n' + body + END, { date: new Date('2026-03-03T12:00:00') }).decisionType;

describe('decisionType: a ticked box is the result, the empty boxes after it are the other options', () => {
  it('"[X] Bevilget" over "[ ] Afslag"', () =>
    expect(type('AFGØRELSE – HJÆLP TIL INDKØB', 'Vi har behandlet din ansøgning om hjælp til indkøb.\n\nAfgørelse:\n[X] Bevilget\n[ ] Afslag\n[ ] Delvis bevilling\n\nOmfang: 1 gang om ugen')).toBe('bevilling'));
  it('"☒ Godkendt ☐ Ikke godkendt"', () =>
    expect(type('Afgørelse om badestol', 'Vi har behandlet din ansøgning om en badestol.\n\nResultat:\n☒ Godkendt\n☐ Ikke godkendt\n\nBadestolen bliver leveret i næste uge.')).toBe('bevilling'));
  it('look-alike: the refusal box ticked', () =>
    expect(type('AFGØRELSE – HJÆLP TIL INDKØB', 'Vi har behandlet din ansøgning om hjælp til indkøb.\n\nAfgørelse:\n[ ] Bevilget\n[X] Afslag\n\nDu kan selv bestille varer på nettet.')).not.toBe('bevilling'));
});

describe('decisionType: a refusal denied ("ikke grundlag for at afvise") grants', () => {
  it('"har ikke fundet grundlag for at afvise ansøgningen, og De er derfor godkendt"', () =>
    expect(type('Deres ansøgning om ældrebolig', 'Boligudvalget har ikke fundet grundlag for at afvise ansøgningen, og De er derfor godkendt til en ældrebolig.\n\nDe får et tilbud inden for 3 måneder.')).toBe('bevilling'));
  it('"Vi ser ingen grund til at afslå din ansøgning"', () =>
    expect(type('Din ansøgning om ledsagelse', 'Du har søgt om ledsagelse.\n\nVi ser ingen grund til at afslå din ansøgning, og du bliver visiteret til ledsagelse 8 timer om måneden.')).toBe('bevilling'));
  it('look-alike: "fundet grundlag for at afvise"', () =>
    expect(type('Deres ansøgning om ældrebolig', 'Boligudvalget har fundet grundlag for at afvise ansøgningen, da De kan klare Dem i Deres nuværende bolig med hjemmehjælp.')).toBe('afslag'));
});

describe('decisionType: entitlement in the plural, a late answer and the citizen\'s own pension', () => {
  it('"forældrene er berettigede til" beside one item not covered', () =>
    expect(type('Afgørelse om merudgifter', 'I har søgt om dækning af merudgifter til Villads. Ansøgningen omfatter to poster:\n\n1. specialkost på grund af hans allergi,\n\n2. en tur til Legoland med klassen.\n\nKommunen vurderer, at I er berettigede til dækning af merudgifterne til specialkost.\n\nTuren til Legoland er en udgift, som alle forældre har, når klassen skal på tur, og den skyldes ikke Villads\' allergi.\n\nDen dækkes ikke.\n\nYdelsen udgør 300 kr. om måneden.')).toBe('delvis'));
  it('"Du er berettiget til …" with "får ikke folkepension" and "får … først svar nu"', () =>
    expect(type('Afgørelse om rengøring', 'Du søgte om hjælp til rengøring.\n\nVi ventede på en udtalelse fra din læge, og derfor får du først svar nu.\n\nDu er berettiget til rengøring hver anden uge, jf. servicelovens § 83.\n\nDu er 62 år og får ikke folkepension.\n\nHjælpen starter i uge 14.')).toBe('bevilling'));
  it('look-alike: "ikke berettigede til"', () =>
    expect(type('Afgørelse om merudgifter', 'I har søgt om dækning af merudgifter til kørsel.\n\nKommunen vurderer, at I ikke er berettigede til dækning af merudgifter til kørsel, fordi turen er kortere end 5 km.')).toBe('afslag'));
});

describe('decisionType: a "why" heading over a grant larger than asked is no partial grant', () => {
  it('"Hvorfor 4 timer og ikke 3?" after a grant of 4 hours, 3 asked', () =>
    expect(type('Afgørelse om bostøtte', 'Du har søgt om bostøtte 3 timer om ugen.\n\nVi har besluttet, at du får bostøtte 4 timer om ugen fra uge 12.\n\nHvorfor 4 timer og ikke 3?\nMed 4 timer kan støtten deles på to dage.')).toBe('bevilling'));
  it('"Hvorfor to besøg og ikke ét?"', () =>
    expect(type('Afgørelse om sygepleje', 'Du har bedt om et besøg om ugen.\n\nVi har besluttet, at du får to besøg om ugen af sygeplejen.\n\nHvorfor to besøg og ikke et?\nDine sår skal skiftes oftere, end du troede.')).toBe('bevilling'));
  it('look-alike: "Hvorfor 3 timer og ikke 5?" is less than asked', () =>
    expect(type('Afgørelse om bostøtte', 'Du har søgt om bostøtte 5 timer om ugen.\n\nVi har besluttet, at du får bostøtte 3 timer om ugen.\n\nHvorfor 3 timer og ikke 5?\nDu klarer selv dine indkøb.')).toBe('delvis'));
});

describe('decisionType: a change asked for and refused under a subject that only names the change', () => {
  it('"Emne: Afgørelse om ændring af din bostøtte" over "vurderer ikke, at der er grundlag for at imødekomme"', () =>
    expect(type('Emne: Afgørelse om ændring af din bostøtte', 'Du har den 2. februar anmodet om, at din bostøtte sættes op fra 3 til 5 timer om ugen.\n\nVi vurderer ikke, at der er grundlag for at imødekomme anmodningen.\n\nDu beholder dine 3 timer om ugen.')).toBe('afslag'));
  it('"Vedr.: ændring af din aflastning" over "finder ikke, at der er grundlag for at bevilge"', () =>
    expect(type('Vedr.: ændring af din aflastning', 'I har søgt om, at aflastningen udvides til to weekender om måneden.\n\nForvaltningen finder ikke, at der er grundlag for at bevilge flere weekender.')).toBe('afslag'));
  it('look-alike: the subject names a reduction the body decides', () =>
    expect(type('Emne: Afgørelse om nedsættelse af din bostøtte', 'Vi har set på din bostøtte igen.\n\nVi har besluttet at nedsætte din bostøtte fra 5 til 3 timer om ugen, fordi du nu selv klarer dine regninger.')).toBe('aendring'));
});

describe('decisionType: a placement with consent is a grant, even when other help ends with it', () => {
  it('placement with the parents\' consent, family treatment "ophører samme dag"', () =>
    expect(type('Anbringelse af Silas – barnets lov § 46', 'I bad den 5. januar om, at Silas kan bo uden for hjemmet, og I har givet jeres samtykke.\n\nVi har derfor besluttet at anbringe Silas på opholdsstedet Lærkereden fra den 1. april.\n\nDen familiebehandling, I har haft siden sommer, ophører samme dag.')).toBe('bevilling'));
  it('placement "med samtykke", support person stops', () =>
    expect(type('Afgørelse om anbringelse', 'I har bedt om, at Freja anbringes i en plejefamilie, og I har skrevet under på samtykket.\n\nFreja bliver anbragt i plejefamilien den 15. maj.\n\nKontaktpersonordningen, som hun har haft siden efteråret, stopper samtidig.')).toBe('bevilling'));
  it('look-alike: a placement although the parents have not consented', () =>
    expect(type('Afgørelse om anbringelse', 'Børne- og ungeudvalget har besluttet, at Freja skal anbringes i en plejefamilie, selvom I ikke har givet jeres samtykke.\n\nFreja flytter den 15. maj.\n\nDen familiebehandling, I har haft siden februar 2025, ophører samme dag.')).toBe('aendring'));
});

describe('decisionType: the family or child named by a possessive gets the help', () => {
  it('"- Jeres familie får familiebehandling efter barnets lov § 32" beside "- I får afslag på aflastning"', () =>
    expect(type('AFGØRELSE OM STØTTE', 'I har søgt om familiebehandling og om aflastning.\n\nVi har besluttet følgende:\n\n- Jeres familie får familiebehandling efter barnets lov § 32, stk. 1, nr. 2.\n\n- I får afslag på aflastning.')).toBe('delvis'));
  it('"Din søn får aflastning …"', () =>
    expect(type('Afgørelse om aflastning', 'Du har søgt om aflastning til din søn.\n\nDin søn får aflastning én weekend om måneden fra april.')).toBe('bevilling'));
  it('look-alike: "Jeres familie får ikke …"', () =>
    expect(type('Afgørelse om familiebehandling', 'I har søgt om familiebehandling.\n\nJeres familie får ikke familiebehandling, fordi undersøgelsen ikke viser et behov for det.')).toBe('afslag'));
});

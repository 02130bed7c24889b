/**
 * Round 71: omfang, opfoelgning and begrundelse on phrasings written for these tests in our own words, each class with a
 * look-alike that must not trigger it: every other weekday as a scope, an approved-per-month table column, the past told
 * with "dengang", "ikke alene … men også", a granting verb with a linking adverb before "det, du har bedt om", the benefit's
 * amount stated, the scope told in the sentence after the grant, a field under a ticked grant box, the pay of a citizen
 * employed to care for a relative; a span "og seks måneder frem", the case put before the committee again, the applied-for
 * period in a refusal; a referral's own cause, the criteria's "som gør, at" clause, and "no grounds to grant" alone.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const OPEN = 'Sørby Kommune\nSocial og Sundhed\n\nDato: 3. marts 2026\n\n';
const run = (body: string) => analyzeLetter(OPEN + 'Kære Agnete\n\n' + body + '\n\nVenlig hilsen\nMorten Lund\n', { date: new Date('2026-03-03T12:00:00') });
const has = (el: 'omfang' | 'opfoelgning' | 'begrundelse', body: string) => run(body).elements[el].present;

describe('omfang: every other or every third weekday is a scope', () => {
  it('"hjemmeplejen tager sengetøjet med hver anden tirsdag"', () =>
    expect(has('omfang', 'Du får hjælp til vask af sengetøj. Hjemmeplejen tager sengetøjet med hver anden tirsdag.')).toBe(true));
  it('"gør rent hos dig hver tredje fredag"', () =>
    expect(has('omfang', 'Vi bevilger dig rengøring. En medarbejder gør rent hos dig hver tredje fredag.')).toBe(true));
  it('look-alike: a club that meets every other Thursday, not granted', () =>
    expect(has('omfang', 'Du har søgt om hjælp til rengøring, og det kan vi ikke give dig. Du fortalte, at du går til banko hver anden torsdag.')).toBe(false));
});

describe('omfang: a group that meets every other weekday is no scope', () => {
  it('look-alike: "pårørendegruppen, der mødes hver anden onsdag"', () =>
    expect(has('omfang', 'Du kan ikke få aflastning. Vi kan anbefale Demensforeningens pårørendegruppe, der mødes i Medborgerhuset hver anden onsdag.')).toBe(false));
});

describe('omfang: a table column of approved amounts per month', () => {
  const cells = (...c: string[]) => c.join('\n\n');
  it('"Godkendt pr. md." over the amounts', () =>
    expect(has('omfang', 'Vi har gennemgået dine udgifter.\n\n' + cells('Udgift', 'Ansøgt pr. md.', 'Godkendt pr. md.', 'Diætkost', '400 kr.', '300 kr.') + '\n\nBeløbet udbetales til din NemKonto.')).toBe(true));
  it('"Tildelt pr. måned" over the amounts', () =>
    expect(has('omfang', 'Vi har set på din ansøgning om merudgifter.\n\n' + cells('Post', 'Tildelt pr. måned', 'Medicin', '220 kr.') + '\n\nVi dækker posten fra 1. april.')).toBe(true));
  it('look-alike: only the column of amounts applied for', () =>
    expect(has('omfang', 'Du kan ikke få dækket dine merudgifter.\n\n' + cells('Udgift', 'Ansøgt', 'Medicin', '300 kr.') + '\n\nDe når ikke op på minimumsbeløbet.')).toBe(false));
});

describe('omfang: the past told with "dengang" is no scope granted', () => {
  it('look-alike of a grant: "Dengang fik du hjælp to gange om dagen" beside a care home granted', () =>
    expect(has('omfang', 'Vi har godkendt dig til en plejebolig. Sidste år søgte du også. Dengang klarede du dig med hjemmehjælp to gange om dagen.')).toBe(false));
  it('"dengang" in one sentence, the new scope in the next', () =>
    expect(has('omfang', 'Dengang havde du rengøring hver tredje uge. Fremover får du rengøring hver 14. dag.')).toBe(true));
  it('the scope granted with no "dengang"', () =>
    expect(has('omfang', 'Vi bevilger dig hjemmehjælp to gange om dagen.')).toBe(true));
});

describe('omfang: "ikke alene … men også" grants both', () => {
  it('"får ikke alene støtte 2 timer om ugen, men også …"', () =>
    expect(has('omfang', 'Du får ikke alene støtte 2 timer om ugen, men også hjælp til at komme til tandlægen.')).toBe(true));
  it('"får ikke kun aflastning én weekend om måneden, men også …"', () =>
    expect(has('omfang', 'Oskar får ikke kun aflastning én weekend om måneden, men også fire dage i efterårsferien.')).toBe(true));
  it('look-alike: a plain refusal of the same amount', () =>
    expect(has('omfang', 'Du har bedt om mere hjælp. Du får ikke støtte 2 timer om ugen.')).toBe(false));
});

describe('omfang: a granting verb with a linking adverb before the application named', () => {
  it('"Vi bevilger derfor det, du har bedt om: …"', () =>
    expect(has('omfang', 'Vi bevilger derfor det, du har bedt om: en mentor i 4 timer om ugen.')).toBe(true));
  it('"Vi bevilger hermed det, I har søgt om: …"', () =>
    expect(has('omfang', 'Vi bevilger hermed det, I har søgt om, nemlig aflastning 2 døgn om måneden.')).toBe(true));
  it('look-alike: the application alone', () =>
    expect(has('omfang', 'Du har bedt om en mentor i 4 timer om ugen. Det kan vi ikke bevilge.')).toBe(false));
});

describe('omfang: the scope said around the grant in a letter that also refuses', () => {
  it('the benefit\'s amount stated ("Tilskuddet er på 520 kr. om måneden") beside a refused item', () =>
    expect(has('omfang', 'Du får afslag på dækning af fodbehandling. Vi dækker dine udgifter til bleer. Tilskuddet er på 520 kr. om måneden fra 1. april.')).toBe(true));
  it('the scope told in the sentence after the grant, with the help as subject', () =>
    expect(has('omfang', 'I får afslag på aflastning.\n\n- Vi bevilger jer en familiekonsulent. Konsulenten kommer hjem til jer 1 gang om ugen.')).toBe(true));
  it('a field line under a ticked grant box', () =>
    expect(has('omfang', 'Resultat:\n[X] Bevilget\n[ ] Afslag\n\nYdelse:   Rengøring\nOmfang:   1 time hver 14. dag')).toBe(true));
  it('look-alike: the amount applied for in a refusal', () =>
    expect(has('omfang', 'Du har søgt om et tilskud på 520 kr. om måneden til bleer. Du får afslag, fordi bleerne dækkes af regionen.')).toBe(false));
});

describe('omfang: the pay of a citizen employed to care for a relative', () => {
  it('"ansat af kommunen til at passe din mor … løn på 19.800 kr. om måneden"', () =>
    expect(has('omfang', 'Din ansøgning er godkendt. Du bliver ansat af kommunen til at passe din mor i hendes sidste tid. Du får en løn på 19.800 kr. om måneden.')).toBe(true));
  it('"pasning af nærtstående … lønnen på 21.000 kr. pr. måned"', () =>
    expect(has('omfang', 'Vi bevilger dig orlov til pasning af en nærtstående med handicap. Du får lønnen på 21.000 kr. pr. måned udbetalt bagud.')).toBe(true));
  it('look-alike: the citizen\'s own wage from a job', () =>
    expect(has('omfang', 'Du har søgt om hjælp til rengøring, og det kan du ikke få. Du får en løn på 19.800 kr. om måneden fra dit arbejde.')).toBe(false));
});

describe('opfoelgning: a span forward from the start', () => {
  it('"fra den 1. maj og seks måneder frem"', () =>
    expect(has('opfoelgning', 'Vi bevilger dig støtte fra den 1. maj og seks måneder frem.')).toBe(true));
  it('"fra 1. august og et år frem"', () =>
    expect(has('opfoelgning', 'Du får hjælpen fra 1. august og et år frem.')).toBe(true));
  it('look-alike: a span forward with no "og" from a start, about a calendar', () =>
    expect(has('opfoelgning', 'Du har søgt om en rollator, og den får du ikke. På vores hjemmeside kan du se tre uger frem i kalenderen.')).toBe(false));
});

describe('opfoelgning: the case put before the committee again by a time', () => {
  it('"vil blive forelagt udvalget igen senest i maj 2027"', () =>
    expect(has('opfoelgning', 'Udvalget har besluttet, at anbringelsen fortsætter. Sagen vil blive forelagt udvalget igen senest i maj 2027.')).toBe(true));
  it('"forelægges børne- og ungeudvalget igen om et år"', () =>
    expect(has('opfoelgning', 'Anmodningen om hjemgivelse er afvist. Spørgsmålet forelægges børne- og ungeudvalget igen om et år.')).toBe(true));
  it('look-alike: put before the committee with no time again', () =>
    expect(has('opfoelgning', 'Sagen blev forelagt udvalget den 4. februar, og anmodningen er afvist.')).toBe(false));
});

describe('opfoelgning: the applied-for period in a refusal', () => {
  it('look-alike of a duration: "ansøgning om … i perioden marts-juni" refused', () =>
    expect(has('opfoelgning', 'Vi har modtaget din ansøgning om dækning af taxa til 8 ture i perioden marts-juni 2026. Du får afslag, fordi du kan køre med flextrafik.')).toBe(false));
  it('"i perioden" of the help granted still counts', () =>
    expect(has('opfoelgning', 'Vi bevilger dig aflastning i perioden 1. marts til 30. juni 2026.')).toBe(true));
  it('a refusal with its own follow-up still counts', () =>
    expect(has('opfoelgning', 'Vi har modtaget din ansøgning om taxa i perioden marts-juni. Du får afslag. Vi følger op i august 2026 og hører, hvordan det går.')).toBe(true));
});

describe('begrundelse: a referral\'s own cause is no reason for the decision', () => {
  it('look-alike: "Din læge henviste dig … på grund af …" then only the conditions', () =>
    expect(has('begrundelse', 'Din egen læge henviste dig den 2. februar til genoptræning på grund af smerter i hoften. Du opfylder betingelserne i ældreloven, og vi bevilger dig træning 2 gange om ugen.')).toBe(false));
  it('the referral tied to the result with "derfor"', () =>
    expect(has('begrundelse', 'Din egen læge henviste dig den 2. februar til genoptræning på grund af smerter i hoften. Derfor bevilger vi dig træning 2 gange om ugen.')).toBe(true));
  it('our own cause in the same shape counts', () =>
    expect(has('begrundelse', 'Vi bevilger dig træning, fordi du ved testen den 2. februar kun kunne gå 40 meter med rollator.')).toBe(true));
});

describe('begrundelse: the criteria with the law\'s "som gør, at" clause stay the rule', () => {
  it('look-alike: "… funktionsevne eller særlige sociale problemer, som gør, at du har behov for det"', () =>
    expect(has('begrundelse', 'Du kan ikke få et længerevarende botilbud, da du ikke har en betydeligt og varigt nedsat fysisk eller psykisk funktionsevne eller særlige sociale problemer, som gør, at du har behov for det.')).toBe(false));
  it('a fact of the case after the rule still counts', () =>
    expect(has('begrundelse', 'Du kan ikke få et botilbud, fordi du selv klarer din lejlighed, handler ind og passer dit job i Bilka 20 timer om ugen.')).toBe(true));
});

describe('begrundelse: "no grounds to grant" alone is no reason', () => {
  it('look-alike: "Kommunen vurderer ikke, at der er grundlag for at imødekomme ansøgningen."', () =>
    expect(has('begrundelse', 'Du har søgt om flere timer. Kommunen vurderer ikke, at der er grundlag for at imødekomme ansøgningen.')).toBe(false));
  it('look-alike: "Vi finder ikke grundlag for at bevilge hjælpen."', () =>
    expect(has('begrundelse', 'Du har søgt om hjælp til havearbejde. Vi finder ikke grundlag for at bevilge hjælpen.')).toBe(false));
  it('the same verdict with a fact after it counts', () =>
    expect(has('begrundelse', 'Kommunen vurderer ikke, at der er grundlag for at imødekomme ansøgningen, fordi du ved besøget selv kunne støvsuge stuen og køkkenet.')).toBe(true));
});

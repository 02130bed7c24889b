/**
 * Round 71 (section B2): faktiske-oplysninger, borgerens-synspunkter, partshoering, genvurdering, klagevejledning and
 * klagefrist — a meeting under a compound name with its date, a visit dated by weekday, a dated referral, a work placement,
 * a third party's written report, a dated occasion then what the citizen did, a unit as the source, a dated end or birthday,
 * "som I fortalte i går", the enclosure after the signature (facts); the complaint with the article and the citizen's own
 * information as the source, a relief family as another speaker (view); heard "ved brev af …", the papers in a letter
 * (hearing); "har set på sagen igen" (reconsideration); a complaint label left as a merge field (guidance); "fra
 * modtagelsen" (deadline). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const OPEN = 'Lindholm Kommune\nSocial og Sundhed\n\n1. maj 2026\n\n';
const END = '\n\nMed venlig hilsen\nBirthe Vang\nSagsbehandler\n';

// A grant with one paragraph in the middle and no complaint guidance (a grant in full needs none).
const grant = (middle: string, greeting = 'Kære Poul') =>
  OPEN + 'Afgørelse om hjælp\n\n' + greeting + '\n\nVi har bevilget dig hjælp til rengøring hver 14. dag.\n\n' + middle + END;
const childGrant = (middle: string) =>
  OPEN + 'Afgørelse om aflastning til Emma\n\nKære Line og Søren\n\nVi har bevilget aflastning til Emma efter barnets lov § 32.\n\n' + middle + END;
const facts = (text: string) => present(text, 'faktiske-oplysninger', opts);
const view = (text: string) => present(text, 'borgerens-synspunkter', opts);

describe('faktiske-oplysninger: a meeting under a compound name with its date', () => {
  it('"På opfølgningsmødet den 4. marts deltog du og din kontaktperson"', () =>
    expect(facts(grant('På opfølgningsmødet den 4. marts deltog du og din kontaktperson.'))).toBe(true));
  it('"Ved netværksmødet den 12. januar var du, din søster og jeg til stede"', () =>
    expect(facts(grant('Ved netværksmødet den 12. januar var du, din søster og jeg til stede.'))).toBe(true));
  it('look-alike: a meeting one is invited to', () =>
    expect(facts(grant('Vi inviterer dig til statusmødet den 3. juni på rådhuset.'))).toBe(false));
  it('look-alike: the case put before an internal meeting', () =>
    expect(facts(grant('Sagen har været drøftet på visitationsmødet den 3. marts.'))).toBe(false));
});

describe('faktiske-oplysninger: a visit dated with its weekday', () => {
  it('"Da jeg var hos dig onsdag den 8. oktober, …"', () =>
    expect(facts(grant('Da jeg var hos dig onsdag den 8. oktober, drak vi kaffe i stuen.'))).toBe(true));
  it('"Da vi var hjemme hos jer fredag den 3. april, …"', () =>
    expect(facts(grant('Da vi var hjemme hos jer fredag den 3. april, talte vi om hverdagen.'))).toBe(true));
  it('look-alike: a visit to come', () => expect(facts(grant('Jeg kommer forbi onsdag den 8. oktober kl. 10.'))).toBe(false));
});

describe('faktiske-oplysninger: a dated referral in the past', () => {
  it('"Din praktiserende læge henviste dig den 3. marts til fysioterapi"', () =>
    expect(facts(grant('Din praktiserende læge henviste dig den 3. marts til fysioterapi.'))).toBe(true));
  it('"Lægen henviste Oskar den 14. januar 2026 til …"', () =>
    expect(facts(childGrant('Lægen henviste Oskar den 14. januar 2026 til børnepsykiatrisk udredning.'))).toBe(true));
  it('look-alike: a referral that may come', () =>
    expect(facts(grant('Din praktiserende læge kan henvise dig til fysioterapi, hvis du får brug for det.'))).toBe(false));
});

describe('faktiske-oplysninger: a work placement where something was shown', () => {
  it('"I din praktik på lageret i efteråret har du vist, at …"', () =>
    expect(facts(grant('I din praktik på lageret i efteråret har du vist, at du kan arbejde fire timer ad gangen.'))).toBe(true));
  it('"Under praktikken i køkkenet mødte du stabilt hver dag"', () =>
    expect(facts(grant('Under praktikken i køkkenet mødte du stabilt hver dag.'))).toBe(true));
  it('look-alike: a placement still to come', () =>
    expect(facts(grant('I din praktik skal du arbejde tre timer om dagen.'))).toBe(false));
});

describe('faktiske-oplysninger: another source wrote to us what is so', () => {
  it('"Plejefamilien skrev til os, at Mia sover dårligt"', () =>
    expect(facts(childGrant('Plejefamilien skrev til os, at Mia sover dårligt.'))).toBe(true));
  it('"Skolen skrev til mig, at Anton ofte kommer for sent"', () =>
    expect(facts(childGrant('Skolen skrev til mig, at Anton ofte kommer for sent.'))).toBe(true));
  it('look-alike: the citizen\'s own wish written to us', () =>
    expect(facts(grant('Du skrev til os, at du gerne vil have hjælp om aftenen.'))).toBe(false));
});

describe('faktiske-oplysninger: a dated occasion, then what the citizen did there', () => {
  it('"Ved afprøvningen den 3. juni … valgte du en smal model, fordi du skal …"', () =>
    expect(facts(grant('Ved afprøvningen den 3. juni sammen med terapeuten valgte du en smal model, fordi du skal kunne komme gennem døren.'))).toBe(true));
  it('"Ved testen den 2. april gik du seks meter, men du skal …"', () =>
    expect(facts(grant('Ved testen den 2. april gik du seks meter, men du skal hvile dig bagefter.'))).toBe(true));
  it('look-alike: the occasion to come', () =>
    expect(facts(grant('Ved afprøvningen den 3. juni skal du prøve to modeller.'))).toBe(false));
});

describe('faktiske-oplysninger: a unit as the source', () => {
  it('"fordi du ifølge hjerneskadeenheden ikke kan lave mad selv"', () =>
    expect(facts(grant('Du får hjælpen, fordi du ifølge hjerneskadeenheden ikke kan lave mad selv.'))).toBe(true));
  it('"Ifølge genoptræningsenheden går du nu uden rollator"', () =>
    expect(facts(grant('Ifølge genoptræningsenheden går du nu uden rollator.'))).toBe(true));
  it('look-alike: the unit as where to turn', () =>
    expect(facts(grant('Du kan altid ringe til genoptræningsenheden med spørgsmål.'))).toBe(false));
});

describe('faktiske-oplysninger: a dated end or birthday', () => {
  it('"Din aflastning ophørte den 30. april, …"', () =>
    expect(facts(grant('Din aflastning ophørte den 30. april efter dit eget ønske.'))).toBe(true));
  it('"Da du fyldte 18 år den 5. maj, …"', () =>
    expect(facts(grant('Da du fyldte 18 år den 5. maj, overgik din sag til voksenområdet.'))).toBe(true));
  it('look-alike: an end still to come', () => expect(facts(grant('Hjælpen ophører, når du flytter.'))).toBe(false));
});

describe('faktiske-oplysninger: "som I fortalte i går" after what was told', () => {
  it('"…, som du fortalte i telefonen i mandags"', () =>
    expect(facts(grant('Du kan nu selv komme i bad, som du fortalte i telefonen i mandags.'))).toBe(true));
  it('"…, som I sagde på mødet den 3. april"', () =>
    expect(facts(childGrant('Emma sover nu hele natten, som I sagde på mødet den 3. april.'))).toBe(true));
  it('look-alike: "som aftalt i går" tells nothing', () =>
    expect(facts(grant('Som aftalt i går starter hjælpen på mandag.'))).toBe(false));
});

describe('faktiske-oplysninger: the enclosure after the signature is the letter', () => {
  const withEnclosure = (enclosure: string) =>
    OPEN + 'Kære Poul\n\nVedlagt er svaret på din ansøgning.\n\nVenlig hilsen\nBirthe Vang\nSocialrådgiver\n\n' + enclosure;
  it('"Bilag 1 – Afgørelse" with a dated meeting and what was said', () =>
    expect(facts(withEnclosure('Bilag 1 – Afgørelse\n\nStatus: Bevilget\n\nPå mødet den 2. marts fortalte du, at du har svært ved trapperne.\n'))).toBe(true));
  it('"Bilag: Notat" with a dated visit', () =>
    expect(facts(withEnclosure('Bilag: Notat\n\nVed hjemmebesøget den 7. februar kunne du selv rejse dig fra stolen.\n'))).toBe(true));
  it('look-alike: the title in the signature is no fact', () =>
    expect(facts(OPEN + 'Kære Poul\n\nVi har bevilget dig en badebænk.\n\nVenlig hilsen\nBirthe Vang\nErgoterapeut\n')).toBe(false));
});

describe('borgerens-synspunkter: what the complaint says, with the article', () => {
  const reconsidered = (middle: string) =>
    OPEN + 'Vi har genvurderet din sag\n\nKære Poul\n\nTak for din klage. Vi ændrer afgørelsen, og du får hjælp til indkøb hver uge.\n\n' + middle + END;
  it('"Du skriver i klagen, at du ikke kan nå bussen"', () =>
    expect(view(reconsidered('Du skriver i klagen, at du ikke kan nå bussen om morgenen.'))).toBe(true));
  it('"I skriver i klagen, at …"', () => expect(view(reconsidered('I skriver i klagen, at vejen til butikken er for lang.'))).toBe(true));
  it('look-alike: the guidance on what to write', () =>
    expect(view(reconsidered('Du kan skrive i klagen, hvad der efter din mening er forkert.'))).toBe(false));
});

describe('borgerens-synspunkter: the citizen\'s own information as the source', () => {
  it('"Af dine egne oplysninger fremgår, at …"', () =>
    expect(view(grant('Af dine egne oplysninger fremgår, at du går til fysioterapi hver uge.'))).toBe(true));
  it('"Ifølge Deres egen oplysning kører De selv til lægen"', () =>
    expect(view(grant('Ifølge Deres egen oplysning kører De selv til lægen.', 'Kære hr. Poul Berg'))).toBe(true));
  it('look-alike: the doctor\'s information', () =>
    expect(view(grant('Af lægens oplysninger fremgår, at du går til fysioterapi hver uge.'))).toBe(false));
});

describe('borgerens-synspunkter: a relief or foster family is another speaker', () => {
  it('"Aflastningsfamilien Berg har sagt, at …"', () =>
    expect(view(childGrant('Aflastningsfamilien Berg har sagt, at de ikke kan fortsætte efter sommer.'))).toBe(false));
  it('"Plejefamilien Holm fortalte, at …"', () =>
    expect(view(childGrant('Plejefamilien Holm fortalte, at Emma sover uroligt.'))).toBe(false));
  it('look-alike: the child herself speaks', () =>
    expect(view(childGrant('Emma fortalte, at hun gerne vil blive hos plejefamilien.'))).toBe(true));
});

const change = (middle: string) =>
  OPEN + 'Afgørelse om din hjemmehjælp\n\nKære Poul\n\nDin hjælp til rengøring nedsættes fra hver uge til hver 14. dag fra 1. juni.\n\n' + middle + END;
const hearing = (text: string) => present(text, 'partshoering', opts);

describe('partshoering: heard by a dated letter, the date between', () => {
  it('"Du blev ved brev af 3. marts 2026 hørt over oplysningerne"', () =>
    expect(hearing(change('Du blev ved brev af 3. marts 2026 hørt over oplysningerne.'))).toBe(true));
  it('"Værgen blev i et brev den 2. april hørt om …"', () =>
    expect(hearing(change('Værgen blev i et brev den 2. april hørt om vores vurdering.'))).toBe(true));
  it('look-alike: asked by letter for receipts', () =>
    expect(hearing(change('Du blev ved brev af 3. marts bedt om at sende kvitteringer.'))).toBe(false));
});

describe('partshoering: the papers sent in a letter, then the answer', () => {
  it('"Du fik den 2. marts et brev med de oplysninger, vi ville bygge på, og du svarede …"', () =>
    expect(hearing(change('Du fik den 2. marts et brev med de oplysninger, vi ville bygge på, og du svarede den 9. marts.'))).toBe(true));
  it('"I fik et brev fra os med lægens udtalelse, og I svarede, at …"', () =>
    expect(hearing(change('I fik et brev fra os med lægens udtalelse, og I svarede, at I var enige.'))).toBe(true));
  it('look-alike: a letter with a time for a visit', () =>
    expect(hearing(change('Du fik et brev med en tid til hjemmebesøget, og du var hjemme.'))).toBe(false));
});

describe('genvurdering: "har set på sagen igen" in a reconsideration', () => {
  const reply = (middle: string) => OPEN + 'Din klage\n\nKære Poul\n\n' + middle + END;
  it('"Vi har set på sagen igen, før klagen sendes videre"', () =>
    expect(present(reply('Tak for din klage. Vi har set på sagen igen, før klagen sendes videre til Ankestyrelsen.'), 'genvurdering', opts)).toBe(true));
  it('"Vi har nu set på hele din sag igen efter din klage"', () =>
    expect(present(reply('Vi har nu set på hele din sag igen efter din klage, og vi fastholder ikke afgørelsen.'), 'genvurdering', opts)).toBe(true));
  it('look-alike: the application seen again, no complaint', () =>
    expect(present(grant('Vi har set på din ansøgning igen, efter du sendte nye kvitteringer.'), 'genvurdering', opts)).toBe(false));
});

describe('klagevejledning: a complaint label left as a merge field', () => {
  const refusal = (guidance: string) =>
    OPEN + 'Afslag på rengøring\n\nKære Poul\n\nDu kan ikke få hjælp til rengøring, fordi du selv kan gøre rent.\n\n' + guidance + END;
  it('"Klagevejledning:" with «Klagevejl_std» only', () =>
    expect(present(refusal('Klagevejledning:\n«Klagevejl_std»'), 'klagevejledning', opts)).toBe(false));
  it('"Klagevejledning" with [Indsæt standardtekst] only', () =>
    expect(present(refusal('Klagevejledning\n[Indsæt standardtekst]'), 'klagevejledning', opts)).toBe(false));
  it('look-alike: guidance with a merge field inside it', () =>
    expect(present(refusal('Klagevejledning:\nDu kan klage til «Kommune» inden 4 uger.'), 'klagevejledning', opts)).toBe(true));
});

describe('klagefrist: counted "fra modtagelsen"', () => {
  const refusal = (guidance: string) =>
    OPEN + 'Afslag på rengøring\n\nKære Poul\n\nDu kan ikke få hjælp til rengøring.\n\nKlagevejledning\n' + guidance + END;
  it('"har du 4 uger fra modtagelsen af brevet til at klage"', () =>
    expect(present(refusal('Er du uenig, har du 4 uger fra modtagelsen af brevet til at klage.'), 'klagefrist', opts)).toBe(true));
  it('"Du kan klage. Du har fire uger efter modtagelsen af afgørelsen."', () =>
    expect(present(refusal('Du kan klage. Du har fire uger efter modtagelsen af afgørelsen.'), 'klagefrist', opts)).toBe(true));
  it('look-alike: eight weeks from receipt is the wrong deadline', () =>
    expect(present(refusal('Er du uenig, har du 8 uger fra modtagelsen til at klage.'), 'klagefrist', opts)).toBe(false));
});

/**
 * Round 73 (section B2): begrundelse, faktiske-oplysninger and borgerens-synspunkter — the applicant's own "fordi" after a
 * wish or "søgt om, at …"; a cause inside what we saw; a template field, a numbered heading and a passive "det vurderes, at
 * … svarer til behovet" (reason); a file note's fact after a rule sentence (reason); the fronted "I ansøgningen skriver du",
 * "gem kvitteringerne", the age alone, a diagnosis as the topic of a talk offered elsewhere, missed appointments and a
 * dated "notat af …" (facts); a relative telling on the citizen's behalf at a meeting (views). Written for these tests in
 * our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-04-14T12:00:00') };
const OPEN = 'Vesterlund Kommune\nSocial og Sundhed\n\n14. april 2026\n\n';
const END = '\n\nMed venlig hilsen\nBirgit Holm\nSagsbehandler\n';
const letter = (subject: string, body: string, greeting = 'Kære Helmer') => OPEN + subject + '\n\n' + greeting + '\n\n' + body + END;
const has = (text: string, id: Parameters<typeof present>[1]) => present(text, id, opts);

describe('begrundelse: the applicant\'s own "fordi" after a wish or "søgt om, at …" is not our reason', () => {
  it('"Du vil gerne have en anden hjælper, fordi …. Det er i orden."', () =>
    expect(has(letter('Skift af hjælper', 'Du vil gerne have en anden fast hjælper, fordi du har svært ved at forstå den nuværende. Det er i orden, og den nye hjælper kommer fra mandag.'), 'begrundelse')).toBe(false));
  it('"I har søgt om, at kommunen betaler …, fordi …" with only the rule after', () =>
    expect(has(letter('Svar på ansøgning om ridefysioterapi', 'I har søgt om, at kommunen betaler ridefysioterapi til Magnus, fordi han har dårlig balance. Det er vores vurdering, at betingelserne ikke er opfyldt.', 'Kære Lone og Per'), 'begrundelse')).toBe(false));
  it('look-alike: our own "fordi" after the result', () =>
    expect(has(letter('Afgørelse om ridefysioterapi', 'I har søgt om ridefysioterapi til Magnus. Vi kan ikke betale for den, fordi lægen har skrevet, at hans balance er blevet normal efter operationen.', 'Kære Lone og Per'), 'begrundelse')).toBe(true));
});

describe('begrundelse: a cause inside what we saw belongs to the observation', () => {
  it('"Ved besøget så vi, at du ikke kan …, på grund af …" followed by the standard', () =>
    expect(has(letter('Hjælp til tøjvask', 'Du får hjælp til tøjvask hver anden uge.\n\nVed besøget den 2. april så vi, at du ikke kan bære vasketøjet ned i kælderen på grund af din ryg.\n\nHjælpen er givet efter kommunens kvalitetsstandard, hvor tøjvask gives hver 14. dag.'), 'begrundelse')).toBe(false));
  it('"Vi observerede, at …, fordi …" with nothing tying it to the result', () =>
    expect(has(letter('Hjælp til bad', 'Du får hjælp til bad en gang om ugen.\n\nVi observerede, at du holder fast i håndvasken, fordi du bliver svimmel.\n\nDet følger af kvalitetsstandarden, at bad gives en gang om ugen.'), 'begrundelse')).toBe(false));
  it('look-alike: the observation tied to the result with "derfor"', () =>
    expect(has(letter('Hjælp til bad', 'Ved besøget så vi, at du ikke kan løfte benene over badekarrets kant. Derfor får du hjælp til bad en gang om ugen.'), 'begrundelse')).toBe(true));
});

describe('begrundelse: a template field under the heading gives no reason', () => {
  it('"[SKRIV BEGRUNDELSEN HER – konkret vurdering]"', () =>
    expect(has(letter('Ændring af tidspunkt for rengøring', 'Fra uge 20 kommer hjælperen om onsdagen i stedet for om fredagen.\n\nBegrundelse:\n[SKRIV BEGRUNDELSEN HER – konkret vurdering]\n\nHjælpen er givet efter ældrelovens § 10.'), 'begrundelse')).toBe(false));
  it('"«Begrundelse_tekst»"', () =>
    expect(has(letter('Ændring af tidspunkt for bad', 'Fra uge 20 får du bad om morgenen i stedet for om aftenen.\n\nBegrundelse\n«Begrundelse_tekst»\n\nHjælpen er givet efter ældrelovens § 10.'), 'begrundelse')).toBe(false));
  it('look-alike: a real reason under the heading', () =>
    expect(has(letter('Ændring af tidspunkt for bad', 'Fra uge 20 får du bad om morgenen i stedet for om aftenen.\n\nBegrundelse\nAftenholdet har ikke længere en hjælper i dit område efter kl. 18, og derfor flytter vi badet til morgenen.'), 'begrundelse')).toBe(true));
});

describe('begrundelse: a numbered reasons heading opens the reasons', () => {
  it('"3. Hvorfor aflastning" over the facts', () =>
    expect(has(letter('Aflastning til Sigurd', '1. Afgørelse\nSigurd får aflastning på Skovgården.\n\n2. Hvorfor aflastning\nSigurd sover kun få timer om natten, og I har begge fuldtidsarbejde og to andre børn at passe.\n\n3. Klage\nI kan klage inden 4 uger.', 'Kære Tine og Bo'), 'begrundelse')).toBe(true));
  it('"2) Begrundelse" over the facts', () =>
    expect(has(letter('Afgørelse om støttekontaktperson', '1) Afgørelse\nDu får en støttekontaktperson.\n\n2) Begrundelse\nDu har været isoleret i din lejlighed siden efteråret og har ikke selv overskud til at komme ud blandt andre.'), 'begrundelse')).toBe(true));
  it('look-alike: a numbered heading that is no reasons heading', () =>
    expect(has(letter('Afgørelse om støttekontaktperson', '1) Afgørelse\nDu får en støttekontaktperson.\n\n2) Praktisk\nDin kontaktperson hedder Jens og har kontor i Sundhedshuset, og han har telefontid hver formiddag.'), 'begrundelse')).toBe(false));
});

describe('begrundelse: the passive verdict that the amount matches the need, with nothing behind it', () => {
  it('"Det vurderes, at to dage om ugen svarer til Karlas og familiens behov."', () =>
    expect(has(letter('Afgørelse om aflastning', 'Karla får aflastning to dage om ugen. Ansøgningen om en tredje dag imødekommes ikke.\n\nDet vurderes, at to dage om ugen svarer til Karlas og familiens behov.', 'Kære Anne og Jon'), 'begrundelse')).toBe(false));
  it('"Det skønnes, at tre timer om ugen er tilstrækkeligt."', () =>
    expect(has(letter('Afgørelse om bostøtte', 'Du får bostøtte tre timer om ugen og ikke fem, som du søgte om.\n\nDet skønnes, at tre timer om ugen er tilstrækkeligt.'), 'begrundelse')).toBe(false));
  it('look-alike: the verdict with its reason', () =>
    expect(has(letter('Afgørelse om bostøtte', 'Du får bostøtte tre timer om ugen og ikke fem, som du søgte om.\n\nDet vurderes, at tre timer om ugen er tilstrækkeligt, fordi du selv klarer din post og dine regninger.'), 'begrundelse')).toBe(true));
});

describe('begrundelse: the citizen\'s report at a visit dated with a slash is her account, not our reason', () => {
  it('"Ved besøget 12/3-2026 oplyste borgeren, at …" under "Vurdering", then the standard', () =>
    expect(has(letter('AFGØRELSE – INDKØB', 'Borgeren bevilges indkøbsordning. Der gives afslag på hjælp til at bære varer ind.\n\nVurdering\nVed besøget 12/3-2026 oplyste borgeren selv, at hun ikke orker at gå til butikken.\nHjælp til at bære varer indgår ikke i kommunens indkøbsordning, jf. kvalitetsstandarden.', 'Til borgeren'), 'begrundelse')).toBe(false));
  it('"På mødet 3-2-2026 fortalte du, at …" under "Vurdering", then the standard', () =>
    expect(has(letter('Afgørelse om madservice', 'Du får madservice, men ikke levering om aftenen.\n\nVurdering\nPå mødet 3-2-2026 fortalte du, at du ikke kan stå ved komfuret.\nAftenlevering indgår ikke i kommunens madservice, jf. kvalitetsstandarden.'), 'begrundelse')).toBe(false));
  it('look-alike: what we saw ourselves at the dated visit, under "Vurdering"', () =>
    expect(has(letter('Afgørelse om madservice', 'Du får madservice, men ikke levering om aftenen.\n\nVurdering\nVed besøget 12/3-2026 kunne du selv smøre brød og varme mad i mikroovnen, så aftensmaden klarer du selv.'), 'begrundelse')).toBe(true));
});

describe('begrundelse: a file note\'s fact after a rule sentence is a fact of the case', () => {
  it('the household fact after the level "der ydes til borgere med …", then "Derfor ikke bevilget."', () =>
    expect(has(letter('AFGØRELSE', 'Ikke bevilget: Tøjvask.\n\nVurdering:\nTøjvask hver 14. dag svarer til den hjælp, der ydes til borgere med tilsvarende behov. Tøjvasken klares af ægtefællen, som vasker for hele husstanden. Derfor ikke bevilget.', 'Til borger'), 'begrundelse')).toBe(true));
  it('the citizen\'s own habit after the level, then "Derfor ikke bevilget."', () =>
    expect(has(letter('AFGØRELSE', 'Ikke bevilget: Indkøb.\n\nVurdering:\nIndkøb gives til borgere med nedsat gangfunktion. Borger handler selv på nettet hver uge og får varerne bragt. Derfor ikke bevilget.', 'Til borger'), 'begrundelse')).toBe(true));
  it('look-alike: the rule going on in its own words', () =>
    expect(has(letter('AFGØRELSE', 'Ikke bevilget: Indkøb.\n\nVurdering:\nIndkøb gives til borgere med nedsat gangfunktion. Borger skal have et varigt behov efter loven.', 'Til borger'), 'begrundelse')).toBe(false));
});

describe('faktiske-oplysninger: the applicant\'s own words and what is yet to come are not facts', () => {
  it('"I har søgt om, at kommunen betaler … hos en psykolog, fordi …"', () =>
    expect(has(letter('Svar på ansøgning', 'I har søgt om, at kommunen betaler samtaler hos en psykolog til Emma, fordi hun er ked af det. Det er vores vurdering, at betingelserne ikke er opfyldt.', 'Kære Rie og Kim'), 'faktiske-oplysninger')).toBe(false));
  it('"I ansøgningen skriver du, at …, fordi du har angst"', () =>
    expect(has(letter('Afgørelse om botilbud', 'I ansøgningen skriver du, at du ikke tør sove alene, fordi du har angst. Der gives afslag, da betingelserne ikke er opfyldt.'), 'faktiske-oplysninger')).toBe(false));
  it('"Gem kvitteringerne" and the age alone', () =>
    expect(has(letter('Merudgifter', 'Du er 47 år. Du får 900 kr. om måneden til merudgifter. Vi genberegner beløbet hvert år, så gem kvitteringerne.'), 'faktiske-oplysninger')).toBe(false));
  it('a diagnosis as the topic of a talk offered elsewhere', () =>
    expect(has(letter('Afgørelse om botilbud', 'Der gives afslag, da betingelserne ikke er opfyldt. Du kan kontakte Angstforeningens telefonrådgivning, hvis du har brug for at snakke med nogen om din depression.'), 'faktiske-oplysninger')).toBe(false));
  it('look-alike: the receipts already sent in, with what they show', () =>
    expect(has(letter('Merudgifter', 'Du får 900 kr. om måneden. De kvitteringer, du sendte den 3. marts, viser, at du bruger 900 kr. om måneden på særlig kost.'), 'faktiske-oplysninger')).toBe(true));
  it('look-alike: the diagnosis as a finding', () =>
    expect(has(letter('Afgørelse om botilbud', 'Din læge har skrevet, at du har svær depression og ikke kan være alene om natten.'), 'faktiske-oplysninger')).toBe(true));
});

describe('faktiske-oplysninger: missed appointments and a dated note are events of the case', () => {
  it('"ikke har været hjemme ved fire af de aftalte besøg"', () =>
    expect(has(letter('Ophør af bostøtte', 'Din bostøtte ophører. Det skyldes, at du siden januar ikke har været hjemme ved fire af de aftalte besøg.'), 'faktiske-oplysninger')).toBe(true));
  it('"ikke er mødt op til tre samtaler"', () =>
    expect(has(letter('Ophør af mentorstøtte', 'Mentorstøtten stopper, fordi du ikke er mødt op til tre samtaler i træk.'), 'faktiske-oplysninger')).toBe(true));
  it('"bekræfter i sit notat af 4. marts, at …, og skal have …"', () =>
    expect(has(letter('Mere hjælp', 'Du får rengøring hver uge. Smerteklinikken bekræfter i sit notat af 4. marts, at du har betændelse i knæet og skal have ny behandling.'), 'faktiske-oplysninger')).toBe(true));
  it('look-alike: a condition about missing visits to come, and a note still to be written', () =>
    expect(has(letter('Bostøtte', 'Du får bostøtte. Hvis du ikke er hjemme, når bostøtten kommer, så giv besked. Vi skal lave et notat, når forløbet slutter.'), 'faktiske-oplysninger')).toBe(false));
});

describe('borgerens-synspunkter: a relative telling on the citizen\'s behalf at a meeting', () => {
  it('"Din datter oplyste på dine vegne ved mødet den 3. marts, at I gerne vil …"', () =>
    expect(has(letter('Din plads i dagcentret ophører', 'Din plads ophører, fordi du flytter i plejebolig. Din datter oplyste på dine vegne ved mødet den 3. marts, at I gerne vil have, at du bliver i dagcentret.'), 'borgerens-synspunkter')).toBe(false));
  it('"Din søn sagde på dine vegne under besøget i går, at du ønsker …"', () =>
    expect(has(letter('Ophør af madservice', 'Din madservice ophører. Din søn sagde på dine vegne under besøget i går, at du ønsker at beholde maden.'), 'borgerens-synspunkter')).toBe(false));
  it('look-alike: the citizen telling it herself at the meeting', () =>
    expect(has(letter('Din plads i dagcentret ophører', 'Din plads ophører, fordi du flytter i plejebolig. Du fortalte ved mødet den 3. marts, at du gerne vil blive i dagcentret.'), 'borgerens-synspunkter')).toBe(true));
});

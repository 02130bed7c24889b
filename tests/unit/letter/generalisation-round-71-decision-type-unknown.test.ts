/**
 * Round 71: decisionType on letters whose result no cue read (the engine said 'ukendt'): an earlier decision upheld
 * ("fastholder afgørelsen"), "efterkomme" for "imødekomme", one condition not met ("Betingelsen … er ikke opfyldt"), help
 * adjusted upward ("opjusteres"), a before/after or applied/granted table with no decision word, what the help provider
 * will or will not do ("Hjemmehjælpen kommer hver fredag", "hjemmeplejen skal ikke komme"), and a person appointed ("Din
 * støtteperson bliver Karin Lund"). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const END = '\n\nMed venlig hilsen\nLise Dam\nSagsbehandler\n';
const OPEN = 'Hvidbjerg Kommune\nSocial og Sundhed\n\nDato: 12. februar 2026\n\n';

const type = (subject: string, body: string) =>
  analyzeLetter(OPEN + subject + '\n\nKære Gunnar\n\n' + body + END, { date: new Date('2026-02-12T12:00:00') }).decisionType;

describe('decisionType: an earlier decision upheld on a request to look again is a refusal', () => {
  it('"Kommunen holder fast i sit afslag"', () =>
    expect(type('Din henvendelse om trappelift', 'Du skrev i januar og bad os se på sagen om en trappelift igen. Vi har læst fysioterapeutens nye notat. Det viser det samme, som vi så ved besøget i oktober.\n\nKommunen holder fast i sit afslag fra oktober.')).toBe('afslag'));
  it('"Vi fastholder altså vores afgørelse"', () =>
    expect(type('Genoptagelse af sagen om ledsagelse', 'Du har bedt os genoptage sagen om ledsagelse til koncerter. Dine nye oplysninger handler om forhold, vi kendte i forvejen.\n\nVi fastholder altså vores afgørelse af 2. december.')).toBe('afslag'));
  it('look-alike: the inverted condition "Fastholder vi afgørelsen, …" beside a grant', () =>
    expect(type('Din ansøgning om en badebænk', 'Du har søgt om en badebænk.\n\nDu får en badebænk, som bliver bragt ud i næste uge.\n\nEr du uenig, ser vi på sagen igen. Fastholder vi afgørelsen, sender vi den videre.')).toBe('bevilling'));
});

describe('decisionType: "efterkomme" refuses as "imødekomme" does', () => {
  it('"kan desværre ikke efterkommes"', () =>
    expect(type('Om dit ønske om ledsagelse', 'Du har den 3. januar søgt om ledsagelse til svømning.\n\nDit ønske om ledsagelse kan ikke efterkommes, fordi du selv kan tage bussen til svømmehallen.')).toBe('afslag'));
  it('"Vi kan ikke efterkomme jeres anmodning"', () =>
    expect(type('Jeres anmodning om weekendaflastning', 'I har bedt om aflastning til Sofie to weekender om måneden.\n\nVi kan ikke efterkomme jeres anmodning nu, fordi Sofie først skal falde til i sin nye skole.')).toBe('afslag'));
  it('look-alike: "Vi har efterkommet dit ønske" is a yes', () =>
    expect(type('Dit ønske om et andet tidspunkt', 'Du har bedt om at få dit besøg om onsdagen i stedet for om mandagen.\n\nVi har efterkommet dit ønske, så du får besøg hver onsdag fra næste uge.')).not.toBe('afslag'));
});

describe('decisionType: one condition of the law not met is a refusal', () => {
  it('"Betingelsen for at få … er altså ikke opfyldt"', () =>
    expect(type('Din ansøgning om en ledsager', 'Du har søgt om en ledsager til dine ture i byen. Du kan selv gå med din stok, og du tager ofte bussen alene.\n\nBetingelsen for at få en ledsager efter servicelovens § 97 er altså ikke opfyldt.')).toBe('afslag'));
  it('"Betingelsen i § 85 er efter vores vurdering ikke opfyldt i din sag"', () =>
    expect(type('Ansøgning om bostøtte', 'Du har søgt om bostøtte. Du passer selv dit hjem, dine penge og dine aftaler.\n\nBetingelsen i servicelovens § 85 er efter vores vurdering ikke opfyldt i din sag.')).toBe('afslag'));
  it('look-alike: "Betingelsen … er opfyldt" is no refusal', () =>
    expect(type('Ansøgning om en badebænk', 'Du har søgt om en badebænk.\n\nBetingelsen i servicelovens § 112 er opfyldt, og du får en badebænk.')).toBe('bevilling'));
});

describe('decisionType: help adjusted upward on the municipality\'s own follow-up is a change', () => {
  it('heading "Din hjælp opjusteres"', () =>
    expect(type('Din hjælp opjusteres fra 1. marts 2026', 'Vi besøgte dig den 20. januar for at se, hvordan det går. Fra 1. marts kommer hjælperen også om eftermiddagen, så du får tre besøg om dagen.')).toBe('aendring'));
  it('"Vi opjusterer din rengøring"', () =>
    expect(type('Opfølgning på din praktiske hjælp', 'Ved opfølgningen den 4. februar så vi, at du ikke længere kan vaske gulv. Vi opjusterer din rengøring fra hver 3. uge til hver 2. uge.')).toBe('aendring'));
  it('look-alike: a refusal to adjust upward', () =>
    expect(type('Din ansøgning om mere rengøring', 'Du har søgt om rengøring hver uge.\n\nVi kan ikke bevilge mere rengøring, fordi dit hjem er lille.')).toBe('afslag'));
});

describe('decisionType: a before/after table with no decision word', () => {
  it('a table "Hidtil | Fra 1. marts 2026" with a row that changes is a change', () =>
    expect(type('Revisitation af madservice', 'Ydelse          Hidtil                   Fra 1. marts 2026\nMadservice      7 hovedretter om ugen    4 hovedretter om ugen\nIndkøb          hver uge                 hver uge\n\nDin datter laver nu mad til dig tre dage om ugen.')).toBe('aendring'));
  it('summary fields "Nuværende ..... / Fra 1. april 2026 ....." are a change', () =>
    expect(type('Socialpædagogisk støtte', 'RESUMÉ\nNuværende ........... 3 timer om ugen\nFra 1. april 2026 .... 5 timer om ugen\n\nVi talte sammen den 2. februar om din nye lejlighed, og du har brug for mere støtte til dine regninger.')).toBe('aendring'));
  it('an applied/granted table in cells ("Ansøgt" | "Fra 1. maj 2026") with less granted is partial', () =>
    expect(type('Tabt arbejdsfortjeneste', 'Her er vores afgørelse:\n\nAnsøgt\n\nFra 1. maj 2026\n\nTimer pr. uge\n\n30\n\n18\n\nBeløb pr. måned\n\n22.000 kr.\n\n13.200 kr.\n\nVi har lagt vægt på, at Ida går i børnehave 25 timer om ugen.')).toBe('delvis'));
  it('look-alike: the same values in both columns are no change', () =>
    expect(type('Din madservice', 'Ydelse          Hidtil                   Fra 1. marts 2026\nMadservice      7 hovedretter om ugen    7 hovedretter om ugen\n\nDu får fortsat madservice.')).not.toBe('aendring'));
});

describe('decisionType: what the help provider will or will not do', () => {
  it('"Fra næste uge kommer hjemmehjælpen og støvsuger hos dig hver fredag" is a grant', () =>
    expect(type('Din ansøgning om rengøring', 'Du har søgt om hjælp til rengøring, fordi du har fået en ny hofte.\n\nFra næste uge kommer hjemmehjælpen og støvsuger hos dig hver fredag.')).toBe('bevilling'));
  it('"Hjemmeplejen handler ind for dig hver torsdag" against "to gange om ugen" is partial', () =>
    expect(type('Indkøb', 'Du bad om hjælp til indkøb to gange om ugen.\n\nHjemmeplejen handler ind for dig hver torsdag.')).toBe('delvis'));
  it('"hjemmehjælpen skal altså ikke komme og gøre rent" is a refusal', () =>
    expect(type('Din ansøgning om rengøring', 'Du har søgt om rengøring. Din søn gør rent hos dig hver lørdag, og det fungerer godt.\n\nDet betyder, at hjemmehjælpen altså ikke skal komme og gøre rent hos dig.')).toBe('afslag'));
  it('a grant beside "skal … ikke handle ind" is partial', () =>
    expect(type('Praktisk hjælp', 'Du har søgt om rengøring og indkøb.\n\nFra uge 12 kommer hjemmeplejen og gør rent hos dig hver 14. dag.\n\nDin nabo handler ind for dig, så hjemmeplejen skal derfor ikke handle ind.')).toBe('delvis'));
  it('look-alike: the help told as it is today is no grant', () =>
    expect(type('Din hjælp', 'Hjemmeplejen kommer i dag hver morgen og hjælper dig med strømperne.\n\nRing til os, hvis du har spørgsmål.')).not.toBe('bevilling'));
});

describe('decisionType: a person appointed by name is a grant', () => {
  it('"Din støtteperson bliver Karin Lund"', () =>
    expect(type('Støtteperson', 'Tak for samtalen den 5. februar, hvor du fortalte, at du gerne vil have hjælp til at komme ud blandt andre.\n\nDin støtteperson bliver Karin Lund fra Voksenteamet. I ses første gang mandag den 2. marts.')).toBe('bevilling'));
  it('"Mias mentor bliver Jens Holm"', () =>
    expect(type('Mentor til Mia', 'Vi mødtes med Mia og hendes far på skolen den 9. februar.\n\nMias mentor bliver Jens Holm fra Ungeteamet, og de mødes hver tirsdag efter skole.')).toBe('bevilling'));
  it('look-alike: "Din kontaktperson bliver ved med at ringe" appoints no one', () =>
    expect(type('Din kontaktperson', 'Vi har talt med din kontaktperson om, hvordan det går.\n\nDin kontaktperson bliver ved med at ringe til dig om mandagen.')).not.toBe('bevilling'));
});

/**
 * Round 32: phrasing classes behind the lead's misses on the blind batches cm (realistic), cn and co
 * (own voice) — decision type, begrundelse, klagefrist and retsgrundlag. Written for these tests in our
 * own words; every widened phrasing has a look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decision type: refusals in plain words', () => {
  it.each([
    'Kære Arne\n\nTak for din ansøgning om en rollator. Kommunen kan ikke udlåne dig en rollator, for den er noget, de fleste selv køber.',
    'Kære Birgitte\n\nUdvalget mener ikke, at din mor lige nu skal flytte i plejebolig, og hun bliver derfor ikke skrevet op på ventelisten.',
    'Kære Bodil\n\nDet er ikke ortopædisk fodtøj, fordi der ikke er tale om en varig funktionsnedsættelse – den slags sko dækkes derfor ikke.',
    'Kære Camilla og Tommy\n\nI har bedt om, at Emil flytter hjem. Udvalget har besluttet, at anbringelsen uden samtykke efter barnets lov § 47, stk. 1, fortsætter, og at Emil derfor ikke flytter hjem nu.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it('a cost covered "fordi" it is not covered elsewhere stays a grant', () =>
    expect(type('Kære Bodil\n\nVi dækker udgiften til skoene, fordi de ikke dækkes af regionen.')).toBe('bevilling'));
});

describe('decision type: part of it, and a start said as the family\'s help', () => {
  it.each([
    'Kære Grethe og Henning\n\nVi sætter en rampe op ved hoveddøren, så Henning kan komme ud og ind med kørestolen. Døren ind til badeværelset bliver ikke gjort bredere.',
    'Kære Torben\n\nDu søgte om tilskud til hjælpere i 60 timer om ugen. Vi kan give tilskud til 42 timer om ugen. De 18 timer om natten, du søgte om, er ikke med.',
  ])('partial: %s', (t) => expect(type(t)).toBe('delvis'));
  it('a meeting set up is no grant', () =>
    expect(type('Kære Grethe\n\nVi sætter et møde op med jer i næste uge.')).toBe('ukendt'));
  it('the family\'s help starting is a grant', () =>
    expect(type('Kære Louise og Thomas\n\nI bad i marts om hjælp. Nu starter jeres familiebehandling i Familiehuset på Kirkevej, to gange om ugen.')).toBe('bevilling'));
});

describe('decision type: the same help in a new way from a date', () => {
  it.each([
    'Kære Margit\n\nHidtil er hjælperen kommet kl. 7.00. Fra 1. februar kommer hun i stedet mellem kl. 9.00 og 9.30. Medicinen, du får om morgenen, er ikke afhængig af tidspunktet.',
    'Kære Jakob\n\nCaféen lukker, og derfor skal du fra den 1. marts arbejde på Værkstedet Kløverhuset i stedet.',
  ])('change: %s', (t) => expect(type(t)).toBe('aendring'));
  it('a fronted clause before "får du" is no described subject', () =>
    expect(type('Kære Erling\n\nDu begynder på et træningsforløb. Mens du træner, får du også hjælp til rengøring hver 14. dag.')).toBe('bevilling'));
  it('an offer instead of what was refused stays part of the refusal', () =>
    expect(type('Kære Jakob\n\nVi kan ikke give dig en plads på værkstedet. Fra 1. marts tilbyder vi dig i stedet en samtale hver uge.')).not.toBe('aendring'));
});

describe('begrundelse: the party\'s reason for asking, and the reasons under a "Hvorfor ikke …?"', () => {
  it('why the parents asked is not our reason', () =>
    expect(present('Kære Louise og Thomas\n\nI bad i marts om hjælp, fordi morgenerne med Malthe ender i skænderier hver dag. Nu starter jeres familiebehandling to gange om ugen.', 'begrundelse')).toBe(false));
  it.each([
    'Kære Louise og Thomas\n\nI har søgt om familiebehandling, fordi I ønsker hjælp, og vi bevilger den, fordi Malthe ikke kommer i skole om morgenen.',
    'Kære Louise og Thomas\n\nI bad om hjælp til morgenerne. Vi giver jer familiebehandling to gange om ugen, fordi Malthe ikke kommer i skole om morgenen.',
  ])('our own "fordi" beside the application is still a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it('the reasons after "Hvorfor ikke 15 timer?"', () =>
    expect(present('Frederik, du søgte om 15 timers ledsagelse om måneden. Du får 10 timer pr. måned.\n\nHvorfor ikke 15 timer? Du har allerede 8 timers bostøtte om ugen, hvor din støttemedarbejder tager med dig ud at handle og til lægen. De ture skal ikke dækkes af ledsagelsen.', 'begrundelse')).toBe(true));
});

describe('klagefrist and retsgrundlag', () => {
  it('"Det skal ske inden 4 uger" right after the complaint', () =>
    expect(present('Kontaktpersonen stopper.\n\nDu kan klage, hvis du er uenig. Det skal ske inden 4 uger. Du sender klagen til mig.', 'klagefrist')).toBe(true));
  it('a start "inden 4 uger" after something else is no deadline', () =>
    expect(present('Du får en kontaktperson. Han ringer til dig. Det skal ske inden 4 uger.', 'klagefrist')).toBe(false));
  it('the genitive "barnets lovs § 86"', () => expect(present('Støtten gives efter barnets lovs § 86.', 'retsgrundlag')).toBe(true));
});

describe('round 32b (blind batches cp, cq, cr): results and reasons in plain words', () => {
  it.each([
    'Kære Maria\n\nFra tirsdag kommer Louise Brandt som din kontaktperson, 6 timer om ugen. Det er givet efter servicelovens § 98.',
    'Kære Camilla og Jesper\n\nFra uge 9 kommer familiebehandler Nanna Kirk hjem til jer hver anden uge, 2 timer ad gangen.',
    'Kære Maria og Jesper\n\nOliver kan fra den 1. oktober være i aflastning hos familien Berg én weekend om måneden.',
    'Kære Sanne\n\nDin gamle manuelle stol er ikke længere nok, efter at sklerosen har taget kræfterne i dine arme. Derfor får du en elstol.',
  ])('grant: %s', (t) => expect(type(t)).toBe('bevilling'));
  it.each([
    // A relative coming home is no grant.
    'Kære Erna\n\nFra jul kommer sønnen Peter Holm hjem til dig.',
  ])('no grant: %s', (t) => expect(type(t)).not.toBe('bevilling'));
  it.each([
    'Kære fru Lassen\n\nVi må desværre skrive til Dem, at kommunen ikke vil sende en medarbejder ud for at handle ind for Dem.',
    'Kære Jonas\n\nDu beholder dine 3 timer om ugen med bostøtte, men vi kan ikke give dig de 2 ekstra timer, du bad om i december.',
  ])('refusal: %s', (t) => expect(type(t)).toBe('afslag'));
  it('an extension shorter than the one wished for is partial', () =>
    expect(type('Kære Natasja\n\nDin bostøtte kan fortsætte i tre måneder mere, med to timer om ugen som nu. Du ønskede at forlænge den et helt år, og det gør vi ikke nu.')).toBe('delvis'));
  it('a fronted reason before "opfylder du betingelserne" is a reason', () =>
    expect(present('Hej Bodil\n\nVi har bevilget dig en badebænk. Fordi du ikke kan stå op under hele badet, opfylder du betingelserne for at få en badebænk.', 'begrundelse')).toBe(true));
  it('a causal "da" with the child named and "nu"', () =>
    expect(present('Kære Tina\n\nOskar skal ikke længere have samtaler med Mette. Da Oskar nu klarer det selv, stopper samtalerne.', 'begrundelse')).toBe(true));
  it('the plural sign "§§ 83" in an outdated reference', () =>
    expect(analyzeLetter('Kære Bodil\n\nDit forløb slutter. Afgørelsen er truffet efter servicelovens §§ 83 og 83 a. Du er 78 år.', { date: new Date('2025-09-02T12:00:00') }).elements['foraeldet-henvisning'].present).toBe(true));
});

describe('round 32c: a placement without consent that takes over from a measure the child has had', () => {
  it.each([
    'Kære Sanne\n\nBørne- og ungeudvalget har besluttet, at Mathilde fortsat skal bo hos sin plejefamilie, nu som en anbringelse uden samtykke efter barnets lov § 47. Mathilde har siden oktober 2024 været anbragt med dit samtykke.',
    'Kære Lone\n\nBørne- og ungeudvalget har besluttet, at Noah skal anbringes uden for hjemmet uden samtykke efter barnets lov § 47. Den familiebehandling, som familien har fået siden februar 2025, stopper samtidig.',
  ])('change: %s', (t) => expect(type(t)).toBe('aendring'));
  it('a first placement without consent is a grant of the measure', () =>
    expect(type('Kære Lone\n\nBørne- og ungeudvalget har besluttet, at Noah skal anbringes uden for hjemmet uden samtykke efter barnets lov § 47.')).toBe('bevilling'));
  it('the child kept in care against the parents\' request to have her home stays a refusal', () =>
    expect(type('Kære Mette\n\nI har bedt om, at Alma kommer hjem. Udvalget har besluttet, at Alma fortsat skal bo hos plejefamilien.')).toBe('afslag'));
});

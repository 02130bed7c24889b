/**
 * Round 69: omfang, opfoelgning, ressourcer, aktindsigt and bisidder — new help delivered from a date in a letter that
 * changes the help, help said to go on in the sentence before or around its amount, a rule's clause before a dated grant,
 * a café another body holds, a status asked for at a time ahead, the case's papers put first with "kan du læse", someone
 * along to "en snak", and a handful of resources (a skill told with the verb first, one's own exercises, a relative there on
 * set days, a team joined, a steady everyday life) and look-alikes that are no resource. Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nTove Lind\nVisitator\n';

// ---- omfang ----

const newPlan = (mid: string) =>
  'Ny ordning for din rengøring\n\nKære Bodil\n\nVi ændrer din hjælp efter ældrelovens § 10. ' + mid +
  ' Den ugentlige rengøring ved hjemmeplejen stopper samme dag.\n\nDu har selv sagt, at du gerne vil prøve det.' + END;
describe('omfang: new help delivered from a date, beside the old form that stops', () => {
  it('"Fra tirsdag den 2. juni leverer firmaet 2 timers rengøring hver 14. dag" is the scope that goes on', () =>
    expect(present(newPlan('Fra tirsdag den 2. juni 2026 leverer Rent Hjem ApS 2 timers rengøring hver 14. dag.'), 'omfang', opts)).toBe(true));
  it('"Fra den 8. juni kommer en hjælper 1 time hver fredag" is the scope that goes on', () =>
    expect(present(newPlan('Fra den 8. juni 2026 kommer en hjælper fra Rent Hjem 1 time hver fredag.'), 'omfang', opts)).toBe(true));
  it('the old help that stops on a date, with nothing new, is no scope', () =>
    expect(present(newPlan('Fra den 8. juni 2026 stopper din rengøring 1 time hver uge.'), 'omfang', opts)).toBe(false));
});

const moreRefused = (first: string, second: string) =>
  'Svar på din ansøgning om mere hjælp\n\nKære Arne\n\n' + first + ' ' + second +
  '\n\nDu har søgt om hjælp til indkøb. Du får ikke hjælp til indkøb efter ældrelovens § 10, fordi din nabo handler for dig.' + END;
describe('omfang: the help said to go on in the sentence before its amount, in a refusal of more', () => {
  it('"Din hjælp til bad fortsætter uændret. Hjemmeplejen kommer hver tirsdag kl. 9-10" keeps the scope', () =>
    expect(present(moreRefused('Din hjælp til bad fortsætter uændret.', 'Hjemmeplejen kommer hver tirsdag kl. 9-10 og hjælper dig i bad.'), 'omfang', opts)).toBe(true));
  it('"Støtten om aftenen fortsætter som hidtil. En hjælper kommer hver aften kl. 20-20.30" keeps the scope', () =>
    expect(present(moreRefused('Støtten om aftenen fortsætter som hidtil.', 'En hjælper kommer hver aften kl. 20-20.30 og hjælper dig i seng.'), 'omfang', opts)).toBe(true));
  it('a sentence before that says the help does not go on keeps nothing', () =>
    expect(present(moreRefused('Din hjælp til bad fortsætter ikke.', 'Hjemmeplejen kom hver tirsdag kl. 9-10 og hjalp dig i bad.'), 'omfang', opts)).toBe(false));
});

const careHome = (mid: string) =>
  'Svar på din ansøgning om plejebolig\n\nKære Ingrid\n\nDu har søgt om en plejebolig. Du får ikke en plejebolig, fordi dit behov kan dækkes i dit hjem.\n\n' +
  mid + END;
describe('omfang: the help had now, its amount in an aside, said to go on', () => {
  it('"Den hjælp, du får i dag – to besøg om dagen – fortsætter som hidtil" is the scope kept', () =>
    expect(present(careHome('Den hjælp, du får fra hjemmeplejen i dag – to besøg om dagen – fortsætter som hidtil.'), 'omfang', opts)).toBe(true));
  it('"Din nuværende hjælp – bad to gange om ugen og indkøb hver fredag – fortsætter uændret" is the scope kept', () =>
    expect(present(careHome('Din nuværende hjælp – bad to gange om ugen og indkøb hver fredag – fortsætter uændret.'), 'omfang', opts)).toBe(true));
  it('a relative seen every weekend, and a contact that goes on in the next clause, is no scope', () =>
    expect(present(careHome('Du har en god kontakt til din søster, som du ser hver weekend, og samværet med hende fortsætter.'), 'omfang', opts)).toBe(false));
});

const committee = (mid: string) =>
  'Udvalgets afgørelse\n\nKære Niels\n\nUdvalget kan ikke tilslutte sig indstillingen om et botilbud efter servicelovens § 107. ' + mid + END;
describe('omfang: the help itself said to go on "med" its amount', () => {
  it('"den socialpædagogiske støtte fortsætter med 5 timer om ugen" is the scope kept', () =>
    expect(present(committee('Der er ingen ændring i din nuværende støtte: bostøtten efter § 85 fortsætter med 5 timer om ugen.'), 'omfang', opts)).toBe(true));
  it('"Aflastningen fortsætter uændret med 2 weekender om måneden" is the scope kept', () =>
    expect(present(committee('Aflastningen fortsætter uændret med 2 weekender om måneden.'), 'omfang', opts)).toBe(true));
  it('"Du fortsætter med at gå til svømning 2 gange om ugen" is the citizen\'s own week', () =>
    expect(present(committee('Du fortsætter med at gå til svømning 2 gange om ugen.'), 'omfang', opts)).toBe(false));
});

const reduced = (mid: string) =>
  'Ændring af aflastning\n\nTil Sara og Jonas Holm\n\nSofie har i dag aflastning på Solhuset 3 weekender om måneden efter barnets lov § 32.\n\n' + mid + END;
describe('omfang: the rule in one clause, the child\'s dated help in the next', () => {
  it('"… tilpasses serviceniveauet, og hun vil fra den 1. august have aflastning 2 weekender om måneden" is the scope', () =>
    expect(present(reduced('Sofies aflastning tilpasses derfor serviceniveauet, og hun vil fra den 1. august 2026 have aflastning på Solhuset 2 weekender om måneden.'), 'omfang', opts)).toBe(true));
  it('"… følger kvalitetsstandarden, og Sofie skal fra den 1. august have 2 weekender om måneden" is the scope', () =>
    expect(present(reduced('Aflastningen følger nu kvalitetsstandarden, og Sofie skal fra den 1. august 2026 have aflastning 2 weekender om måneden.'), 'omfang', opts)).toBe(true));
  it('the service level alone ("Serviceniveauet er 2 weekender om måneden") is no grant', () =>
    expect(present(reduced('Kommunens serviceniveau for aflastning er 2 weekender om måneden.'), 'omfang', opts)).toBe(false));
});

const stops = (mid: string) =>
  'Din madservice stopper\n\nKære Erik\n\nDin madservice efter ældrelovens § 10 stopper den 1. juli 2026, fordi du nu selv laver mad.\n\n' + mid + END;
describe('omfang: a café or a class another body holds, open to all', () => {
  it('"holder Byens Bibliotek en IT-café for seniorer hver torsdag kl. 10-12" is no scope', () =>
    expect(present(stops('Har du lyst til at lære mere om din telefon, holder Byens Bibliotek IT-café for seniorer hver torsdag kl. 10-12.'), 'omfang', opts)).toBe(false));
  it('"I Seniorhuset er der stolegymnastik mandag og onsdag, og du behøver ikke at være visiteret" is no scope', () =>
    expect(present(stops('I Seniorhuset er der stolegymnastik mandag og onsdag, og her behøver du ikke at være visiteret – du møder bare op.'), 'omfang', opts)).toBe(false));
  it('help still granted at a set time ("Du får fortsat hjælp til indkøb hver torsdag kl. 10-11") is scope', () =>
    expect(present(stops('Du får fortsat hjælp til indkøb hver torsdag kl. 10-11.'), 'omfang', opts)).toBe(true));
});

const kept = (mid: string) =>
  'Svar på jeres ansøgning\n\nKære Anne og Peter\n\nI har søgt om at få forhøjet merudgiftsydelsen til Clara efter barnets lov § 86. ' + mid +
  ' Der sker ingen forhøjelse, fordi den ekstra udgift dækkes af medicintilskuddet.' + END;
describe('omfang: the office keeps the help it pays now against an ask for more', () => {
  it('"Kommunen fastholder den nuværende ydelse på 520 kr. om måneden" is the scope kept', () =>
    expect(present(kept('Kommunen fastholder den nuværende ydelse på 520 kr. om måneden.'), 'omfang', opts)).toBe(true));
  it('"Vi fastholder jeres merudgiftsydelse på 410 kr. om måneden" is the scope kept', () =>
    expect(present(kept('Vi fastholder jeres merudgiftsydelse på 410 kr. om måneden.'), 'omfang', opts)).toBe(true));
  it('the family\'s own expense ("medicinen koster jer 700 kr. om måneden") is no scope', () =>
    expect(present(kept('I har skrevet, at medicinen koster jer 700 kr. om måneden.'), 'omfang', opts)).toBe(false));
});

// ---- opfoelgning ----

const refusedHome = (mid: string) =>
  'Udvalgets afgørelse\n\nKære Lone\n\nUdvalget tilslutter sig ikke ansøgningen om et botilbud efter servicelovens § 108. Du har fortsat din bostøtte. ' + mid + END;
describe('opfoelgning: a new status asked for at a time ahead', () => {
  it('"Udvalget ønsker en ny status fra bostøtten i marts 2027" is follow-up', () =>
    expect(present(refusedHome('Udvalget ønsker en ny status fra bostøtten i marts 2027.'), 'opfoelgning', opts)).toBe(true));
  it('"Vi beder om en statusrapport fra værestedet inden udgangen af oktober" is follow-up', () =>
    expect(present(refusedHome('Vi beder om en statusrapport fra værestedet inden udgangen af oktober.'), 'opfoelgning', opts)).toBe(true));
  it('a status received in the past ("Vi fik en status fra bostøtten i marts") is no follow-up', () =>
    expect(present(refusedHome('Vi fik en status fra bostøtten i marts, og den viser, at det går godt.'), 'opfoelgning', opts)).toBe(false));
});

// ---- aktindsigt ----

const carRefused = (mid: string) =>
  'Svar om støtte til bil\n\nKære Morten\n\nDu får ikke støtte til bil efter servicelovens § 114, fordi du kan tage bussen til dit arbejde.\n\n' + mid + END;
describe('aktindsigt: the case\'s contents put first, the right to read them after', () => {
  it('"Alt det, der ligger i din sag – … – kan du få lov at læse" is the right to see the papers', () =>
    expect(present(carRefused('Alt det, der ligger i din sag – lægens brev, testen og mine notater – kan du få lov at læse. Skriv bare til mig.'), 'aktindsigt', opts)).toBe(true));
  it('"Alle de papirer, vi har om dig, må du gerne se" is the right to see the papers', () =>
    expect(present(carRefused('Alle de papirer, vi har om dig, må du gerne se, hvis du beder om det.'), 'aktindsigt', opts)).toBe(true));
  it('"Alt det, du har sendt, har vi læst" is no right to see the papers', () =>
    expect(present(carRefused('Alt det, du har sendt til os, har vi læst grundigt.'), 'aktindsigt', opts)).toBe(false));
});

// ---- bisidder ----

describe('bisidder: someone along to a talk, offered in plain words', () => {
  it('"Vil du have én med til en snak med mig om det, er du velkommen" is the right to a bisidder', () =>
    expect(present(carRefused('Vil du have én med til en snak med mig om afgørelsen, er du velkommen til det.'), 'bisidder', opts)).toBe(true));
  it('"Du må gerne tage nogen med til en snak om sagen" is the right to a bisidder', () =>
    expect(present(carRefused('Hvis du vil tale om afgørelsen, må du gerne tage nogen med til en snak om sagen.'), 'bisidder', opts)).toBe(true));
  it('someone along to an outing ("have én med til en tur i parken") is no bisidder', () =>
    expect(present(carRefused('Du kan have én med til en tur i parken, hvis du vil.'), 'bisidder', opts)).toBe(false));
});

// ---- ressourcer ----

const aidRefused = (mid: string) =>
  'Svar på din ansøgning\n\nKære Helle\n\nDu har søgt om hjælp til bad efter ældrelovens § 10. Du får ikke hjælp til bad.\n\n' + mid + END;
describe('ressourcer: a difficulty or an aim is no resource', () => {
  it('"du har svært ved at komme til dit arbejde" names no resource', () =>
    expect(present(aidRefused('Du har søgt, fordi du har svært ved at komme til dit arbejde på kontoret.'), 'ressourcer', opts)).toBe(false));
  it('"en voksen, der kan hjælpe hende tilbage i en stabil skolegang" names no resource', () =>
    expect(present(aidRefused('Der er brug for en voksen, der kan hjælpe hende tilbage i en stabil skolegang.'), 'ressourcer', opts)).toBe(false));
  it('"med det formål, at hun kommer i skole hver dag" names no resource', () =>
    expect(present(aidRefused('Støtten gives med det formål, at hun får en stabil skolegang.'), 'ressourcer', opts)).toBe(false));
  it('a stable schooling she has now ("hun har nu en stabil skolegang") is a resource', () =>
    expect(present(aidRefused('Skolen skriver, at hun har en stabil skolegang og mange venner.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: skills, own training, a relative on set days, a team joined, a steady everyday life', () => {
  it('"Ved besøget rejste og satte du selv …" (verb first) is a skill', () =>
    expect(present(aidRefused('Ved besøget løftede og bar du selv vasketøjskurven ud i bryggerset.'), 'ressourcer', opts)).toBe(true));
  it('"Under afprøvningen hentede hun selv …" is a skill', () =>
    expect(present(aidRefused('Under afprøvningen hentede De selv håndklædet på badeværelset.'), 'ressourcer', opts)).toBe(true));
  it('"du laver allerede dine hofteøvelser hver morgen" is motivation', () =>
    expect(present(aidRefused('Terapeuten skriver, at du laver allerede dine hofteøvelser hver morgen.'), 'ressourcer', opts)).toBe(true));
  it('"Du skal lave dine øvelser hver dag" is a task, no resource', () =>
    expect(present(aidRefused('Du skal lave dine øvelser hver dag.'), 'ressourcer', opts)).toBe(false));
  it('"din søn Jens allerede er hos Agnes hver lørdag" is the network', () =>
    expect(present(aidRefused('Vi har lagt vægt på, at din søn Jens allerede er hos Agnes hver lørdag.'), 'ressourcer', opts)).toBe(true));
  it('"din søn er hos lægen" without set days is no network', () =>
    expect(present(aidRefused('Din søn er hos lægen i dag med sin egen ryg.'), 'ressourcer', opts)).toBe(false));
  it('"han er kommet på et håndboldhold" is a leisure of his own', () =>
    expect(present(aidRefused('Kontaktpersonen skriver, at han er kommet på et håndboldhold i byen.'), 'ressourcer', opts)).toBe(true));
  it('"du nu har en fast hverdag med arbejde" is a routine of one\'s own', () =>
    expect(present(aidRefused('Vi vurderer, at du nu har en fast hverdag med arbejde og kolleger.'), 'ressourcer', opts)).toBe(true));
  it('"så du får en fast hverdag" is an aim, no resource', () =>
    expect(present(aidRefused('Vi håber, at du snart får en fast hverdag.'), 'ressourcer', opts)).toBe(false));
});

/**
 * Round 15 (blind batches ac and ad): phrasings for ressourcer, partshoering, vejledning,
 * omfang, opfoelgning, borgerens-synspunkter and formaal, written for these tests — not taken
 * from the evaluation letters. Every widened phrase has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('ressourcer: what the citizen manages on the way and in daily life', () => {
  it.each([
    'Du får hjælp til bad. Udendørs går du sikkert med din rollator.',
    'Vi bevilger nødkald. Du kender ruten til købmanden og finder selv hjem.',
    'Hjælpen til indkøb ophører, da du efter din hofteoperation nu kan køre bil igen.',
    'Du får fortsat plads på bostedet. Thomas deltager i værkstedet tre dage om ugen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får hjælp til indkøb, fordi du ikke går sikkert uden for hjemmet.',
    'Vi bevilger en rollator, så du går sikkert på vejen til bussen.',
    'Du får kørsel til træning, fordi du ikke kan køre bil efter operationen.',
    'Formålet med hjælpen er, at du igen kan køre bil selv.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('partshoering: the party\'s answer and an assessment sent for comments', () => {
  it.each([
    'Vi nedsætter din hjælp. I dit høringssvar af 3. marts skriver du, at du er uenig.',
    'Vi har modtaget jeres høringssvar og taget det med i vurderingen.',
    'Du fik vores vurdering til bemærkninger den 4. maj og skrev tilbage den 10. maj.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    'Kvalitetsstandarden er vedtaget efter høringssvar fra Ældrerådet.',
    'Ergoterapeutens foreløbige vurdering er, at du kan klare badet med en badebænk.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('ressourcer: a child on its own, thriving, parents who asked themselves; goals with an adverb', () => {
  it.each([
    'Vi bevilger en cykel. Noah kan træde selv, når turen er kort.',
    'Sundhedsplejersken beskriver Ida som en glad pige i god trivsel i dagplejen.',
    'I har selv bedt om hjælp, fordi aftenerne er svære.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Vi bevilger en cykel, så Noah kan træde selv på vejen til skole.',
    'Ida er ikke i god trivsel i dagplejen, og hun græder meget.',
    'Formålet er fortsat, at I kan klare hverdagen med Ida, og at hun trives.',
    'Målet er stadig, at du kan gå selv til bussen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('vejledning: a spouse pointed to an application of their own; private wishes and helpers are no guidance', () => {
  it.each([
    'Du får et badebræt. Din kone kan søge selv, hvis hun får brug for hjælp.',
    'Vi giver afslag på bruseniche. Din ægtefælle kan selv søge om hjælpemidler hos os.',
    'Vi kan ikke bevilge trappeliften, men kommunen er villig til at se på en rampe.',
    'Du kan tale med din læge om genoptræning.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får en kontaktperson. Du har fortalt, at du ikke har lyst til at tale med din far om skolen.',
    'Vi bevilger 20 timer om ugen. Emils mor er villig til at tage en ekstra eftermiddag.',
    'Din mand har søgt om hjælp til bad.',
    'Kontaktpersonen ophører den 31. maj. Fra juni tilbydes Lukas i stedet plads i et ungdomsforløb.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('opfoelgning: a dated meeting or visit told in the past tense is no follow-up', () => {
  it.each([
    'Du får rengøring hver 14. dag. Vi holder et statusmøde med dig den 3. marts 2027.',
    'Vi har den 4. maj været på revisitationsbesøg hos dig. Næste revisitation er i maj 2027.',
    'Du får træning 2 gange om ugen. Vi aftaler et opfølgningsmøde, når forløbet har kørt i 6 uger.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Vi har den 4. maj 2026 været på revisitationsbesøg hos dig sammen med leverandøren. Du får rengøring hver 14. dag.',
    'Ved statusmødet den 12. marts 2026, hvor din datter deltog, gennemgik vi dine mål. Træningen ophører.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: displeasure, a preference with the verb first, the citizen\'s own words', () => {
  it.each([
    'Vi ved fra din datter og fra dig selv, at du er utilfreds med de skiftende hjælpere.',
    'Af samtalen fremgår, at De er utilfreds med tidspunktet for besøget.',
    'Som vi forstod det på mødet, foretrækker du at få hjælp om formiddagen.',
    'Efter det oplyste foretrækker De et brusebad frem for karbad.',
    'På mødet fortalte Jonas med sine egne ord, at han savner sin gamle skole.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Hvis du er utilfreds med afgørelsen, kan du klage inden 4 uger.',
    'Hvis De er utilfreds med afgørelsen, kan De klage til Ankestyrelsen.',
    'Hvis du foretrækker en anden leverandør, kan du ringe til os.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

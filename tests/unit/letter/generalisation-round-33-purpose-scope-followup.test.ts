/**
 * Round 33 (purpose, follow-up): phrasing classes behind the false finds left on the blind batches
 * ch–cr. Written for these tests in our own words; every narrowed reading has a look-alike that must
 * keep its find.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const purpose = (t: string) => present(t, 'formaal');
const followUp = (t: string) => present(t, 'opfoelgning');

describe('formaal: "så du kan" drawn from what the citizen or the home already has', () => {
  it.each([
    'Vi har bevilget dig en rollator. Ved besøget så vi, at badeværelset har en bred dør, så du kan komme ind med den.',
    'Vi giver dig ikke en trappelift. Du har en søn, som bor tæt på, så I kan handle sammen om lørdagen.',
    'Vi giver dig ikke en rampe. Der er elevator i opgangen, så du kan komme ned til gården.',
    'Vi har bevilget dig en badebænk. Du har allerede et greb ved toilettet, så du kan rejse dig selv.',
  ])('has no purpose: %s', (t) => expect(purpose(t)).toBe(false));
  it.each([
    // Help given or had as help keeps its purpose.
    'Vi har bevilget dig en badebænk, så du kan sidde ned, mens du bliver vasket.',
    'Du får en kontaktperson, så du kan få hjælp til at åbne dine breve.',
    'Du har fra 1. maj en kontaktperson, så du kan få hjælp til at åbne dine breve.',
    'Vi har bevilget dig bostøtte. Du har fået en fast medarbejder, så du kan lære at lave et budget.',
  ])('has a purpose: %s', (t) => expect(purpose(t)).toBe(true));
});

describe('formaal: the task only pointed at, with a word after the preposition', () => {
  it.each([
    'Vi stopper hjælpen til tøjvask. Der er ikke længere noget, hjemmeplejen skal hjælpe dig med nu.',
    'Bostøtten ophører. Der er ikke mere, støtten skal hjælpe dig med fremover.',
  ])('has no purpose: %s', (t) => expect(purpose(t)).toBe(false));
  it.each([
    'Vi har bevilget dig bostøtte. Det, støtten skal hjælpe dig med, er at holde styr på dine regninger.',
    'Vi har bevilget dig bostøtte. Støtten skal hjælpe dig med at komme op om morgenen.',
  ])('has a purpose: %s', (t) => expect(purpose(t)).toBe(true));
});

describe('opfoelgning: a meeting named as where the citizen told or showed us something', () => {
  it.each([
    'Vi nedsætter din bostøtte til 2 timer om ugen. Det skyldes, at du på opfølgningsmødet den 3. februar viste os, at du selv betaler dine regninger.',
    'Vi kan ikke give dig flere timer. På statusmødet i november sammen med din kontaktperson sagde du, at du gerne vil have mere hjælp.',
  ])('has no follow-up: %s', (t) => expect(followUp(t)).toBe(false));
  it.each([
    'Vi har bevilget dig bostøtte i 2 timer om ugen. På statusmødet i juni ser vi på, om timerne passer.',
    'Vi har bevilget dig bostøtte. Vi holder et statusmøde med dig i uge 40, hvor vi taler om, hvordan det går.',
  ])('has a follow-up: %s', (t) => expect(followUp(t)).toBe(true));
});

describe('opfoelgning: the review named in a subject line after a dash', () => {
  it.each([
    'Vedrørende hjemmehjælp – revurdering\n\nVi har besluttet, at du fortsat får rengøring hver 14. dag.',
  ])('has no follow-up: %s', (t) => expect(followUp(t)).toBe(false));
  it.each([
    'Vedrørende hjemmehjælp – revurdering\n\nVi har besluttet, at du fortsat får rengøring hver 14. dag. Vi revurderer hjælpen igen i marts 2027.',
  ])('has a follow-up: %s', (t) => expect(followUp(t)).toBe(true));
});

describe('opfoelgning: a past period of use and a way of managing kept for years', () => {
  it.each([
    'Vi nedsætter dine ledsagetimer. Det fremgår af dine timesedler, at du i perioden marts-juni har anvendt 6 timer om måneden.',
    'Du får en almindelig stok. Du har klaret dig med en stok i mange år, og den dækker dit behov.',
  ])('has no follow-up: %s', (t) => expect(followUp(t)).toBe(false));
  it.each([
    'Vi har bevilget dig ledsagelse i perioden 1. marts til 31. august 2026.',
    'Du får støtten i 6 måneder, og vi ser på den igen i februar.',
  ])('has a follow-up: %s', (t) => expect(followUp(t)).toBe(true));
});

describe('opfoelgning: "løbende" as the kind of a cost', () => {
  it.each([
    'Vi kan ikke dække udgiften. Madrassen er en enkeltudgift og ikke en løbende merudgift.',
    'Vi giver afslag, fordi der ikke er tale om en løbende udgift.',
  ])('has no follow-up: %s', (t) => expect(followUp(t)).toBe(false));
  it.each([
    'Vi har bevilget dig bostøtte 3 timer om ugen. Bostøtten følger løbende op på, hvordan det går.',
    'Vi har bevilget dig dækning af merudgifter. Vi vurderer løbende, om behovet er det samme.',
  ])('has a follow-up: %s', (t) => expect(followUp(t)).toBe(true));
});

describe('omfang: one time of day a week or a month, in the singular', () => {
  const scoped = (t: string) => present(t, 'omfang');
  it.each([
    'Vi har bevilget afløsning i hjemmet. Du får én eftermiddag om ugen, tirsdag fra kl. 12 til 16.',
    'Vi har bevilget dig ledsagelse. Du får en formiddag om ugen til indkøb og ærinder.',
    'Vi har bevilget aflastning. Jakob kan være i aflastning en aften om ugen.',
  ])('has a scope: %s', (t) => expect(scoped(t)).toBe(true));
  it.each([
    // What was applied for in a refusal, and the citizen's own leisure.
    'Vi kan ikke bevilge afløsning. I søgte om en eftermiddag om ugen.',
    'Vi har bevilget dig en badebænk. Du spiller bridge en eftermiddag om ugen i klubben.',
  ])('has no scope: %s', (t) => expect(scoped(t)).toBe(false));
});

/**
 * Round 31 (purpose, scope, follow-up): phrasing classes behind misses and false finds left on the
 * blind batches ch–cl. Written for these tests in our own words; every widened phrasing has a
 * look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const followsUp = (t: string, options = {}) => present(t, 'opfoelgning', options);

describe('opfoelgning: the help or the case taken up again by a time or an event', () => {
  it.each([
    'Du får fortsat 30 timer om ugen. Vi tager ordningen op igen i foråret 2027, når du har vænnet dig til den nye lift.',
    'Vi bevilger aflastning én weekend om måneden. Vi tager aflastningen op igen efter sommerferien.',
    'Vi tager sagen op igen, når Freja begynder i 0. klasse.',
    'Udvalget vil tage sagen op igen senest i marts 2027.',
  ])('follows up: %s', (t) => expect(followsUp(t)).toBe(true));
  it.each([
    // The complaint's own idiom: the decision looked at again, no time for the help.
    'Vi bevilger en badebænk. Er du uenig, kan du skrive til os. Vi tager så sagen op igen og vurderer, om vi kan give dig ret.',
    // A symptom that came back, told in the past.
    'Vi bevilger en badebænk. Smerterne blussede op igen i sommer.',
  ])('does not follow up: %s', (t) => expect(followsUp(t)).toBe(false));
});

describe('opfoelgning: hours that run to a date, a grant that stops at a month end', () => {
  it.each([
    'Du får 2 ekstra timer bostøtte om ugen. Timerne løber til 28. februar 2026, og så taler vi om det igen.',
    'Du har søgt om tabt arbejdsfortjeneste i 20 timer om ugen. Vi bevilger 12 timer om ugen. Bevillingen stopper ved udgangen af juni, fordi behovet falder.',
  ])('follows up: %s', (t) => expect(followsUp(t)).toBe(true));
  it.each([
    // Help that ends: the end date of the help taken away.
    'Vi har besluttet, at din bostøtte ophører. Hjælpen stopper ved udgangen af marts.',
    // Hours the citizen used, not a time ahead.
    'Vi bevilger en rollator. Din søn bruger mange timer på at hjælpe dig.',
  ])('does not follow up: %s', (t) => expect(followsUp(t)).toBe(false));
});

describe('opfoelgning: a call to ask, a meeting set with the citizen, the aid checked in use', () => {
  it.each([
    'Du får madservice med 5 hovedretter om ugen. Efter nytår ringer jeg og spørger, om maden stadig passer dig.',
    'Samværet bliver nu uden en medarbejder til stede. Vi holder et møde med dig og plejefamilien i april, hvor vi hører, hvordan det er gået.',
    'Du kan flytte ind på bostedet 1. maj. Vi holder møde med dig og personalet i september og lægger en plan for tiden efter.',
    'Vi bevilger et toiletstoleforhøjer. Terapeuten kommer med, sætter den op og ser, at du kan bruge den sikkert.',
  ])('follows up: %s', (t) => expect(followsUp(t)).toBe(true));
  it.each([
    // A meeting only on request, or the one that sets up the start.
    'Vi bevilger bostøtte. Vi holder et møde med dig, hvis du ønsker det.',
    'Vi bevilger bostøtte. Vi holder et møde med dig inden opstart, hvor vi aftaler tiderne.',
    // A meeting that already took place.
    'Vi bevilger bostøtte. Vi holdt et møde med dig den 3. marts.',
    // A call only on request.
    'Vi bevilger en badebænk. Hvis du vil, ringer jeg og spørger, om den er kommet.',
  ])('does not follow up: %s', (t) => expect(followsUp(t)).toBe(false));
});

const aims = (t: string) => present(t, 'formaal');

describe('formaal: the aim in plain words with the help as subject', () => {
  it.each([
    'Vi bevilger ledsagelse 6 timer om måneden. Timerne er tænkt til, at du kan komme med til koncerter og i svømmehallen.',
    'Kontaktpersonen fortsætter 4 timer om ugen. Pointen med støtten er stadig, at Oskar får en voksen at tale med uden for hjemmet.',
    'Vi har besluttet, at Ida skal anbringes hos sin moster. Det, vi håber, anbringelsen giver Ida, er ro og faste rammer.',
    'Du får bostøtte tirsdag og torsdag. Det skal I to arbejde hen imod: at du selv kan betale dine regninger til tiden.',
    'Familiebehandlingen stopper til sommer. Da vi startede, skulle den føre til, at I fik bedre aftener sammen.',
  ])('aims: %s', (t) => expect(aims(t)).toBe(true));
  it.each([
    'Vi bevilger ledsagelse 6 timer om måneden. Du brugte timerne på koncerter sidste år.',
    'Vi bevilger ledsagelse 6 timer om måneden. Du arbejder hen imod en uddannelse som pædagogmedhjælper.',
    'Vi har besluttet, at Ida skal anbringes hos sin moster. Vi håber, at I vil samarbejde med plejefamilien.',
    'Du får bostøtte tirsdag og torsdag. Mødet skulle føre til en aftale om tiderne.',
  ])('does not aim: %s', (t) => expect(aims(t)).toBe(false));
});

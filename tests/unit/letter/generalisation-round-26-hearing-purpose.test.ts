/**
 * Round 26: formaal, opfoelgning and borgerens-synspunkter said in other words — letters in the
 * writer's own voice and journal style, from the blind batches br–bu. Sentences written for these
 * tests, not taken from the evaluation letters; each widened phrasing has a look-alike that must
 * stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('formaal: the help "skal … medvirke/bidrage til" with a linking adverb, not the citizen\'s duty', () => {
  it.each([
    'De er tildelt ledsagelse i 10 timer pr. måned. Ledsagelsen skal således medvirke til, at De kan komme til Deres sangkor.',
    'Du får bostøtte 3 timer om ugen. Støtten skal derfor bidrage til, at du får styr på dine regninger.',
    'Vi fortsætter aflastningen. Den skal fortsat medvirke til, at I får et pusterum i hverdagen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The citizen's duty to help the case along.
    'Du får bostøtte 3 timer om ugen. Du skal medvirke til, at vi kan indhente oplysninger fra din læge.',
    'De er tildelt ledsagelse. De skal derfor medvirke til, at sagen bliver tilstrækkeligt oplyst.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: what the hours or the help are for, said with "er til"', () => {
  it.each([
    'Du får nu 4 timer om ugen. Timerne er til at få handlet ind og komme til lægen.',
    'Din bostøtte bliver 2 timer om ugen. De 2 timer er til det, du sagde stadig er svært: at åbne din post.',
    'Du får bostøtte. Støtten er til, at du selv kan holde styr på dine aftaler.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // When the hours can be used, not what for.
    'Du får nu 4 timer om ugen. Timerne er til rådighed fra mandag den 2. marts.',
    'Du får bostøtte. Støtten er tilrettelagt, så den ligger om formiddagen.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: a question heading on what the helper and the child shall do together', () => {
  it.each([
    'Oskar får en kontaktperson 3 timer om ugen.\nHvad skal Jonas og Oskar lave sammen?\nOskar skal have en voksen at tale med og komme ud af huset.',
    'Du får en mentor.\nHvad skal mentoren arbejde med?\nAt du møder stabilt på uddannelsen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Not a heading: the two decide the content themselves.
    'Oskar får en kontaktperson 3 timer om ugen. Jonas og Oskar aftaler selv, hvad de skal lave sammen.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('opfoelgning: a talk with the time put first, and a look at what the citizen has reached', () => {
  it.each([
    'Du får træning to gange om ugen. I uge 12 holder vi en samtale med dig, hvor vi ser på, hvad du har nået.',
    'Du får bostøtte 4 timer om ugen. Efter sommerferien holder vi et statusmøde med dig og din støtteperson.',
    'Du får ergoterapi i otte uger. Til sidst kigger vi på, hvad du har nået sammen med terapeuten.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // A meeting only if the citizen asks for it.
    'Du får træning to gange om ugen. Hvis du ønsker det, holder vi et møde med dig og din søn.',
    // What was reached, looked at already in the letter that ends the help.
    'Vi stopper din bostøtte. Vi har set på, hvad du har nået, og du klarer det nu selv.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: "indtil videre" with an end date, and an end only weighed at the next look', () => {
  it.each([
    'Du kan blive boende på opholdsstedet. Efterværnet gælder indtil videre til 30. juni 2027.',
    'Vi har besluttet at nedsætte familiebehandlingen til ét besøg om ugen. Du hører fra os i uge 22, når vi skal se på, om behandlingen kan afsluttes.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // Until further notice: no end and no look ahead.
    'Du kan blive boende på opholdsstedet. Efterværnet gælder indtil videre.',
    // The end itself, decided, in a letter that ends the help.
    'Vi har besluttet, at din kontaktperson stopper den 1. maj. Du hører fra os i uge 22, når kontaktpersonen ophører.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: a journal field "[navn] selv:" with the party\'s words after it', () => {
  it.each([
    'Bevilget: Afløsning 3 timer om ugen.\nKaren selv:   Siger, at hun helst vil have hjælp om formiddagen.',
    'Bevilget: Rengøring hver 14. dag.\nBorger selv: Er glad for hjælpen og foretrækker onsdag.',
    'Bevilget: Madservice.\nHenning selv: Sagde ved besøget, at han ikke vil have frosne retter.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // What the citizen manages alone, not a view.
    'Bevilget: Afløsning 3 timer om ugen.\nKlarer selv: påklædning, toiletbesøg og let madlavning.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('opfoelgning: a meeting in a journal-style letter dated before the letter itself', () => {
  const date = new Date(2026, 2, 12);
  it.each([
    // The next meeting, dated after the letter.
    'Du får bostøtte 3 timer om ugen.\nNæste skridt:\nStatusmøde 15.09.2026 med dig og bostøtte Lars.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning', { date })).toBe(true));
  it.each([
    // The meeting the decision rests on, with no verb in the past tense.
    'Du får bostøtte 3 timer om ugen.\nGrundlag:\nStatusmøde 03.03.2026 med dig og bostøtte Lars.',
    'Din aflastning fortsætter.\nGrundlag:\nEvalueringsmøde 20.02.2026 med forældre og aflastningsfamilie.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning', { date })).toBe(false));
});

describe('opfoelgning: a grant for a calendar year or the rest of it', () => {
  it.each([
    'Du får bevilget 3 par strømper om året. Bevillingen gælder for 2026 og skal søges igen for 2027.',
    'Du får tilskud til kørsel med 400 kr. om måneden. Tilskuddet gælder for resten af året.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // A price or a rate for the year, not how long the grant runs.
    'Du får bevilget 3 par strømper om året. Prisen gælder for 2026.',
    'Du får madservice. Taksten for en hovedret gælder for hele året.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('formaal: the calm the help shall give, and the helper as someone to talk to', () => {
  it.each([
    'Du kan blive boende på opholdsstedet. Du skal have ro til at gøre din 10. klasse færdig.',
    'Du får en kontaktperson 2 timer om ugen. Maria skal være en voksen, du kan tale med, når det er svært hjemme.',
    'Din kontaktperson fortsætter. Ali skal fortsat være én, du kan snakke med om skolen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Someone to call in practical matters, not the help's aim.
    'Du får en kontaktperson 2 timer om ugen. Der skal være en, du kan ringe til, hvis Maria er syg.',
    // Time to read the letter, a step in the case.
    'Vi har modtaget din ansøgning. Du skal have ro til at læse brevet, før du svarer.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

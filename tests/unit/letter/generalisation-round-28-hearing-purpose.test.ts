/**
 * Round 28: partshoering, formaal, opfoelgning and borgerens-synspunkter said in other words —
 * classes behind misses on the blind batches cd–cg. Sentences written for these tests, not taken
 * from the evaluation letters; each widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('opfoelgning: a follow-up field that only says "when needed"', () => {
  it.each([
    'Bevilget: madservice, 7 hovedretter om ugen.\nOpfølgning: efter behov',
    'Bevilget: indkøbsordning hver uge.\nOpfølgning: ved behov',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Bevilget: madservice, 7 hovedretter om ugen.\nOpfølgning: telefonopkald i uge 12',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('opfoelgning: the review named in the subject line is why the letter was written', () => {
  it.each([
    'Vedr.: Revurdering – hjemmehjælp\n\nKære Jens\n\nDin hjælp til rengøring fortsætter hver anden uge.',
    'Emne: Revisitation – madservice\n\nHej Lis\n\nDu får fortsat mad leveret 7 dage om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Vedr.: Revurdering – hjemmehjælp\n\nKære Jens\n\nDin hjælp fortsætter. Næste revurdering bliver i maj 2026.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('opfoelgning: the price of a span applied for is no duration', () => {
  it.each([
    'Vi kan ikke betale for to år på højskole.',
    'Kommunen kan ikke dække udgifterne for et år på efterskole.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Vi bevilger støtte til opholdet for et år.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('opfoelgning: a call with the time put first', () => {
  it.each([
    'Du får madservice. Først i juni ringer jeg og hører, hvordan det går med maden.',
    'Du får støtte. Efter jul ringer vi til dig og hører, om timerne passer.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // Only on request.
    'Du får madservice. Hvis du har lyst, ringer jeg og hører, om du vil med på holdet.',
    // A call that only sets up the start.
    'Vi har sendt sagen videre, og konsulenten ringer til dig i uge 9, så I kan aftale en tid.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: a look at whether the help is enough', () => {
  it.each([
    'Vi kommer forbi i oktober for at se, om de tre timer slår til.',
    'I marts holder vi et møde, hvor vi ser på, om to weekender er nok.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The assessment already made.
    'Vi har vurderet, om tre timer er nok, og det er de.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: a span with "op til", and help that runs to an age', () => {
  it.each([
    'Pladsen på aflastningshjemmet gælder i op til 6 måneder.',
    'Efterværnet gælder, indtil hun fylder 21.',
    'Du kan blive i plejefamilien, til du fylder 20.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // An amount, not a span.
    'Tilskuddet gælder op til 5.000 kr. pr. hjælpemiddel.',
    // A wait for an age is a condition.
    'Du må vente, til du fylder 18, før du kan søge.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: a new test someone is to make', () => {
  it.each([
    'Du får træning hjemme. I uge 10 laver terapeuten en ny test med dig.',
    'Ved det sidste besøg tager Mette en ny måling af dit blodtryk.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Terapeuten lavede en ny test med dig den 3. marts.',
    'Du har bedt om en ny test af din gangfunktion.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('formaal: the aim with an adverb before the verb, and a recovery that is no aim', () => {
  it.each([
    'Du får træning to gange om ugen, så du igen kan gå på trapper.',
    'Vi bevilger en badestol, så du bedre kan klare badet selv.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Hjælpen stopper. Dit knæ er nu helet, så du igen kan gå på trapper.',
    'Hjælpen stopper. Du er kommet dig, så du kan klare rengøringen selv.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: the goal said with "som", held by the help', () => {
  it.each([
    'Støtten har som mål, at du kan bo i egen bolig.',
    'Hjælpen havde netop som mål at gøre dig selvhjulpen om morgenen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Loven har som formål at sikre ensartet hjælp.',
    'Du har selv som mål at komme tilbage på arbejde.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: the place the help shall be, and what the help is there for', () => {
  it.each([
    'Aflastningen skal være et sted, hvor du kan slappe af og være sammen med andre unge.',
    'Vi bevilger to besøg om ugen. Besøgene er der for at hjælpe dig gennem de dårlige perioder.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A general statement of the quality standard.
    'Hjemmeplejen er der for at støtte borgere med nedsat funktionsevne i Åbakke Kommune.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: the law named as the source of a general purpose', () => {
  it.each([
    'Efter barnets lov har støtten til børn og unge til formål at sikre, at de trives.',
    'Ifølge serviceloven er formålet at fremme den enkeltes mulighed for at klare sig selv.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
  it.each([
    'Efter barnets lov har aflastningen til formål at give jer et pusterum.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
});

describe('partshoering: a case document read aloud with its name between', () => {
  it.each([
    'Jeg ringede til dig den 3. maj og læste lægens udtalelse op for dig. Du havde ingen rettelser.',
    'Vi læste notatet op for din far i telefonen, før vi traf afgørelsen.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    'Lægen tog notatet op for sin kollega.',
    // No reading, or the reading only after it.
    'Vi tog referatet op for at drøfte det på teammødet.',
    'Skolen sendte udtalelsen op for en måned siden, men vi har ikke læst den.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('borgerens-synspunkter: the amount applied for, compared with the grant', () => {
  it.each([
    'Du får bostøtte, men færre timer, end du ønskede.',
    'Vi bevilger hjælp, men ikke så ofte, som du ønskede: hver anden uge.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
  it.each([
    'Vi bevilger hjælp hver anden uge. Du ønskede selv at beholde den faste hjælper.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
});

describe('borgerens-synspunkter: an opinion by a parent or the child by name ("mente, at")', () => {
  const head = 'Til Sara og Jonas Holm\n\nAfgørelse om aflastning til Alma efter barnets lov § 32.\n\n';
  it.each([
    `${head}På mødet var I ikke enige. Jonas mente, at to weekender om måneden ville være nok.`,
    `${head}Alma mener selv, at hun gerne vil blive hjemme i weekenderne.`,
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    `${head}Vi mener, at én weekend om måneden er nok.`,
    `${head}Lægen mener, at Alma har brug for faste rammer.`,
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

/**
 * Round 25 (guidance): phrasing classes behind misses left on the blind batches bl–bq. Written for
 * these tests in our own words; every widened phrasing has a look-alike that must keep its reading.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const guides = (t: string) => present(t, 'vejledning-andre-ydelser');

describe('vejledning-andre-ydelser: a tip flagged as one', () => {
  it.each([
    'Du får rengøring hver anden uge. Et lille tip: Flere af dine naboer får varer bragt hjem fra Brugsen på Hovedgaden.',
    'Du får bostøtte tre timer om ugen. Tip: Jobcentret har også mentorer, hvis du får brug for støtte på arbejdet.',
    'Du får hjælp til bad to gange om ugen. Et godt råd: Kontakt Ældre Sagen, som har frivillige besøgsvenner.',
  ])('guides: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // A practical hint, or one back to the sender or the help granted.
    'Du får rengøring hver anden uge. Et godt råd: Sæt rollatoren ved sengen om natten, så den er lige ved hånden.',
    'Du får rengøring hver anden uge. Et lille tip: Ring til os, hvis tidspunktet ikke passer dig.',
    'Du får bad to gange om ugen. Tip: Hjemmeplejen kan også tage skraldeposen med ud, når de går.',
  ])('does not guide: %s', (t) => expect(guides(t)).toBe(false));
});

describe('vejledning-andre-ydelser: a private supplier, own doctor, buying privately, a drop-in offer', () => {
  it.each([
    // In a refusal there is no help granted to choose a supplier for.
    'Vi kan ikke bevilge madservice. Vil du gerne slippe for at stå ved komfuret, kan du bestille mad fra en privat madleverandør, der kører ud i hele kommunen.',
    // Own doctor with a modal and no possessive.
    'Vi har bevilget madservice. Hanne bør tale med egen læge om en henvisning til en diætist.',
    // Buying privately what is refused.
    'Vi kan bevilge en manuel kørestol, men ikke en el-kørestol. Hvis du selv ønsker at købe en el-kørestol, kan depotet vejlede om modeller.',
    'Vi bevilger badestolen, men ikke den særlige cykel. Turene kan I tage på en almindelig ladcykel, som I selv køber.',
    // A drop-in offer in inverted order.
    'Du får bostøtte to timer om ugen. Ud over bostøtten er der Ungecaféen på Havnen, som holder åbent om aftenen. Den kan du bare møde op i.',
  ])('guides: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // Free choice of supplier for the help granted.
    'Vi bevilger madservice fem dage om ugen. Du kan vælge mellem kommunens køkken og en privat madleverandør.',
    // The municipality asking the doctor, with consent.
    'Vi har bevilget madservice. Vi har med dit samtykke fået lov til at tale med egen læge om din vægt.',
    // Buying something extra in a full grant is a condition of it.
    'Vi bevilger en el-kørestol. Hvis du selv vil købe en ekstra oplader, kan den fås hos forhandleren.',
  ])('does not guide: %s', (t) => expect(guides(t)).toBe(false));
});

const scope = (t: string) => present(t, 'omfang');

describe('omfang: the scope in force in a letter that otherwise ends or moves help', () => {
  it.each([
    // A field line labelled with the scope, the old one on its own line.
    'Emne: Din hjælp flytter fra morgen til aften\n\nYdelse: Personlig hjælp\nOmfang: 30 minutter hver aften\nGældende fra: 1. april 2026\nTidligere ordning: 30 minutter hver morgen (ophører 31. marts 2026)',
    // What the citizen keeps beside the help that stops.
    'Din fars hjælp til indkøb ophører fra 1. maj, fordi han nu handler med sin nabo. Han beholder rengøring hver anden uge som nu.',
  ])('has a scope: %s', (t) => expect(scope(t)).toBe(true));
  it.each([
    // Only the old scope, labelled as such.
    'Emne: Hjælpen til bad stopper\n\nHjælpen til bad ophører fra 1. april 2026.\nTidligere ordning: 30 minutter hver morgen (ophører 31. marts 2026)',
    // Not kept, or the citizen's own job.
    'Din fars hjælp til indkøb ophører fra 1. maj. Han beholder ikke hjælpen til bad to gange om ugen, da den også stopper.',
    'Hjælpen til bad ophører fra 1. maj. Du har fortalt, at du beholder dit job 20 timer om ugen.',
  ])('has no scope: %s', (t) => expect(scope(t)).toBe(false));
});

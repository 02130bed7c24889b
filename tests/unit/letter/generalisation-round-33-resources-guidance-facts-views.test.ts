/**
 * Round 33, ressourcer, vejledning-andre-ydelser, faktiske-oplysninger and borgerens-synspunkter:
 * phrasing classes behind the misses on the blind batches cp–cr, in our own words — valid examples
 * and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const GRANT = 'Du får hjælp til rengøring hver 14. dag efter servicelovens § 83.';

describe('ressourcer: getting up, in and out with ease', () => {
  it.each([
    `${GRANT} Du kommer fint ud og ind af sengen og går med stok i lejligheden.`,
    `${GRANT} Om formiddagen kommer hun selv op af lænestolen.`,
    `${GRANT} Han kommer nemt op fra toilettet, når armlænene er sat op.`,
    `${GRANT} Inde i huset kommer du fint rundt med rollatoren.`,
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    `${GRANT} Du kommer ikke selv op af sengen om morgenen.`,
    `${GRANT} Hjemmeplejen hjælper dig op af sengen hver morgen.`,
    `${GRANT} Liften er bevilget, så du kommer nemt ud og ind af sengen.`,
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('ressourcer: a daily task with its object before "selv"', () => {
  it.each([
    `${GRANT} Du spiser dine måltider selv ved spisebordet.`,
    `${GRANT} Hun tager sin medicin selv fra doseringsæsken.`,
    `${GRANT} Du klarer dine indkøb selv i Netto om hjørnet.`,
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    `${GRANT} Du skal betale maden selv.`,
    `${GRANT} Du må hente indkøbene selv i butikken.`,
    `${GRANT} Gribetangen skal hjælpe dig med at kunne tage tøjet af og ordne tøjvasken selv.`,
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('ressourcer: what a workplace reports, leisure on a team, stairs managed', () => {
  it.each([
    'Vi fortsætter dit dagtilbud efter servicelovens § 104 tre dage om ugen. Værkstedslederen skriver, at du arbejder selvstændigt med pakkeopgaverne.',
    'Vi fortsætter dit dagtilbud efter servicelovens § 104 tre dage om ugen. Du er vellidt blandt de andre på holdet.',
    'Du får 10 timers ledsagelse om måneden efter servicelovens § 97. Om torsdagen spiller du på et hold i den lokale badmintonklub.',
    'Du får ikke en trappelift efter servicelovens § 116. Birgit kan gå trappen, når hun holder i gelænderet.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Vi fortsætter dit dagtilbud efter servicelovens § 104 tre dage om ugen. Mødet blev afholdt af værkstedslederen.',
    'Vi fortsætter dit dagtilbud efter servicelovens § 104 tre dage om ugen. Du er ikke vellidt i gruppen, og det har gjort dig ked af det.',
    'Du får ikke en trappelift efter servicelovens § 116. Birgit kan ikke klare trappen mere.',
    'Du får ikke en trappelift efter servicelovens § 116. Liften skulle gøre, at Birgit kan gå trappen igen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('ressourcer: a parent at home at the hours in question, nights managed, walks enjoyed', () => {
  const TABT = 'Vi dækker tabt arbejdsfortjeneste efter barnets lov § 87 i 15 timer om ugen.';
  it.each([
    `${TABT} Om onsdagen er hans mor hjemme fra middag, og derfor dækker vi ikke den dag.`,
    `${TABT} I har fortalt, at I klarer nætterne meget bedre nu.`,
    'Du får afløsning efter ældrelovens § 16 hver tirsdag. Din mand er stadig glad for lange ture i skoven.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    `${TABT} Skolen fortæller, at han kun falder til ro, når mor er hjemme.`,
    `${TABT} Ingen af jer klarer nætterne alene længere.`,
    `${TABT} Lægen skriver, at han sover bedre, når han ikke får mælk.`,
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('ressourcer: a wish about the form of help, therapy training', () => {
  it.each([
    'De får ikke borgerstyret personlig assistance efter servicelovens § 96. De har oplyst, at De ønsker selv at ansætte Deres hjælpere.',
    'Vi kan ikke dække kørsel efter barnets lov § 86. Ida går til træning på Børneterapien to gange om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
  it.each([
    'Vi kan ikke dække kørsel efter barnets lov § 86. Ida går til træning i håndboldklubben to gange om ugen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
});

describe('vejledning-andre-ydelser: a place named after the town is not the sender', () => {
  it.each([
    'Nørre Vig Vest Kommune\n\nAfgørelse om el-kørestol\n\nDu får ikke en el-kørestol til stranden. Nørre Vig Vest Badestrand har en strandkørestol, som du kan låne gratis om sommeren.',
    'Store Hede Syd Kommune\n\nAfgørelse om ledsagelse\n\nDu får ikke ledsagelse til svømning. Store Hede Syd Svømmeklub har frivillige, som kan tage med dig i hallen.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Nørre Vig Vest Kommune\n\nAfgørelse om el-kørestol\n\nDu får en el-kørestol. Du kan låne en kørestol hos Nørre Vig Vest Kommune, indtil din egen kommer.',
    'Store Hede Syd Kommune\n\nAfgørelse om ledsagelse\n\nDu får ikke ledsagelse til svømning. Du kan søge igen hos Store Hede Syd Kommune, hvis din situation ændrer sig.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('borgerens-synspunkter: what the citizen asked for, in the past tense', () => {
  it.each([
    'Du får en badestol efter servicelovens § 112. Ved besøget bad du selv om en stol med armlæn.',
    'Du får en badestol efter servicelovens § 112. Du bad selv om noget at holde fast i ved toilettet.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Du får en badestol efter servicelovens § 112. Din datter bad om en stol med armlæn.',
    'Du får en badestol efter servicelovens § 112. Hjemmeplejen bad os om at se på badeværelset.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

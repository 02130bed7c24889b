/**
 * Round 37: resources, scope, follow-up and purpose in the writer's own voice, batches cw/cx measured once unseen
 * before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const HEAD = 'Kære Bent\n\nDu får hjælp til rengøring efter ældrelovens § 10.\n\n';
const KID = 'Kære Hanne\n\nDu får dækket tabt arbejdsfortjeneste efter barnets lov § 87, mens Sofus er syg.\n\n';

describe('ressourcer: skills shown, a parent at home, the way known, a job, goals reached', () => {
  it('a task done "uden problemer" on a visit is a resource', () =>
    expect(el(`${HEAD}Da terapeuten var hos dig i marts, gik du op ad kældertrappen uden problemer.`).ressourcer.present).toBe(true));
  it('a test that "forløb uden problemer", with no person doing it, is none', () =>
    expect(el(`${HEAD}Leveringen af støvsugeren til hjemmeplejen forløb uden problemer.`).ressourcer.present).toBe(false));
  it('"kan ikke længere … uden besvær" is a limit, not a resource', () =>
    expect(el(`${HEAD}Du kan ikke længere bære spanden op ad trappen uden besvær.`).ressourcer.present).toBe(false));
  it('a father who can be at home two days a week is network', () =>
    expect(el(`${KID}Vi har lagt vægt på, at Jesper kan være hjemme tirsdag og onsdag.`).ressourcer.present).toBe(true));
  it('"ikke kan være hjemme" names who is missing', () =>
    expect(el(`${KID}Pasningen skal dække de dage, hvor Jesper ikke kan være hjemme.`).ressourcer.present).toBe(false));
  it('a parent who can arrange his shifts is network', () =>
    expect(el(`${KID}Jesper har fortalt, at han kan lægge sine vagter om eftermiddagen.`).ressourcer.present).toBe(true));
  it('shifts that cannot be moved are no resource', () =>
    expect(el(`${KID}Jesper har fortalt, at han ikke kan flytte sine vagter.`).ressourcer.present).toBe(false));
  it('"kender selv vejen" is a resource', () =>
    expect(el(`${HEAD}Du kender selv vejen til apoteket.`).ressourcer.present).toBe(true));
  it('"kender ikke vejen" is none', () =>
    expect(el(`${HEAD}Du kender ikke vejen til apoteket endnu.`).ressourcer.present).toBe(false));
  it('working in a flexjob is a resource', () =>
    expect(el(`${HEAD}Du har siden sommer arbejdet i fleksjob på biblioteket.`).ressourcer.present).toBe(true));
  it('"ikke kan arbejde … eller i fleksjob" is none', () =>
    expect(el(`${HEAD}Jobcentret har vurderet, at du ikke kan arbejde på almindelige vilkår eller i fleksjob.`).ressourcer.present).toBe(false));
  it('a goal reached with the object first ("Begge dele har du klaret") is a resource', () =>
    expect(el(`${HEAD}Du skulle lære at sortere din post og handle efter en liste. Begge ting har du klaret.`).ressourcer.present).toBe(true));
  it('"har du ikke klaret" is none', () =>
    expect(el(`${HEAD}Du skulle lære at sortere din post. Det har du ikke klaret endnu.`).ressourcer.present).toBe(false));
});

describe('omfang: the helper who comes, with a linking adverb', () => {
  it('"kommer der derfor en hjælper … hver anden onsdag" is a scope', () =>
    expect(el(`${HEAD}Fra uge 10 kommer der derfor en hjælper fra hjemmeplejen hver anden onsdag og gør rent.`).omfang.present).toBe(true));
  it('a volunteer who comes every other Wednesday is no grant', () =>
    expect(el(`${HEAD}Fra uge 10 kommer der derfor en besøgsven fra Røde Kors hver anden onsdag.`).omfang.present).toBe(false));
});

describe('opfoelgning: a new look together with the citizen at a time', () => {
  it('"gennemgår … igen sammen med dig i maj" is a follow-up', () =>
    expect(el(`${HEAD}Vi gennemgår hjælpen igen sammen med dig i maj 2027.`).opfoelgning.present).toBe(true));
  it('"gennemgår … igen sammen med dig" with no time is none', () =>
    expect(el(`${HEAD}Hvis du klager, gennemgår vi sagen igen sammen med dig.`).opfoelgning.present).toBe(false));
  it('"ser på … igen sammen med jer i …" is a follow-up', () =>
    expect(el(`${HEAD}Vi ser på ordningen igen sammen med jer i oktober.`).opfoelgning.present).toBe(true));
});

describe('formaal: what ended help was there for', () => {
  it('"Mentoren var der for at støtte dig i …" is a purpose', () =>
    expect(el('Kære Ali\n\nDin mentor stopper 1. maj. Mentoren var der for at støtte dig i at komme i gang med skolen.').formaal.present).toBe(true));
  it('"Vi var der for at måle op" is a visit, not a purpose', () =>
    expect(el('Kære Ali\n\nDin mentor stopper 1. maj. Vi var der for at måle badeværelset op i marts.').formaal.present).toBe(false));
});

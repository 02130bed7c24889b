/**
 * Round 72: ressourcer — a sport done on one's own with the subject after the verb, how well a child rides or swims, and (the other way) a child's love of an activity as the parents put it in
 * their application for that activity. vejledning-andre-ydelser — help kept under another section beside the decision
 * ("ikke som …, men fortsat af … efter § N"), a body to contact in the passive ("kan Familierådgivningen kontaktes"), and
 * (the other way) the law's reach said as help "ud over" what other rules give.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-04-20T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nTove Brink\nSagsbehandler\n';
const adult = (mid: string) => 'Svar på din ansøgning\n\nKære Bent\n\nVi har truffet afgørelse efter servicelovens § 97. ' + mid + END;
const has = (text: string) => present(text, 'ressourcer', opts);
const guides = (text: string) => present(text, 'vejledning-andre-ydelser', opts);

describe('ressourcer: a sport done on one\'s own, the subject after the verb', () => {
  it('"I vandet svømmer du selv"', () =>
    expect(has(adult('Du får 6 timers ledsagelse om måneden. I vandet svømmer du selv, men du har brug for følge til hallen.'))).toBe(true));
  it('"Om tirsdagen træner han selv i motionscentret"', () =>
    expect(has(adult('Du får 4 timers ledsagelse om måneden. Om tirsdagen træner han selv i motionscentret, når han først er kommet derhen.'))).toBe(true));
  it('look-alike: "svømmer sammen med en hjælper" names no own doing', () =>
    expect(has(adult('Du får 4 timers ledsagelse om måneden. Om lørdagen svømmer du sammen med en hjælper fra bostedet.'))).toBe(false));
});

// A refusal of a child's riding or swimming as an extra expense.
const expense = (applied: string, mid: string) =>
  'Afgørelse om merudgifter\n\nKære Hanne og Kim\n\nI har søgt om at få dækket ' + applied + ' til Nanna efter barnets lov § 86.\n\n' +
  'Vi kan ikke dække udgiften, fordi mange børn går til en fritidsaktivitet. ' + mid + END;

describe('ressourcer: a child\'s love of the activity applied for, as the parents put it', () => {
  it('"I har skrevet, at Nanna elsker at ride" in an application for riding is the parents\' view', () =>
    expect(has(expense('kontingent til ridning', 'I har skrevet, at Nanna elsker at ride, og at hun sover bedre bagefter.'))).toBe(false));
  it('"Du har fortalt, at Nanna er vild med at svømme" in an application for swimming', () =>
    expect(has(expense('et svømmekort', 'Du har fortalt, at Nanna er vild med at svømme.'))).toBe(false));
  it('look-alike: a love of something not applied for stays a resource', () =>
    expect(has(expense('et svømmekort', 'I har fortalt, at Nanna elsker at male, og at hun maler hver dag efter skole.'))).toBe(true));
  it('look-alike: "cykler fint" is a skill said of the child', () =>
    expect(has(expense('et svømmekort', 'I har fortalt, at Nanna cykler fint på sin trehjulede cykel.'))).toBe(true));
});

// A BPA grant under § 96 with a night part left to other help.
const bpa = (mid: string) =>
  'Afgørelse om borgerstyret personlig assistance\n\nKære Jonas\n\nVi har besluttet at bevilge dig BPA efter servicelovens § 96 svarende til 90 timer om ugen. ' +
  mid + END;

describe('vejledning: help kept under another section beside the decision', () => {
  it('"gives ikke som BPA, men fortsat af hjemmesygeplejen efter sundhedslovens § 138"', () =>
    expect(guides(bpa('Hjælpen til din sonde om natten gives ikke som BPA, men fortsat af hjemmesygeplejen efter sundhedslovens § 138.'))).toBe(true));
  it('"ydes ikke som en del af ordningen, men af aftenvagten efter servicelovens § 83"', () =>
    expect(guides(bpa('Tilsynet sidst på aftenen ydes ikke som en del af ordningen, men af aftenvagten efter servicelovens § 83.'))).toBe(true));
  it('look-alike: the decision\'s own section after "ikke som …, men"', () =>
    expect(guides(bpa('Timerne gives ikke som dagtimer alene, men som en samlet ordning efter servicelovens § 96.'))).toBe(false));
});

// A refusal of transport to a private therapist, the municipality's own therapy offered instead.
const refusal = (mid: string, head = 'Ørby Kommune\nBørn og Familie\nRådgivningsteamet\n\n') =>
  head + 'Afgørelse om kørsel\n\nKære Mette og Ole\n\nAnsøgningen om dækning af kørsel til privat fysioterapeut afslås efter barnets lov § 86.\n\n' + mid + END;

describe('vejledning: a body to contact, in the passive', () => {
  it('"kan Familierådgivningen kontaktes på tlf."', () =>
    expect(guides(refusal('Har I brug for råd om hverdagen med Alma, kan Familierådgivningen kontaktes på tlf. 11 22 33 44.'))).toBe(true));
  it('"Træningsenheden kan også kontaktes direkte"', () =>
    expect(guides(refusal('Vil I gerne høre om kommunens egen træning, Træningsenheden kan også kontaktes direkte på tlf. 55 66 77 88.'))).toBe(true));
  it('look-alike: "Sagsbehandleren kan kontaktes" is the sender', () =>
    expect(guides(refusal('Sagsbehandleren kan kontaktes på tlf. 11 22 33 44 mellem kl. 9 og 12.'))).toBe(false));
  it('look-alike: the unit named after the help decided, "Kørselsteamet kan kontaktes", is the provider', () =>
    expect(guides('Ørby Kommune\nBørn og Familie\n\nAfgørelse om kørsel\n\nKære Mette og Ole\n\nVi har besluttet at ændre Almas kørsel, så hun fra 1. maj får kørsel med taxa til skolen hver morgen efter barnets lov § 86.\n\nKørselsteamet kan kontaktes på tlf. 11 22 33 44.' + END)).toBe(false));
  it('look-alike: the letterhead unit "Rådgivningsteamet kan kontaktes" is the sender', () =>
    expect(guides(refusal('Rådgivningsteamet kan kontaktes på tlf. 11 22 33 44.'))).toBe(false));
});

describe('vejledning: the law\'s reach, help "ud over" what other rules give', () => {
  it('"ud over de tilbud, der kan gives efter andre bestemmelser i loven" is the rule', () =>
    expect(guides(bpa('Servicelovens § 96 giver kommunen pligt til at tilbyde BPA til personer, der har brug for hjælp ud over de tilbud, der kan gives efter andre bestemmelser i loven.'))).toBe(false));
  it('"udover hvad der ydes efter anden lovgivning" is the rule', () =>
    expect(guides(bpa('Ordningen dækker et behov for støtte udover hvad der ydes efter anden lovgivning.'))).toBe(false));
  it('look-alike: "Du kan også søge om hjælp efter andre bestemmelser" guides', () =>
    expect(guides(bpa('Du kan også søge om hjælp til rengøring efter andre bestemmelser i serviceloven.'))).toBe(true));
});

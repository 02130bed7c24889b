/**
 * Round 49: reasons, facts, aims, main considerations and the hearing — a new state of a child named by name ("Nu hvor
 * Sara går i dagplejen …"), the writer's worry about the other outcome, a need said to be met by the present offer or the
 * help's name said away (begrundelse); a talk with its day between "fortalte" and "at", a service the child might benefit
 * from, a diagnosis inside a place's name (faktiske-oplysninger); the citizen's account told "os", word sent to the place
 * so the citizen can start, help needed so the citizen keeps their own job (formaal); the party's account with the verb
 * first (hovedhensyn); the examination received "tilsendt" (partshoering), batches dt and du measured once unseen before
 * they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const present = (t: string, id: string) => {
  const r = analyzeLetter(t, opts);
  const els = r.elements as unknown as Record<string, { present: boolean }> | { id: string; present: boolean }[];
  const e = Array.isArray(els) ? els.find((x) => x.id === id) : els[id];
  return !!e?.present;
};

describe('begrundelse', () => {
  it('"Nu hvor" with the child by name, before the reduced hours, is a reason', () =>
    expect(present('Kære Mette og Jens\n\nSara har siden 2024 fået dækket tabt arbejdsfortjeneste 30 timer om ugen. Nu hvor Sara går i dagplejen fra kl. 8 til 15, nedsætter vi timerne til 15 om ugen fra 1. april.\n\nI kan klage inden 4 uger.\n\nHilsen Bo', 'begrundelse')).toBe(true));
  it('"nu hvor vi har modtaget" the papers is the office\'s step, no reason', () =>
    expect(present('Kære Mette og Jens\n\nNu hvor vi har modtaget jeres papirer, kan vi sende afgørelsen. I får fortsat dækket tabt arbejdsfortjeneste 30 timer om ugen.\n\nHilsen Bo', 'begrundelse')).toBe(false));
  it('the writer\'s worry about the other outcome is a reason', () =>
    expect(present('Kære Lis\n\nJonas bliver boende i plejefamilien indtil videre. Han er lige faldet til i sin nye klasse. Hvis han skifter skole nu, er jeg bange for, at han mister de venner, han har fået.\n\nHilsen Per', 'begrundelse')).toBe(true));
  it('the citizen\'s own fear reported is no reason of the writer', () =>
    expect(present('Kære Lis\n\nJonas bliver boende i plejefamilien indtil videre. Du har fortalt, at du er bange for at miste kontakten.\n\nHilsen Per', 'begrundelse')).toBe(false));
  it('"dit behov kan dækkes inden for det nuværende tilbud" alone is hollow', () =>
    expect(present('Kære Ib\n\nDu har bedt om at komme i aktivitetstilbuddet 5 dage om ugen i stedet for 3.\n\nVi har vurderet, at dit behov kan dækkes inden for det nuværende tilbud. Vi kan derfor ikke imødekomme din anmodning.\n\nHilsen Ane', 'begrundelse')).toBe(false));
  it('the same with a fact of the case after "fordi" is a reason', () =>
    expect(present('Kære Ib\n\nDu har bedt om at komme i aktivitetstilbuddet 5 dage om ugen i stedet for 3.\n\nVi har vurderet, at dit behov kan dækkes inden for det nuværende tilbud, fordi du arbejder i genbrugsbutikken om mandagen og fredagen.\n\nHilsen Ane', 'begrundelse')).toBe(true));
  it('"at du ikke har behov for en plejebolig." after the rule says the conclusion again', () =>
    expect(present('Kære Erna\n\nDu har søgt om en plejebolig. Du får afslag.\n\nBegrundelse\nVi har lagt vægt på, at du ikke opfylder betingelserne. Det er vores vurdering ud fra de foreliggende oplysninger, at du ikke har behov for en plejebolig.\n\nHilsen Kim', 'begrundelse')).toBe(false));
});

describe('faktiske-oplysninger', () => {
  it('what was told, with the call and its day between "fortalte" and "at", is a fact', () =>
    expect(present('Hej Ali\n\nDu får 2 dage om ugen i værestedet.\n\nDu fortalte mig i telefonen i onsdags, at du er begyndt på et hold i svømmehallen om fredagen.\n\nHilsen Tina', 'faktiske-oplysninger')).toBe(true));
  it('a call named with nothing told stays out', () =>
    expect(present('Hej Ali\n\nDu får 2 dage om ugen i værestedet, som vi aftalte i telefonen i onsdags.\n\nHilsen Tina', 'faktiske-oplysninger')).toBe(false));
  it('a service the child "kan have gavn af" is a suggestion, no fact', () =>
    expect(present('Kære Susanne\n\nNoah får en støtteperson efter barnets lov.\n\nNoah kan måske også have gavn af et forløb hos en psykolog. Det kan du tale med lægen om.\n\nHilsen Bo', 'faktiske-oplysninger')).toBe(false));
  it('a psychologist\'s course he "har haft gavn af" looks back and is a fact', () =>
    expect(present('Kære Susanne\n\nNoah får en støtteperson efter barnets lov.\n\nNoah har haft gavn af et forløb hos en psykolog i efteråret, og han sover nu bedre.\n\nHilsen Bo', 'faktiske-oplysninger')).toBe(true));
  it('a diagnosis inside a place\'s name is where the help goes, no fact', () =>
    expect(present('Kære Rikke\n\nI får dækket kørsel til Klinik for Epilepsi to gange om måneden.\n\nHilsen Bo', 'faktiske-oplysninger')).toBe(false));
  it('the same diagnosis said of the child is a fact', () =>
    expect(present('Kære Rikke\n\nI får dækket kørsel til klinikken to gange om måneden. Ella har epilepsi og skal til kontrol.\n\nHilsen Bo', 'faktiske-oplysninger')).toBe(true));
});

describe('formaal', () => {
  it('a "så" clause in what the citizen told us is their account, not the aim', () =>
    expect(present('Kære Bent\n\nDu har bedt om mere hjælp til indkøb. Det kan vi ikke give dig.\n\nDu har fortalt os, at du er træt om eftermiddagen, så du får svært ved at gå til butikken.\n\nHilsen Lise', 'formaal')).toBe(false));
  it('the same "så" clause set by us for granted help is an aim', () =>
    expect(present('Kære Bent\n\nDu får hjælp til indkøb en gang om ugen. Vi bevilger hjælpen, så du kan få frisk mad hver uge.\n\nHilsen Lise', 'formaal')).toBe(true));
  it('word sent to the place "så du kan starte" is a step, not the aim', () =>
    expect(present('Hej Sofie\n\nDu får 3 dage om ugen i dagtilbuddet.\n\nJeg giver besked til dagtilbuddet i morgen, så du kan starte på mandag.\n\nHilsen Tom', 'formaal')).toBe(false));
  it('help needed so the citizen can keep her own job is its aim', () =>
    expect(present('Kære Hanne\n\nDu får støtte til køb af bil efter servicelovens § 114.\n\nDu arbejder som pædagog 25 km fra din bolig, og der går ingen bus. Bilen er nødvendig for, at du kan beholde dit arbejde.\n\nHilsen Tom', 'formaal')).toBe(true));
  it('the law\'s test said back ("nødvendig for, at du kan bo i boligen") is no aim', () =>
    expect(present('Kære Hanne\n\nDu får en rampe ved hoveddøren efter servicelovens § 116. Ændringen er nødvendig for, at du kan bo i boligen.\n\nHilsen Tom', 'formaal')).toBe(false));
});

describe('hovedhensyn', () => {
  it('"det tungeste for jer" in what the parents told, with the verb first, is their account', () =>
    expect(present('Kære Line og Ole\n\nAflastningen flyttes fra weekenden til tirsdag.\n\nPå mødet fortalte I, at det tungeste for jer er tirsdag aften, hvor Ole arbejder sent.\n\nHilsen Eva', 'hovedhensyn')).toBe(false));
  it('the authority\'s own "lagt mest vægt på" stays a main consideration', () =>
    expect(present('Kære Line og Ole\n\nAflastningen flyttes fra weekenden til tirsdag.\n\nVi har lagt mest vægt på, at Ole arbejder sent om tirsdagen, og at Line så er alene med tre børn.\n\nHilsen Eva', 'hovedhensyn')).toBe(true));
});

describe('partshoering', () => {
  it('the examination received "tilsendt" before, with corrections, is a hearing', () =>
    expect(present('Kære Maja\n\nI får familiebehandling en gang om ugen i 6 måneder.\n\nI fik den børnefaglige undersøgelse tilsendt den 3. marts, og du ringede med to rettelser, som vi har skrevet ind.\n\nHilsen Eva', 'partshoering')).toBe(true));
  it('the examination still to be sent with the letter is no hearing', () =>
    expect(present('Kære Maja\n\nI får familiebehandling en gang om ugen i 6 måneder.\n\nI får den børnefaglige undersøgelse tilsendt sammen med dette brev.\n\nHilsen Eva', 'partshoering')).toBe(false));
});

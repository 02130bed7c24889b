/**
 * Round 20: guidance to other help said in the caseworker's own words — a club team to go on
 * with after the help ends, an aid one may borrow instead of the one refused. Written for these
 * tests, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('vejledning-andre-ydelser: going on with a team elsewhere', () => {
  it.each([
    'Du får vedligeholdelsestræning 2 gange om ugen i 12 uger. Når forløbet slutter, kan du fortsætte på et motionshold hos Parkinsonforeningen.',
    'Du får træning i 10 uger. Bagefter kan du fortsætte på et motionshold i Nordby Idrætsforening.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The help granted itself, continued with the sender.
    'Du får vedligeholdelsestræning 2 gange om ugen. Du kan fortsætte træningen på holdet hos os til 1. maj.',
    // A team the citizen already goes to is a fact of the case.
    'Du får hjælp til bad en gang om ugen. Du går i forvejen på et motionshold om tirsdagen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: an aid one may borrow instead', () => {
  it.each([
    'Du får afslag på ombygning af badeværelset. I kan tale med ergoterapeuten om et badekarsløft, som man kan låne.',
    'Du får en rampe, men vi giver afslag på at ombygge badeværelset. En badestol kan lånes gennem hjælpemiddeldepotet.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // In a grant the loan is how the aid granted is given.
    'Du får en rollator. Rollatoren kan lånes i hjælpemiddeldepotet fra mandag.',
    'Du får en badebænk. En badebænk kan lånes fra depotet.',
    'Du får hjælp til bad to gange om ugen. Her kan man låne bøger.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: the citizen told to turn somewhere on their own', () => {
  it.each([
    'Du får en kørestol, men vi giver afslag på en app. Hjælp til talen kan du få som gratis undervisning hos Center for Kommunikation. Du kan selv kontakte dem på tlf. 12 34 56 78.',
    'Du får bad 2 gange om ugen. Vil du have støtte til at komme i gang med at svømme, kan du selv kontakte Handicapidræt Nordby.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The provider, the sender or the aid granted: no other help.
    'Du får hjælp til rengøring hver 2. uge. Du kan selv kontakte hjemmeplejen, hvis et besøg skal flyttes.',
    'Du får hjælp til rengøring hver 2. uge. Har du spørgsmål, kan du selv ringe til mig på 12 34 56 78.',
    'Du får hjælp til bad. Du kan selv henvende dig til visitationen, hvis din situation ændrer sig.',
    'Du får en rollator. Du kan selv kontakte hjælpemiddeldepotet om rollatoren.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

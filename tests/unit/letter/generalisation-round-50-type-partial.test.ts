/**
 * Round 50: partial grants read as full grants (decisionType) — one comparison of what was asked (a rate, a length of
 * time) with what was granted, wherever in the letter the two are told: a bare length in an application field against a
 * grant form's period, a year asked against a span of dates or "for N måneder" granted later, hours wished for told late
 * in the reasons; a table whose applied column is the citizen's own figures; and a subject line naming two things, one
 * granted and the other refused by a pronoun. Batches dv, dw and dx measured once unseen before they were fixed. Written
 * for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nBirthe Lund\n';

const form = (asked: string, period: string) =>
  'BEVILLING – TRÆNING\n\nKære Erik Holm\n\nDu har ansøgt om:        Vedligeholdende træning efter et fald, ' + asked + ', 1 gang om ugen\n\n' +
  'Kommunen har truffet følgende afgørelse:\n\nBevilget indsats:        Træning efter servicelovens § 86, stk. 2\n' +
  'Omfang:                  1 gang om ugen à 60 minutter\nPeriode:                 ' + period + '\n' +
  'Sted:                    Sundhedshuset\n\nBegrundelse:             Vi vurderer, at træningen kan nås i perioden.' + END;
describe('decisionType: a bare length in the application field against the form\'s period', () => {
  it('ten weeks asked, six weeks granted in the period field, is partial', () =>
    expect(type(form('10 uger', '02.03.2026 – 10.04.2026 (6 uger)'))).toBe('delvis'));
  it('ten weeks asked and ten granted stays a grant', () =>
    expect(type(form('10 uger', '02.03.2026 – 08.05.2026 (10 uger)'))).toBe('bevilling'));
  it('a date span alone, shorter than asked, is partial', () =>
    expect(type(form('16 uger', '02.03.2026 – 10.04.2026'))).toBe('delvis'));
});

const yearAsked = (later: string) =>
  'Kære Lone og Per\n\nI har søgt om aflastning til Sofie 2 weekender om måneden i et år.\n\n' +
  'Vi har besluttet at bevilge aflastning efter barnets lov § 32 i 2 weekender om måneden hos en plejefamilie.\n\n' +
  'Sofie har besøgt familien to gange og glæder sig.\n\n' + later + END;
describe('decisionType: a year asked, a shorter period granted further down', () => {
  it('"bevilget for 4 måneder" later is partial', () =>
    expect(type(yearAsked('Vi har bevilget aflastningen for 4 måneder, fordi Sofie skal undersøges til sommer.'))).toBe('delvis'));
  it('"bevilget i perioden 1. april – 31. juli" later is partial', () =>
    expect(type(yearAsked('Aflastningen er bevilget i perioden 1. april – 31. juli 2026.'))).toBe('delvis'));
  it('a follow-up meeting in some months is no shorter grant', () =>
    expect(type(yearAsked('Vi følger op på aflastningen om 4 måneder og ser på, hvordan det går.'))).toBe('bevilling'));
  it('the full year granted as a span stays a grant', () =>
    expect(type(yearAsked('Aflastningen er bevilget i perioden 1. april 2026 – 31. marts 2027.'))).toBe('bevilling'));
});

const wishLate = (wish: string) =>
  'Hej Jonas\n\nHer er svaret på din ansøgning om støtte i hjemmet.\n\nDu får socialpædagogisk støtte efter servicelovens § 85 i 3 timer om ugen.\n\n' +
  'Støtten begynder 1. april, og din støtteperson hedder Mette.\n\nDa vi talte sammen, viste du mig din kalender.\n\n' +
  'Det svære for dig er at åbne posten og betale regninger.\n\n' + wish + '\n\nVi mener, at 3 timer om ugen er nok til det.' + END;
describe('decisionType: hours wished for, told late in the reasons', () => {
  it('"du gerne ville have 5 timer om ugen" after a grant of 3 is partial', () =>
    expect(type(wishLate('Du sagde også, at du derfor gerne ville have 5 timer om ugen.'))).toBe('delvis'));
  it('a wish for the same 3 hours stays a grant', () =>
    expect(type(wishLate('Du sagde også, at du derfor gerne ville have 3 timer om ugen.'))).toBe('bevilling'));
  it('hours of something else in a clause after the wish stay a grant', () =>
    expect(type(wishLate('Du vil gerne beholde dit fritidsjob, hvor du arbejder 10 timer om ugen.'))).toBe('bevilling'));
  it('a wish denied ("ønsker ikke") stays a grant', () =>
    expect(type(wishLate('Du ønsker ikke hjælp 5 timer om ugen til rengøring.'))).toBe('bevilling'));
});

const ownFigures = (last: string) =>
  'Kære Ida\n\nDu har søgt om dækning af merudgifter efter servicelovens § 100. Vi har regnet sådan:\n\nUdgift\n\nDine oplysninger pr. md.\n\nGodkendt pr. md.\n\n' +
  'Fodpleje\n\n250 kr.\n\n250 kr.\n\nSpecialsko\n\n300 kr.\n\n' + last + '\n\nDu får derfor pengene udbetalt hver måned fra 1. april 2026.' + END;
describe('decisionType: the citizen\'s own figures as the applied column', () => {
  it('"Dine oplysninger | Godkendt" with a row cut is partial', () => expect(type(ownFigures('100 kr.'))).toBe('delvis'));
  it('"Dine oplysninger | Godkendt" with every row as given stays a grant', () => expect(type(ownFigures('300 kr.'))).toBe('bevilling'));
});

const twoInSubject = (second: string) =>
  'Fra: Hjælpemidler, Vestby Kommune\nTil: Sanne Berg\nEmne: Noahs badestol og trehjulede cykel\n\nKære Sanne\n\n' +
  'Badestolen er bestilt. Noah kan ikke sidde sikkert i badet uden støtte. Han får den derfor som hjælpemiddel efter servicelovens § 112.\n\n' +
  'Den bliver leveret i næste uge.\n\n' + second + END;
describe('decisionType: a subject line naming two things, one refused later by a pronoun', () => {
  it('the other thing named, then "Derfor kan vi ikke betale for den", is partial', () =>
    expect(type(twoInSubject('Med cyklen er det desværre anderledes. En trehjulet cykel af den slags kan købes i en almindelig forretning. Derfor kan vi ikke betale for den.'))).toBe('delvis'));
  it('the other thing said to come too stays a grant', () =>
    expect(type(twoInSubject('Den trehjulede cykel bestiller vi samtidig, og den kommer i løbet af en måned.'))).toBe('bevilling'));
});

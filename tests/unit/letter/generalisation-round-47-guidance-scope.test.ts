/**
 * Round 47: a past span told in the perfect ("har sovet der i 30 år", "i et år ikke har brugt", "har i perioden … lavet")
 * is no time limit, while the help looked at with the citizen at a month ahead is one (opfoelgning); an offer reached
 * through "dem" in the next sentence, an association that arranges something and "se, om der er plads" guide, while
 * another help weighed as what "kunne" have met the need, a recommendation reported from a statement and a group the
 * child already attends do not (vejledning-andre-ydelser); a trial told in the perfect names no scope, while a table's
 * granted total under a "Pr. måned" column does (omfang). Batches dq–ds measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const GRANT = 'Kære Bodil\n\nDu får hjælp til bad to gange om ugen efter ældreloven § 10.\n\n';
const REFUSAL = 'Kære Svend\n\nDu får afslag på en trappelift efter servicelovens § 112.\n\n';

describe('opfoelgning: a span in the past against a look ahead', () => {
  it('"fordi I har boet der i 30 år" with another participle is history', () =>
    expect(el(`${REFUSAL}Du vil gerne blive i stuen ovenpå, fordi I har spist der i 30 år.`).opfoelgning.present).toBe(false));
  it('"Hjælpen er bevilget i 6 måneder" still limits the help', () =>
    expect(el(`${GRANT}Hjælpen er bevilget i 6 måneder.`).opfoelgning.present).toBe(true));
  it('a span before "ikke har brugt" is how long something went on', () =>
    expect(el(`${GRANT}Vi har lagt vægt på, at du i et år ikke har bestilt flere besøg.`).opfoelgning.present).toBe(false));
  it('"Kommunen har i perioden januar–marts lavet en udredning" is a past period', () =>
    expect(el(`${REFUSAL}Kommunen har i perioden januar–marts 2025 lavet en udredning af dit behov.`).opfoelgning.present).toBe(false));
  it('"Vi ser på hjælpen sammen med dig i oktober" looks ahead', () =>
    expect(el(`${GRANT}Vi ser på hjælpen sammen med dig i oktober.`).opfoelgning.present).toBe(true));
  it('"Ergoterapeuten ser på badeværelset i uge 12" is an assessment, not a follow-up', () =>
    expect(el(`${REFUSAL}Ergoterapeuten ser på badeværelset i uge 12.`).opfoelgning.present).toBe(false));
});

describe('vejledning-andre-ydelser: offers named and reached, weighed alternatives, reported advice', () => {
  const CHANGE = 'Kære Gudrun\n\nDin madservice stopper den 31. marts 2026.\n\n';
  it('a volunteer centre named, then "Du kan ringe til dem", guides', () =>
    expect(el(`${CHANGE}Frivilligcentret i Bygaden holder fællesspisning hver onsdag. Du kan ringe til dem på 12 34 56 78.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('the same centre named with nothing after it does not', () =>
    expect(el(`${CHANGE}Frivilligcentret i Bygaden holder fællesspisning hver onsdag. Din søn spiser der nogle gange.`)['vejledning-andre-ydelser'].present).toBe(false));
  const CHILD = 'Kære Lise\n\nI får afslag på en ekstra weekend i aflastning efter barnets lov § 32.\n\n';
  it('"Du kan se, om der er plads på et kursus, som forældreforeningen arrangerer" guides', () =>
    expect(el(`${CHILD}Du kan se, om der er plads på et af de weekendkurser for søskende, som forældreforeningen Autisme Vest arrangerer.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('the parents\' association of the school named as a place is no guidance', () =>
    expect(el(`${CHILD}Du sidder i bestyrelsen i forældreforeningen på skolen.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('another help weighed as what "kunne" have met the need is the assessment', () =>
    expect(el(`${CHILD}Vi har overvejet, om behovet kunne dækkes med anden støtte i hjemmet, men det vurderer vi ikke.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Du kan søge anden støtte" still points elsewhere', () =>
    expect(el(`${CHILD}Du kan søge anden støtte hos familierådgivningen i din nye kommune.`)['vejledning-andre-ydelser'].present).toBe(true));
  const HELP = 'Kære Anders\n\nDu får socialpædagogisk støtte efter servicelovens § 85 to timer om ugen.\n\n';
  it('a recommendation reported from a statement that the citizen gets help is a fact', () =>
    expect(el(`${HELP}Af lægens erklæring fremgår det, at det anbefales, at du får støtte til dine regninger.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Vi anbefaler, at du kontakter" from the letter itself still guides', () =>
    expect(el(`${HELP}Vi anbefaler, at du kontakter Gældsrådgivningen om dine regninger.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('a group the child "har gået i" at the youth club is a fact of the case', () =>
    expect(el(`${CHILD}Siden august har Emma gået i en drengegruppe i ungdomsklubben.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('the youth club offered to the child still guides', () =>
    expect(el(`${CHILD}Emma kan også komme i ungdomsklubben, som har en pigegruppe om torsdagen.`)['vejledning-andre-ydelser'].present).toBe(true));
});

describe('omfang: a past trial and a table total per month', () => {
  const HOME = 'Kære Peter\n\nDu får et længerevarende botilbud efter servicelovens § 108.\n\n';
  it('hours inside a trial told in the perfect are no scope granted', () =>
    expect(el(`${HOME}Du har i efteråret prøvet at bo alene med støtte i 12 timer om ugen, og det gik ikke.`).omfang.present).toBe(false));
  it('hours granted in the same letter still are', () =>
    expect(el(`${HOME}Du får desuden støtte i 12 timer om ugen i overgangen.`).omfang.present).toBe(true));
  const TABLE = 'Kære Maja\n\nVi har beregnet merudgifterne efter barnets lov § 86:\n\nUdgift\n\nPr. måned\n\nMedicin\n\n150 kr.\n\nKørsel\n\n90 kr.\n\n';
  it('"Bevilget i alt" under a "Pr. måned" column is an amount per month', () =>
    expect(el(`${TABLE}Bevilget i alt\n\n240 kr.\n\nBeløbet udbetales fra 1. april 2026.`).omfang.present).toBe(true));
  it('the same total with no period column is a one-off', () =>
    expect(el(`${TABLE.replace('Pr. måned', 'Beløb')}Bevilget i alt\n\n240 kr.\n\nBeløbet udbetales en gang.`).omfang.present).toBe(false));
});

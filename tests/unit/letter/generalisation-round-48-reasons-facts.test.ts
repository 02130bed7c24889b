/**
 * Round 48: a note on the letter itself ("dannet automatisk og derfor ikke underskrevet"), the party's report in the
 * file-note order ("oplyste borger, at …, fordi …") and the party's wish with its own "da", a follow-up field under the
 * assessment heading, a bare verdict of no need ("Det er vurderet, at der ikke er behov for …"), the conditions named
 * with a long rule between, and the present help said before "På baggrund af ovenstående" give no reason, while a past
 * "da" clause tied to a present result does (begrundelse); a diagnosis in an association's name is no fact of the case
 * (faktiske-oplysninger). Held-out sets 24 and 25 measured once before they were fixed. Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const REFUSAL = 'Kære Svend\n\nDu får afslag på en trappelift efter servicelovens § 112.\n\n';
const GRANT = 'Kære Bodil\n\nDu får hjælp til bad to gange om ugen efter ældreloven § 10.\n\n';
const CUT = 'Kære Else\n\nDin rengøring ændres fra hver uge til hver 14. dag efter ældreloven § 10.\n\n';

describe('begrundelse: notes, reports and wishes that are no reason', () => {
  it('"Brevet er lavet automatisk og er derfor ikke underskrevet" is about the letter', () =>
    expect(el(`${REFUSAL}Dette brev er genereret automatisk i systemet og er derfor ikke underskrevet.`).begrundelse.present).toBe(false));
  it('a fact with "derfor" tied to the refusal still is a reason', () =>
    expect(el(`${REFUSAL}Du går selv op og ned ad trappen til første sal med gelænderet. Du får derfor ikke en trappelift.`).begrundelse.present).toBe(true));
  it('"På mødet fortalte borgeren, at …, fordi …" under the heading is her account', () =>
    expect(el(`${REFUSAL}Vurdering:\nPå mødet den 4. februar fortalte borgeren, at hun ikke kan gå på trapper, fordi knæet låser.`).begrundelse.present).toBe(false));
  it('the same finding in the authority\'s voice with "fordi" is a reason', () =>
    expect(el(`${REFUSAL}Vurdering:\nVi giver dig ikke en trappelift, fordi ergoterapeuten så dig gå sikkert på trappen med stok.`).begrundelse.present).toBe(true));
  it('"Borgeren ønsker bad hver dag, da hun er vant til det" under the heading is her wish', () =>
    expect(el(`${GRANT}Vurdering:\nBorgeren ønsker bad hver dag, da hun altid har været vant til det.`).begrundelse.present).toBe(false));
  it('"Revurdering: maj 2026, eller før hvis …" under the heading is no reason', () =>
    expect(el(`${GRANT}Vurdering:\nRevurdering: Maj 2026, eller tidligere hvis dit behov for hjælp ændrer sig.`).begrundelse.present).toBe(false));
  it('a concrete finding under the same heading is one', () =>
    expect(el(`${GRANT}Vurdering:\nDu kan ikke selv komme ind i brusenichen, fordi du har nedsat kraft i begge ben.`).begrundelse.present).toBe(true));
});

describe('begrundelse: verdicts and the rule said back', () => {
  const CHILD = 'Kære Lise\n\nI får afslag på aflastning til Oskar efter barnets lov § 32.\n\n';
  it('"Det er vurderet, at der ikke er behov for aflastning i familien. Derfor …" is the verdict only', () =>
    expect(el(`${CHILD}Det er vurderet, at der ikke er behov for aflastning i hjemmet. Der kan derfor ikke bevilges aflastning.`).begrundelse.present).toBe(false));
  it('the same verdict with a fact after "fordi" is a reason', () =>
    expect(el(`${CHILD}Vi har vurderet, at der ikke er behov for aflastning, fordi jeres familie passer Oskar hver anden weekend.`).begrundelse.present).toBe(true));
  it('the conditions named with a long rule between, then "derfor", are hollow', () =>
    expect(el(`${CHILD}Vi finder ikke, at betingelserne for at give aflastning efter barnets lov § 32, stk. 3, nr. 2, er opfyldt. Ansøgningen kan derfor ikke imødekommes.`).begrundelse.present).toBe(false));
  it('"Du får i dag rengøring hver uge" before "På baggrund af ovenstående" adds nothing to the standard', () =>
    expect(el(`${CUT}Kommunens kvalitetsstandard giver fra 1. april rengøring hver 14. dag. Du får i dag rengøring hver uge. På baggrund af ovenstående bliver din hjælp sat ned.`).begrundelse.present).toBe(false));
  it('a change in the citizen before the same connector is a reason', () =>
    expect(el(`${CUT}Efter din nye hofte kan du igen selv tørre støv af og tage opvasken. På baggrund af ovenstående bliver din hjælp sat ned.`).begrundelse.present).toBe(true));
});

describe('begrundelse: a past "da" clause with a present result', () => {
  const AID = 'Kære Poul\n\nDu får en rollator efter servicelovens § 112.\n\n';
  it('"Da du gik sikrest med den lette model ved afprøvningen, er det den, du får" ties what was seen to the grant', () =>
    expect(el(`${AID}Da du gik sikrest med den lette model ved afprøvningen, er det den, du får.`).begrundelse.present).toBe(true));
  it('"Da vi besøgte dig den 3. marts, talte vi om rollatoren" is only when', () =>
    expect(el(`${AID}Da vi besøgte dig den 3. marts, talte vi om rollatoren og om dine ture.`).begrundelse.present).toBe(false));
});

describe('faktiske-oplysninger: a diagnosis in an association\'s name', () => {
  const CHILD = 'Kære Lise\n\nI får afslag på aflastning til Oskar efter barnets lov § 32.\n\n';
  it('"Du kan kontakte Autisme-foreningens rådgivning" is where to turn', () =>
    expect(el(`${CHILD}Du kan også kontakte ADHD-foreningens rådgivning for forældre.`)['faktiske-oplysninger'].present).toBe(false));
  it('the diagnosis said of the child is a fact', () =>
    expect(el(`${CHILD}Oskar fik konstateret ADHD af børnepsykiatrien i efteråret.`)['faktiske-oplysninger'].present).toBe(true));
});

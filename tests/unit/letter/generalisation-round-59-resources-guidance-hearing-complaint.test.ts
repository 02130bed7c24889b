/**
 * Round 59: ressourcer, vejledning-andre-ydelser, partshoering, klagevejledning and klagefrist — dressing oneself with
 * "få … på", a household task done with one's own things ("laver sin egen mad"), a child who manages at school with how
 * well, packing one's things oneself, a friend named as where one goes; a few tips flagged as such that name a kind of
 * shop, advice to be had from another body ("kan få råd fra …"); the party who read the "afdækning" and whose
 * corrections went in, a note-style "m. frist", the writer's own "har set på det, og svaret er"; the plural "ikke
 * tilfredse" as disagreement, and a deadline sent straight to Ankestyrelsen; blind batches ed and ee measured once as
 * unseen letters before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import type { ElementId } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-03-01T12:00:00') };
const END = '\n\nMed venlig hilsen\nKaren Vestergaard\nSagsbehandler\n';
const has = (t: string, id: ElementId) => present(t + END, id, opts);

describe('ressourcer: dressing oneself, "kan nu selv få … på/af"', () => {
  const letter = (s: string) =>
    'Kære Erik\n\nFra 1. maj kommer hjemmeplejen kun om aftenen. Morgenbesøget stopper.\n\n' + s + '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.';
  it('"kan nu selv få skoene på med et langt skohorn" is a skill', () =>
    expect(has(letter('Efter træningen kan du nu selv få skoene på med et langt skohorn.'), 'ressourcer')).toBe(true));
  it('"kan nu selv få hjælpen af en anden leverandør" (getting help) is none', () =>
    expect(has(letter('Hvis du ønsker det, kan du nu selv få hjælpen af en anden leverandør.'), 'ressourcer')).toBe(false));
});

describe('ressourcer: a household task with one\'s own things', () => {
  const letter = (s: string) =>
    'Kære Inge\n\nVi har vurderet din ansøgning om madservice, og vi kan ikke bevilge den.\n\n' + s + '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.';
  it('"du varmer stadig din egen suppe" is what she manages', () =>
    expect(has(letter('Du fortalte, at du stadig varmer din egen suppe til frokost.'), 'ressourcer')).toBe(true));
  it('"du ikke længere laver din egen mad" is a limitation', () =>
    expect(has(letter('Du fortalte, at du ikke længere laver din egen mad.'), 'ressourcer')).toBe(false));
  it('"din egen leverandør" chosen is no skill', () =>
    expect(has(letter('Vi har noteret, at du handler hos din egen leverandør af færdigretter.'), 'ressourcer')).toBe(false));
});

describe('ressourcer: a child who manages at school, with how well', () => {
  const letter = (s: string) =>
    'Kære Mette og Lars\n\nI har søgt om en støtteperson til Sebastian. Det siger vi nej til.\n\n' + s + '\n\nI kan klage inden 4 uger efter, at I har fået brevet.';
  it('"klarer sig pænt fagligt" is how the child does', () =>
    expect(has(letter('Lærerne skriver, at Sebastian klarer sig pænt fagligt.'), 'ressourcer')).toBe(true));
  it('"klarer sig ikke alderssvarende" is a concern', () =>
    expect(has(letter('Lærerne skriver, at Sebastian ikke klarer sig alderssvarende.'), 'ressourcer')).toBe(false));
});

describe('ressourcer: packing one\'s things, and a friend as a destination', () => {
  const letter = (s: string) =>
    'Kære Bent\n\nDin hjælp til indkøb stopper fra 1. juni.\n\n' + s + '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.';
  it('"du pakker dem selv ud" is a skill', () =>
    expect(has(letter('Varerne bliver leveret i gangen, og du pakker dem selv ud bagefter.'), 'ressourcer')).toBe(true));
  it('"du skal selv pakke dem ud" as a duty with no skill is none', () =>
    expect(has(letter('Varerne bliver leveret i gangen, og derefter skal leverandøren pakke dem ud.'), 'ressourcer')).toBe(false));
  it('"kører i taxa til dine venner og til lægen" names a destination, not help', () =>
    expect(has(letter('Du har fortalt, at du kører i taxa til lægen og til dine naboer i den gamle by.'), 'ressourcer')).toBe(false));
});

describe('vejledning-andre-ydelser: a few tips that name a kind of shop', () => {
  const letter = (s: string) =>
    'Kære Anna\n\nDu har søgt om en toiletforhøjer med armlæn. Det kan vi ikke give dig, fordi du kan rejse dig selv.\n\n' + s + '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.';
  it('"Et par gode råd: … fås på apoteket" guides', () =>
    expect(has(letter('Et par gode råd, hvis det bliver tungere: en lille skammel foran toilettet fås for få penge på apoteket.'), 'vejledning-andre-ydelser')).toBe(true));
  it('"Et par gode råd: stå langsomt op" (a practical hint) does not', () =>
    expect(has(letter('Et par gode råd, hvis det bliver tungere: stå langsomt op og tag fat i håndvasken.'), 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: advice to be had from another body', () => {
  const letter = (s: string) =>
    'Kære Sofie og Jens\n\nI får familiebehandling 2 timer om ugen efter barnets lov § 32.\n\n' + s + '\n\nVi mødes igen i maj.';
  it('"Børnehaven kan få råd fra PPR" guides', () =>
    expect(has(letter('Børnehaven kan også få råd fra PPR om, hvordan de tager imod Alma om morgenen.'), 'vejledning-andre-ydelser')).toBe(true));
  it('"I kan få råd fra os" (the sender) does not', () =>
    expect(has(letter('I kan altid få råd fra os, hvis noget er svært.'), 'vejledning-andre-ydelser')).toBe(false));
});

describe('partshoering: the party read the "afdækning" and the corrections went in', () => {
  const letter = (s: string) =>
    'Kære Camilla\n\nDu får en kontaktperson til Oskar 3 timer om ugen efter barnets lov § 32.\n\n' + s + '\n\nVi følger op i oktober.';
  it('"Du har læst afdækningen, og dine rettelser er skrevet med" is the hearing', () =>
    expect(has(letter('Du har læst afdækningen fra januar, og dine rettelser er kommet med.'), 'partshoering')).toBe(true));
  it('"Vi har læst afdækningen" (the municipality reading) is none', () =>
    expect(has(letter('Vi har læst afdækningen fra januar, og den viser, at Oskar mangler voksne at tale med.'), 'partshoering')).toBe(false));
});

describe('partshoering: a note-style "m. frist", and the writer\'s own look', () => {
  const letter = (s: string) =>
    'Kære Jonas\n\nDin merudgiftsydelse sættes ned til 500 kr. om måneden fra 1. april.\n\n' + s + '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.';
  it('"Beregningen sendt til borger 3/3 m. frist 10/3" is the hearing', () =>
    expect(has(letter('Høring: Beregningen sendt til borger 3/3-26 m. frist 10/3-26. Intet svar.'), 'partshoering')).toBe(true));
  it('"Jeg har set på det, og svaret er, at …" is no hearing', () =>
    expect(has(letter('Jeg har set på det igen, og svaret er, at ydelsen bliver sat ned.'), 'partshoering')).toBe(false));
});

describe('klagevejledning: the plural "ikke tilfredse"', () => {
  const letter = (s: string) =>
    'Kære Ole\n\nSom Karls værge får du her vores svar. Karl får plads i dagtilbuddet 3 dage om ugen efter servicelovens § 104.\n\n' + s;
  it('"Er Karl eller du ikke tilfredse, så skriv til os … Ankestyrelsen" is guidance', () =>
    expect(has(letter('Er Karl eller du ikke tilfredse med noget af det, så skriv til os. Så ser vi på det igen og sender det til Ankestyrelsen, hvis vi holder fast.'), 'klagevejledning')).toBe(true));
  it('"Er I ikke tilfredse med maden, så ring til køkkenet" is none', () =>
    expect(has(letter('Er Karl eller du ikke tilfredse med maden i dagtilbuddet, så ring til køkkenet.'), 'klagevejledning')).toBe(false));
});

describe('klagefrist: the deadline sent straight to Ankestyrelsen', () => {
  const letter = (s: string) =>
    'Kære Grete\n\nFra 1. juli får du kun hjælp til bad om aftenen. Morgenhjælpen stopper, fordi du nu selv kan klare den.\n\n' + s;
  it('"skriv til Ankestyrelsen senest 4 uger efter, du har fået brevet" is the deadline', () =>
    expect(has(letter('Ser du det anderledes, så send et brev til Ankestyrelsen senest 4 uger efter, du har fået brevet.'), 'klagefrist')).toBe(true));
  it('"Ankestyrelsen svarer senest 4 uger efter, de har fået sagen" is not the citizen\'s', () =>
    expect(has(letter('Ankestyrelsen behandler sager senest 4 uger efter, de har fået dem.'), 'klagefrist')).toBe(false));
});

/**
 * Round 28 (resources and facts): phrasing classes behind misses in the merged batches cd–cg,
 * written for these tests in our own words. Every widened phrasing has a look-alike that must keep
 * its reading.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const hasResources = (t: string) => present(t, 'ressourcer');
const LEAD = 'Vi har bevilget hjælp til rengøring hver anden uge. ';

describe('ressourcer: a relative who has carried the care so far', () => {
  it.each([
    'Din kone har de sidste to år klaret det meste af plejen, når du skulle i seng.',
    'Hans datter Lone har hidtil stået for den daglige pleje.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    'Din kone har oplyst, at hun ikke længere kan klare plejen alene.',
    'Hjemmeplejen har indtil nu stået for plejen om natten.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

describe('ressourcer: an ability with the adverb before the modal, or regained', () => {
  it.each([
    'Ved afprøvningen så terapeuten, at De fint kan komme op i bussen ved egen hjælp.',
    'Hun oplyste, at hun sagtens kan bære en pose fra Netto.',
    'Efter operationen viser vores besøg, at du igen kan vaske op og støvsuge.',
    'Terapeuten har set, at hun nu igen selv kan komme ud af badekarret.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    'Det er ikke afgørende, om du sagtens kan søge om tilskud et andet sted.',
    'Vi vil se på hjælpen igen, når du igen kan gå på trapper.',
    'Hjælpen gælder, indtil du igen kan løfte armen over hovedet.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

describe('ressourcer: a task the citizen already does', () => {
  it.each([
    'Du fortalte, at du i forvejen rydder op i køkkenet hver dag.',
    'Borgeren i forvejen handler småting i kiosken på hjørnet.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    'Hjemmeplejen i forvejen laver maden til dig om aftenen.',
    'Du har i forvejen hjælp til bad to gange om ugen.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

describe('ressourcer: a parent free from work, one who can look after the child', () => {
  it.each([
    'Mor har fri fra sit job hver fredag og kan være hjemme med Oskar.',
    'Vi har lagt vægt på, at Karsten har fri kl. 15 hver dag.',
    'Farmor har oplyst, at hun kan tage sig af Nanna to dage om ugen.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    'Oskar har fri fra skole om onsdagen og skal have en voksen.',
    'Plejefamilien kan tage sig af Nanna i weekenden.',
    'Aflastningsfamilien kan tage sig af Nanna hver anden weekend.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

describe('ressourcer: a neighbour or grandparent named for an event or a worry', () => {
  it.each([
    'Mormor har ringet og fortalt, at hun gerne henter Nanna hver fredag.',
    'Din nabo har en nøgle og kigger ind hver dag.',
  ])('names a resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(true));
  it.each([
    'Du faldt om natten i januar, og naboen opdagede dig først næste morgen.',
    'Oskars morfar har skrevet til os, at han synes, familien er meget presset.',
    'Farmor har fortalt os, at hun er bekymret for, om I kan holde til det.',
  ])('names no resource: %s', (t) => expect(hasResources(LEAD + t)).toBe(false));
});

const hasFacts = (t: string) => present(t, 'faktiske-oplysninger');
const FACTS_LEAD = 'Vi har bevilget hjælp til rengøring hver anden uge. ';

describe('faktiske-oplysninger: a visit said plainly, a confirmation, a professional\'s description', () => {
  it.each([
    'Da vi var ude hos jer den 2. maj, fortalte I om aftnerne med Noah.',
    'Det har skolelederen bekræftet over for os i en mail.',
    'Efter kontaktpersonens beskrivelse af 5. marts klarer Emil nu selv sin morgenmad.',
    'Dagplejens beskrivelser viser, at Sofie sover uroligt.',
  ])('names facts: %s', (t) => expect(hasFacts(FACTS_LEAD + t)).toBe(true));
  it.each([
    'Kommunens beskrivelse af tilbuddet kan du læse på hjemmesiden.',
    'Vi har sendt din ansøgning videre til PPR.',
    'Tak for snakken i telefonen i går.',
  ])('names no facts: %s', (t) => expect(hasFacts(FACTS_LEAD + t)).toBe(false));
});

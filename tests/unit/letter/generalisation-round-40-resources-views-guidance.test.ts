/**
 * Round 40: resources, the citizen's views and guidance to other help — peers one has drawn away from and a wish
 * that governs a list are no resources, shopping on the net as a habit is one; a verb-first condition and a town
 * after "i" are no view, an application dated between "har" and "søgt" with the child's reason and the citizen's
 * "egne oplysninger" are; a tip asked as a question, an open door, another help to apply for oneself and help under
 * another law guide, a goal of the help granted and a choice between providers do not. Batches db/dc/dd measured
 * once unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const ADULT = 'Kære Helle\n\nDu får ledsagelse 10 timer om måneden efter servicelovens § 97.\n\n';
const CARE = 'Kære Poul\n\nDu får hjælp til rengøring hver 14. dag efter ældrelovens § 10.\n\n';
const CHILD = 'Kære Lise og Anders\n\nJeres datter Maja får aflastning 1 weekend om måneden efter barnets lov § 32.\n\n';
const REFUSAL = 'Kære Jens\n\nKommunen kan ikke bevilge en trappelift efter servicelovens § 116. Du får derfor afslag.\n\n';

describe('ressourcer: withdrawal, wishes in a list and shopping on the net', () => {
  it('a child who "har trukket sig fra kammeraterne" names no network', () =>
    expect(el(`${CHILD}Skolen oplyser, at Maja det sidste halve år har trukket sig fra kammeraterne i frikvartererne.`).ressourcer.present).toBe(false));
  it('a child who plays with friends in the breaks has a network', () =>
    expect(el(`${CHILD}Skolen oplyser, at Maja leger med kammeraterne i frikvartererne.`).ressourcer.present).toBe(true));
  it('a friend at the end of a list of wishes ("gerne vil …, gå i svømmehallen og besøge din veninde") is no network', () =>
    expect(el(`${ADULT}Du fortæller, at du gerne vil gå til gudstjeneste om søndagen, se udstillinger på museet og besøge din veninde i Ribe.`).ressourcer.present).toBe(false));
  it('a friend in a new clause after the wish ("…, men din veninde kører dig") is a network', () =>
    expect(el(`${ADULT}Du fortæller, at du gerne vil gå til gudstjeneste om søndagen, men din veninde kører dig derhen hver gang.`).ressourcer.present).toBe(true));
  it('"Du handler det meste på nettet" is a habit of one\'s own', () =>
    expect(el(`${CARE}Du handler det meste på nettet og får varerne bragt til døren.`).ressourcer.present).toBe(true));
  it('"Du kan bestille varer på nettet" is advice, not a habit', () =>
    expect(el(`${CARE}Du kan bestille varer på nettet og få dem bragt til døren.`).ressourcer.present).toBe(false));
  it('"når du bestiller dem på nettet" is a condition, not a habit', () =>
    expect(el(`${CARE}Tunge varer bliver båret op, når du bestiller dem på nettet.`).ressourcer.present).toBe(false));
});

describe('borgerens-synspunkter: conditions, towns and dated applications', () => {
  it('"Ønsker du at skifte leverandør, kan du ringe" is a condition, not a view', () =>
    expect(el(`${CARE}Ønsker du at skifte leverandør, kan du ringe til visitationen.`)['borgerens-synspunkter'].present).toBe(false));
  it('"Du ønsker at skifte leverandør" is a view', () =>
    expect(el(`${CARE}Du ønsker at skifte leverandør, fordi du ikke er tilfreds med tiderne.`)['borgerens-synspunkter'].present).toBe(true));
  it('a hospital unit "i Vejle" that wrote something is no party speaking', () =>
    expect(el(`${CHILD}Neurologisk afdeling i Vejle skrev 3. februar, at Maja nu sover bedre.`)['borgerens-synspunkter'].present).toBe(false));
  it('the child by name who said something is the party speaking', () =>
    expect(el(`${CHILD}Maja sagde på mødet 3. februar, at hun gerne vil sove hjemme i weekenden.`)['borgerens-synspunkter'].present).toBe(true));
  it('an application dated between "har" and "søgt" with the child\'s reason gives the parents\' view', () =>
    expect(el(`${CHILD}I har den 4. januar 2026 søgt om en ekstra weekend, fordi hun er begyndt at vågne flere gange om natten.`)['borgerens-synspunkter'].present).toBe(true));
  it('the same application without a reason gives none', () =>
    expect(el(`${CHILD}I har den 4. januar 2026 søgt om en ekstra weekend.`)['borgerens-synspunkter'].present).toBe(false));
  it('"ifølge egne oplysninger" gives the citizen\'s own account', () =>
    expect(el(`${CARE}Du har ifølge egne oplysninger svært ved at bukke dig efter et fald i efteråret.`)['borgerens-synspunkter'].present).toBe(true));
  it('"ifølge lægens oplysninger" is another\'s account', () =>
    expect(el(`${CARE}Du har ifølge lægens oplysninger svært ved at bukke dig efter et fald i efteråret.`)['borgerens-synspunkter'].present).toBe(false));
});

describe('vejledning-andre-ydelser: tips, open doors, applying oneself and another law', () => {
  it('"Kender du i øvrigt Strikkeklubben i Medborgerhuset?" points to another offer', () =>
    expect(el(`${CARE}Kender du i øvrigt Strikkeklubben i Medborgerhuset? De mødes hver tirsdag.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('"Kender du i øvrigt din nye hjælper?" names nothing else', () =>
    expect(el(`${CARE}Kender du i øvrigt din nye hjælper? Hun kommer første gang på mandag.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Du kan også altid komme forbi Frivillighuset" is an open door elsewhere', () =>
    expect(el(`${ADULT}Du kan også altid komme forbi Frivillighuset på Torvet, som har åbent om onsdagen.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('"Du kan altid komme forbi os" is the sender', () =>
    expect(el(`${ADULT}Du kan altid komme forbi os på rådhuset, hvis du har spørgsmål.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('in a refusal, another aid "du skal selv søge om" guides', () =>
    expect(el(`${REFUSAL}Et trappesæde er et hjælpemiddel efter servicelovens § 112. Du skal selv søge om det.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('in a grant, "skal du selv søge om forlængelse" is the same help renewed', () =>
    expect(el(`${ADULT}Har du brug for ledsagelse efter 1. juli, skal du selv søge om forlængelse.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('help under another named law ("efter aktivloven") guides', () =>
    expect(el(`${REFUSAL}Ydelseskontoret kan se på, om du kan få hjælp til enkeltudgifter efter aktivloven.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('help under the letter\'s own law ("efter serviceloven") does not', () =>
    expect(el(`${REFUSAL}Vi kan se på, om du kan få hjælp til at komme op ad trappen efter serviceloven.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('the goal of the help granted ("skal sikre, … og at du kan bruge dine kræfter") is no other help', () =>
    expect(el(`${CARE}Hjælpen skal sikre, at dit hjem er rent, og at du kan bruge dine kræfter på at gå ture.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"så du kan søge ind på en uddannelse" as the aim is no other help', () =>
    expect(el(`${ADULT}Ledsagelsen skal hjælpe dig med at komme til undervisningen, så du kan søge ind på en uddannelse til sommer.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Du kan vælge mellem kommunens hjemmepleje og Firma X" is the choice of provider', () =>
    expect(el(`${CARE}Du kan vælge mellem kommunens hjemmepleje og Rengøringsfirmaet Glans.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('a private cleaning firm pointed to in a refusal guides', () =>
    expect(el(`${REFUSAL}Du kan også købe hjælp hos et privat rengøringsfirma.`)['vejledning-andre-ydelser'].present).toBe(true));
});

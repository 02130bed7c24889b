/**
 * Round 63: decisionType — partial grants said indirectly and read as a grant or a change: a list heading and its twin with
 * "ikke" ("Det får du:" / "Det får du ikke:"), an aid granted "uden" a feature the same sentence calls the
 * reader's wish, a new level "i stedet for" the one had after an application to raise it, a heading that says yes to one
 * part "– men ikke" another, and "Det bliver ikke til, at …" as a refusal, the unseen batches eh and ei measured once
 * before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nEr du uenig?\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLone Berg\nSagsbehandler\n';

const twin = (second: string) =>
  'Svar på din ansøgning om ændringer i badeværelset\n\nDu har søgt om to ting til badeværelset.\n\nDet får du:\n• Greb ved toilettet.\n\n' +
  second + '\n• Nyt bruseniche med sæde.\n\nDet har vi set på:\n• Vores terapeut målte badeværelset op i marts.' + END;
describe('decisionType: a list heading and its twin with "ikke"', () => {
  it('"Det får du:" and later "Det får du ikke:" is partial', () => expect(type(twin('Det får du ikke:'))).toBe('delvis'));
  it('a second heading that is no negated twin ("Det får du senere:") stays a grant', () =>
    expect(type(twin('Det får du senere:'))).toBe('bevilling'));
  it('the twin headings leave the complaint deadline read', () => expect(present(twin('Det får du ikke:'), 'klagefrist', opts)).toBe(true));
});

const feature = (rest: string) =>
  'Din nye rollator\n\nKære Hans\n\nDu får en ny rollator. Den får du dog uden ' + rest +
  '\n\nTerapeuten så dig gå i din stue og på vejen foran huset, og du kan ikke gå langt uden støtte.' + END;
describe('decisionType: granted "uden" a feature the same sentence calls the reader\'s wish', () => {
  it('"uden den indbyggede bakke, som du havde ønsket dig" is partial', () =>
    expect(type(feature('den indbyggede bakke, som du havde ønsket dig.'))).toBe('delvis'));
  it('"uden den indbyggede bakke, som vi har på lager" (no wish of the reader) stays a grant', () =>
    expect(type(feature('den indbyggede bakke, som vi har på lager.'))).toBe('bevilling'));
});

const raise = (ask: string) =>
  'Din bostøtte\n\nKære Mette\n\n' + ask + ' Fra 1. juni får du støtte 6 timer om ugen i stedet for de 4, du har i dag.\n\n' +
  'Hvorfor?\nDu er flyttet i egen lejlighed og har brug for mere hjælp til at handle og betale regninger.' + END;
describe('decisionType: a new level "i stedet for" the one had, after an application to raise it', () => {
  it('asked to have it raised to 8 hours, granted 6 instead of 4: partial', () =>
    expect(type(raise('Du søgte i marts om at få din støtte hævet til 8 timer om ugen.'))).toBe('delvis'));
  it('with no application to raise it, the new level instead of the old is a change', () =>
    expect(type(raise('Vi har talt med dig og din kontaktperson om din hverdag.'))).toBe('aendring'));
});

const butNot = (heading: string, body: string) =>
  'Din hjælp efter flytningen\n\nKære Anne\n\nDu har bedt om hjælp til rengøring og til havearbejde.\n\n' + heading + '\n' + body +
  '\n\nDet har vi lagt vægt på\nDu kan selv lave lette ting i huset.' + END;
describe('decisionType: a heading that says yes to one part "– men ikke" another', () => {
  it('"Rengøring – men ikke havearbejde" over a grant is partial', () =>
    expect(type(butNot('Rengøring – men ikke havearbejde', 'Du får rengøring hver 14. dag.'))).toBe('delvis'));
  it('"Rengøring – men ikke før juni" only defers: a grant', () =>
    expect(type(butNot('Rengøring – men ikke før juni', 'Du får rengøring hver 14. dag.'))).toBe('bevilling'));
});

const notComing = (s: string) =>
  'Svar om din bolig\n\nKære Jonas\n\nDu har spurgt, om du kan blive i din nuværende bolig, når du fylder 18.\n\n' + s +
  ' Du har selv fortalt, at du gerne vil bo tættere på skolen.\n\nDet har vi lagt vægt på\nDu klarer det meste selv.' + END;
describe('decisionType: "Det bliver ikke til, at …" refuses', () => {
  it('"Det bliver ikke til, at du fortsætter i boligen" is a refusal', () =>
    expect(type(notComing('Det bliver ikke til, at du fortsætter i boligen efter din fødselsdag.'))).toBe('afslag'));
  it('"Det bliver til, at du fortsætter i boligen" stays a grant', () =>
    expect(type(notComing('Vi har besluttet, at du fortsætter i boligen efter din fødselsdag.'))).not.toBe('afslag'));
});

/**
 * Round 52: vejledning-andre-ydelser, held-out sets 28–31 measured once before they were fixed. Written for these tests
 * in our own words, each with a look-alike.
 *
 * Not other help: the sender contacted with a second verb ("kontakte os og få flere timer"), the citizen as the one a
 * provider contacts ("som vil kontakte borgeren"), the thing of a subsidy bought with "godt" and the rest paid, the
 * citizen's own thing before "som du kan bruge", and the smaller grant with the sender in the third person ("Kommunen
 * bevilger i stedet …"). Other help: an aid put first with where to borrow it ("En X kan du låne i depotet").
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const guides = (t: string) =>
  analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements['vejledning-andre-ydelser'].present;
const BPA = 'Kære Jens\n\nVi har besluttet at nedsætte din BPA fra 40 til 32 timer om ugen efter servicelovens § 96.\n\n';
const GRANT = 'Kære Jens\n\nDu får hjælp til bad to gange om ugen efter ældreloven.\n\n';
const CYCLE =
  'Kære Inger\n\nDu har søgt om at få betalt en el-cykel til 19.000 kr.\n\nDu får et tilskud på 5.000 kr. til en el-cykel efter servicelovens § 113. Du får afslag på resten.\n\n';
const ROLL = 'Kære Inger\n\nDu har søgt om en rollator med sæde. Du får en rollator efter servicelovens § 112.\n\n';
const PART =
  'Kære Bent\n\nDu har søgt om en el-kørestol og en ny seng.\n\nDu får en ny seng efter servicelovens § 112. Du får afslag på el-kørestolen.\n\n';
const PART_CHAIR = 'Kære Bent\n\nDu har søgt om en el-kørestol.\n\nDu får delvist bevilget din ansøgning. Du får afslag på el-kørestolen.\n\n';

describe('vejledning-andre-ydelser: contacting the sender, or being contacted', () => {
  it('"kontakte os og få" more of the same help is the sender', () =>
    expect(guides(`${BPA}Bliver du syg i en periode, kan du kontakte os og få flere timer for en kort tid.`)).toBe(false));
  it('"kontakte os eller" another line still guides', () =>
    expect(guides(`${BPA}Har du brug for at tale med nogen om din sygdom, kan du kontakte os eller Gigtlinjen.`)).toBe(true));
  it('a provider that will contact the citizen is no pointer', () =>
    expect(guides(`${GRANT}Hjemmeplejen Nord, som vil kontakte borgeren om det første besøg, står for hjælpen.`)).toBe(false));
  it('the citizen told to contact another service still guides', () =>
    expect(guides(`${GRANT}Har du brug for selskab, kan du kontakte Besøgstjenesten Solsikken.`)).toBe(true));
});

describe('vejledning-andre-ydelser: the share left to the citizen, and what they keep', () => {
  it('under a subsidy, the thing bought with "godt" and the difference paid', () =>
    expect(guides(`${CYCLE}Du kan godt købe den cykel, du har fundet, eller en anden cykel, men så betaler du selv forskellen.`)).toBe(false));
  it('an aid given in kind, a dearer one with the difference paid, is free choice of aid', () =>
    expect(guides(`${ROLL}Du kan godt købe en anden rollator, men så skal du selv betale forskellen.`)).toBe(true));
  it('the citizen\'s own thing before "som du kan bruge"', () =>
    expect(guides(`${GRANT}Du beholder dit nødkald, som du kan bruge om natten.`)).toBe(false));
  it('another body\'s service before "som du kan bruge" still guides', () =>
    expect(guides(`${GRANT}Biblioteket har en lydbogsservice, som du kan bruge gratis.`)).toBe(true));
});

describe('vejledning-andre-ydelser: instead, and an aid put first', () => {
  it('"Kommunen bevilger i stedet" is the smaller grant', () =>
    expect(guides(`${PART_CHAIR}Kommunen bevilger i stedet en manuel kørestol, som vurderes at dække dit behov.`)).toBe(false));
  it('"I stedet kan du få … fra depotet" still guides', () =>
    expect(guides(`${PART_CHAIR}I stedet kan du få en kørestol fra hjælpemiddeldepotet.`)).toBe(true));
  it('another aid put first, "kan du låne i depotet"', () =>
    expect(guides(`${PART}En toiletforhøjer kan du låne i hjælpemiddeldepotet.`)).toBe(true));
  it('the aid granted put first is how it is given', () =>
    expect(guides(`${ROLL}Rollatoren kan du låne i depotet, indtil den nye kommer.`)).toBe(false));
  it('borrowing from the sender is no other place', () => expect(guides(`${PART}Sengen kan du låne hos os.`)).toBe(false));
});

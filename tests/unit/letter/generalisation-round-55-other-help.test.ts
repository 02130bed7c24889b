/**
 * Round 55: vejledning-andre-ydelser, held-out sets 34 and 35 measured once before they were fixed. Written for these
 * tests in our own words, each with a look-alike.
 *
 * Other help: a thing another body hands out free ("… får I gratis fra hospitalets klinik"), and an offer said to be open
 * to everyone ("…, som er åben for alle"). Not other help: the sending unit named in more than one word ("kontakte
 * Visitation Voksne" under that letterhead), what the citizen can no longer use ("Du kan ikke længere bruge …"), training
 * carried on alone ("på egen hånd"), and the citizen buying, or paying the rest of, the thing decided here, one test
 * for every phrasing of it ("Du kan godt købe den cykel, du har prøvet, men så betaler du selv resten").
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const guides = (t: string) =>
  analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements['vejledning-andre-ydelser'].present;
const END = '\n\nVenlig hilsen\nOle Bak\nVisitator\n';

describe('vejledning-andre-ydelser: the sending unit named in several words', () => {
  const ended = (unit: string) =>
    `Sønderby Kommune\nVisitation Voksne\n\nKære Knud\n\nDin hjælp til indkøb ophører pr. 1. maj 2026, da du ikke længere har behov for den.\n\nFår du igen brug for hjælp, kan du kontakte ${unit}, så ser vi på det.${END}`;
  it('the unit of the letterhead, in full, is the sender', () => expect(guides(ended('Visitation Voksne'))).toBe(false));
  it('another unit with the same first word is somewhere else', () =>
    expect(guides(ended('Visitation Psykiatri i Nordby Kommune'))).toBe(true));
});

describe('vejledning-andre-ydelser: what the citizen can no longer use', () => {
  const grant = (s: string) =>
    `Kære Lone\n\nDu får en el-kørestol efter servicelovens § 112.\n\nVurdering\n${s} Derfor er stolen nødvendig for dig.${END}`;
  it('"Du kan ikke længere bruge …" is a fact of the need', () =>
    expect(guides(grant('Du kan ikke længere bruge din gamle kørestol uden at få ondt i skuldrene.'))).toBe(false));
  it('"Du kan også bruge …" another scheme guides', () =>
    expect(guides(grant('Du kan også bruge Flextur, når du skal længere væk.'))).toBe(true));
});

describe('vejledning-andre-ydelser: training carried on alone', () => {
  const course = (s: string) =>
    `Kære Bent\n\nDu får et genoptræningsforløb efter servicelovens § 86, stk. 1, 2 gange om ugen i 10 uger.\n\nNår forløbet slutter, ${s}${END}`;
  it('"om du kan træne videre på egen hånd" is the citizen\'s own follow-up', () =>
    expect(guides(course('aftaler vi med dig, om du kan træne videre på egen hånd.'))).toBe(false));
  it('training on at a team elsewhere guides', () =>
    expect(guides(course('kan du træne videre på seniorholdet i Sønderby Idrætsforening.'))).toBe(true));
});

describe('vejledning-andre-ydelser: a thing another body hands out free', () => {
  const partial = (s: string) =>
    `Kære Sara og Jens\n\nVi dækker merudgifter til diætkost med 400 kr. om måneden efter barnets lov § 86. I får afslag på et aktivitetsur.\n\n${s}${END}`;
  it('what another body hands out free guides', () =>
    expect(guides(partial('Teststrimler og nåle får I gratis fra hospitalets børneklinik.'))).toBe(true));
  it('the sender\'s depot handing out the aid is no other help', () =>
    expect(guides(partial('Strimlerne får I gratis fra depotet.'))).toBe(false));
  it('the help granted, handed out free, is no other help', () =>
    expect(guides(partial('Diætkosten får I gratis fra Kostcentret Syd.'))).toBe(false));
});

describe('vejledning-andre-ydelser: an offer open to everyone', () => {
  const days = (s: string) =>
    `Kære Per\n\nDu kan komme på Værkstedet Engen 3 dage om ugen efter servicelovens § 104. Du får afslag på de 2 andre dage.\n\n${s}${END}`;
  it('a place "som er åben for alle" guides', () =>
    expect(guides(days('Vi har talt med Værkstedet om, at du kan komme til fællesspisning fredag aften, som er åben for alle.'))).toBe(true));
  it('the same place told as what the citizen already does does not', () =>
    expect(guides(days('Vi har talt med Værkstedet om, at du allerede går til fællesspisning fredag aften.'))).toBe(false));
});

describe('vejledning-andre-ydelser: the citizen pays for the thing decided', () => {
  const subsidy = (s: string) =>
    `Kære Mona\n\nDu får et tilskud på 6.000 kr. til en el-cykel efter servicelovens § 113.\n\n${s}${END}`;
  it('the very thing found by the citizen, named back with a relative clause, bought anyway', () =>
    expect(guides(subsidy('Du kan godt købe den cykel, du har prøvet i butikken, men så skal du selv betale resten.'))).toBe(false));
  it('the thing decided named in the result, bought anyway, pays the rest', () =>
    expect(guides(subsidy('Du kan godt købe en el-cykel med større batteri, men så betaler du selv forskellen.'))).toBe(false));
  it('the same paid share marked as another option still guides', () =>
    expect(guides(subsidy('Du kan også vælge at købe den hos en anden forhandler, men så betaler du selv forskellen.'))).toBe(true));
  const inKind = (s: string) => `Kære Poul\n\nDu får udlånt en rollator efter servicelovens § 112.\n\n${s}${END}`;
  it('in a grant in kind, the aid decided named back is the share left', () =>
    expect(guides(inKind('Du kan godt vælge den, men så skal du selv betale forskellen.'))).toBe(false));
  it('in a grant in kind, a dearer model with the difference paid is the free choice of aid', () =>
    expect(guides(inKind('Du kan godt vælge den dyrere model, men så skal du selv betale forskellen.'))).toBe(true));
});

/**
 * Round 53: decisionType between bevilling, aendring and ukendt — clothes put on by the citizen ("Sokkerne får hun på
 * selv") grant nothing; the party's own right to withdraw a consent is no help taken back; help had told by the helpers
 * who come ("Hidtil er hjemmeplejen kommet hos dig formiddag og aften") or by what the municipality covers now ("I dag
 * betaler vi …", also in the sentence after the new amount) makes a new amount from a date a change; the help itself
 * moved to another place is a change. Batches dy, dz and ea measured once unseen before they were fixed. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nKlage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nRikke Dahl\nVisitator\n';

const dressing = (fact: string) =>
  'Din hjælp om aftenen\n\nKære Poul\n\nVi besøgte dig den 4. februar sammen med en ergoterapeut. ' + fact +
  '\n\nDerfor ændrer vi din hjælp fra den 1. marts 2026: Hjemmeplejen kommer ikke længere om aftenen.' +
  '\n\nHvorfor?\nDu klarer nu aftenen selv efter træningen.' + END;
describe('decisionType: clothes the citizen puts on or takes off', () => {
  it('"Trøjen får du af selv" before the change does not read as the grant', () =>
    expect(type(dressing('Trøjen får du af selv, og sokkerne får du på med en hjælpepind.'))).toBe('aendring'));
  it('"får du på mandag hjælp" is a time, and a grant before the change still counts', () =>
    expect(type('Kære Poul\n\nDu har søgt om hjælp til bad.\n\nDet får du på mandag: hjælp til bad én gang om ugen.\n\nHvorfor?\nDu kan ikke selv komme i brusekabinen, fordi du har svært ved balancen.' + END)).toBe('bevilling'));
});

const placement = (extra: string) =>
  'AFGØRELSE OM ANBRINGELSE MED SAMTYKKE\n\nKære Lone\n\nAfgørelse\nKommunen har besluttet at anbringe Asger på opholdsstedet Lærkereden efter barnets lov § 46. ' +
  'Anbringelsen sker med dit samtykke og med Asgers samtykke. ' + extra +
  '\n\nBegrundelse\nVi har lagt vægt på, at Asger har brug for faste voksne omkring sig hver dag.' + END;
describe('decisionType: the right to withdraw one\'s consent', () => {
  it('"Du kan altid tilbagekalde dit samtykke" keeps a placement with consent a grant', () =>
    expect(type(placement('Du kan altid tilbagekalde dit samtykke ved at ringe til din rådgiver.'))).toBe('bevilling'));
  it('help the municipality takes back is still a change', () =>
    expect(type('Kære Lone\n\nAfgørelse\nVi tilbagekalder bevillingen af kontaktperson til Asger fra den 1. april 2026.\n\nBegrundelse\nAsger har ikke brugt kontaktpersonen siden oktober, fordi han nu går i klub hver dag.' + END)).toBe('aendring'));
});

const helpers = (had: string) =>
  'Din hjælp efter operationen\n\nKære Inger\n\nHvad sker der nu?\n' + had +
  ' Fra den 2. marts 2026 kommer de også ved frokosttid, så du får 3 besøg om dagen.' +
  '\n\nHvorfor?\nDu spiser for lidt, fordi du er meget træt efter operationen.' + END;
describe('decisionType: help had told by the helpers who come', () => {
  it('"Hidtil er hjemmeplejen kommet hos dig formiddag og aften", then more from a date, is a change', () =>
    expect(type(helpers('Hidtil er hjemmeplejen kommet hos dig formiddag og aften.'))).toBe('aendring'));
  it('a relative who has helped until now is no help had, so the visits are a grant', () =>
    expect(type(helpers('Hidtil er din nabo kommet hos dig med aviser og mad.'))).toBe('bevilling'));
});

const covers = (now: string, after: string) =>
  'Ændring i jeres støtte\n\nKære Sanne og Bo\n\nIda er begyndt i dagtilbud. ' + now + ' ' + after +
  '\n\nHvorfor?\nVi har lagt vægt på, at Ida nu er passet om formiddagen, så I kan arbejde i de timer.' + END;
describe('decisionType: what the municipality covers now, told beside the new amount', () => {
  it('"I dag betaler vi 25 timer om ugen" right after 15 hours from a date is a change', () =>
    expect(type(covers('Fra 1. april 2026 dækker vi tabt arbejdsfortjeneste for 15 timer om ugen efter barnets lov § 87.', 'I dag betaler vi 25 timer om ugen.'))).toBe('aendring'));
  it('a present fact of another unit (days in the day care) stays a grant', () =>
    expect(type(covers('Fra 1. april 2026 dækker vi tabt arbejdsfortjeneste for 15 timer om ugen efter barnets lov § 87.', 'I dag går hun i dagtilbud 3 dage om ugen.'))).toBe('bevilling'));
});

const moved = (s: string) =>
  'Kære Tine og Lars\n\nFamilien Holm har sagt deres aftale som aflastningsfamilie op, fordi de går på pension. ' + s +
  ' Han har stadig 1 weekend om måneden.\n\nI er velkomne til at se stedet først.' + END;
describe('decisionType: the help itself moved to another place', () => {
  it('"Derfor flytter Noahs aflastning fra juni til Solsikken" is a change', () =>
    expect(type(moved('Derfor flytter Noahs aflastning fra juni til Aflastningshuset Solsikken.'))).toBe('aendring'));
  it('"Aflastningen flytter til et andet hus" with the help noun first is a change too', () =>
    expect(type(moved('Aflastningen flytter fra juni til Aflastningshuset Solsikken.'))).toBe('aendring'));
  it('the child himself moving in a placement is no help moved', () =>
    expect(type('Kære Tine og Lars\n\nKommunen har besluttet at anbringe Noah på opholdsstedet Solsikken med jeres samtykke efter barnets lov § 46. Noah flytter til Solsikken den 1. juni.\n\nBegrundelse\nVi har lagt vægt på, at Noah har brug for faste voksne.' + END)).toBe('bevilling'));
});

/**
 * Round 67: omfang and ressourcer — training or taking part told in the simple past ("trænede", "deltog") read as a scope
 * granted, help kept beside a refusal with its amount in a relative clause ("…, som er 2 besøg dagligt") missed, and a
 * child's team named in a compound ("spiller på U13-holdet") or steady attendance with the adverb first ("der altid møder
 * op") missed as resources, held-out sets 50 and 51 measured once before they were fixed. Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLise Holm\nVisitator\n';

const ended = (told: string) =>
  'Din hjælp til indkøb ophører\n\nKære Bent\n\nAfgørelse\nDin hjælp til indkøb ophører den 1. juni 2026.\n\nBaggrund\n' +
  'I foråret var du på et forløb med en fysioterapeut. ' + told +
  '\n\nHvorfor?\nDu kan nu selv gå til butikken med din rollator, og derfor ophører hjælpen.' + END;
describe('omfang: training told in the simple past is a course gone by', () => {
  it('"Du trænede med hende tre gange om ugen" in a letter that ends help is no scope', () =>
    expect(present(ended('Du trænede med hende tre gange om ugen i otte uger.'), 'omfang', opts)).toBe(false));
  it('"Hun deltog i holdtræning to gange om ugen" is no scope either', () =>
    expect(present(ended('Du deltog i holdtræning to gange om ugen i otte uger.'), 'omfang', opts)).toBe(false));
  it('a new scope granted beside it still counts', () =>
    expect(present(ended('Fremover får du hjælp til tunge indkøb en gang om ugen.'), 'omfang', opts)).toBe(true));
});

const keptBesideRefusal = (kept: string) =>
  'Afgørelse om ældrebolig\n\nKære Inge\n\nDu har søgt om en ældrebolig.\n\nResultat\nDu får afslag på en ældrebolig.\n\n' + kept +
  '\n\nBegrundelse\nDu kan selv komme rundt i dit hus, og din hjælp dækker dit behov.' + END;
describe('omfang: help kept beside a refusal, its amount in a relative clause', () => {
  it('"Du fortsætter med din nuværende hjemmepleje efter § 10, som er 2 besøg dagligt" is the scope that goes on', () =>
    expect(present(keptBesideRefusal('Du fortsætter med din nuværende hjemmepleje efter ældrelovens § 10, som er 2 besøg dagligt.'), 'omfang', opts)).toBe(true));
  it('"Du beholder din hjælp, der består af rengøring hver 14. dag" also counts', () =>
    expect(present(keptBesideRefusal('Du beholder din praktiske hjælp, der består af rengøring hver 14. dag.'), 'omfang', opts)).toBe(true));
  it('the help not kept ("fortsætter ikke med") is no scope', () =>
    expect(present(keptBesideRefusal('Du fortsætter ikke med din nuværende hjemmepleje, som er 2 besøg dagligt.'), 'omfang', opts)).toBe(false));
  it('help applied for, described the same way, is no scope', () =>
    expect(present(keptBesideRefusal('Du har søgt om mere hjemmepleje, som er 4 besøg dagligt.'), 'omfang', opts)).toBe(false));
});

const child = (told: string) =>
  'Afgørelse om støtteperson til Viktor\n\nKære Maja\n\nViktor får en støtteperson 2 timer om ugen efter barnets lov § 32.\n\n' +
  'Det har vi lagt vægt på\nViktor har svært ved at komme op om morgenen. ' + told + END;
describe('ressourcer: a team of the child\'s own and steady attendance', () => {
  it('"Han spiller på U13-holdet i klubben" is a leisure of his own', () =>
    expect(present(child('Han spiller på U13-holdet i den lokale klub.'), 'ressourcer', opts)).toBe(true));
  it('"spiller på førsteholdet" counts too', () =>
    expect(present(child('Om lørdagen spiller han på førsteholdet i bordtennis.'), 'ressourcer', opts)).toBe(true));
  it('"spiller på computeren" names no team', () =>
    expect(present(child('Han spiller på computeren til langt ud på natten.'), 'ressourcer', opts)).toBe(false));
  it('"en af dem, der altid møder op" is steady attendance', () =>
    expect(present(child('Træneren siger, at han er en af dem, der altid møder op.'), 'ressourcer', opts)).toBe(true));
  it('"der ikke altid møder op" is not', () =>
    expect(present(child('Læreren siger, at han er en af dem, der ikke altid møder op.'), 'ressourcer', opts)).toBe(false));
});

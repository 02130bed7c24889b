/**
 * Round 56: faktiske-oplysninger and begrundelse, batches eb and ec measured once unseen before they were fixed. Written
 * for these tests in our own words, each with a look-alike.
 *
 * faktiske-oplysninger: "Du skrev, at …" answering a mail is the request's own account; what the family told is hard for
 * them ("det er aftenerne, der er hårde") is their view; a service named inside the law the letter quotes ("ved et
 * rehabiliteringsforløb efter § 83 a") is the rule's wording; "Vi har set på det" is handling; the photos in the case
 * ("billederne af trappen") are a document of it; a past visit by its short date ("Jf. besøg 3/4-26:") or said as "var
 * forbi i tirsdags" is a dated visit.
 * begrundelse: under the reasons heading, the fact, then a rule that sorts exactly that kind of thing by a word the fact
 * used ("henvist af lægen" → "lægehenvist behandling hører under sundhedsloven"), then "Derfor …", is a reason.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'faktiske-oplysninger' | 'begrundelse';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nMette Lind\nSocialrådgiver\n';

describe('faktiske-oplysninger: the request\'s own account is no finding', () => {
  const mail = (line: string) =>
    'Hej Bent\n\nTak for din mail. ' + line + '\n\nVi kan ikke give dig hjælp til det, fordi du ikke vurderes at have en betydelig nedsat funktionsevne.' + END;
  it('"Du skrev, at du har svært ved …" answering the mail is the citizen\'s view', () =>
    expect(el(mail('Du skrev, at du har svært ved at handle ind, fordi du bliver svimmel i butikken.'), 'faktiske-oplysninger')).toBe(false));
  it('what the doctor wrote with a date is still a fact', () =>
    expect(el(mail('Din læge skrev den 4. februar, at du har svært ved at handle ind, fordi du bliver svimmel.'), 'faktiske-oplysninger')).toBe(true));
  it('"Vi har set på det" after the mail is handling', () =>
    expect(el(mail('Vi har set på det, og vi har drøftet det i teamet.'), 'faktiske-oplysninger')).toBe(false));
  it('what was seen at a dated visit still counts', () =>
    expect(el(mail('Vi så ved besøget den 3. februar, at du selv bar indkøbsposerne op ad trappen.'), 'faktiske-oplysninger')).toBe(true));
});

describe('faktiske-oplysninger: what the family finds hard is their view', () => {
  const grant = (line: string) =>
    'Kære Sanne og Jens\n\nI kan starte hos familiebehandler Ole i uge 10. Han kommer hjem til jer 1 gang om ugen. ' + line + '\n\nForløbet varer 6 måneder.' + END;
  it('"I har fortalt, at det er aftenerne, der er hårde" is how they experience it', () =>
    expect(el(grant('I har fortalt, at det er aftenerne, der er hårde, og at Bo ofte græder ved sengetid.'), 'faktiske-oplysninger')).toBe(false));
  it('what the school told with a date is a fact', () =>
    expect(el(grant('Skolen har den 2. februar oplyst, at Bo ofte kommer for sent og er træt i timerne.'), 'faktiske-oplysninger')).toBe(true));
});

describe('faktiske-oplysninger: the law quoted and photos in the case', () => {
  const law = (line: string) =>
    'Kære Inge\n\nVi bevilger dig rengøring hver 14. dag.\n\nEfter servicelovens § 83 skal kommunen tilbyde praktisk hjælp. ' + line + END;
  it('a service named inside the quoted law ("ved et rehabiliteringsforløb efter § 83 a") is the rule\'s wording', () =>
    expect(el(law('Hjælpen gives ikke, når behovet kan dækkes af et hjælpemiddel eller ved et rehabiliteringsforløb efter § 83 a.'), 'faktiske-oplysninger')).toBe(false));
  it('a finished course told in our own words still counts', () =>
    expect(el(law('Ergoterapeuten har i rehabiliteringsforløbet set, at du selv kan tørre støv af.'), 'faktiske-oplysninger')).toBe(true));
  const photos = (line: string) =>
    'Kære Peter\n\n' + line + '\n\nVi kan ikke give dig en rampe, fordi du allerede kan komme ind ad fordøren.' + END;
  it('"Tak for billederne af bagtrappen" are photos in the case', () =>
    expect(el(photos('Tak for billederne af bagtrappen, som du sendte i sidste uge.'), 'faktiske-oplysninger')).toBe(true));
  it('"Send os gerne billeder af trappen" asks for photos not yet there', () =>
    expect(el(photos('Send os gerne billeder af bagtrappen, hvis du vil søge igen.'), 'faktiske-oplysninger')).toBe(false));
});

describe('begrundelse: a rule applied to the fact by its own word', () => {
  const refusal = (rule: string) =>
    'Kære Jytte\n\nVi dækker dine merudgifter til medicin, men ikke til kørsel.\n\nHvorfor ikke kørslen?\n\nDin genoptræning er ordineret af sygehuset og foregår på hospitalet. ' +
    rule +
    ' Kommunen kan kun dække merudgifter efter § 100, når de ikke kan dækkes efter anden lovgivning. Derfor kan vi ikke dække kørslen.' +
    END;
  it('"Kørsel til genoptræning, der er ordineret af sygehuset, hører under sundhedsloven" applies the rule to the fact', () =>
    expect(el(refusal('Kørsel til genoptræning, der er ordineret af et sygehus, hører under sundhedsloven.'), 'begrundelse')).toBe(true));
  it('a rule that shares no word with the fact leaves the conclusion on the rule alone', () =>
    expect(el(refusal('Visse udgifter hører under andre love end serviceloven.'), 'begrundelse')).toBe(false));
});

describe('faktiske-oplysninger: a past visit said in short form', () => {
  const change = (line: string) => 'Kære Ib\n\nVi flytter dit morgenbesøg fra kl. 7 til kl. 9 fra 1. april.\n\n' + line + END;
  it('"Jf. besøg 3/4-26: du går selv på trapper" is a dated visit', () =>
    expect(el(change('Jf. besøg 3/4-26: du går selv på trapper og smører selv din mad.'), 'faktiske-oplysninger')).toBe(true));
  it('"Næste besøg 3/4-26" is still to come', () =>
    expect(el(change('Næste besøg 3/4-26 bliver om formiddagen.'), 'faktiske-oplysninger')).toBe(false));
  it('"da jeg var forbi i tirsdags" is a dated visit', () =>
    expect(el(change('Som vi aftalte, da jeg var forbi i tirsdags, passer det dig bedre at sove længe.'), 'faktiske-oplysninger')).toBe(true));
  it('"når jeg kommer forbi i næste uge" is still to come', () =>
    expect(el(change('Vi kan tale mere om det, når jeg kommer forbi i næste uge.'), 'faktiske-oplysninger')).toBe(false));
});

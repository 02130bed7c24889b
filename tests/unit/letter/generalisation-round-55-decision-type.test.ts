/**
 * Round 55: decision type (decisionType) — a benefit raised with a plain verb ("hæver vi"), a new rhythm from a date with
 * the old one told right after, help going on told with the adverb first ("at De fortsat får"), the ask's own purpose
 * clause ("så du kan blive boende"), a form's empty check boxes, a price column against the municipality's subsidy
 * column, parts of the day asked against fewer granted, and a thing wished for refused by a pronoun past the result
 * zone. Batches eb and ec measured once unseen before they were fixed. Written for these tests in our own words, each
 * with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nBirthe Lund\n';

describe('decisionType: a benefit raised with "hæver vi"', () => {
  const raise = (verb: string) =>
    'Kære Sanne og Ole\n\nVi har set på de nye regninger for Idas diætmad. ' + verb + ' efter barnets lov § 86 fra 600 kr. til 950 kr. om måneden fra 1. april.' + END;
  it('"Derfor hæver vi jeres tilskud" changes the help the family has', () =>
    expect(type(raise('Derfor hæver vi jeres tilskud'))).toBe('aendring'));
  it('the family withdrawing money themselves is no decision', () =>
    expect(type('Kære Sanne og Ole\n\nI skriver, at I hæver pengene hver måned til Idas diætmad.' + END)).toBe('ukendt'));
});

describe('decisionType: a new rhythm from a date, the old rhythm told right after', () => {
  const letter = (after: string) =>
    'Kære Poul\n\nFra mandag den 2. marts 2026 kommer hjemmeplejen og vasker gulve hos dig hver 4. uge. ' + after + '\n\nDu klarer selv opvasken.' + END;
  it('"Hidtil har det været hver 2. uge" after it is a change', () =>
    expect(type(letter('Hidtil har det været hver 2. uge.'))).toBe('aendring'));
  it('a next sentence about something else leaves no change', () =>
    expect(type(letter('Hjælperen hedder Lise.'))).not.toBe('aendring'));
});

describe('decisionType: help going on, the adverb before the verb', () => {
  const letter = (goesOn: string) =>
    'Kære hr. Berg\n\nUdvalget har besluttet, at De ikke kan få en plejebolig nu. ' + goesOn + '\n\nUdvalget har lagt vægt på, at Deres behov kan dækkes hjemme.' + END;
  it('"at De fortsat får hjælp" beside the refusal stays a refusal', () =>
    expect(type(letter('Det betyder, at De fortsat får hjælp til bad og påklædning hver morgen.'))).toBe('afslag'));
  it('a new grant beside the refusal is partial', () =>
    expect(type(letter('De får i stedet bevilget et nødkald, som sættes op i næste uge.'))).toBe('delvis'));
});

describe('decisionType: the purpose of the ask is not a part granted', () => {
  const letter = (ask: string) =>
    'Kære Jonas\n\n' + ask + '\n\nVi har vurderet din anmodning, og vi forlænger ikke opholdet på Lyngtoften. Dit ophold slutter som aftalt den 31. maj.' + END;
  it('"bedt om forlængelse, så du kan blive boende" then a no is a refusal', () =>
    expect(type(letter('Du har bedt om at få opholdet forlænget, så du kan blive boende til efteråret.'))).toBe('afslag'));
  it('"Du kan blive boende til 31. maj" said as the answer, then the no, is partial', () =>
    expect(
      type('Kære Jonas\n\nDu har bedt om at blive på Lyngtoften et halvt år mere. Du kan blive boende til 31. maj. Længere forlænger vi ikke opholdet.' + END),
    ).toBe('delvis'));
});

describe('decisionType: a form field with check boxes', () => {
  const form = (field: string) =>
    'AFGØRELSE OM HJÆLPEMIDDEL\n\nAnsøgt:      Rollator med sæde\nAfgørelse:   ' + field + '\n\nBemærkninger:\nRollatoren bevilges som ansøgt.' + END;
  it('the ticked "Bevilget" with empty partial and refusal boxes is a grant', () =>
    expect(type(form('[X] Bevilget   [ ] Delvist bevilget   [ ] Afslag'))).toBe('bevilling'));
  it('the ticked "Delvist bevilget" is partial', () =>
    expect(type(form('[ ] Bevilget   [X] Delvist bevilget   [ ] Afslag'))).toBe('delvis'));
});

describe('decisionType: a price column against the subsidy from the municipality', () => {
  const letter = (rows: string) =>
    'Kære Ebba\n\nDu har søgt om hjælp til at købe en opvaskemaskine.\n\nSådan har vi regnet:\n\nDel\nPris\nTilskud fra kommunen\n' + rows +
    '\n\nHvorfor?\nMaskinen er et forbrugsgode. Derfor giver vi ikke tilskud til installationen.' + END;
  it('a row granted below its price and one at 0 kr. is partial', () =>
    expect(type(letter('Maskine\n5.000 kr.\n2.500 kr.\nInstallation\n800 kr.\n0 kr.'))).toBe('delvis'));
  it('every row at 0 kr. stays a refusal', () =>
    expect(type(letter('Maskine\n5.000 kr.\n0 kr.\nInstallation\n800 kr.\n0 kr.'))).toBe('afslag'));
});

describe('decisionType: parts of the day asked, fewer granted', () => {
  const letter = (grant: string) =>
    'Kære Hanne\n\nDu har søgt om hjælp til at tage støttestrømper på og af både morgen og aften.\n\n' + grant + '\n\nDu har fået opereret dit knæ.' + END;
  it('"hver morgen" against "morgen og aften" is partial', () =>
    expect(type(letter('Fra tirsdag den 3. marts kommer hjemmeplejen hver morgen og hjælper dig med strømperne.'))).toBe('delvis'));
  it('"morgen og aften" granted is a grant', () =>
    expect(type(letter('Fra tirsdag den 3. marts kommer hjemmeplejen morgen og aften og hjælper dig med strømperne.'))).toBe('bevilling'));
});

describe('decisionType: a thing wished for, refused by a pronoun far down', () => {
  const filler = 'Vi så på dit badeværelse sammen. Der er plads ved håndvasken. Du bor i stueetagen. Du går ture med din hund. Din søn handler ind om fredagen. Du har ikke faldet i år. Du bruger briller. ';
  const letter = (refusal: string) =>
    'Kære Aase\n\nTak for besøget i sidste uge. Toiletstolen får du. Den bliver kørt ud til dig i uge 12. ' + filler +
    'Med trappeliften er det en anden sag. ' + refusal + ' Du sagde, at du stadig gerne ville have trappeliften.' + END;
  it('"Den kan vi ikke bevilge" after the wished trappelift is partial', () =>
    expect(type(letter('Den kan vi ikke bevilge.'))).toBe('delvis'));
  it('no refusal of it leaves the grant', () =>
    expect(type(letter('Den ser vi på igen til sommer.'))).toBe('bevilling'));
});

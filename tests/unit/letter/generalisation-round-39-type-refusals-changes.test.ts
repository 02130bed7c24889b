/**
 * Round 39: decision type (refusals told as not coming on the waiting list or as an offer to take up, a change told
 * as the municipality holding off paying, an end date that is only the reason for an extension asked, more help
 * asked as a question, and plain-language headings over the granted part), batches cy/cz/da measured once unseen
 * before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('decisionType: not put on the waiting list, said with "kommer"', () => {
  it.each([
    'Kære Poul\n\nVi har behandlet din ansøgning om en plejebolig. Du klarer dig godt med hjemmeplejen, og derfor kommer du ikke på ventelisten denne gang.',
    'Kære Susanne\n\nDu søgte om en ældrebolig til din mor. Din mor kommer altså ikke på listen nu, fordi hun klarer trapperne selv.',
  ])('refuses: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    // Look-alike: a condition, then the grant.
    'Kære Poul\n\nVi har behandlet din ansøgning om en plejebolig. Hvis du ikke kommer på ventelisten i første omgang, ringer vi. Du er nu skrevet op til en plejebolig på Egehjemmet.',
  ])('does not refuse: %s', (t) => expect(type(t)).not.toBe('afslag'));
});

describe('decisionType: the municipality holds off paying', () => {
  it('"Vi holder op med at betale …" changes the help', () => {
    expect(type('Hej Mads\n\nVi holder op med at betale de 450 kr. om måneden, som du har fået til kørsel. Den sidste betaling er 1. maj.')).toBe('aendring');
  });
  it('look-alike: the citizen holding off work is his own life, the grant stands', () => {
    expect(type('Hej Mads\n\nDu holder op med at arbejde til sommer. Du får tilskud til kørsel med 450 kr. om måneden efter servicelovens § 100.')).toBe('bevilling');
  });
});

describe('decisionType: an end date told with the extension asked for', () => {
  it('the end is the reason for the application, the extension is refused', () => {
    expect(
      type('Kære Jette og Ole\n\nStøtten til Emma slutter den 30. juni 2026, og I har bedt om, at den bliver forlænget et halvt år. Det gør vi ikke. Emma klarer sig nu fint i skolen, og støtten fortsætter ikke efter sommerferien.'),
    ).toBe('afslag');
  });
  it('look-alike: an end decided now, with nothing asked, is a change', () => {
    expect(type('Kære Jette og Ole\n\nStøtten til Emma slutter den 30. juni 2026, fordi målene er nået. Vi har talt med Emma om det.')).toBe('aendring');
  });
});

describe('decisionType: more help asked as a question, then given', () => {
  it('"spurgte, om … også kunne …" then "udvider vi" grants what was asked', () => {
    expect(
      type('Kære Inger\n\nDu spurgte i telefonen, om plejen også kunne komme ved middagstid. Vi har set på det sammen. Derfor udvider vi din hjælp, så du fra 1. april får et besøg ved middagstid hver dag.'),
    ).toBe('bevilling');
  });
  it('look-alike: a question about something else, then more help of the municipality\'s own accord, is a change', () => {
    expect(
      type('Kære Inger\n\nDu spurgte i telefonen, om din datter kunne være med til mødet. Vi har set på din hjælp igen. Derfor udvider vi din hjælp, så du fra 1. april får et besøg ved middagstid hver dag.'),
    ).toBe('aendring');
  });
});

describe('decisionType: an offer with how to take it up is no part granted', () => {
  it('refusal, then an offer the citizen accepts by getting in touch, stays a refusal', () => {
    expect(
      type('Afgørelse\nDu får afslag på et botilbud efter servicelovens § 108. I stedet tilbydes du støtte i eget hjem efter servicelovens § 85. Ring til mig, hvis du vil tage imod tilbuddet.'),
    ).toBe('afslag');
  });
  it('look-alike: the other help granted outright makes it partial', () => {
    expect(
      type('Afgørelse\nDu får afslag på et botilbud efter servicelovens § 108. I stedet tilbydes du støtte i eget hjem efter servicelovens § 85, 3 timer om ugen. Din bostøtte ringer til dig i næste uge.'),
    ).toBe('delvis');
  });
});

describe('decisionType: a plain-language heading over the granted part', () => {
  it('"Det, du får" over the items and "Det, du ikke får" over the rest is partial', () => {
    expect(
      type('Kære Birgit\n\nHer er svaret på det, du søgte om i marts.\n\nDet, du får\nEn rollator til brug inde og ude.\n\nDet, du ikke får\nEn elektrisk løftestol.\n\nBegrundelse\nDu kan rejse dig fra en almindelig stol med armlæn.'),
    ).toBe('delvis');
  });
  it('look-alike: "Det, du får" inside a sentence describes, and the refusal stands', () => {
    expect(
      type('Kære Birgit\n\nDu kan ikke få en elektrisk løftestol. Det, du får af hjælp i dag, er nok til at du kan rejse dig.\n\nBegrundelse\nDu kan rejse dig fra en almindelig stol med armlæn.'),
    ).toBe('afslag');
  });
});

/**
 * Round 65: begrundelse and faktiske-oplysninger — the need said to fit the service level with its owner named, the
 * target group of §§ 104/107 said back with "som gør, at du har behov for …", the municipality's own position as the
 * cause ("Da kommunen ikke længere er handlekommune …"), help kept beside a refusal under the "Begrundelse" heading, the
 * citizen's reply to the office's letter with its content, a talk group offered by an association, and a professional's
 * document named only as sent along with the application, held-out sets 48 and 49 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('begrundelse: the rule said back stays hollow', () => {
  it.each([
    // The need said to fit the standard, the formal possessive before it.
    'Afgørelse\nDeres ansøgning om indkøbsordning hver uge er afslået.\n\nDet er vurderet, at Deres behov kan dækkes inden for kommunens kvalitetsstandard.',
    // The target group said back, with the applied-for help as its tail.
    'Du har søgt om et længerevarende ophold.\n\nDet vurderes, at du ikke er i målgruppen, da du ikke har særlige sociale problemer, som gør, at du har behov for et botilbud.\n\nDu får derfor afslag.',
    // Help kept beside the refusal under the heading, after the rule.
    'Afgørelse\nDin ansøgning om bad hver dag er afslået.\n\nBegrundelse\nDet fremgår af kvalitetsstandarden, at bad gives to gange om ugen.\n\nDet er vurderet, at du ikke opfylder betingelserne.\n\nDu fortsætter med bad to gange om ugen som hidtil.\n\nKlagevejledning\nDu kan klage.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    // Look-alike: a fact of the case ties the need to the result.
    'Afgørelse\nDeres ansøgning om indkøbsordning hver uge er afslået.\n\nDa De selv handler ind i Brugsen to gange om ugen, kan Deres behov dækkes inden for kommunens kvalitetsstandard.',
    // Look-alike: a concrete problem named, not the law's words.
    'Du har søgt om et længerevarende ophold.\n\nDa du har fået en fast lejlighed og et job, har du ikke behov for et botilbud.\n\nDu får derfor afslag.',
    // Look-alike: an observation under the heading before the kept help.
    'Afgørelse\nDin ansøgning om bad hver dag er afslået.\n\nBegrundelse\nVed besøget den 3. juni kunne du selv vaske dig ved håndvasken.\n\nDu fortsætter med bad to gange om ugen som hidtil.\n\nKlagevejledning\nDu kan klage.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

describe('begrundelse: the municipality\'s own position as the cause', () => {
  it.each([
    'Ophør af støtte\n\nMalte har siden 2023 haft en kontaktperson.\n\nDa kommunen ikke længere er handlekommune for Malte, når I er flyttet til Fyn, ophører støtten den 30. juni.',
    'Ophør af støtte\n\nMalte har siden 2023 haft en kontaktperson.\n\nDa Vesterå Kommune ikke længere er handlekommune efter jeres flytning, ophører støtten den 30. juni.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it.each([
    // Look-alike: the municipality named with only the rule after it.
    'Afslag på rengøring\n\nDu har søgt om rengøring hver uge.\n\nDa kommunen ikke kan bevilge hjælp ud over kvalitetsstandarden, får du afslag.',
    // Look-alike: a municipality named as where the family moves, no "Da".
    'Ophør af støtte\n\nMalte har siden 2023 haft en kontaktperson.\n\nStøtten ophører den 30. juni. Vesterå Kommune er handlekommune fra 1. juli.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

describe('faktiske-oplysninger: the reply and the enclosures', () => {
  it('present: what the citizen told in the reply to our letter', () => {
    expect(present('Ændring af tilskud\n\nDu har i dit svar på vores brev af 2. marts oplyst, at du ikke længere kører til træning i Vejle. Derfor bortfalder kørselsdelen.', 'faktiske-oplysninger')).toBe(true);
  });
  it('absent: only a wish told in the reply', () => {
    expect(present('Ændring af tilskud\n\nDu har i dit svar oplyst, at du gerne vil beholde hele tilskuddet. Tilskuddet nedsættes.', 'faktiske-oplysninger')).toBe(false);
  });
  it('absent: a therapist\'s document named only as sent along with the application', () => {
    expect(present('Bevilling af badebænk\n\nVi har modtaget din ansøgning om en badebænk, som du sendte den 3. maj 2025, sammen med ergoterapeutens notat.\n\nDu får bevilget en badebænk.', 'faktiske-oplysninger')).toBe(false);
  });
  it('present: look-alike, the same document with what it says', () => {
    expect(present('Bevilling af badebænk\n\nVi har modtaget din ansøgning sammen med ergoterapeutens notat, som viser, at du ikke kan stå i bad.\n\nDu får bevilget en badebænk.', 'faktiske-oplysninger')).toBe(true);
  });
  it('absent: an association\'s talk group offered', () => {
    expect(present('Afslag\n\nDu har søgt om et samværstilbud. Du får afslag.\n\nVi kan oplyse, at foreningen Bedre Psykiatri har en samtalegruppe hver torsdag.', 'faktiske-oplysninger')).toBe(false);
  });
  it('present: look-alike, what the citizen told in the talk group', () => {
    expect(present('Afslag\n\nDu har søgt om et samværstilbud. Du får afslag.\n\nDu fortalte i samtalegruppen den 4. marts, at du sover dårligt.', 'faktiske-oplysninger')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { segment, looksLikeHeading } from '../../../lib/letter/segment';
import { computeLix, lixBand } from '../../../lib/letter/lix';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment', () => {
  it('does not end sentences at Danish abbreviations and numbering', () => {
    const text =
      'Vi har bl.a. lagt vægt på f.eks. din lægeerklæring. Det følger af servicelovens § 83, stk. 1, nr. 2, jf. § 88. Mødet er den 12. marts kl. 10. Du får hjælp hver 14. dag, ca. 1 time.';
    expect(sentencesOf(text)).toEqual([
      'Vi har bl.a. lagt vægt på f.eks. din lægeerklæring.',
      'Det følger af servicelovens § 83, stk. 1, nr. 2, jf. § 88.',
      'Mødet er den 12. marts kl. 10.',
      'Du får hjælp hver 14. dag, ca. 1 time.',
    ]);
  });

  it('ends a sentence at the pronoun "I" after a verb, not at an initial after a name', () => {
    expect(sentencesOf('I har søgt om aflastning, og det får I. Den første weekend er i marts.')).toEqual([
      'I har søgt om aflastning, og det får I.',
      'Den første weekend er i marts.',
    ]);
    expect(sentencesOf('Brevet er skrevet af Anne I. Hansen. Hun er rådgiver.')).toEqual(['Brevet er skrevet af Anne I. Hansen.', 'Hun er rådgiver.']);
  });

  it('goes on after a full stop when a dash on the same line leads to a lower-case word', () => {
    expect(sentencesOf('Stolen kostede 6.995 kr. – altså mere end grænsen. Prisen er 500 kr. - og det er meget.')).toEqual([
      'Stolen kostede 6.995 kr. – altså mere end grænsen.',
      'Prisen er 500 kr. - og det er meget.',
    ]);
    // A capital after the dash, or a dash that starts a new line, still ends the sentence.
    expect(sentencesOf('Du får 500 kr. – Det er beløbet.')).toEqual(['Du får 500 kr.', '– Det er beløbet.']);
    expect(sentencesOf('Du får to ting.\n- en rollator\n- en badebænk')).toHaveLength(3);
  });

  it('ends sentences at ? and ! and after a number before a capital', () => {
    expect(sentencesOf('Har du spørgsmål? Ring til os! Vi ses i uge 12. Herefter følger vi op.')).toEqual([
      'Har du spørgsmål?',
      'Ring til os!',
      'Vi ses i uge 12.',
      'Herefter følger vi op.',
    ]);
  });

  it('finds headings and paragraphs; single newlines inside a paragraph do not split it', () => {
    const text = 'Afgørelse om rengøring\n\nDu får hjælp til\nrengøring hver uge.\n\nBegrundelse\nVi har lagt vægt på dit besøg.';
    const seg = segment(text);
    expect(seg.blocks.map((b) => [b.kind, text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Afgørelse om rengøring'],
      ['paragraph', 'Du får hjælp til\nrengøring hver uge.'],
      ['heading', 'Begrundelse'],
      ['paragraph', 'Vi har lagt vægt på dit besøg.'],
    ]);
  });

  it('treats every line as a paragraph when the text has no blank lines', () => {
    const seg = segment('Du får hjælp.\nVi følger op.\nMed venlig hilsen');
    expect(seg.blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading']);
  });

  it('counts words, long words and word offsets', () => {
    const seg = segment('Kommunen bevilger hjælp. Du får den nu.');
    expect(seg.words).toBe(7);
    expect(seg.longWords).toBe(2); // Kommunen (8), bevilger (8)
    expect(seg.sentences.map((s) => s.wordOffset)).toEqual([0, 3]);
  });

  it('recognises heading-like lines', () => {
    expect(looksLikeHeading('Sådan klager du')).toBe(true);
    expect(looksLikeHeading('Kære Jens,')).toBe(false);
    expect(looksLikeHeading('Du får hjælp.')).toBe(false);
    // Plain-language question headings.
    expect(looksLikeHeading('Hvorfor får du hjælpen?')).toBe(true);
    expect(looksLikeHeading('Hvad har vi lagt vægt på?')).toBe(true);
    expect(looksLikeHeading('Har du spørgsmål til afgørelsen, er du meget velkommen til at ringe til os på telefon 12 34 56 78?')).toBe(false);
    expect(looksLikeHeading('- punkt')).toBe(false);
  });
});

describe('LIX', () => {
  it('computes words per sentence plus percentage of long words, leaving out headings', () => {
    // 2 sentences, 9 words, 2 long words (sagsbehandling, hjemmehjælp) → 4.5 + 22.2 = 26.7
    const lix = computeLix(segment('Overskrift her\n\nSagsbehandling tager tid. Du får hjemmehjælp nu og her.'));
    expect(lix.sentences).toBe(2);
    expect(lix.words).toBe(9);
    expect(lix.value).toBe(26.7);
    expect(lix.band).toBe('let');
  });

  it('maps values to the Danish bands', () => {
    expect(lixBand(24.9)).toBe('meget let');
    expect(lixBand(25)).toBe('let');
    expect(lixBand(40)).toBe('middel');
    expect(lixBand(45)).toBe('svær');
    expect(lixBand(55)).toBe('meget svær');
  });

  it('is 0 for an empty text', () => {
    expect(computeLix(segment('')).value).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeLetter, decisionTypeFromScreen } from '../../../lib/letter/index';

const type = (text: string, afgoerelsestype?: string) => analyzeLetter(text, { context: { afgoerelsestype } }).decisionType;

describe('decision type from the text', () => {
  it.each([
    ['Du får hjælp til rengøring hver anden uge.', 'bevilling'],
    ['Vi bevilger dig 2 besøg dagligt.', 'bevilling'],
    ['Din ansøgning om en rollator er imødekommet.', 'bevilling'],
    ['Kommunen har besluttet at give dig støtte.', 'bevilling'],
    ['Der er truffet afgørelse om, at borgeren tildeles madservice.', 'bevilling'],
    ['Du får afslag på hjælp til rengøring.', 'afslag'],
    ['Vi har desværre ikke mulighed for at bevilge dig en handicapbil.', 'afslag'],
    ['Du får ikke hjælp til indkøb.', 'afslag'],
    ['Din ansøgning er ikke imødekommet.', 'afslag'],
    ['Kommunen kan ikke give dig tilskud til briller.', 'afslag'],
    ['Du får hjælp til indkøb, men ikke til tøjvask.', 'delvis'],
    ['Vi kan ikke give dig rengøring hver uge, men du får rengøring hver anden uge.', 'delvis'],
    ['Vi bevilger delvist din ansøgning.', 'delvis'],
    ['Hjælpen ophører den 1. juni.', 'aendring'],
    ['Din hjælp til rengøring nedsættes fra 2 timer til 1 time om ugen.', 'aendring'],
    ['Vi har talt med dig om din situation.', 'ukendt'],
  ])('%s → %s', (text, expected) => {
    expect(type(text)).toBe(expected);
  });

  it('does not take complaint guidance for the result', () => {
    expect(type('Vi har talt med dig.\n\nSådan klager du\nDu kan få hjælp til at klage hos os.')).toBe('ukendt');
  });

  it('reads the result from the title heading too', () => {
    expect(type('Afgørelse om ophør af hjemmehjælp\n\nKære Jens\n\nVi har set på din sag igen.')).toBe('aendring');
  });
});

describe('decision type from the case screen', () => {
  it.each([
    ['Delvis bevilling', 'delvis'],
    ['Afslag', 'afslag'],
    ['Ophør', 'aendring'],
    ['Nedsættelse af hjælp', 'aendring'],
    ['Bevilling', 'bevilling'],
    ['Imødekommet', 'bevilling'],
  ])('%s → %s', (screen, expected) => {
    expect(decisionTypeFromScreen(screen)).toBe(expected);
  });

  it('overrides the text when given, and leaves it when not understood', () => {
    expect(type('Du får hjælp til rengøring hver uge.', 'Afslag')).toBe('afslag');
    expect(type('Du får hjælp til rengøring hver uge.', 'Noget andet')).toBe('bevilling');
  });
});

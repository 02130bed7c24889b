/**
 * Round 58: decision type (decisionType) — the municipality that "kan derimod ikke hjælpe med" one item beside a yes to
 * another, a need met by another giver ("får den støtte, han har brug for, gennem skolen") in a refusal, a form field that
 * names the decision a change ("Ændring: … stopper") beside a separate grant, and the refusal by pronoun shared by both
 * readers; held-out sets 38 and 39 measured once before they were fixed, plus older rows. Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { REFUSED_BY_PRONOUN } from '../../../lib/letter/decision-cues';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nLone Berg\n';

describe('decisionType: "kan derimod/dog ikke" with a giving verb beside a yes', () => {
  const letter = (no: string) =>
    'Kære Poul\n\nDu har spurgt om hjælp til tøjvask og til at skifte gardiner.\n\n' +
    'Du kan få hjælp til tøjvask en gang om ugen. ' + no + '\n\nHjemmeplejen ringer til dig i næste uge.' + END;
  it('"Vi kan derimod ikke hjælpe med gardinerne" makes the grant partial', () =>
    expect(type(letter('Vi kan derimod ikke hjælpe med at skifte gardiner, fordi det ligger uden for kvalitetsstandarden.'))).toBe('delvis'));
  it('"Kommunen kan dog ikke betale for …" makes it partial too', () =>
    expect(type(letter('Kommunen kan dog ikke betale for en ny vaskemaskine til dig.'))).toBe('delvis'));
  it('a caveat, "Vi kan dog ikke love et fast tidspunkt", leaves the full grant', () =>
    expect(type(letter('Vi kan dog ikke love, at det bliver samme hjælper hver gang.'))).toBe('bevilling'));
});

describe('decisionType: the need met by another giver in a refusal', () => {
  const letter = (weighed: string) =>
    'Kære Jonas\n\nAfslag på støtteperson til Freja\n\nDu har søgt om en støtteperson til Freja efter barnets lov § 32.\n\n' +
    'Vi har behandlet ansøgningen og giver afslag.\n\n' + weighed + END;
  it('"Freja får den hjælp, hun har brug for, gennem skolen" leaves the refusal', () =>
    expect(type(letter('Vi vurderer, at Freja får den hjælp, hun har brug for, gennem skolen, og at en støtteperson ikke er nødvendig nu.'))).toBe('afslag'));
  it('"… via sin familie" leaves it too', () =>
    expect(type(letter('Vi vurderer, at Freja får den opbakning, hun behøver, via sin familie og sine venner.'))).toBe('afslag'));
  it('a grant of something from the municipality itself is still partial', () =>
    expect(type(letter('Freja får dog i stedet en samtale hos familierådgiveren hver 14. dag fra næste måned.'))).toBe('delvis'));
});

describe('decisionType: "får … fra" the hospital in a reason, not the giver', () => {
  const letter = (why: string) =>
    'Hej Karen\n\nDu er nu sat på til rengøring hver anden uge.\n\n' + why + '\n\nHjælpen gælder i 2 måneder.' + END;
  it('"Du får det, fordi lægen fra hospitalet …" keeps the grant', () =>
    expect(type(letter('Du får det, fordi du efter planen fra hospitalet ikke må bøje dig ned, før hoften er helet.'))).toBe('bevilling'));
});

describe('decisionType: a form field "Ændring:" beside a separate grant', () => {
  const letter = (field: string) =>
    'Kære Bodil\n\nEmne: Tøjvask stopper – og ja til hjælp med gardiner\n\nDu får her to svar.\n\n1) Tøjvask\n' + field +
    '\nDu vasker nu selv i fællesvaskeriet, og det går fint.\n\n2) Gardiner\nDu har spurgt, om vi kan hjælpe med at hænge gardiner op. Det har vi sagt ja til.' +
    END;
  it('"Ændring: Hjælp til tøjvask stopper pr. 1. juni" makes the letter a change', () =>
    expect(type(letter('Ændring: Hjælp til tøjvask stopper pr. 1. juni 2026'))).toBe('aendring'));
  it('a plain field "Ydelse: Tøjvask" leaves the letter a grant', () =>
    expect(type(letter('Ydelse: Tøjvask efter ældreloven'))).toBe('bevilling'));
});

describe('REFUSED_BY_PRONOUN: one shared pattern', () => {
  it('reads the refusal by a pronoun in its forms', () => {
    for (const t of ['Det kan vi ikke bevilge.', 'Men den vil kommunen desværre ikke betale.', 'Derfor kan vi ikke betale for den.', 'Vi kan ikke give ham det.', 'Sengen er god, men den kan vi ikke dække.'])
      expect(REFUSED_BY_PRONOUN.test(t), t).toBe(true);
  });
  it('not a refusal that names the thing, nor a grant by pronoun', () => {
    for (const t of ['Vi kan ikke bevilge en el-scooter.', 'Det kan du godt få.', 'Det vil vi gerne hjælpe med.'])
      expect(REFUSED_BY_PRONOUN.test(t), t).toBe(false);
  });
});

/**
 * Round 67: decisionType — a grant named only by the housing word ("Du får bevilget boligindretningen") after an application
 * for fittings of the home read as another aid granted (a partial grant), and "ikke kun/bare/blot …, men også …" after a
 * refusal phrase or a grant verb read as a refusal, held-out sets 50 and 51 measured once before they were fixed. Written
 * for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nNiels Damgaard\nTerapeut\n';

const home = (ask: string, grant: string) =>
  'Svar på din ansøgning\n\nKære Karen\n\n' + ask + '\n\n' + grant +
  '\n\nVores terapeut har set, at du har svært ved at komme op fra toilettet og ud i haven på egen hånd.\n\nEn håndværker ringer til dig og aftaler en dag.' + END;
describe('decisionType: the housing word granted covers the fittings applied for', () => {
  it('"søgt om støttegreb ved toilettet" / "Du får bevilget boligændringen" is a grant', () =>
    expect(type(home('Du har søgt om at få sat støttegreb op ved toilettet og ved bruseren.', 'Du får bevilget boligændringen efter servicelovens § 116.'))).toBe('bevilling'));
  it('a trappelift asked for and the housing word granted beside two støttegreb named is still something else', () =>
    expect(type(home('Du har søgt om at få en trappelift op til første sal.', 'Du får bevilget boligændringen med to støttegreb ved trappen efter servicelovens § 116.'))).toBe('delvis'));
});

const support = (result: string) =>
  'Afgørelse om støtte\n\nKære Bo\n\nDu har søgt om hjælp til at få styr på din økonomi, efter du har mistet dit job.\n\n' + result +
  '\n\nStøtten skal hjælpe dig til selv at betale dine regninger til tiden.' + END;
describe('decisionType: "ikke kun …, men også …" adds to the help, it refuses nothing', () => {
  it('a grant and then "Vi giver ikke kun …, men også …" stays a grant', () =>
    expect(type(support('Vi giver dig støtte efter servicelovens § 85. Vi giver ikke kun hjælp til posten, men også vejledning om et budget.'))).toBe('bevilling'));
  it('"Vi giver ikke hjælp til …" is still a refusal', () =>
    expect(type(support('Vi giver ikke hjælp til at betale af på din gæld.'))).toBe('afslag'));
  it('"Vi bevilger ikke blot samtaler, men tillige …" is a grant, not a refusal', () =>
    expect(type(support('Vi bevilger ikke blot samtaler med en rådgiver, men tillige et kursus i privatøkonomi.'))).toBe('bevilling'));
  it('"Vi bevilger ikke samtaler med en rådgiver" is still a refusal', () =>
    expect(type(support('Vi bevilger ikke samtaler med en rådgiver, da du selv kan klare det.'))).toBe('afslag'));
  it('"ikke kun" with no "men også" after it is left as it was', () =>
    expect(type(support('Vi giver ikke kun på grund af din alder hjælp til posten.'))).not.toBe('bevilling'));
});

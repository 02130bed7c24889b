/**
 * Round 64: foraeldet-henvisning — a training letter with no age, no elderly word and no elderly-care sender that ends
 * the municipal training under servicelovens § 86 and points the citizen to a senior offer (a senior team, the
 * pensioners' club) is an elderly citizen's letter, held-out sets 46 and 47 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2025-12-02T12:00:00') };
const END = '\n\nKlage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Lund\nFysioterapeut\nTræning og Bevægelse\n';

const training = (after: string) =>
  'Træning og Bevægelse\nStrandvej 2\n\nKære Ove Berg\n\nDin træning stopper\n\n' +
  'Din træning efter servicelovens § 86, stk. 2, stopper den 19. december 2025.\n\n' +
  'Ved sidste test kunne du rejse dig fra en stol fem gange uden at tage fat, og du går nu selv en tur hver dag. ' +
  'Du har derfor ikke længere brug for træning hos os.\n\n' + after + END;

describe('foraeldet-henvisning: a senior offer after training ends marks the elderly area', () => {
  it('"holdet Seniorfitness" in the sports club after § 86 training ends, from December 2025: outdated', () =>
    expect(present(training('Vil du blive ved med at træne sammen med andre, kan du gå på holdet Seniorfitness i den lokale idrætsforening.'), 'foraeldet-henvisning', opts)).toBe(true));
  it('"Pensionistklubben" with gymnastics each week: outdated', () =>
    expect(present(training('Pensionistklubben i byen har gymnastik hver torsdag, og du er velkommen til at prøve en gang gratis.'), 'foraeldet-henvisning', opts)).toBe(true));
  it('look-alike: a bare "pensionist" as a condition of a rule says nothing about the citizen', () =>
    expect(present(training('Bor du langt fra træningsstedet eller er du pensionist, kan regionen dække din kørsel til fysioterapi.'), 'foraeldet-henvisning', opts)).toBe(false));
  it('look-alike: an ordinary sports team with no senior word stays a letter of unknown age', () =>
    expect(present(training('Vil du blive ved med at træne sammen med andre, kan du gå på et motionshold i den lokale idrætsforening.'), 'foraeldet-henvisning', opts)).toBe(false));
  it('look-alike: the same senior offer in a letter dated before 1 July 2025 is not outdated', () =>
    expect(present(training('Vil du blive ved med at træne sammen med andre, kan du gå på holdet Seniorfitness i den lokale idrætsforening.').replace(/2025/g, '2024'), 'foraeldet-henvisning', { date: new Date('2024-12-02T12:00:00') })).toBe(false));
  it('look-alike: a senior offer in a letter that names the citizen\'s job stays a working-age letter', () =>
    expect(present(training('Vil du blive ved med at træne, kan du gå på holdet Seniorfitness om aftenen, når du har fri fra dit arbejde.'), 'foraeldet-henvisning', opts)).toBe(false));
});

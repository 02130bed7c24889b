/**
 * Round 57: ressourcer and borgerens-synspunkter, held-out sets 36 and 37 measured once before they were fixed. Written
 * for these tests in our own words, each with a look-alike.
 *
 * ressourcer: a relative clause on what the citizen needs ("brug for nogle timer, hvor du kan …") is room the help shall
 * give; a relative named as the one the citizen may let help or speak for them in the right to a representative is no
 * family help; a whole school day managed ("klarer skoledagen"), a club used each week ("bruger klubben") and good contact
 * said with "med" ("en lærer, hun har god kontakt med") are resources.
 * borgerens-synspunkter: the party asked to tell a wish not yet made ("Giv os besked om, hvilken dag du ønsker") is a
 * request, not a view.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'ressourcer' | 'borgerens-synspunkter';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nLone Dahl\nVisitator\n';

describe('ressourcer: a relative clause on what the citizen needs', () => {
  const letter = (said: string) =>
    'Kære Erik\n\nDu får aflastning i hjemmet 4 timer om ugen efter ældreloven, mens du passer din kone.\n\n' + said + END;
  it('"brug for et par faste timer, hvor du kan gå til frisør" is what the help gives room for', () =>
    expect(el(letter('Vi har lagt vægt på, at du har brug for et par faste timer, hvor du kan gå til frisør og handle.'), 'ressourcer')).toBe(false));
  it('"behov for et rum, som hun kan trække sig tilbage til" is a need too', () =>
    expect(el(letter('Vi har lagt vægt på, at hun har behov for et roligt rum, som hun kan trække sig tilbage til.'), 'ressourcer')).toBe(false));
  it('a skill said after a need with "men" is still a resource', () =>
    expect(el(letter('Du har brug for hjælp til tunge løft, men du kan selv lave mad og handle ind.'), 'ressourcer')).toBe(true));
});

describe('ressourcer: a relative named in the right to a representative', () => {
  const letter = (said: string) =>
    'Kære Grethe\n\nDu får afslag på en ekstra ugentlig rengøring, fordi dit hjem bliver gjort rent hver anden uge.\n\n' + said + END;
  it('"kan lade en anden, fx din datter, hjælpe dig eller tale på dine vegne" is a right, not help', () =>
    expect(el(letter('Du kan også lade en anden, fx din datter, hjælpe dig eller tale på dine vegne over for os.'), 'ressourcer')).toBe(false));
  it('"kan tage din søn med som bisidder" is the same right', () =>
    expect(el(letter('Du kan tage din søn med som bisidder, når vi holder møde.'), 'ressourcer')).toBe(false));
  it('a daughter who helps with the shopping is family help', () =>
    expect(el(letter('Din datter hjælper dig med indkøb hver fredag.'), 'ressourcer')).toBe(true));
});

describe('ressourcer: a child at school and in the club', () => {
  const letter = (said: string) =>
    'Kære Maria og Jens\n\nI har søgt om merudgifter efter barnets lov til ekstra pasning af Noah. Vi giver afslag.\n\n' + said + END;
  it('"klarer skoledagen med en støttelærer" is a resource', () =>
    expect(el(letter('Skolen har oplyst, at Noah klarer hele skoledagen med hjælp fra en støttelærer.'), 'ressourcer')).toBe(true));
  it('"kan ikke klare skoledagen" is a limit', () =>
    expect(el(letter('Skolen har oplyst, at Noah ikke kan klare skoledagen.'), 'ressourcer')).toBe(false));
  it('"bruger klubben to eftermiddage om ugen" is a resource', () =>
    expect(el(letter('Noah bruger klubben to eftermiddage om ugen.'), 'ressourcer')).toBe(true));
  it('"kan ikke længere bruge klubben" is none', () =>
    expect(el(letter('Noah kan ikke længere bruge klubben efter operationen.'), 'ressourcer')).toBe(false));
  it('"en pædagog, som han har god kontakt med" is a resource', () =>
    expect(el(letter('Noah har en pædagog i klassen, som han har god kontakt med.'), 'ressourcer')).toBe(true));
  it('"har ikke god kontakt med" is none', () =>
    expect(el(letter('Noah har ikke god kontakt med pædagogerne i klassen.'), 'ressourcer')).toBe(false));
});

describe('borgerens-synspunkter: the party asked to tell a wish', () => {
  const letter = (said: string) =>
    'Kære Bodil\n\nDu får bevilget madservice efter ældreloven, 7 hovedretter om ugen.\n\n' + said + END;
  it('"Giv os besked om, hvilken leverandør du ønsker" is a request', () =>
    expect(el(letter('Giv os besked om, hvilken leverandør du ønsker.'), 'borgerens-synspunkter')).toBe(false));
  it('"Du bedes oplyse, hvornår du ønsker den første levering" is a request', () =>
    expect(el(letter('Du bedes oplyse, hvornår du ønsker den første levering.'), 'borgerens-synspunkter')).toBe(false));
  it('"Du har fortalt os, at du ønsker maden leveret om mandagen" is a view', () =>
    expect(el(letter('Du har fortalt os, at du ønsker maden leveret om mandagen.'), 'borgerens-synspunkter')).toBe(true));
  it('"Du har oplyst, hvilken leverandør du ønsker" (past) is a view', () =>
    expect(el(letter('Du har oplyst, hvilken leverandør du ønsker, nemlig Køkkenet i Vest.'), 'borgerens-synspunkter')).toBe(true));
});

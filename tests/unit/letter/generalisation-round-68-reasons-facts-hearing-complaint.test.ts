/**
 * Round 68: begrundelse, faktiske-oplysninger and partshoering — the parents named in the third person who read the
 * examination and gave their remarks (a hearing missed), a "fordi" inside what the citizen told on a call ("Du ringede …
 * og fortalte, at …, fordi …") and "vurderes ikke længere at have samme behov" under the heading (reasons found where
 * there were none), and a committee's meeting that dealt with "pågældendes ansøgning" (a fact found where there was
 * none), held-out sets 52 and 53 measured once before they were fixed. Written for these tests in our own words, each with
 * a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nKlagevejledning\nI kan klage inden 4 uger efter, at I har fået afgørelsen.\n\nMed venlig hilsen\nMette Krog\nRådgiver\n';

const family = (hearing: string) =>
  'Afgørelse om aflastning\n\nTil Lone Berg og Kasper Holt\n\nBarn: Ida Holt\n\nKommunen har besluttet, at Ida får aflastning i en plejefamilie efter barnets lov § 32.\n\nSagens forløb\n\n' +
  hearing + END;
describe('partshoering: the parents named in the third person read the examination and gave their remarks', () => {
  it('"Lone og Kasper har læst undersøgelsen og har den 3. marts givet deres bemærkninger" is a hearing', () =>
    expect(present(family('Lone og Kasper har læst den børnefaglige undersøgelse og har den 3. marts 2026 givet deres bemærkninger ved et møde hos os.'), 'partshoering', opts)).toBe(true));
  it('"Forældrene har læst notatet og gav os deres bemærkninger" is a hearing', () =>
    expect(present(family('Forældrene har læst notatet fra samtalen og gav os deres bemærkninger i en mail.'), 'partshoering', opts)).toBe(true));
  it('the school and the doctor who read the examination is no hearing of the parents', () =>
    expect(present(family('Skolen og Lægen har læst den børnefaglige undersøgelse og har givet deres bemærkninger til os.'), 'partshoering', opts)).toBe(false));
  it('the parents who read a leaflet and gave no remarks is no hearing', () =>
    expect(present(family('Lone og Kasper har læst vores folder om plejefamilier og har mange spørgsmål.'), 'partshoering', opts)).toBe(false));
});

const cut = (middle: string) =>
  'Ændring af din hjælp\n\nKære Bodil\n\nFra den 1. juni 2026 får du hjælp til tøjvask hver anden uge i stedet for hver uge.\n\n' +
  'Byrådet har vedtaget et nyt serviceniveau, hvor tøjvask gives hver anden uge. Din hjælp er derfor ændret.\n\n' + middle +
  '\n\nAfgørelsen er truffet efter servicelovens § 83.' + END;
describe('begrundelse: a cause inside what the citizen told on a call is her account', () => {
  it('"Du ringede til os den 4. maj og fortalte, at …, fordi …" gives no reason of ours', () =>
    expect(present(cut('Du ringede til os den 4. maj og fortalte, at du er ked af det, fordi du sveder meget om natten.'), 'begrundelse', opts)).toBe(false));
  it('our own "fordi" after her call is still a reason', () =>
    expect(present(cut('Du ringede til os den 4. maj. Vi ændrer hjælpen, fordi du nu selv vasker dit undertøj i hånden hver dag.'), 'begrundelse', opts)).toBe(true));
});

const change = (reason: string) =>
  'Ændring af indsats\n\nKære Lone og Kasper\n\nIndsats: Familiebehandling\nNyt omfang: 1 gang hver 3. uge\nLovgrundlag: Barnets lov § 32\n\nBegrundelse:\n' +
  reason + END;
describe('begrundelse: "vurderes ikke længere at have samme behov" under the heading is the verdict only', () => {
  it('"I vurderes ikke længere at have samme behov for hjælp." is no reason', () =>
    expect(present(change('I vurderes ikke længere at have samme behov for hjælp.'), 'begrundelse', opts)).toBe(false));
  it('a need gone with what changed is a reason', () =>
    expect(present(change('Ida sover nu hele natten og kommer i skole hver dag, så I har mindre brug for hjælp om aftenen.'), 'begrundelse', opts)).toBe(true));
});

const committee = (meeting: string) =>
  'Afgørelse om botilbud\n\nTil: Jens Vad\n\n' + meeting +
  '\n\nUdvalget har besluttet at give afslag, da betingelserne i servicelovens § 108 ikke er opfyldt.' + END;
describe('faktiske-oplysninger: the committee that dealt with the application at its meeting is handling', () => {
  it('"Udvalget har på mødet den 2. april behandlet pågældendes ansøgning" is no fact of the case', () =>
    expect(present(committee('Udvalget har på mødet den 2. april 2026 behandlet pågældendes ansøgning om et botilbud.'), 'faktiske-oplysninger', opts)).toBe(false));
  it('a meeting with the citizen and what came out of it is a fact', () =>
    expect(present(committee('På mødet den 2. april 2026 fortalte Jens, at han selv laver mad og handler ind.'), 'faktiske-oplysninger', opts)).toBe(true));
});

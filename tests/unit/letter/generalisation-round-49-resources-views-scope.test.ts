/**
 * Round 49: a meeting with the citizen held at a month ahead is a follow-up, while a need "for løbende behandling" is
 * none (opfoelgning); strength in the singular and paid hours at a workplace are resources, while a liking granted
 * before a refusal and an institution that does something "selv" are not (ressourcer); a named applicant who tells us
 * something, the one visited who speaks with the verb inverted and words quoted straight after the verb are views,
 * while "nothing to add" and a dietitian or a kindergarten that wrote are not (borgerens-synspunkter); a helper
 * brought in by name who comes home to the family is the scope, while help through the health service is not (omfang).
 * Batches dt and du measured once unseen before they were fixed. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const GRANT = 'Kære Bodil\n\nDu får en badebænk efter servicelovens § 112.\n\n';
const REFUSAL = 'Kære Svend\n\nDu får afslag på en trappelift efter servicelovens § 112.\n\n';
const CHILD_REFUSAL = 'Kære Lise og Ole\n\nI får afslag på dækning af udgifter til svømmeundervisning for Ida efter barnets lov § 86.\n\n';

describe('opfoelgning: a meeting ahead against a need that runs on', () => {
  it('"holder møde med Ole i oktober" looks ahead', () =>
    expect(el(`${GRANT}Din bostøtte og jeg holder møde med dig og Ole i oktober.`).opfoelgning.present).toBe(true));
  it('"holdt møde med Ole i oktober" is a meeting held', () =>
    expect(el(`${GRANT}Din bostøtte og jeg holdt møde med dig og Ole i oktober.`).opfoelgning.present).toBe(false));
  it('"behov for løbende behandling" in a quoted rule is no look at the case', () =>
    expect(el(`${REFUSAL}Efter loven gælder tilbuddet personer, der har behov for løbende behandling.`).opfoelgning.present).toBe(false));
});

describe('ressourcer: strength and work against a liking and an institution', () => {
  it('"har god kraft i armene" is a strength', () =>
    expect(el(`${GRANT}Terapeuten skriver, at du har god kraft i armene.`).ressourcer.present).toBe(true));
  it('"har ikke længere kraft i armene" is a limit', () =>
    expect(el(`${GRANT}Terapeuten skriver, at du ikke længere har kraft i armene.`).ressourcer.present).toBe(false));
  it('"du har fået timer på lageret" is paid work', () =>
    expect(el(`${GRANT}Du har fået timer på lageret hos købmanden hver fredag.`).ressourcer.present).toBe(true));
  it('"du har fået tid på sygehuset" is an appointment', () =>
    expect(el(`${GRANT}Du har fået tid på sygehuset i næste uge.`).ressourcer.present).toBe(false));
  it('"Vi forstår godt, at Ida er glad for at svømme" before a refusal is the wish', () =>
    expect(el(`${CHILD_REFUSAL}Vi forstår godt, at Ida er glad for at svømme, men det ændrer ikke vores vurdering.`).ressourcer.present).toBe(false));
  it('"Ida er glad for at gå i skole" without the concession is how she thrives', () =>
    expect(el(`${CHILD_REFUSAL}Skolen fortæller, at Ida er glad for at gå i skole.`).ressourcer.present).toBe(true));
  it('"skolen har oplyst, at de selv køber bøgerne" is the school', () =>
    expect(el(`${CHILD_REFUSAL}Bøgerne er ikke med, fordi skolen har oplyst, at de selv køber dem til alle elever.`).ressourcer.present).toBe(false));
});

describe('borgerens-synspunkter: the party speaking against nothing to add and others writing', () => {
  it('a named applicant who told us something speaks for himself', () =>
    expect(el('Karl og Grethe Holm\nSkovvej 3\n\nKarl har den 3. februar 2026 søgt om en rampe.\n\nAfgørelse\nDu får afslag på rampen, fordi Karl kan bruge bagdøren.\n\nKarl fortalte, at han helst vil gå ud ad bagdøren.')['borgerens-synspunkter'].present).toBe(true));
  it('a named person who did not apply and told us something is someone else', () =>
    expect(el('Karl og Grethe Holm\nSkovvej 3\n\nDu har den 3. februar 2026 søgt om en rampe.\n\nAfgørelse\nDu får afslag på rampen, fordi Karl kan bruge bagdøren.\n\nTorben fortalte, at han helst vil gå ud ad bagdøren.')['borgerens-synspunkter'].present).toBe(false));
  it('"sagde, at du ikke havde noget at tilføje" is only the hearing answered', () =>
    expect(el(`${GRANT}Du ringede den 4. februar og sagde, at du ikke havde noget at tilføje.`)['borgerens-synspunkter'].present).toBe(false));
  it('"sagde, at du gerne vil beholde hjælpen" is a view', () =>
    expect(el(`${GRANT}Du ringede den 4. februar og sagde, at du gerne vil beholde badebænken i stuen.`)['borgerens-synspunkter'].present).toBe(true));
  it('"Diætist Mona Berg skrev, at …" in a child\'s case is a professional', () =>
    expect(el(`${CHILD_REFUSAL}Diætist Mona Berg skrev den 2. januar, at Ida skal spise glutenfrit.`)['borgerens-synspunkter'].present).toBe(false));
  it('"børnehaven Solsikken har oplyst, at …" is the kindergarten', () =>
    expect(el(`${CHILD_REFUSAL}Det er ikke med, fordi børnehaven Solsikken har oplyst, at de selv betaler turen.`)['borgerens-synspunkter'].present).toBe(false));
  it('the one visited speaks, quoted straight after the verb, in a letter to a guardian', () =>
    expect(el('Kære Anne\n\nDu har som Jonas\' værge søgt om en plads på Lunden. Det får han.\n\nDa vi besøgte ham den 3. februar, viste han os haven og sagde »her vil jeg bo«.')['borgerens-synspunkter'].present).toBe(true));
  it('the same visit where he only showed us something is no view', () =>
    expect(el('Kære Anne\n\nDu har som Jonas\' værge søgt om en plads på Lunden. Det får han.\n\nDa vi besøgte ham den 3. februar, viste han os haven.')['borgerens-synspunkter'].present).toBe(false));
});

describe('omfang: a named helper at home against help through the health service', () => {
  const FAMILY = 'Kære Lise og Ole\n\nI får familiebehandling efter barnets lov § 32. Jeres familiebehandler bliver Sara Holm.\n\n';
  it('"Sara kommer hjem til jer 1 gang om ugen" after she was named as the helper', () =>
    expect(el(`${FAMILY}Sara kommer hjem til jer 1 gang om ugen i 2 timer.`).omfang.present).toBe(true));
  it('"Ida kommer hjem til jer hver anden weekend" is the child\'s contact', () =>
    expect(el('Kære Lise og Ole\n\nIda bliver i plejefamilien efter barnets lov § 46.\n\nIda kommer hjem til jer hver anden weekend.').omfang.present).toBe(false));
  it('training "via vederlagsfri fysioterapi" twice a week is the health service\'s help', () =>
    expect(el(`${CHILD_REFUSAL}Ida får træning to gange om ugen via vederlagsfri fysioterapi.`).omfang.present).toBe(false));
});

/**
 * Round 54: faktiske-oplysninger, formaal, begrundelse and hovedhensyn, held-out sets 32 and 33 measured once before they
 * were fixed. Written for these tests in our own words, each with a look-alike.
 *
 * faktiske-oplysninger: the rules named first with a relative clause ("kvalitetsstandarden …, hvor det fremgår, at …")
 * say what the rules say; a dated (re)visitation as the source ("ifølge din seneste revisitation fra maj") is a fact.
 * formaal: a call "så I kan aftale, hvornår I starter" sets up a time, it is no aim of the help.
 * begrundelse: under the reasons heading, the duty to report changes and other help pointed to with a name as the subject
 * ("Oskar kan eventuelt benytte …") are no reasons.
 * hovedhensyn: "lagt vægt på, at betingelserne ikke ses at være opfyldt i din sag" names no consideration.
 * Also (dev row): a doctor's referral ("som din egen læge har henvist dig til") is a fact, and fact, rule applied to it
 * ("til denne behandling") and "Derfor er kørslen sat til 0 kr." in one paragraph tie the fact to the refused line.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'faktiske-oplysninger' | 'formaal' | 'begrundelse' | 'hovedhensyn';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nOle Bak\nVisitator\n';

describe('faktiske-oplysninger', () => {
  const refusal = (s: string) => 'Kære Inger\n\nDu får afslag på vinduespudsning.\n\n' + s + END;
  it('the service level named first, then "hvoraf det fremgår, at …", says what the rules say', () =>
    expect(el(refusal('Afgørelsen er truffet efter kommunens serviceniveau for praktisk hjælp 2025, hvoraf det fremgår, at vinduespudsning ikke indgår.'), 'faktiske-oplysninger')).toBe(false));
  it('a physiotherapist\'s note with "hvoraf det fremgår" is a fact', () =>
    expect(el(refusal('Vi har fået et notat fra fysioterapeuten af 4. februar, hvoraf det fremgår, at du kan stå på en skammel.'), 'faktiske-oplysninger')).toBe(true));
  const level = (s: string) => 'Kære Arne\n\nDu kan ikke få et kontant tilskud.\n\n' + s + ' Derfor får du afslag.' + END;
  it('"ifølge din seneste revisitation fra oktober" is a dated assessment of the case', () =>
    expect(el(level('Ifølge din seneste revisitation fra oktober 2025 har du brug for 4 timers hjælp om ugen.'), 'faktiske-oplysninger')).toBe(true));
  it('"ifølge den nye kvalitetsstandard fra 2025" is the rule, not a fact', () =>
    expect(el(level('Ifølge den nye kvalitetsstandard fra 2025 gives tilskuddet først ved et større behov.'), 'faktiske-oplysninger')).toBe(false));
});

describe('a fact, the rule applied to it, then "derfor"', () => {
  const table = (s: string) =>
    'Kære Bente\n\nDu får 600 kr. om måneden til merudgifter.\n\nOm kørslen\n\n' + s + END;
  it('a referral by the doctor is a fact of the case', () =>
    expect(el(table('Din genoptræning foregår på sygehuset, som din egen læge har henvist dig til.'), 'faktiske-oplysninger')).toBe(true));
  it('a referral the doctor may still make is no fact', () =>
    expect(el(table('Din læge kan henvise dig til genoptræning på sygehuset.'), 'faktiske-oplysninger')).toBe(false));
  const rule = 'Kørsel til denne behandling betales af regionen, og kommunen kan kun dække merudgifter, der ikke kan dækkes efter anden lovgivning. Derfor er kørslen sat til 0 kr.';
  it('fact, the rule applied to "denne behandling" and "Derfor … sat til 0 kr." is a reason', () =>
    expect(el(table('Din genoptræning foregår på sygehuset, som din egen læge har henvist dig til. ' + rule), 'begrundelse')).toBe(true));
  it('the rule and "Derfor … sat til 0 kr." with no fact before them is no reason', () =>
    expect(el(table('Du har søgt om kørsel til genoptræning. ' + rule), 'begrundelse')).toBe(false));
});

describe('formaal', () => {
  const grant = (s: string) => 'Hej Lise\n\nDu har fået bevilget ledsagelse 12 timer om måneden.\n\n' + s + END;
  it('"så I kan aftale, hvilke dage …" after a call is a practical arrangement', () =>
    expect(el(grant('Ledsageren ringer til dig på fredag, så I kan aftale, hvilke dage hun kommer.'), 'formaal')).toBe(false));
  it('"så du kan komme til dine koraftener" is what the help shall lead to', () =>
    expect(el(grant('Timerne er bevilget, så du kan komme til dine koraftener og møde andre.'), 'formaal')).toBe(true));
});

describe('begrundelse', () => {
  const reasons = (s: string) =>
    'Kære Pia\n\nDu får dækket tabt arbejdsfortjeneste 10 timer om ugen.\n\nBegrundelse:\nBetingelserne i barnets lov § 87 er opfyldt.\n\n' + s + END;
  it('the duty to report changes under the heading is no reason', () =>
    expect(el(reasons('Du har pligt til at give os besked om ændringer, der kan betyde noget for bevillingen, fx hvis behandlingen stopper.'), 'begrundelse')).toBe(false));
  it('a fact of the case under the heading is the reason', () =>
    expect(el(reasons('Sofus skal til kontrol på hospitalet tre eftermiddage om ugen under sin behandling.'), 'begrundelse')).toBe(true));
  const refusal = (s: string) =>
    'Kære Hanne og Jens\n\nI får afslag på en fast kontaktperson til Mads.\n\nBegrundelse:\nDet vurderes, at betingelserne for en støttende indsats ikke er opfyldt.\n\n' + s + END;
  it('other help pointed to with the child\'s name as the subject is no reason', () =>
    expect(el(refusal('Mads kan eventuelt benytte skolens lektiecafé, og I kan også kontakte familierådgivningen.'), 'begrundelse')).toBe(false));
  it('what the same child manages, under the heading, is the reason', () =>
    expect(el(refusal('Mads møder hver dag i skolen og har flere gode venner i klassen.'), 'begrundelse')).toBe(true));
});

describe('hovedhensyn', () => {
  const refusal = (s: string) => 'Kære Grete\n\nDu får afslag på en løftestol.\n\n' + s + END;
  it('"betingelserne ikke ses at være opfyldt i din sag" weighs nothing', () =>
    expect(el(refusal('Vi har lagt vægt på, at betingelserne ikke ses at være opfyldt i din sag.'), 'hovedhensyn')).toBe(false));
  it('a concrete ability weighed is a main consideration', () =>
    expect(el(refusal('Vi har lagt vægt på, at du selv kan rejse dig fra en almindelig stol med armlæn.'), 'hovedhensyn')).toBe(true));
});

/**
 * Round 70 (section B): omfang, opfoelgning, formaal, borgerens-synspunkter and faktiske-oplysninger — help kept listed
 * after a colon beside a refusal, an amount in brackets on a row label of a table of costs (scope); a look at "hvordan det
 * går" told in the simple past, pay or help running on "som hidtil" up to the end of help that stops, a last meeting set
 * "sammen med" the helper at a month ahead (follow-up); "så du får tilbudt" as a step of the case (purpose); the citizen
 * and a relative as one subject (view); other verbs of telling in a dated call (facts). Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået afgørelsen.\n\nMed venlig hilsen\nKirsten Dahl\nSagsbehandler\n';

// A refused care home with one sentence in the middle.
const careHomeRefusal = (middle: string) =>
  'Svar på din ansøgning om plejebolig\n\nKære Arne Vestergaard\n\nVisitationsudvalget har besluttet, at du ikke kan få en plejebolig nu. ' +
  'Afgørelsen er truffet efter lov om almene boliger § 54.\n\n' + middle + END;

describe('omfang: the help kept, listed right after a colon, beside a refusal', () => {
  it('"Du beholder din nuværende hjælp: rengøring hver 14. dag og indkøb 1 gang om ugen" is the scope', () =>
    expect(present(careHomeRefusal('Du beholder din nuværende hjælp: rengøring hver 14. dag og indkøb 1 gang om ugen.'), 'omfang', opts)).toBe(true));
  it('"Du bevarer din hjælp: bad 2 gange om ugen" is the scope', () =>
    expect(present(careHomeRefusal('Du bevarer din hjælp: bad 2 gange om ugen og tøjvask hver anden uge.'), 'omfang', opts)).toBe(true));
  it('the help applied for after a colon is no scope', () =>
    expect(present(careHomeRefusal('Du har søgt om mere hjælp: besøg 5 gange dagligt.'), 'omfang', opts)).toBe(false));
});

const costTable = (rows: string, after = '') =>
  'Afslag på merudgifter\n\nKære Lone Thygesen\n\nDu kan ikke få dækket dine merudgifter efter servicelovens § 100, fordi de ikke når op på ' +
  'minimumsbeløbet.\n\nUdgift\n\nDit beløb (kr./md.)\n\nGodkendt (kr./md.)\n\n' + rows + '\n\n' + after + END;

describe('omfang: an amount in brackets on a row label of a table of costs is the citizen\'s cost', () => {
  it('"Kompressionsstrømper (1.800 kr. om året)" in the table is no scope', () =>
    expect(present(costTable('Kompressionsstrømper (1.800 kr. om året)\n\n150\n\n150'), 'omfang', opts)).toBe(false));
  it('"Særlig kost (400 kr. om måneden)" in the table is no scope', () =>
    expect(present(costTable('Ekstra vask\n\n90\n\n45\n\nSærlig kost (400 kr. om måneden)\n\n400\n\n200'), 'omfang', opts)).toBe(false));
  it('an amount granted in a sentence after the table is the scope', () =>
    expect(present(costTable('Særlig kost (400 kr. om måneden)\n\n400\n\n200', 'Vi bevilger dog 200 kr. om måneden til særlig kost.'), 'omfang', opts)).toBe(true));
});

// A letter that ends a support person, with one sentence in the middle.
const ending = (middle: string) =>
  'Din kontaktperson stopper\n\nHej Sebastian\n\nVi har besluttet, at din kontaktperson efter barnets lov § 114 stopper, fordi du ikke ' +
  'længere har brug for støtten.\n\n' + middle + END;

describe('opfoelgning: a look at how it goes told in the simple past is the review held', () => {
  it('"Ved samtalen den 3. februar talte vi om, hvordan det går med skolen" is no follow-up', () =>
    expect(present(ending('Ved samtalen den 3. februar talte vi om, hvordan det går med skolen.'), 'opfoelgning', opts)).toBe(false));
  it('"På mødet i marts så vi sammen på, hvordan det går" is no follow-up', () =>
    expect(present(ending('På mødet i marts så vi sammen på, hvordan det går.'), 'opfoelgning', opts)).toBe(false));
  it('a call ahead to hear how it goes is a follow-up', () =>
    expect(present(ending('Jeg ringer til dig efter sommerferien og spørger, hvordan det går.'), 'opfoelgning', opts)).toBe(true));
});

describe('opfoelgning: help or pay running on "som hidtil" up to the end is the run-out, not a duration', () => {
  it('"Du får tilskuddet som hidtil til og med 30. september 2026" is no follow-up', () =>
    expect(present(ending('Du får tilskuddet som hidtil til og med 30. september 2026.'), 'opfoelgning', opts)).toBe(false));
  it('"Kontaktpersonen kommer som nu indtil den 15. juni" is no follow-up', () =>
    expect(present(ending('Kontaktpersonen kommer som nu indtil den 15. juni.'), 'opfoelgning', opts)).toBe(false));
  it('new help granted up to a date has a duration', () =>
    expect(
      present(
        'Bevilling af bostøtte\n\nKære Sebastian\n\nDu får bostøtte efter servicelovens § 85, 3 timer om ugen. Støtten gælder til og med 31. december 2026.' + END,
        'opfoelgning',
        opts,
      ),
    ).toBe(true));
});

describe('opfoelgning: a last meeting set with the helper at a month ahead', () => {
  it('"Vi holder et afsluttende møde sammen med din mentor i februar" is a follow-up', () =>
    expect(present(ending('Vi holder et afsluttende møde sammen med din mentor i februar.'), 'opfoelgning', opts)).toBe(true));
  it('"Vi holder et sidste møde med dig i uge 23" is a follow-up', () =>
    expect(present(ending('Vi holder et sidste møde med dig i uge 23.'), 'opfoelgning', opts)).toBe(true));
  it('the same meeting told as held is none', () =>
    expect(present(ending('Vi holdt et sidste møde sammen med din mentor i februar.'), 'opfoelgning', opts)).toBe(false));
});

const careHomeGrant = (middle: string) =>
  'Du er godkendt til en plejebolig\n\nKære Inge Bech\n\nVisitationsudvalget har godkendt din ansøgning om en plejebolig efter lov om almene ' +
  'boliger § 54. ' + middle + END;

describe('formaal: something offered or sent as the case\'s next step is a consequence', () => {
  it('"…, så du får tilbudt en bolig inden for to måneder" is no purpose', () =>
    expect(present(careHomeGrant('Du står nu på ventelisten, så du får tilbudt en bolig inden for to måneder.'), 'formaal', opts)).toBe(false));
  it('"…, så du får tilsendt et nyt kort" is no purpose', () =>
    expect(present(careHomeGrant('Vi har meldt flytningen til Borgerservice, så du får tilsendt et nyt sundhedskort.'), 'formaal', opts)).toBe(false));
  it('what the help shall lead to is a purpose', () =>
    expect(present(careHomeGrant('Du flytter ind, så du får hjælp hele døgnet og kan føle dig tryg om natten.'), 'formaal', opts)).toBe(true));
});

describe('borgerens-synspunkter: the citizen and a relative as one subject', () => {
  it('"Du og din datter Lene har ønsket en bolig tæt på byen" is a view', () =>
    expect(present(careHomeGrant('Du og din datter Lene har ønsket en bolig tæt på byen, fordi Lene bor der.'), 'borgerens-synspunkter', opts)).toBe(true));
  it('"De og Deres hustru fortalte, at trapperne er blevet for svære" is a view', () =>
    expect(present(careHomeGrant('De og Deres hustru fortalte, at trapperne er blevet for svære.'), 'borgerens-synspunkter', opts)).toBe(true));
  it('the relative alone is no view of the citizen', () =>
    expect(present(careHomeGrant('Din datter Lene har ønsket en bolig tæt på byen, fordi hun bor der.'), 'borgerens-synspunkter', opts)).toBe(false));
});

// An ending of carer's pay with no other fact in it.
const payEnding = (middle: string) =>
  'Din ansættelse ophører\n\nKære Bodil Krogh\n\nDin ansættelse efter servicelovens § 118 ophører.\n\n' + middle + END;

describe('faktiske-oplysninger: other verbs of telling in a dated call or meeting', () => {
  it('"Du foreslog selv i telefonen den 4. maj, at …" is a fact', () =>
    expect(present(payEnding('Du foreslog selv i telefonen den 4. maj, at ordningen slutter efter sommerferien.'), 'faktiske-oplysninger', opts)).toBe(true));
  it('"Du nævnte på mødet den 12. marts, at …" is a fact', () =>
    expect(present(payEnding('Du nævnte på mødet den 12. marts, at din far nu får hjælp fra plejecentret.'), 'faktiske-oplysninger', opts)).toBe(true));
  it('a talk named with nothing told is none', () =>
    expect(present(payEnding('Som aftalt i telefonen slutter ordningen efter sommerferien.'), 'faktiske-oplysninger', opts)).toBe(false));
});

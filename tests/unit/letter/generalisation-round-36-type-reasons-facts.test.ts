/**
 * Round 36: decision type (refusals told gently without "afslag", partial grants shown only by what is
 * left out), begrundelse and faktiske-oplysninger, batches ct/cu/cv measured once unseen before they were
 * fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;
const reasons = (t: string) => present(t, 'begrundelse');
const facts = (t: string) => present(t, 'faktiske-oplysninger');

describe('decisionType: a refusal told gently, without the word afslag', () => {
  it.each([
    // The conclusion reached that the citizen is not to have it.
    'Kære Bent\n\nVisitationen har set på dit ønske om en plejebolig. Visitationen kom frem til, at du ikke skal visiteres til en plejebolig i år. Du er velkommen til at søge igen, hvis dit helbred ændrer sig.',
    // The answer to the question asked, said as "det bliver ikke til det".
    'Hej Maja\n\nDu spurgte, om du kunne beholde din mentor efter sommerferien. Det bliver ikke til det. Du klarer dit studie fint selv nu.',
    // Put off: "det bliver ikke lige nu".
    'Hej Rasmus\n\nJeg har set på dit ønske om en plads i værkstedet, og det bliver ikke lige nu. Dit praktikforløb skal først gøres færdigt.',
    // The help itself judged not right for the citizen.
    'Hej Lone\n\nTak for samtalen. Vi tror ikke, at et bofællesskab er det rigtige for dig på nuværende tidspunkt. Du klarer din lejlighed og dit arbejde.',
  ])('refuses: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    // The same verbs with the grant: no "ikke" in the conclusion.
    'Kære Bent\n\nVisitationen kom frem til, at du skal have en plejebolig. Du kan flytte ind i maj.',
    // Postponed, then granted: "… ikke lige nu, men fra …".
    'Hej Rasmus\n\nDu får en plads i værkstedet 4 dage om ugen. Det bliver ikke lige nu, men fra 1. april.',
    // A doubt that is no judgement of the help.
    'Hej Lone\n\nVi tror ikke, at det bliver nemt i starten, men du får bostøtte 3 timer om ugen.',
  ])('does not refuse: %s', (t) => expect(type(t)).not.toBe('afslag'));
});

describe('decisionType: a partial grant shown by what is left out', () => {
  it('an increase answering the citizen\'s own application, with a counted part left out, is partial', () => {
    expect(
      type('Kære Per\n\nDu har bedt om, at din bostøtte udvides til 7 timer om ugen. Bostøtten udvides fra 3 til 5 timer om ugen. De 2 ekstra timer bliver ikke en del af bevillingen, fordi du selv klarer indkøbet.'),
    ).toBe('delvis');
  });
  it('the same increase after the municipality\'s own revisitation stays a change', () => {
    expect(type('Kære Per\n\nVi har revurderet din hjælp. Din bostøtte udvides fra 3 til 5 timer om ugen.')).toBe('aendring');
  });
  it('the application\'s count told after the grant without its period', () => {
    expect(type('Kære Eva\n\nDu får ledsagelse 10 timer om måneden fra 1. april. Du søgte om 15 timer.')).toBe('delvis');
    // Look-alike: the count asked for is the one granted.
    expect(type('Kære Eva\n\nDu får ledsagelse 15 timer om måneden fra 1. april. Du søgte om 15 timer.')).toBe('bevilling');
  });
  it('a yes and a no announced together', () => {
    expect(type('Kære Ib og Sara\n\nVi har læst jeres ansøgning. Der er både noget, vi kan hjælpe med, og noget, vi ikke kan. I får dækket kørsel til hospitalet med 200 kr. om måneden.')).toBe('delvis');
    // Look-alike: the other part is what the family does itself, nothing refused.
    expect(type('Kære Ib og Sara\n\nVi har læst jeres ansøgning. Der er både noget, vi kan hjælpe med, og noget, I selv kan gøre. I får dækket kørsel til hospitalet med 200 kr. om måneden.')).not.toBe('delvis');
  });
  it('an answer column with a yes and a no', () => {
    const table = (second: string) =>
      `Kære Inge\n\nDu søgte om to hjælpemidler. Her er svarene:\n\nDet søgte du om\nSvar\nBadetaburet\nJa – du får den\nGribetang\n${second}\n\nVenlig hilsen\nHjælpemiddelteamet`;
    expect(type(table('Nej'))).toBe('delvis');
    expect(type(table('Ja'))).toBe('bevilling');
  });
});

describe('begrundelse: reasons opened by a question, drawn with "altså", caused by a new state', () => {
  it('"Hvorfor færre timer?" inside the paragraph opens the reasons', () => {
    expect(reasons('Kære Aase\n\nFra 1. maj får du rengøring hver 3. uge i stedet for hver 2. uge. Hvorfor færre gange? Din datter er flyttet ind hos dig i januar og gør rent i køkkenet hver uge.')).toBe(true);
    // Look-alike: the same facts with no question and no tie to the change.
    expect(reasons('Kære Aase\n\nFra 1. maj får du rengøring hver 3. uge i stedet for hver 2. uge. Din datter er flyttet ind hos dig i januar.')).toBe(false);
  });
  it('"altså ikke brug for" right after what was seen', () => {
    expect(reasons('Kære Kaj\n\nVed besøget rejste du dig to gange fra sofaen uden at tage fat i noget. Du har altså ikke brug for en løftestol.')).toBe(true);
    // Look-alike: "altså" with nothing seen before it.
    expect(reasons('Kære Kaj\n\nVi har modtaget din ansøgning. Du har altså ikke brug for at sende flere papirer.')).toBe(false);
  });
  it('"nu hvor" gives the cause; inside the application it is the citizen\'s', () => {
    expect(reasons('Kære Ali\n\nNu hvor du har fået arbejde 30 timer om ugen, hører du ikke længere til målgruppen for dagtilbuddet, og pladsen stopper.')).toBe(true);
    expect(reasons('Kære Ali\n\nDu har søgt om bostøtte, nu hvor du er flyttet i egen lejlighed. Vi har modtaget ansøgningen.')).toBe(false);
  });
});

describe('faktiske-oplysninger: a dated meeting, a measurement, a named source, a dated note', () => {
  it.each([
    'Kære Otto\n\nDa vi sås hos dig den 4. marts, gik du med stok ud til carporten.',
    'Kære Otto\n\nDørtrinnet ud til haven er målt til 6 cm.',
    'Kære Otto\n\nKort fra mig efter besøget mandag d. 3/6: du får et greb ved toilettet.',
    'Kære Otto\n\nFysioterapeutens afslutningsnotat af 3. maj viser, at du igen kan gå på trapper.',
    'Kære Otto\n\nVi ved fra din kontaktperson på bostedet, at du møder stabilt hver dag.',
    'Kære Otto\n\nPå mødet den 3. marts 2026 fortalte du, at du falder om natten.',
  ])('names a fact: %s', (t) => expect(facts(t)).toBe(true));
  it.each([
    'Kære Otto\n\nVi ses igen til foråret.',
    'Kære Otto\n\nRampen bliver lavet, så den passer til din kørestol.',
    'Kære Otto\n\nEfter besøget sender vi dig en afgørelse.',
    'Kære Otto\n\nVi laver et afslutningsnotat, når forløbet slutter.',
    'Kære Otto\n\nVi ved, at det kan være svært at flytte.',
    'Kære Otto\n\nUdvalget har på mødet den 3. marts 2026 behandlet din ansøgning om plejebolig.',
  ])('names none: %s', (t) => expect(facts(t)).toBe(false));
});

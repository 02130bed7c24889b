/**
 * Round 41: the complaint guidance that only says to write to Ankestyrelsen with a deadline in the next sentence, the
 * reconsideration said as "på ny tage stilling til" and "helt eller delvist medhold"; reasons drawn "ud fra det, du
 * fortalte – at …", and a "nu hvor" that only gives the occasion of a purpose; a visit told as "da jeg var hos dig,
 * kunne vi se", the case file looked through, an aid tried out with its date, and an aid driven out still to come; the
 * information sent to the party with a long date between and "med anmodning om bemærkninger"; a støtteperson named in
 * a doctor's statement. Batches de/df/dg measured once unseen before they were fixed. Written for these tests in our
 * own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const REFUSAL = 'Kære Jens\n\nDu får afslag på en ombygning af dit køkken efter servicelovens § 116.\n\n';
const GRANT = 'Kære Lis\n\nDu får en badebænk som hjælpemiddel efter servicelovens § 112.\n\n';
const STOP = 'Kære fru Holm\n\nDeres hjælp til indkøb efter servicelovens § 83 ophører med udgangen af maj 2026.\n\n';

describe('klagevejledning and klagefrist: the way to Ankestyrelsen, then the deadline in a sentence of its own', () => {
  it('"Du kan skrive til Ankestyrelsen … Det skal ske inden 4 uger efter, at du har fået brevet" is guidance with the right deadline', () => {
    const e = el(`${REFUSAL}Du kan sende en mail direkte til Ankestyrelsen via borger.dk. Det skal ske inden 4 uger efter, at du har fået dette brev.`);
    expect(e.klagevejledning.present).toBe(true);
    expect(e.klagefrist.present).toBe(true);
  });
  it('Ankestyrelsen named as a source, with a start date after it, is no guidance', () => {
    const e = el(`${REFUSAL}Vi har læst Ankestyrelsens praksis om køkkener. Håndværkeren kommer inden 4 uger og tager mål til et nyt greb.`);
    expect(e.klagevejledning.present).toBe(false);
    expect(e.klagefrist.present).toBe(false);
  });
});

describe('genvurdering: "på ny tage stilling" and "helt eller delvist medhold"', () => {
  it('the office that "på ny vil tage stilling til, om De kan gives helt eller delvist medhold" looks again', () =>
    expect(el(`${STOP}Ønsker De at klage, skal klagen sendes til kommunen inden 4 uger, hvorefter kommunen på ny vil tage stilling til, om De kan gives helt eller delvist medhold. Ellers går klagen til Ankestyrelsen.`).genvurdering.present).toBe(true));
  it('"Afgørelsen giver fuldt medhold" in a field says there is nothing to look at again', () =>
    expect(el(`${GRANT}Klagevejledning: Afgørelsen giver fuldt medhold, og der vedlægges derfor ikke klagevejledning.`).genvurdering.present).toBe(false));
});

describe('begrundelse: the result drawn from what the citizen told, and "nu hvor" after a purpose', () => {
  it('"Ud fra det, du fortalte mig – at …" before the conclusion is a reason of this case', () =>
    expect(el(`${GRANT}Ud fra det, du fortalte mig ved døren – at benene ryster, når du har stået et par minutter, og at du engang er gledet i karret – er det klogt, at du sidder ned, når du vasker dig.`).begrundelse.present).toBe(true));
  it('"tilrettelagt ud fra det, vi aftalte" only says how the help is planned', () =>
    expect(el(`${GRANT}Leveringen er tilrettelagt ud fra det, vi aftalte med din nabo i sidste uge.`).begrundelse.present).toBe(false));
  it('a trailing "nu hvor" that only gives the occasion of what the place is to give is no reason', () =>
    expect(el('Kære Ole\n\nDu får plads i Cafe Solsikken to dage om ugen efter servicelovens § 104.\n\nPladsen skal give dig et sted at møde andre og en fast rytme i ugen, nu hvor du er stoppet på værkstedet.').begrundelse.present).toBe(false));
  it('a fronted "Nu hvor du …" before the result is still a reason', () =>
    expect(el(`${STOP}Nu hvor De selv kan køre til butikken igen efter operationen, har De ikke længere brug for hjælpen.`).begrundelse.present).toBe(true));
});

describe('faktiske-oplysninger: what was seen on a visit, the case file, a dated trial and a delivery to come', () => {
  it('"Da vi var hjemme hos dig, så vi, at …" is an observation, even without a date', () =>
    expect(el(`${GRANT}Da vi var hjemme hos dig, så vi, at du må holde fast i vasken for at komme op fra toilettet.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Da jeg var hos dig, aftalte vi …" is no observation', () =>
    expect(el(`${GRANT}Da jeg var hos dig, aftalte vi, at din søn henter bænken.`)['faktiske-oplysninger'].present).toBe(false));
  it('"Jeg har kigget i din sag, og du havde …" reports what the case file shows', () =>
    expect(el(`${REFUSAL}Jeg har kigget i din sag, og du havde en trappelift fra kommunen, indtil du flyttede i 2022.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Vi har set på din ansøgning" is handling, no fact', () =>
    expect(el(`${REFUSAL}Vi har set på din ansøgning og svarer dig her.`)['faktiske-oplysninger'].present).toBe(false));
  it('an aid tried out with the citizen on a date is a fact', () =>
    expect(el(`${GRANT}Fysioterapeuten afprøvede bænken sammen med dig den 12. februar.`)['faktiske-oplysninger'].present).toBe(true));
  it('a therapist who drives the aid out on a coming date has seen nothing yet', () =>
    expect(el(`${GRANT}Fysioterapeut Anja kører bænken ud tirsdag den 10. marts og indstiller benene, så den står fast.`)['faktiske-oplysninger'].present).toBe(false));
  it('the citizen who drives her own car is not a delivery', () =>
    expect(el(`${REFUSAL}Ifølge fysioterapeutens notat af 3. februar kører du selv bil og går til træning to gange om ugen.`)['faktiske-oplysninger'].present).toBe(true));
});

describe('partshoering: the information sent with a long date between, and the request for comments', () => {
  it('"sendte ved brev af … oplysningerne fra … til Dem med anmodning om eventuelle bemærkninger" is a hearing', () =>
    expect(el(`${STOP}Forvaltningen sendte ved brev af 2. februar 2026 oplysningerne fra hjemmeplejens leder til Dem med anmodning om eventuelle bemærkninger.`).partshoering.present).toBe(true));
  it('the same sent to the doctor with a request for a statement is no hearing of the party', () =>
    expect(el(`${STOP}Forvaltningen sendte ved brev af 2. februar 2026 oplysningerne fra hjemmeplejens leder til Deres egen læge med anmodning om en udtalelse.`).partshoering.present).toBe(false));
});

describe('bisidder: a støtteperson is the right only where the party may have one', () => {
  it('"I kan også få tilbudt en uvildig støtteperson" is the right', () =>
    expect(el('Kære Mette og Karsten\n\nVi har besluttet, at Nora skal bo i plejefamilie efter barnets lov § 46.\n\nI kan også få tilbudt en uvildig støtteperson, som kan være med til møderne.').bisidder.present).toBe(true));
  it('"… skriver, at hun kan gå i børnehave hele dagen med en støtteperson" is a fact about the child', () =>
    expect(el('Kære Mette og Karsten\n\nI får afslag på flere timer med tabt arbejdsfortjeneste efter barnets lov § 87.\n\nBørneafdelingen skriver i sin udtalelse, at Nora kan gå i børnehave hele dagen med en støtteperson.').bisidder.present).toBe(false));
});

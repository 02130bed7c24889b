/**
 * Round 55: faktiske-oplysninger and begrundelse, held-out sets 34 and 35 measured once before they were fixed (plus one
 * h33 row). Written for these tests in our own words, each with a look-alike.
 *
 * faktiske-oplysninger: the citizen's own account in the application ("De har anført, at …", "Du skriver i din
 * ansøgning, at …") is their view, not a fact; documents already sent in ("I har indsendt kvitteringer") are facts, one
 * still to be sent is not; "skrevet dig op" to a waiting list is handling; a team's dated recommendation ("har den 3.
 * marts indstillet dig til …"), a dated letter from a source, a seller's quote with its total and a dated move are facts.
 * begrundelse: a need said to be met by the hours with a name's apostrophe possessive, the § 112 criteria as the
 * assessment's infinitive and "ikke længere vurderes at have behov" are the verdict again; a fact, the rule applied to
 * its kind ("Behandling hører under …") and "Derfor …" tie the fact to the result; the law's share applied to the price
 * with the amount that follows explains the refused part.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'faktiske-oplysninger' | 'begrundelse';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nKaren Møller\nSagsbehandler\n';

describe('faktiske-oplysninger', () => {
  const refusal = (s: string) => 'Kære Svend\n\nDu får afslag på tilskud til en gangbuk.\n\n' + s + END;
  it('the citizen\'s written account ("Du har anført, at du har svært ved …") is their view', () =>
    expect(el(refusal('Du har anført, at du har svært ved at komme op fra sengen om morgenen.'), 'faktiske-oplysninger')).toBe(false));
  it('the same difficulty found by the therapist is a fact', () =>
    expect(el(refusal('Terapeuten har set, at du har svært ved at komme op fra sengen om morgenen.'), 'faktiske-oplysninger')).toBe(true));
  it('"Ifølge din ansøgning bor du alene" is the application\'s word', () =>
    expect(el(refusal('Ifølge din ansøgning bor du alene i huset.'), 'faktiske-oplysninger')).toBe(false));
  it('"Du bor alene i huset" said by the office is a fact', () =>
    expect(el(refusal('Du bor alene i huset og har ingen hjælp fra familien.'), 'faktiske-oplysninger')).toBe(true));

  const costs = (s: string) => 'Kære Mette og Jonas\n\nI får afslag på merudgifter til Ida.\n\n' + s + END;
  it('receipts already sent in ("I har indsendt kvitteringer") are facts', () =>
    expect(el(costs('I har indsendt kvitteringer for ekstra vask i foråret.'), 'faktiske-oplysninger')).toBe(true));
  it('receipts still to be sent in are not', () =>
    expect(el(costs('Husk at indsende kvitteringer for ekstra vask, hvis I søger igen.'), 'faktiske-oplysninger')).toBe(false));
  it('receipts sent in only as a condition of payment are not', () =>
    expect(el(costs('Pengene udbetales, når I har indsendt kvitteringer for ekstra vask.'), 'faktiske-oplysninger')).toBe(false));

  const home = (s: string) => 'Kære Jens\n\nDu er godkendt til en plejebolig.\n\n' + s + END;
  it('"Vi har skrevet dig op til begge centre" is a waiting list, not a written report', () =>
    expect(el(home('Vi har skrevet dig op til begge centre.'), 'faktiske-oplysninger')).toBe(false));
  it('what the nurse has written is a report', () =>
    expect(el(home('Sygeplejersken har skrevet, at du ikke kan klare natten alene.'), 'faktiske-oplysninger')).toBe(true));

  const work = (s: string) => 'Kære Lone\n\nDu får afslag på beskyttet beskæftigelse.\n\n' + s + END;
  it('a team\'s dated recommendation ("har den 3. marts indstillet dig til fleksjob") is a fact', () =>
    expect(el(work('Teamet har den 3. marts 2026 indstillet dig til fleksjob.'), 'faktiske-oplysninger')).toBe(true));
  it('a recommendation without a date or source stays out', () =>
    expect(el(work('Vi kan indstille dig til et andet tilbud senere.'), 'faktiske-oplysninger')).toBe(false));
  it('a dated letter from a ward ("Brev fra Øjenafdelingen af 5. maj") is a dated source', () =>
    expect(el(work('Brev fra Øjenafdelingen af 5. maj 2025: synet er stabilt.'), 'faktiske-oplysninger')).toBe(true));
  it('a letter from us with no date is no source', () =>
    expect(el(work('Du får et brev fra os, når vi har et ledigt forløb.'), 'faktiske-oplysninger')).toBe(false));
  it('a seller\'s quote with its total is a fact', () =>
    expect(el(work('Du har sendt os et tilbud fra Cykelhuset på en trehjulet cykel til 12.400 kr.'), 'faktiske-oplysninger')).toBe(true));
  it('a unit price per month is no fact', () =>
    expect(el(work('Du kan få et tilbud fra os på madservice til 60 kr. om dagen.'), 'faktiske-oplysninger')).toBe(false));
  it('a dated move is a fact', () =>
    expect(el(work('Du flyttede ud fra bostedet den 2. februar 2026.'), 'faktiske-oplysninger')).toBe(true));
  it('a move still to come with no date is not', () =>
    expect(el(work('Du flytter måske ud fra bostedet til sommer.'), 'faktiske-oplysninger')).toBe(false));
});

describe('begrundelse', () => {
  const partial = (s: string) =>
    'Kære Lise\n\nDu får en støtteperson til Marcus i 2 timer om ugen. Du får afslag på resten.\n\nBegrundelse: ' + s + END;
  it('hours said to cover "Marcus\' behov" with nothing more is the verdict again', () =>
    expect(el(partial('Vi vurderer, at 2 timer om ugen er tilstrækkeligt til at dække Marcus\' behov for støtte.'), 'begrundelse')).toBe(false));
  it('with what Marcus manages as the cause it is a reason', () =>
    expect(el(partial('2 timer om ugen er nok, fordi Marcus allerede går til fodbold to gange om ugen med en kammerat.'), 'begrundelse')).toBe(true));

  const aid = (s: string) => 'Kære Birthe\n\nDu får afslag på en badestol.\n\nBegrundelse:\n' + s + END;
  it('the § 112 criteria as the assessment\'s infinitive are the rule', () =>
    expect(el(aid('Badestolen vurderes ikke i væsentlig grad at kunne afhjælpe de varige følger af den nedsatte funktionsevne.'), 'begrundelse')).toBe(false));
  it('what the therapist saw, tied with "derfor", is a reason', () =>
    expect(el(aid('Ved besøget den 4. februar kunne du selv stå op under hele badet. Derfor har du ikke brug for en badestol.'), 'begrundelse')).toBe(true));

  const stop = (s: string) => 'Kære Aage\n\nDin hjælp til indkøb ophører pr. 1. maj 2026.\n\n' + s + END;
  it('"ophører, da du ikke længere vurderes at have behov for den" is the verdict again', () =>
    expect(el(stop('Hjælpen ophører, da du ikke længere vurderes at have behov for den.'), 'begrundelse')).toBe(false));
  it('stopping because the citizen now shops online is a reason', () =>
    expect(el(stop('Hjælpen ophører, fordi du nu selv bestiller dine varer på nettet og får dem bragt hjem.'), 'begrundelse')).toBe(true));

  const care = (s: string) => 'Kære Pia og Ole\n\nI får afslag på tilskud til svømmeterapi til Emil.\n\n' + s + END;
  it('a fact, the rule named by its kind ("Behandling hører under …"), then "Derfor" is a reason', () =>
    expect(el(care('Speciallægens notat af 4. januar 2026 beskriver, at svømningen er en del af Emils behandling for gigten. Behandling hører under sundhedsvæsenet. Derfor kan vi ikke dække udgiften.'), 'begrundelse')).toBe(true));
  it('the rule alone, with no fact before it, is no reason', () =>
    expect(el(care('Behandling hører under sundhedsvæsenet. Derfor kan vi ikke dække udgiften.'), 'begrundelse')).toBe(false));

  const share = (s: string) => 'Kære Tove\n\nDu får et tilskud på 6.000 kr. til en el-scooter. Resten af prisen får du ikke dækket.\n\n' + s + END;
  it('the law\'s share applied to the price with the amount after it explains the refused part', () =>
    expect(el(share('Efter § 113 kan vi kun give 50 % af prisen på en almindelig model. En almindelig model koster efter vores aftale 12.000 kr., og tilskuddet er derfor 6.000 kr.'), 'begrundelse')).toBe(true));
  it('the share rule alone, with no price, is the rule', () =>
    expect(el(share('Efter § 113 kan vi kun give 50 % af prisen på en almindelig model.'), 'begrundelse')).toBe(false));
});

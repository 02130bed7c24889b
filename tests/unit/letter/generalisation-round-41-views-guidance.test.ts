/**
 * Round 41: the citizen's own words in a letter to a relative or a guardian (the relative's "du" is not the
 * citizen, but "din far" and a name on the guardian's address line are), a wish with "selv" after the verb, and
 * other help pointed to in new ways: an aid applied for "for sig", the parents' "egen støtteperson", a compound
 * counselling, another body's transport or help without "dig", "men det kan … måske"; not an offer made instead as
 * part of the decision, volunteers already in the citizen's club, or asking a neighbour "uden at skulle". Batches
 * de/df/dg measured once unseen before they were fixed. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const views = (t: string) => el(t)['borgerens-synspunkter'].present;
const guides = (t: string) => el(t)['vejledning-andre-ydelser'].present;

const TO_SON =
  'Nørreby Kommune, Ældre\n\nTil Kasper Holm\n(fuldmagt for Erik Holm, Søvej 3, 8000 Nørreby)\n\nOm din fars ansøgning om madservice\n\nKære Kasper\n\nDin far får ikke madservice lige nu, fordi han selv laver sin mad.\n\n';
const TO_GUARDIAN =
  'Nørreby Kommune, Handicap\n\nAdvokat Lene Dahl\nsom værge for Mikkel Sand\nTorvet 2\n8000 Nørreby\n\nKære Lene Dahl\n\nMikkel får afslag på en ny kørestol efter servicelovens § 112.\n\n';
const REFUSAL = 'Kære Henrik\n\nDu får afslag på en trehjulet cykel efter servicelovens § 112.\n\n';
const GRANT = 'Kære Bente\n\nDu får en toiletforhøjer efter servicelovens § 112.\n\n';

describe('borgerens-synspunkter: the citizen in a letter to a relative or a guardian', () => {
  it('"Jeg spurgte din far selv. Han sagde, at …" in a letter to the son is the father\'s own view', () =>
    expect(views(`${TO_SON}Jeg spurgte også din far selv. Han sagde, at han helst vil klare maden på egen hånd.`)).toBe(true));
  it('"Jeg talte med din søster. Hun sagde, at …" in the same letter is another relative\'s account', () =>
    expect(views(`${TO_SON}Jeg talte også med din søster. Hun sagde, at hun kommer forbi hver onsdag.`)).toBe(false));
  it('the guardian\'s own "Du har fortalt, at …" is no view of the citizen', () =>
    expect(views(`${TO_GUARDIAN}Du har fortalt, at Mikkel bliver træt af lange ture i byen.`)).toBe(false));
  it('the citizen named on the guardian\'s address line and speaking himself is his view', () =>
    expect(views(`${TO_GUARDIAN}Ved besøget i januar gav Mikkel selv udtryk for, at han kan klare sig med den stol, han har.`)).toBe(true));
  it('"Fysioterapeuten selv" named inside the words of speech is no party', () =>
    expect(views(`${TO_GUARDIAN}Ved besøget i januar gav Fysioterapeuten selv udtryk for, at stolen er i orden.`)).toBe(false));
});

describe('borgerens-synspunkter: a wish with "selv" after the verb', () => {
  const CHILD = 'Østby Kommune, Familieafdelingen\n\nTil Idas forældre\n\nIda får en støttekontaktperson efter barnets lov § 32.\n\n';
  it('"Ida ønsker selv en voksen at gå til svømning med" is the child\'s own wish', () =>
    expect(views(`${CHILD}Ida ønsker selv en voksen at gå til svømning med. Kontaktpersonen skal hjælpe Ida med at få venner.`)).toBe(true));
  it('"Skolen ønsker selv at holde møderne" is the school\'s wish', () =>
    expect(views(`${CHILD}Skolen ønsker selv at holde møderne om Ida. Kontaktpersonen skal hjælpe Ida med at få venner.`)).toBe(false));
});

describe('vejledning-andre-ydelser: other help in new words', () => {
  it('another aid "som du søger om for sig" points elsewhere', () =>
    expect(guides(`${GRANT}Får du brug for en badebænk, er det et hjælpemiddel, som du søger om for sig. Terapeuten kan hjælpe dig med det.`)).toBe(true));
  it('"for sig" about the aid granted, standing by itself, is no guidance', () =>
    expect(guides(`${GRANT}Toiletforhøjeren står for sig selv i depotet, til den bliver kørt ud.`)).toBe(false));
  it('the parents\' "egen støtteperson" offered in a placement guides', () =>
    expect(guides('Kære Lone\n\nMaja flytter i plejefamilie efter barnets lov § 46 med jeres samtykke.\n\nLone, du kan få tilbudt din egen støtteperson, mens Maja bor hos plejefamilien.')).toBe(true));
  it('the child\'s own contact person named with "egen" is no other help', () =>
    expect(guides('Kære Lone\n\nMaja flytter i plejefamilie efter barnets lov § 46 med jeres samtykke.\n\nMaja beholder sin egen kontaktperson fra skolen.')).toBe(false));
  it('a foundation that "har også en familierådgivning" guides', () =>
    expect(guides(`${REFUSAL}Hjertefonden har også en familierådgivning, som mange pårørende bruger.`)).toBe(true));
  it('a foundation that gave the citizen money last year does not', () =>
    expect(guides(`${REFUSAL}Hjertefonden gav dig et legat sidste år til en rejse.`)).toBe(false));
  it('the region\'s patient transport that "kan køre dig" guides', () =>
    expect(guides(`${REFUSAL}Til sygehuset: Regionens patientbefordring kan køre dig, ring til dem dagen før.`)).toBe(true));
  it('patient transport the citizen has used before does not', () =>
    expect(guides(`${REFUSAL}Du har tidligere brugt patientbefordring, da du var til kontrol.`)).toBe(false));
  it('the hospital that "kan også hjælpe med en ledsager" guides', () =>
    expect(guides(`${REFUSAL}Hospitalet kan også hjælpe med en ledsager inde på afdelingen.`)).toBe(true));
  it('the hospital that "har hjulpet med" before does not', () =>
    expect(guides(`${REFUSAL}Hospitalet har hjulpet med en ledsager ved de sidste to besøg.`)).toBe(false));
  it('"Det kan vi ikke hjælpe med, men det kan husets vicevært måske" points to someone else', () =>
    expect(guides('Kære Ali\n\nDin bostøtte slutter den 1. maj.\n\nDet kan bostøtten ikke ordne, men det kan husets vicevært måske.')).toBe(true));
  it('"men det kan jo måske ændre sig" names no one', () =>
    expect(guides('Kære Ali\n\nDin bostøtte slutter den 1. maj.\n\nDet kan bostøtten ikke ordne længere, men det kan jo måske ændre sig til efteråret.')).toBe(false));
});

describe('vejledning-andre-ydelser: not other help', () => {
  const PARTIAL =
    'Kære Ole\n\nUdvalget har besluttet, at du ikke kan få et længerevarende botilbud efter servicelovens § 108.\n\n';
  it('an offer instead "besluttet at tilbyde" under another provision is part of the partial decision', () => {
    const r = analyzeLetter(`${PARTIAL}Udvalget har i stedet besluttet at tilbyde dig et midlertidigt ophold på Bostedet Engen efter servicelovens § 107. Du kan flytte ind den 1. juni, og opholdet gælder i et år.`, { date: new Date('2026-03-01T12:00:00') });
    expect(r.decisionType).toBe('delvis');
    expect(r.elements['vejledning-andre-ydelser'].present).toBe(false);
  });
  it('an offer instead that the citizen may take up ("I stedet kan du søge …") still guides', () =>
    expect(guides(`${PARTIAL}I stedet kan du søge om et midlertidigt ophold efter servicelovens § 107 hos Socialafdelingen.`)).toBe(true));
  it('volunteers in the citizen\'s own club, in what he said, are a fact of the case', () =>
    expect(guides(`${REFUSAL}Du svarede den 3. maj, at klubbens frivillige ikke altid kan køre med til stævner.`)).toBe(false));
  it('volunteers in a consideration are a fact too', () =>
    expect(guides(`${REFUSAL}Vi har lagt vægt på, at holdets frivillige hjælper med cyklerne ved træningen.`)).toBe(false));
  it('volunteers offered by an association still guide', () =>
    expect(guides(`${REFUSAL}Ældreforeningen har en ordning, hvor en frivillig kan cykle med dig om sommeren.`)).toBe(true));
  it('asking a neighbour "uden at skulle bede" is what the citizen wants to avoid', () =>
    expect(guides(`${REFUSAL}Du har fortalt, at du gerne vil kunne handle uden at skulle bede din nabo om et lift.`)).toBe(false));
  it('"Du kan også spørge din læge om …" still guides', () =>
    expect(guides(`${REFUSAL}Du kan også spørge din læge om en henvisning til fysioterapi.`)).toBe(true));
});

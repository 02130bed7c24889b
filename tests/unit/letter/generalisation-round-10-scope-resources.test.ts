/**
 * Round 10 (scope, resources, purpose): phrasings from the blind batches f (decision type made
 * hard, reviews after complaints, letters to relatives) and c (template letters with
 * boilerplate) — a goal label with a time ("Mål ved opstart:"), what the citizen does "i dag
 * selv", parents' affection and steady attendance. Written for these tests, not taken from the
 * evaluation letters. Every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// Metode til god sagsbehandling: the goal under a label that also says when it was set.
describe('formaal: a goal label with a time or a qualifier', () => {
  it.each([
    'Forløbet afsluttes.\n\nMål ved opstart:\nAt du igen kan gå på trapper og hente din post selv.',
    'Vi bevilger hverdagsrehabilitering.\n\nMål ved visitationen: At Bent selv kan tage tøj på om morgenen.',
    'Du får støtte efter § 85.\n\nMålsætning for forløbet: At du selv kan betale dine regninger til tiden.',
    'Vi bevilger træning.\n\nMål efter samtalen – du skal kunne gå til bussen uden rollator.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A measurement or an amount under a label.
    'Vi bevilger en ny dør.\n\nMål ved opmåling: 90 x 210 cm.',
    'Vi bevilger en trappelift.\n\nMål ved opmålingen: i alt 14 trin à 18 cm.',
    // An empty field.
    'Vi bevilger praktisk hjælp.\n\nMål ved opstart: [indsæt mål]',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// Metode til god sagsbehandling: what the citizen already does alone today, and what parents
// show in a child's case — not what is expected of them, nor what is negated.
describe('ressourcer: "i dag selv", parents\' affection and steady attendance', () => {
  it.each([
    'Vi giver dig et tilskud. Du kører i dag selv til lægen, men kan ikke gå langt.',
    'Vi bevilger bad. Hun laver stadig selv sin morgenmad og smører sin frokost.',
    'Vi giver afslag. Du handler normalt selv ind i Brugsen om fredagen.',
    'Vi kan se, at I holder rigtig meget af Malthe og gerne vil det bedste for ham.',
    'Din mor er mødt op til alle møder i familiehuset.',
    'Du har deltaget i alle samtaler med din kontaktperson siden foråret.',
    'I har begge vist, at I kan tage imod råd og bruge dem.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // Negated, or a duty the letter hands over.
    'Vi bevilger rengøring. Du laver ikke længere selv mad, og du kan ikke stå ved komfuret.',
    'Vi bevilger madservice. Du betaler i dag selv for maden.',
    // What is expected, not what was done.
    'Vi bevilger familiebehandling. Vi forventer, at I møder op til alle møder.',
    // Negated attendance and affection.
    'Vi giver afslag. Du er ikke mødt op til alle møder, og du har ikke deltaget i alle samtaler.',
    'Vi bevilger en kontaktperson. Mikkel siger, at han ikke holder meget af skolen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// Kvalitetsstandarden: a letter that only ends help names the old scope, not a granted one;
// help said to go on keeps its scope.
describe('omfang: a letter that only ends help; help that goes on', () => {
  it.each([
    'Din rehabilitering slutter den 1. maj, fordi du har nået dine mål. Du vil fortsætte med at modtage rengøring 1 gang hver 14. dag, som før.',
    'Træningen ophører pr. 1. april. Du fortsætter med at få madservice 7 dage om ugen.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The course that stops, named in a field above the decision.
    'Ydelse: Hjemmetræning\nIndsats i perioden: træning 2 x ugentligt\n\nAfgørelse:\nTræningen ophører pr. 1.4.2026, da målene er nået.\n\nDu kan få aktindsigt i sagen.',
    'Bostøtte efter § 85\nIndsats: støtte 3 timer om ugen\n\nVores afgørelse\nDin bostøtte stopper den 1. juni, fordi du flytter til en anden kommune. Du kan få en bisidder med til møder.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// Metode til god sagsbehandling: the purpose must be said; a clause that only points at it ("det,
// støtten skulle hjælpe dig med") says none.
describe('formaal: the goal pointed at but not said', () => {
  it.each([
    'Vi bevilger bostøtte. Det, støtten skal hjælpe dig med, er at få styr på dine regninger.',
    'Din støtte ophører. Støtten skulle hjælpe dig med at holde din lejlighed, og det kan du nu selv.',
    'Vi bevilger en kontaktperson, som skal støtte dig i at komme i skole hver dag.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Vi stopper din bostøtte, fordi du nu selv klarer det, støtten skulle hjælpe dig med.',
    'Hjælpen ophører, da du ikke længere har brug for hjælp til det, som hjemmeplejen skulle støtte dig i.',
    'Vi afslutter forløbet. Du klarer nu selv alt det, forløbet skulle hjælpe dig med, og du har ingen spørgsmål.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// Metode til god sagsbehandling: a bond is a resource; a device's connection and what an aid lets
// the citizen do are not.
describe('ressourcer: a device connection and the use of an aid are no resource', () => {
  it.each([
    'Vi bevilger aflastning. Emma har en god tilknytning til sin mormor.',
    'Vi bevilger en rollator. Du kan gå korte ture i haven uden hjælp.',
    'Vi giver afslag. Du har en nabo, som du kan ringe til, og du kan selv gå ned med skraldet.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Vi bevilger et nødkald med tilknytning til hjemmeplejens vagt.',
    'Du får en armbåndsalarm. Den har tilknytning til kommunens vagtcentral døgnet rundt.',
    'Du har brug for en stol, du kan sidde i under hele badet.',
    'Vi bevilger en rollator, som du kan gå med udendørs.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// A reason or a fear between the help and "for at" is no purpose.
describe('formaal: "for at" after a reason or a fear', () => {
  it.each([
    'Vi bevilger aflastning. Aflastningen gives hver anden weekend, for at I kan hvile jer.',
    'Du får støtten i et år for at lære at klare dine regninger.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Vi nedsætter din rengøring. Du vil gerne beholde hjælpen hver uge, fordi du er bange for at falde.',
    'Vi giver afslag. Du ønsker støtten, da du er nervøs for at bo alene.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// Template letters' own words for scope, purpose and resources.
describe('omfang: klip per period', () => {
  it.each(['Du får tildelt 10 klip om måneden til ledsagelse.', 'Vi bevilger dig 4 klip hver måned på dit klippekort.'])(
    'present: %s',
    (t) => expect(present(t, 'omfang')).toBe(true),
  );
  it.each([
    'Vi bevilger et klippekort. Du har hidtil brugt 4 klip om måneden.',
    'Du har søgt om 12 klip om måneden, men vi giver afslag.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('formaal: the help "gives, så", "sigter på", "har til hensigt", "gøre det sikrere for"', () => {
  it.each([
    'Vi bevilger rengøring. Hjælpen gives, så dit hjem er rent og sikkert at færdes i.',
    'Vi bevilger støtte. Indsatsen sigter på, at du kan bo i egen bolig.',
    'Vi bevilger støtte. Støtten har til hensigt at gøre dig mere selvhjulpen.',
    'Vi bevilger et badebræt. Det skal gøre det sikrere for dig at komme i bad.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A time, not a purpose; the case, not the help.
    'Vi bevilger rengøring. Hjælpen gives, så længe du har behov for den.',
    'Vi bevilger bad. Hjælpen ydes, så snart leverandøren har plads.',
    'Vi har til hensigt at lukke din sag, når hjælpemidlet er leveret.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('ressourcer: managing without aids, a task one stands for', () => {
  it.each([
    'Vi bevilger bad. Du er mobil indendørs uden hjælpemidler.',
    'Vi bevilger rengøring. Du står selv for tøjvasken og de små indkøb.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Vi bevilger en rollator, fordi du ikke kan gå uden hjælpemidler.',
    'Vi bevilger en kørestol. Du står selv for betalingen af egenandelen.',
    'Vi bevilger kørsel. Du står selv for at bestille turen hos Flextrafik.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('formaal: "sigtet med", "målsætningen", "er med til", "skal aflaste"', () => {
  it.each([
    'Vi bevilger bostøtte. Sigtet med støtten er, at du kan klare din økonomi.',
    'Vi bevilger træning. Målsætningen er, at du kan gå på trapper igen.',
    'Vi bevilger hjælp til bad. Hjælpen er med til at sikre din personlige hygiejne.',
    'Vi bevilger aflastning. Aflastningen skal aflaste jer som forældre, så I får kræfter til hverdagen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Vi bevilger bad. Sigtet med brevet er at orientere dig om afgørelsen.',
    'Vi bevilger rengøring. Du er med til at vælge leverandøren.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('ressourcer: an overview of one\'s own affairs', () => {
  it.each(['Vi bevilger bad. Du har overblik over din økonomi og dine aftaler.', 'Vi bevilger bad. Hun har et godt overblik over sin medicin.'])(
    'present: %s',
    (t) => expect(present(t, 'ressourcer')).toBe(true),
  );
  it.each(['Vi bevilger bostøtte, fordi du ikke har overblik over din økonomi.', 'Vi bevilger bostøtte. Du har mistet overblikket over dine regninger.'])(
    'absent: %s',
    (t) => expect(present(t, 'ressourcer')).toBe(false),
  );
});

// An ending letter that names new or remaining help in other words than a grant keeps its scope.
describe('omfang: new or remaining help beside an ending, without a grant word', () => {
  it.each([
    'Din rengøring ophører pr. 1. maj, fordi du selv kan klare den. Fremover kommer hjemmeplejen 2 gange om ugen med hjælp til bad.',
    'Din madservice ophører. I stedet kommer en hjælper 3 gange om ugen og laver mad sammen med dig.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Forløb: hjemmetræning 2 gange om ugen\n\nAfgørelse\nTræningen ophører pr. 1. maj, fordi du har nået dine mål.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

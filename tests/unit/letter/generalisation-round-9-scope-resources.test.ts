/**
 * Round 9 (scope, resources, purpose): phrasings from the blind batches z (2025–2026 letters
 * under ældreloven and barnets lov) and g (good letters that never use the textbook phrases) —
 * "I" as the addressee, a time of day given "som udgangspunkt", a share of an expense granted,
 * help that is "ikke længere" part of something. Written for these tests, not taken from the
 * evaluation letters. Every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// Kvalitetsstandarden: the granted scope, however it is written down.
describe('omfang: "I" as the addressee, when the help is given, a share of an expense', () => {
  it.each([
    // "I" before a verb is the pronoun; "som udgangspunkt" with a time only says when.
    'Vi bevilger aflastning. I er visiteret til aflastning i hjemmet 3 timer hver torsdag, som udgangspunkt kl. 13–16.',
    'Kære Jonas og Sofie. I får en familiebehandler, og I mødes ca. 2 timer om ugen, som udgangspunkt om eftermiddagen.',
    'Borgeren er bevilget indkøbshjælp 1 gang om ugen, som udgangspunkt onsdag.',
    // The share of an expense the municipality covers.
    'Vi kan dække 60 % af udgiften til svømning, svarende til 250 kr. om måneden.',
    'Kommunen bevilger halvdelen af jeres udgift, dvs. 350 kr. pr. måned, fra 1. marts.',
    // Two times of day every day.
    'Vi bevilger dig hjælp til at komme op og i seng morgen og aften alle ugens dage.',
    'Du er visiteret til hjælp til støttestrømper hver morgen og aften.',
    // The help that goes on unchanged beside a change.
    'Hjælpen til rengøring ophører fra 1. maj. Den hjælp, du modtager til bad 2 gange om ugen, fortsætter uændret.',
    // A list under a lead-in that grants, in a letter that also refuses.
    'Vores afgørelse\nDin far får:\n- hjælp til bad to gange om ugen\n- hjælp til indkøb en gang om ugen\n\nDin far får ikke hjælp til tøjvask, som du har søgt om.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // "I" as the preposition at the start, in the general rule of the service level.
    'I Nordby Kommune gives rengøring som udgangspunkt hver 14. dag til borgere, der bor alene.',
    // "som udgangspunkt" as the rule itself, not a time.
    'Borgere, der bor alene, får som udgangspunkt rengøring hver 14. dag.',
    // The citizen's own expense, and an expense the municipality will not cover.
    'Vi bevilger et hjælpemiddel. Du har selv udgifter til batterier på 60 kr. om måneden.',
    'Vi kan ikke dække udgiften på 800 kr. om måneden, og du får derfor afslag.',
    // Help that is no longer part of something.
    'Din hjælp ændres. Kommunalbestyrelsen har besluttet, at rengøring hver 14. dag ikke længere indgår i pakken.',
    'Vi ændrer din hjælp, fordi bad 2 gange om ugen ikke mere er en del af forløbet.',
    // Times of day without a period.
    'Vi bevilger en badebænk. Du kan ringe til hjemmeplejen morgen og aften, hvis der er noget.',
    // The facts of the case: the help the citizen already has.
    'Kære Inge\n\nVi har behandlet din ansøgning.\n\nOplysninger i sagen\nHjemmeplejen kommer hos dig 3 gange om dagen og hjælper med medicin.\n\nAfgørelse\nDu er bevilget et nødkald efter ældrelovens § 10.',
    // A list under the application, in a refusal.
    'Du har søgt om:\n- hjælp til bad tre gange om ugen\n- rengøring hver uge\n\nVi giver dig afslag på det hele.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// Metode til god sagsbehandling: the goal under a question or a label, the municipality's intent
// with the help, the goal of help that ends; not a question to the citizen, nor the purpose of
// something the citizen may borrow meanwhile.
describe('formaal: question headings, our intent with the help, the goal in the past', () => {
  it.each([
    'Vi bevilger familiebehandling.\n\nHvad skal familiebehandlingen føre til?\nVi håber, at morgenerne bliver roligere.',
    'Du får en kontaktperson.\n\nHvad kontaktpersonen skal give dig\nEn voksen, du kan tale med, og hjælp til at komme op om morgenen.',
    'Vi bevilger 500 kr. om måneden.\n\nHvad tilskuddet skal dække\nDen ekstra udgift til laktosefri mad.',
    'Du får en rollator.\n\nHvad rollatoren skal gøre for dig: Du skal kunne gå til købmanden uden at falde.',
    'Du får rengøring hver 14. dag. Hvad skal rengøringen til? Den skal holde dit hjem rent, uden at du bruger dine kræfter på det.',
    'Med madservicen vil vi sikre, at du får et varmt måltid hver dag.',
    'Din støtte stopper den 1. juni. Da du fik støtten, var målet, at du skulle kunne klare dine regninger selv.',
    'I får en familiebehandler. I skal lære nye måder at tale sammen på, så I selv kan klare de svære aftener.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A question to the citizen.
    'Du får afslag på et nyt badeværelse.\n\nHvad skal du gøre nu?\nDu kan ringe til os.',
    'Vi har brug for flere oplysninger. Hvad skal du give os? Lægens udtalelse og dine kvitteringer.',
    // Our intent with the letter or the case, not with the help.
    'Med afgørelsen vil vi sikre, at du kender dine rettigheder.',
    'Før vi beslutter noget, vil vi sikre, at sagen er godt oplyst.',
    // Something to borrow while the refused help is not there.
    'Du får afslag på en ombygning af badeværelset. Du kan låne en badebænk i depotet, så du kan sidde ned i badet, indtil hoften er helet.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// Metode til god sagsbehandling: what this citizen or family can do or has — in other inflections,
// in the past, as progress others have seen — not a goal under a purpose heading.
describe('ressourcer: engagement, what was managed alone, progress seen; not a goal under "Formål"', () => {
  it.each([
    'Vi giver afslag. Vi kan se, at I er meget engagerede og selv træner med Oscar hver dag.',
    'Vi kan se, at du hjælper din bror med lektierne. Det er en stor styrke for ham.',
    'Af rapporten fremgår det, at du i et år selv har stået for din tøjvask og dine indkøb.',
    'Du har selv fundet en lejlighed tæt på dit arbejde.',
    'Du passer dit arbejde på lageret og møder til tiden.',
    'Vi har lagt vægt på, at du har klaret flytningen til egen bolig rigtig godt.',
    'Hans ergoterapeut skriver, at han har fået bedre balance og nu kan gå længere uden stok.',
    'Du er fortrolig med at bruge en smartphone.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // Staff, a wish, a negation, a conditional.
    'Vi bevilger en kontaktperson. Skolens engagerede lærere har skrevet en udtalelse.',
    'Det vil være en styrke, hvis I kan komme til møderne.',
    'Du har ikke klaret flytningen godt, og du har brug for støtte.',
    'Du er ikke fortrolig med at bruge en computer.',
    'Træningen skal give ham bedre balance, så han kan gå længere.',
    // A goal written under a purpose heading.
    'Vi bevilger familiebehandling.\n\nFormål med indsatsen:\nAt Mikkel trives i skolen og klarer sig selv om morgenen.\n\nVi følger op i marts.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

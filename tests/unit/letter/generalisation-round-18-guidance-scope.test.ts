/**
 * Round 18: guidance to other help, the citizen's resources and the scope granted, by phrasing
 * class, from the disagreements of blind batches ak, al and am and older open ones (ah, ai, aj).
 * Sentences written for these tests, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const HEAD = 'Nordby Kommune\nFamiliecentret\nTorvet 2, 4000 Nordby\n\nHanne Jensen\nEngvej 4\n4000 Nordby\n\n';
const SIGN = '\n\nMed venlig hilsen\nLis Holm\nRådgiver, Familiecentret\n';
const MAIL = 'Fra: Familiecentret <familiecentret@nordby-kommune.dk>\nTil: Hanne Jensen\nEmne: Støtten stopper\n\nHej Hanne\n\n';

describe('vejledning-andre-ydelser: a private insurer, a treatment centre, a new municipality', () => {
  it.each([
    'Du får afslag på tilskud til briller. Du kan få tilskud til brillerne gennem Sygeforsikringen danmark, hvis du er medlem.',
    'Far kan få hjælp til at stoppe med at drikke hos Rusmiddelcentret i Nordby, og vi hjælper gerne med at booke en tid.',
    'Mor kan kontakte Misbrugscentret, hvis hun vil i behandling igen.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The bare name as a fact of the case.
    'Du har tidligere fået tilskud fra Sygeforsikringen danmark til dine briller.',
    // An argument put forward, not a referral.
    'Mors advokat henviste til, at hun siden marts har gået i behandling på Rusmiddelcentret.',
    // Using the aid granted, named back with a pronoun.
    'Du får to ramper til hoveddøren. Terapeuten kommer og tjekker, at du kan bruge dem.',
    'Du får en badebænk. Hjemmeplejen viser dig, hvordan du kan benytte den sikkert.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));

  it('another municipality taking the case over after a move guides; the sender taking it does not', () => {
    const moving = `${HEAD}Støtten stopper\n\nDin praktiske støtte stopper den 1. maj, fordi I flytter til Vejle. Vejle Kommune overtager sagen og ser på, om I skal have støtte der.${SIGN}`;
    expect(present(moving, 'vejledning-andre-ydelser')).toBe(true);
    const coming = `${HEAD}Støtten fortsætter\n\nI er flyttet hertil fra Vejle. Nordby Kommune overtager sagen fra den 1. maj, og støtten fortsætter uændret.${SIGN}`;
    expect(present(coming, 'vejledning-andre-ydelser')).toBe(false);
  });
  it('the sender is read from a mail address too', () => {
    const moving = `${MAIL}Din praktiske støtte stopper den 1. maj, fordi I flytter. Vejle Kommune overtager sagen og ser på, om I skal have støtte der.\n\nHilsen Lis`;
    expect(present(moving, 'vejledning-andre-ydelser')).toBe(true);
    const staying = `${MAIL}Din praktiske støtte stopper den 1. maj, fordi I flytter inden for byen. Nordby Kommune overtager sagen i et andet team.\n\nHilsen Lis`;
    expect(present(staying, 'vejledning-andre-ydelser')).toBe(false);
  });
});

describe('ressourcer: a skill, a friend, something done already, the wish to work again', () => {
  it.each([
    'Vi kan ikke bevilge kørestolen. Sara er en dygtig tegner og har en god veninde i klassen.',
    'Vi kan ikke bevilge cyklen. Oskar cykler allerede på en almindelig cykel i skolegården.',
    'Vi har talt med skolen, og Malte allerede kan gå på trapper uden at holde fast.',
    'Du har fortalt, at du gerne vil tilbage på arbejde på nedsat tid, når behandlingen er slut.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // What the citizen said, not what they can.
    'Det, du selv har fortalt, har vi skrevet ind i sagen.',
    'Vi har lyttet til det, du selv har sagt om din hverdag.',
    // A choice, a worry and a lack.
    'Du kan allerede nu søge om hjælp til transport.',
    'Vi er bekymrede for, at hun ikke har en god ven i klassen.',
    'Du ønsker ikke at vende tilbage til arbejdet.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('omfang: reported facts, the turn of a grant, the help so far, a bracketed count', () => {
  it.each([
    'Som det fremgår nedenfor, får du hjælp til bad to gange om ugen.',
    'Vi har revurderet din hjælp. Hjælpen ændres, så du fremover modtager rengøring hver 3. uge.',
    'Med henvisning til din ansøgning om besøg morgen og aften meddeles det, at du fra 1. marts tildeles et besøg hver morgen. Besøget om aftenen kan vi ikke bevilge.',
    'Du er bevilget madservice efter ældrelovens § 14.\n\nBevilget ydelse: Hovedret (7 pr. uge)\nLeverandør: Nordby Madhus',
  ])('granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The situation the case papers show, in a refusal.
    'Vi kan ikke tilbyde dig en plejebolig. Det fremgår af lægens brev, at du får hjælp til bad to gange om ugen.',
    // The wish, not the grant.
    'Du har søgt om, at der bevilges et besøg hver aften. Det kan vi ikke imødekomme.',
    // The help so far, judged in a change.
    'Vi har besluttet at ændre Jonas\' støtte, så han fremover får en kontaktperson. Aflastningen hver anden weekend har ikke kunnet give ro nok.',
    // The price, with a unit between the count and "pr.".
    'Du er bevilget madservice. Du betaler 60 kr. pr. uge for maden.',
  ])('no granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: a recommendation is other help suggested, not the scope granted', () => {
  it.each([
    'Vi følger terapeutens anbefaling og bevilger træning 2 gange om ugen.',
    'Du får genoptræning. Terapeuten anbefaler træning 2 gange om ugen, og det bevilger vi.',
  ])('granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Du får afslag på plejebolig. Udvalget anbefaler, at I får tilbud om aflastning i dagcentret to dage om ugen.',
    'Vi kan ikke bevilge en plejebolig. Vi foreslår, at din mand prøver dagcentret tre dage om ugen.',
  ])('no granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('ressourcer: the parents as "I", exercise of one\'s own, reading aloud', () => {
  it.each([
    'Familiebehandleren har beskrevet, at I nu selv bruger de aftaler, I har lavet om sengetider.',
    'Du har oplyst, at du træner i fitnesscentret to gange om ugen.',
    'Liva har fortalt, at far læser højt for hende om aftenen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // "I" as the preposition, a duty handed over, and a lack.
    'Vi har lagt vægt på, at behovet i dag er mindre.',
    'Vi forventer, at I selv betaler for transporten.',
    'Du har fortalt, at du ikke længere træner i fitnesscentret på grund af smerterne.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

/**
 * Phrasing classes of ressourcer, omfang, hovedhensyn, begrundelse and faktiske-oplysninger met
 * in case-system templates and letters rich in scope and resources, each with look-alikes that
 * must stay absent. The sentences are written for these tests the way caseworkers write — not
 * taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';
import { segment } from '../../../lib/letter/segment';


// Resources said in passing: with a time between the subject and "selv", what the citizen
// likes doing, physical strengths, eagerness, own money in hand, family contact, friends,
// steady attendance, doing well at something, a relative who shares meals.
describe('ressourcer: abilities, likes and network in passing', () => {
  it.each([
    'Vi har lagt vægt på, at du om formiddagen selv tager din medicin.',
    'Du fortalte, at du i weekenden selv handler ind i Brugsen.',
    'Det fremgår, at hun siden sommeren selv har handlet ind.',
    'Du har fortalt, at du godt kan lide at bage, når du har overskud.',
    'Mikkel har gode kræfter i benene og god balance, når han står ved ribben.',
    'Sofie er meget ivrig efter at lære at køre kørestolen op ad kantsten.',
    'Af notatet fremgår, at du styrer selv din økonomi og betaler dine regninger til tiden.',
    'Pågældende har styr på sin medicin og husker selv at bestille recepter.',
    'Du har genoptaget kontakten til din bror, som du nu ses med hver måned.',
    'Du har fast kontakt med din mor, der ringer til dig hver søndag.',
    'Jonas har fået en lille kreds af gode venner i spejderen.',
    'Efter skiftet har Maja fået nye venner i klassen.',
    'Lærerne oplyser, at Oscar er mødt i skole hver dag siden efterårsferien.',
    'Du kommer stabilt på dit arbejde på lageret.',
    'Vi kan se, at du klarer hverdagen fint med de hjælpemidler, du har.',
    'Din søster Birthe spiser sammen med dig hver onsdag og tager opvasken.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // A wish about the help, not doing it oneself.
    'Du ønsker selv at få besøg af den samme hjælper hver gang.',
    // Others' worry about the citizen, or a grandparent named only for it.
    'Vi ved, at Emils mormor er meget bekymret for, hvordan I klarer hverdagen.',
    'Naboen har ringet til os med sin bekymring for dig.',
    // A helper runs the money; help with money is the need.
    'Bostøtten har administreret din økonomi siden januar.',
    'Du har brug for støtte til at styre din økonomi og dine regninger.',
    // Negated or a goal.
    'Du har ikke kontakt til din familie, og du har svært ved at få venner.',
    'Målet er, at du møder i skole hver dag og klarer skolen godt.',
    'Du er ikke mødt i skole hver dag i denne måned.',
    'Du kan ikke lide at være alene om aftenen.',
    'Du mangler gode kræfter i armene efter operationen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// The scope of help that ends or was granted before is no granted scope; a session of a set
// length per period ("ugentlige samtaler á 1 time") is.
describe('omfang: periods as adjectives, and help that runs out', () => {
  it.each([
    'Vi bevilger familiebehandling. Forløbet består af ugentlige samtaler á 1 time med en familiebehandler.',
    'Du får bostøtte med 2 ugentlige besøg.',
    'Vi bevilger genoptræning med daglige besøg af 30 minutter i tre uger.',
    // Time-limited grants keep their scope.
    'Vi bevilger rengøring. Indtil videre får du hjælp 1 gang hver 14. dag.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The help that stops, with the time up to the stop.
    'Din hjælp til bad ophører pr. 1. juni 2026. Indtil da kommer hjemmeplejen som nu, dvs. 2 gange om ugen.',
    'Din bostøtte ophører med udgangen af marts. Frem til den 31. marts får du 4 timer om ugen.',
    // A past grant named as the background in a letter that ends it.
    'Din støtte ophører. Du blev i januar 2024 bevilget støtte 2 timer om ugen. Formålet var, at du skulle lære at handle ind.',
    // Own routines and what was applied for.
    'Du har søgt om ugentlige samtaler á 1 time, men det kan vi ikke bevilge.',
    'Du deltager i forvejen i ugentlige samtaler á 45 minutter i psykiatrien.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// "Vi har lagt vægt på, at <concrete things>, og at … derfor ikke i væsentlig grad vil lette …":
// the clause names the case before it turns to the rule's words.
describe('hovedhensyn: a concrete clause before the rule’s words', () => {
  it.each([
    'Du får afslag. Vi har lagt vægt på, at du kan gå til bussen med din rollator, og at en scooter derfor ikke i væsentlig grad vil lette din daglige tilværelse.',
    'Du får afslag. Vi har lagt vægt på, at din mand kører dig til lægen og til indkøb, og at du derfor ikke opfylder betingelserne.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    'Du får afslag. Vi har lagt vægt på, at De efter en samlet vurdering ikke opfylder betingelserne.',
    'Du får afslag. Vi har lagt vægt på, at ansøgningen om hjælp til rengøring efter vores vurdering ikke opfylder betingelserne.',
    'Du får afslag. Vi har lagt vægt på, at en scooter ikke i væsentlig grad vil lette din daglige tilværelse.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

// A sentence that ends in the preposition "i" ("de butikker, I handler i.") ends there; an
// initial ("A. Hansen") does not.
describe('segment: a sentence ending in "i."', () => {
  it('splits after a stranded "i"', () => {
    const t = 'Vi har lagt vægt på prisen i de butikker, I handler i.\nKørslen afslås, fordi regionen dækker den.';
    expect(segment(t).sentences).toHaveLength(2);
  });
  it('keeps an initial inside the sentence', () => {
    expect(segment('Vi har talt med A. Hansen om din sag.').sentences).toHaveLength(1);
  });
  it.each(['Du får 800 kr. om måneden. Vi har lagt vægt på diætistens beregning, fordi den bygger på priserne i de butikker, I handler i.\nKørsel afslås, når betingelserne ikke er opfyldt.'])(
    'hovedhensyn present: %s',
    (t) => expect(present(t, 'hovedhensyn')).toBe(true),
  );
});

// Under "Hvorfor?" a fact that the conclusion does not lean on: the "Derfor" follows the
// restated criterion of the law.
describe('begrundelse: a fact left untied under the reason heading', () => {
  it.each([
    'Du får afslag på en trappelift.\n\nHvorfor?\nVores ergoterapeut besøgte dig den 3. marts og så trappen til første sal.\n\nEfter servicelovens § 116 kan kommunen give hjælp til indretning af bolig, når det er nødvendigt for at gøre boligen bedre egnet som opholdssted. Vi vurderer ikke, at en trappelift er nødvendig for at gøre boligen bedre egnet som opholdssted. Derfor får du afslag.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    // The fact under the heading with no rule-bound conclusion.
    'Du får afslag på en trappelift.\n\nHvorfor?\nVores ergoterapeut besøgte dig den 3. marts og så dig gå op ad trappen uden at holde pause.',
    // The conclusion follows the fact.
    'Du får afslag på en trappelift.\n\nHvorfor?\nEfter servicelovens § 116 kan kommunen give hjælp til indretning af bolig. Vores ergoterapeut så dig den 3. marts gå op ad trappen uden at holde pause. Derfor får du afslag.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// Records quoted with the source first and no "det" ("Af registreringen fremgår, at …"), and an
// illness said of the citizen; the law or the standard as the source stays no fact.
describe('faktiske-oplysninger: "Af X fremgår, at" and an illness of the citizen', () => {
  it.each([
    'Du får afslag. Af tidsregistreringen fremgår, at du fik hjælp om natten to gange i løbet af to uger.',
    'Du får afslag. Vi har læst bostøttens status, hvoraf fremgår, at du selv handler ind.',
    'Du får afslag. Du har en kronisk lungesygdom og bliver hurtigt forpustet.',
    'Vi bevilger aflastning. Barnet har et medfødt handicap og kræver opsyn hele døgnet.',
  ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it.each([
    'Du får afslag. Af servicelovens § 96, stk. 1, fremgår, at kommunen kan tilbyde en ordning.',
    'Du får afslag. I kvalitetsstandarden fremgår, at der gives hjælp til bad en gang om ugen.',
    'Du kan søge igen, hvis du har en sygdom, der bliver værre.',
  ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
});

// A relative named earlier in the sentence who will help ("Din søn bor i Vejle, men han har sagt,
// at han gerne vil hjælpe dig"), the plural "motiverede"; not staff, and not without a relative.
describe('ressourcer: a relative who will help, named before the pronoun', () => {
  it.each([
    'Din søn Henrik bor i Vejle, men han har sagt til os, at han gerne vil hjælpe dig med indkøb.',
    'I er begge motiverede for at deltage i forløbet.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Din kontaktperson hedder Mette, og hun vil hjælpe dig med at lægge et budget.',
    'Vi har bedt hjemmeplejen om at komme om morgenen, hvor de vil hjælpe dig med bad.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// A refusal of more help that states the help going on unchanged gives its scope; what was
// applied for does not.
describe('omfang: the continuing scope beside a refused increase', () => {
  it.each([
    'Deres anmodning om flere bad kan ikke imødekommes. De vil fortsat modtage hjælp til bad to gange ugentligt som hidtil.',
    'Du får afslag på mere rengøring. Du får fortsat rengøring hver 14. dag.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Du får afslag. Du har søgt om at få bad tre gange ugentligt.',
    'Du får afslag. Du kan ikke fortsat få bad tre gange ugentligt.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// The weight in the present tense, also as a question heading; not the passive yardstick of a
// guideline.
describe('hovedhensyn: "Vi lægger vægt på"', () => {
  it.each([
    'Du får afslag. Vi lægger vægt på, at du selv kan gå på trapper med gelænder.',
    'Du får støtte i et halvt år.\n\nHvad lægger vi vægt på?\nSkolen skriver, at du har meget fravær.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    'Du får afslag. Af kommunens retningslinjer fremgår det, at der ved vurderingen lægges vægt på ansøgerens funktionsniveau.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

// A quote or an invoice with its date or amount is a fact; a unit price is not.
describe('faktiske-oplysninger: a quote or an invoice', () => {
  it.each([
    'Du får 50 % af prisen. Du har sendt et tilbud fra Cykelsmeden af 4. marts 2025.',
    'Du får dækket udgiften. Fakturaen på 4.350 kr. er betalt af dig.',
  ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it.each([
    'Du får madservice. Vi kan give dig et tilbud på 60 kr. pr. hovedret.',
    'Du får afslag. Du er velkommen til at sende et nyt tilbud.',
  ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
});

// The car rule's criteria said again, and "er De ikke berettiget" with the subject after the
// verb: the possessives and the "De ikke" belong to the restated rule.
describe('begrundelse: the car rule restated, "er De ikke berettiget"', () => {
  it.each([
    'Du får afslag på støtte til bil. På baggrund af sagens oplysninger er du ikke berettiget til støtte til køb af bil.',
    'Du får afslag på støtte til bil. Det er vurderet, at din funktionsevne ikke i væsentlig grad forringer din evne til at færdes, og at du ikke i væsentlig grad er afhængig af kørsel i bil for at kunne passe et arbejde.',
  ])('hollow: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    'Du får afslag på støtte til bil. Det er vurderet, at din funktionsevne ikke i væsentlig grad forringer din evne til at færdes, fordi du ved besøget gik 800 meter uden pause.',
    'Du får afslag på støtte til bil. Du er ikke berettiget til støtte, da du kører med bussen til arbejde hver dag uden problemer.',
  ])('with a concrete reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

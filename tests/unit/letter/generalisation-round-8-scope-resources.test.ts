/**
 * Round 8 (scope, resources, purpose): phrasings from the blind batches x and y in the habits of
 * other caseworkers — short forms from a phone ("15 t/md."), amounts per half-year, what the
 * citizen told us, a loan paid back, the law or the standard quoted at length, the purpose of a
 * kind of help in general. Written for these tests, not taken from the evaluation letters. Every
 * widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// Kvalitetsstandarden: the granted scope, however it is written down.
describe('omfang: short forms, half-years, the municipality paying', () => {
  it.each([
    // Short forms of a phone mail or a system field.
    'Hej Bo. Du er bevilget ledsagelse, 10 t/md. Mvh Lise',
    'Du er bevilget praktisk hjælp 1,5 t./uge fra 1/4.',
    'Bevilget: bad 2 x ugl. og hjælp til strømper morgen og aften.',
    'Du får bostøtte 3x ugentligt fra næste mandag.',
    'Du er bevilget dækning af merudgifter med 450 kr./md.',
    // An amount per half-year or quarter.
    'Vi bevilger, at kommunen betaler kontingentet til svømmeklubben med 900 kr. pr. halvår.',
    'Du er bevilget tilskud til fodbehandling med 600 kr. om kvartalet.',
    // The municipality pays, also in a child's placement.
    'Kommunen betaler hans ridning med 400 kr. om måneden, så længe han er anbragt.',
    // What we told the provider or the citizen is the grant.
    'Du er bevilget hjælp til bad. Vi har oplyst hjemmeplejen, at du skal have bad 2 gange om ugen.',
    'Som oplyst ved besøget får du rengøring hver 14. dag.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // A fraction, a date or a phone number with a slash is no short form.
    'Du er bevilget en rollator. Den leveres 3/4 og afhentes igen efter behov.',
    'Du er bevilget hjælp efter behov. Ring på 12 34 56 78 mellem 8 og 9.',
    // What the citizen or a relative told us.
    'Du er bevilget madservice efter behov. Du har fortalt, at du kun kan nå at besøge din far hver anden weekend.',
    'Du er bevilget en nødkaldeanordning. Din mor oplyste, at hun spiser to måltider om dagen.',
    // Paying back a loan.
    'Vi bevilger et rentefrit lån til bilen. Lånet afdrages med ca. 900 kr. om måneden.',
    'Du er bevilget et lån til indskud. Du skal tilbagebetale 300 kr. pr. måned.',
    // The citizen's own charge.
    'Du er bevilget støtte til fritidsaktiviteter efter behov. Du betaler selv kontingentet på 300 kr. pr. halvår.',
    // The law or the standard quoted, for a class of people.
    'Du får afslag på ledsagelse.\n\n"Kommunalbestyrelsen skal tilbyde 15 timers ledsagelse om måneden til personer under folkepensionsalderen, som ikke kan færdes alene."',
    // A placement itself is no scope.
    'Vi bevilger, at Oskar anbringes på et opholdssted 7 døgn om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// Metode til god sagsbehandling: the purpose of this citizen's help, not the purpose of a kind of
// help in general, not what the law says the help shall be, not the application's purpose.
describe('formaal: not the law reported, not the general purpose of a kind of help', () => {
  it.each([
    'Du er bevilget rengøring hver 14. dag. Hjælpen skal sikre, at du kan blive boende i dit hus.',
    // The law named, but the purpose is this citizen's.
    'Det fremgår af servicelovens § 85, at du kan få støtte, så du kan klare dine regninger selv.',
    'Efter servicelovens § 85 bevilger vi dig støtte 3 timer om ugen, så du kan lære at handle ind.',
    'Efter servicelovens § 85 bevilges Henrik støtte med henblik på, at han lærer at handle ind.',
    // A passive that is still a purpose.
    'Vi bevilger dækning af merudgifter. Pengene skal bruges til ridning, så du kan holde dig i gang.',
    // Purpose in a third-person letter.
    'Borgeren bevilges madservice. Formålet med madservicen er, at borgeren får et varmt måltid hver dag.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // What the law says, reported.
    'Du er bevilget hjælp. Det fremgår af servicelovens § 83, stk. 5, at kommunen skal foretage en konkret vurdering, og at hjælpen skal tilpasses modtagerens behov.',
    'Du er bevilget hjælp. Ifølge kvalitetsstandarden skal hjælpen ydes, så borgeren bliver mest muligt selvhjulpen.',
    // How the help is given, in the passive.
    'Du er bevilget rengøring. Hjælpen skal bestilles senest to dage før.',
    'Du er bevilget støtte. Støtten skal altid vurderes igen efter et halvt år.',
    // The general purpose of a kind of help.
    'Du er bevilget hjælp.\n\n"Formålet med praktisk hjælp i Nordby Kommune er generelt at understøtte, at borgere med nedsat funktionsevne kan bo i eget hjem."',
    'Du får en del af dine udgifter dækket. Formålet med ydelsen er at kompensere personer med nedsat funktionsevne for ekstra udgifter.',
    // The application's purpose, in the past tense and with the subject after the verb.
    'Den 3. marts søgte du om afløsning hver torsdag, så du kan gå til kor. Det kan vi ikke bevilge, og du får afslag.',
    'I januar søgte I om aflastning, så I kan få mere tid til jeres andre børn. Vi giver afslag.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// Metode til god sagsbehandling: what this citizen can do or has, not a condition of the rule.
describe('ressourcer: a network named in the quoted rule is no resource', () => {
  it.each([
    // The citizen's own words in quotes.
    'Du får afslag på ledsagelse. Du skrev i ansøgningen: "Jeg har en god veninde, der tager med mig i biografen, men hun kan ikke hver gang."',
    'Du får afslag på ledsagelse. Din søster hjælper dig med at komme til lægen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får afslag på ledsagelse.\n\n"Ledsagelse bevilges ikke, hvis borgerens behov kan dækkes af andre tilbud, herunder kollektiv trafik eller hjælp fra netværket."',
    'Du får afslag på ledsagelse. Det følger af servicelovens § 97, at der ikke gives ledsagelse, når borgeren kan få hjælp fra netværket.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// Metode til god sagsbehandling: abilities said back about a task, keeping oneself active, a good
// leader of one's own helpers. Not a request said back, not a thing that keeps the citizen going,
// not training that is help.
describe('ressourcer: an ability said back, keeping active, leading one\'s helpers', () => {
  it.each([
    'Du er bevilget madservice. Din far vil gerne selv lune maden, og det kan han fint.',
    'Du er bevilget hjælp til bad. Påklædningen er svær, men tandbørstningen klarer hun selv.',
    'Du får afslag på træning, fordi du selv holder dig i gang med daglige gåture.',
    'Du er bevilget rengøring. Hun holder sig i form med cykling.',
    'Du er bevilget rengøring. Han går til stolegymnastik i aktivitetscentret hver torsdag.',
    'Du er bevilget rengøring. Du dyrker motion i fitnesscentret.',
    'Timetallet nedsættes. De er selv arbejdsleder og har vist en god evne til at planlægge vagterne.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // A request or an expectation said back.
    'Du får afslag på hjælp til indkøb. Hvis du har brug for råd om varelevering, det kan du godt spørge om.',
    'Du er bevilget madservice. Maden kommer hver dag kl. 11, det kan du godt regne med.',
    // A thing that keeps the citizen going.
    'Du får afslag på træning. Du har fortalt, at svømningen er det, der holder dig i gang.',
    // Training or therapy that is help.
    'Du er bevilget kørsel. Han går til genoptræning to gange om ugen.',
    'I får dækket merudgifter. Ida går til handicapsvømning, og prisen er 300 kr. om måneden.',
    // Negated, or the condition of the rule.
    'Du får afslag på BPA. Du er ikke selv arbejdsleder og har ikke en god evne til at lede hjælperne.',
    'Du får afslag på BPA, fordi det er en betingelse, at man kan være arbejdsleder.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// Metode til god sagsbehandling: the money or the help as subject, with the purpose for anyone in
// the family after "så". Not a payment, an order, or the provider's own planning.
describe('formaal: the money or the help shall …, so that someone can', () => {
  it.each([
    'Vi bevilger merudgifter. Tilskuddet skal dække bleer og særlig kost, så Asta kan blive i sin børnehave.',
    'Vi bevilger merudgifter. Pengene skal dække de ekstra udgifter, så I ikke selv skal betale dem.',
    'Vi bevilger aflastning. Aflastningen skal give jer et pusterum, så Oskars søskende også får tid med jer.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Vi bevilger madservice. Hjælpen skal bestilles senest dagen før, så køkkenet kan nå at lave maden.',
    'Vi bevilger et lån. Beløbet skal betales tilbage inden 1. maj, så du undgår et rykkergebyr.',
    'Vi bevilger rengøring. Hjælpen skal aftales med os, så vi kan planlægge ruten.',
    'Vi bevilger rengøring. Hjælpen skal leveres om formiddagen, så vi kan planlægge ruten.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

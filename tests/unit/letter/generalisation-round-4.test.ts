/**
 * Round 4: reasons, considerations, scope, resources, guidance and purpose in more of the ways
 * caseworkers write them — written for these tests, not taken from the evaluation letters. Every
 * widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';


// FVL §§ 22, 24: what only looks like a reason — a document's own "fordi", the purpose or the
// legal basis under a "Begrundelse" heading, an observation with no tie, the law's threshold
// said of the citizen, "derfor ikke berettiget", the chancery opening — and real reasons beside them.
describe('begrundelse: findings, purposes and restated rules are no reason', () => {
  it.each([
    // A finding tied to the result.
    'Du får afslag på madservice.\n\nAf ergoterapeutens notat af 3. marts fremgår, at du selv kan lave mad, fordi du står sikkert ved komfuret. Derfor får du afslag.',
    // An observation that is the reason given.
    'Du får afslag på rengøring, fordi vi ved besøget så, at du selv kan støvsuge stuen.',
    // A concrete cause next to the law's threshold.
    'Vi har givet dig afslag, fordi du selv kan tage bussen til træning og har en søn, der kører dig om aftenen.',
    // A reason beside a "derfor ikke berettiget".
    'Du får afslag på støtte efter § 85. Du klarer selv din post og dine regninger, og din bror hjælper dig med budgettet. Du er derfor ikke berettiget til støtte efter § 85.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it.each([
    // A document's own "fordi"/"på grund af", not tied to the result.
    'Du får afløsning 3 timer hver onsdag.\n\nAf sygeplejerskens notat af 2. maj fremgår, at din kone ikke kan være alene, fordi hun bliver forvirret om eftermiddagen.',
    'Kommunen bevilger en bruseniche.\n\nDet fremgår af terapeutens vurdering, at du på grund af din gigt ikke kan komme op af badekarret.',
    // The purpose under the heading.
    'Vi bevilger en trappelift.\n\nBegrundelse\nDu opfylder betingelserne for et hjælpemiddel efter servicelovens § 112.\n\nFormålet med liften er, at du igen kan komme op på første sal og sove i dit eget soveværelse.',
    // Only the legal basis under the heading.
    'Din rengøring nedsættes til hver 3. uge.\n\nHvorfor?\nByrådet har vedtaget en ny kvalitetsstandard for rengøring.\n\nAfgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2, og kommunens retningslinjer.',
    // An observation of the citizen's strengths, with no tie to the refusal.
    'Du får afslag på socialpædagogisk støtte.\n\nVi kan se, at du er god til at holde dine aftaler og har styr på dine regninger.',
    // The law's threshold said of the citizen, with or without the law quoted.
    'Du er bevilget ledsagelse 15 timer om måneden.\n\nDu er under 67 år og kan ikke færdes alene på grund af betydelig og varigt nedsat funktionsevne.',
    'Du får afslag på ledsagelse.\n\nLedsagelse efter § 97 gives til personer under folkepensionsalderen, som ikke kan færdes alene på grund af betydelig og varigt nedsat funktionsevne.\n\nVi har vurderet, at du ikke er i målgruppen, da du ikke har en betydelig og varigt nedsat funktionsevne, der gør, at du ikke kan færdes alene.',
    // "Derfor ikke berettiget" after an assessment that names nothing of the case.
    'Du får afslag.\n\nVi har vurderet, at dit behov kan dækkes i et gruppeforløb, og du er derfor ikke berettiget til individuel støtte.',
    // The chancery opening that points to the case at large.
    'Under henvisning til sagens behandling skal kommunen hermed meddele, at din støtte ændres fra 4 til 2 timer om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

// FVL § 24, stk. 1: the weight in the past tense, what weighed most, who it was decisive for —
// and the party's own weight, and a weight on "the information" that names nothing.
describe('hovedhensyn: past tense, "vejet tungest", "afgørende for os"', () => {
  it.each([
    'Du får madservice 7 dage om ugen.\n\nHvad lagde vi vægt på?\nDu har tabt 5 kg siden sommer og orker ikke at lave mad.',
    'Vi lagde især vægt på, at du selv kan gå på trapper.',
    'Det, der har vejet tungest i vores vurdering, er, at Emil nu selv kommer op om morgenen.',
    'Afgørende for os har været, at du har nået dine mål for økonomien.',
    'Det var afgørende, at lægen beskriver dine smerter som varige.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    // The party's own weight.
    'Du lagde på mødet vægt på, at du gerne vil blive boende i huset.',
    'I har lagt vægt på, at Oscar kan blive i sin klasse.',
    'Du fortalte, at det, der vejer tungest for dig, er at komme ud blandt andre.',
    'Det var afgørende for dig, at hjælpen kommer om formiddagen.',
    // A weight on the information as such.
    'Vi har lagt vægt på de oplysninger, du gav os på mødet, og på de øvrige oplysninger i sagen.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

// The scope per weekday, and the citizen's own week in a compound word ("virksomhedspraktik").
describe('omfang: a weekday is a week; work and school in compounds are no help', () => {
  it.each([
    'Du er bevilget afløsning i hjemmet 3 timer hver torsdag, kl. 12–15.',
    'Du får bostøtte 2 timer om mandagen.',
    'Du får rengøring 1 time hver anden uge, og du er i virksomhedspraktik, men fremover får du også indkøb 1 gang om ugen.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Din bostøtte ophører. Du er startet i virksomhedspraktik i et supermarked tre dage om ugen.',
    'Din støtte stopper den 1. maj. Du går på erhvervsuddannelse 4 dage om ugen og har et studiejob 2 aftener om ugen.',
    'Du får afslag på ledsagelse. Du har et deltidsjob 10 timer om ugen.',
    // A weekday that is not a scope of help.
    'Din datter besøger dig hver tirsdag.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// A network that is far away, and a grandparent or neighbour who only contacted the authority
// with a worry — and the help a neighbour gives, even if a worry follows.
describe('ressourcer: distance and a relative who only reported a worry', () => {
  it.each([
    'Du får et nødkald. Din nabo kigger ind til dig hver morgen.',
    'Sofies mormor henter hende fra skole hver fredag.',
    'Naboen har hjulpet dig med indkøb i mange år, men hun har nu givet udtryk for bekymring for dig.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får et nødkald. Du bor alene, og der er langt til nærmeste nabo.',
    'Du får et nødkald. Det er langt til din familie, som bor i Jylland.',
    'Alfreds morfar har henvendt sig til kommunen og givet udtryk for bekymring for familiens økonomi.',
    'Naboen har ringet til os flere gange og fortalt om sin bekymring.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// In a refusal, the purpose the citizen gave in the application or as a wish is the application's,
// not the purpose of help given.
describe('formaal: the wish in a refusal', () => {
  it.each([
    'Du er bevilget ledsagelse 10 timer om måneden, så du kan komme til svømning og i biografen.',
    'Du får delvis bevilget hjælp: 2 timer om ugen i stedet for 4. Støtten skal hjælpe dig med at få styr på din post.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Vi må meddele dig, at du ikke kan få bevilget ledsagelse. Du har i ansøgningen skrevet, at du ønsker en fast ledsager, så du kan komme mere ud.',
    'Du får afslag på en el-scooter. Du har fortalt, at du gerne vil have en scooter, så du kan køre til stranden.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// RSL § 5: groups and cafés for the citizen or the relatives, a grocery scheme with delivery, a
// drop-in offer — and the same words when the citizen already takes part, when this letter grants
// it, or when "du kan bruge" names who delivers the help granted.
describe('vejledning-andre-ydelser: groups, cafés, delivery schemes, drop-in offers', () => {
  it.each([
    'Du får afløsning 3 timer om ugen. Demenskoordinatoren holder pårørendecafé den sidste onsdag i måneden på biblioteket.',
    'Du får samtaler hos psykologen. Skolen har også tilbudt, at Noah kan være med i sorggruppen.',
    'Din kone kan være med i en pårørendegruppe, som mødes på sundhedscentret hver anden tirsdag.',
    'Din hjælp til indkøb ophører. Du kan i stedet bruge kommunens indkøbsordning, hvor varerne leveres til døren.',
    'Din hjælp til frokost ophører. Aktivitetscentret har fællesspisning om torsdagen. Du kan bare møde op.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Taking part already.
    'Du får afløsning 3 timer om ugen. Din kone går i en pårørendegruppe hver onsdag.',
    'Du får samtaler hos psykologen. Noah har deltaget i sorggruppen på skolen siden januar.',
    // The group or the scheme this letter grants.
    'Du er visiteret til indkøbsordning efter ældreloven. Indkøbsordningen leverer en gang om ugen.',
    // Who delivers the help granted.
    'Du er bevilget ledsagelse 15 timer om måneden. Du kan selv finde en ledsager, eller du kan bruge kommunens ledsagerkorps.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: courses for parents', () => {
  it.each([
    'I får aflastning en weekend om måneden. Autismeteamet holder forældrekursus for forældre til børn med autisme. Kontakt PPR, hvis I vil med.',
    'Du har ret til en uvildig forældrerådgiver under anbringelsen.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'I får aflastning en weekend om måneden. I har gennemført et forældrekursus i efteråret og bruger det, I lærte.',
    'Mor deltog i forældrekurset på familiecentret sidste forår.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

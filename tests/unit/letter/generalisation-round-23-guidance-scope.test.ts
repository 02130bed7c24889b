/**
 * Round 23: guidance to other help said in other words — help that must be applied for on its
 * own or under other rules, an application passed on to another office, the offer in subordinate
 * order or about a third person, and open places (day centres, clubs, shared meals, teams, shops
 * that deliver) named with a word that points there. Sentences written for these tests, not taken
 * from the letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const guides = (t: string) => present(t, 'vejledning-andre-ydelser');

describe('vejledning-andre-ydelser: other help to apply for on its own', () => {
  it.each([
    'Du får afslag på en plejebolig. Har du brug for hjælp om natten, kan nødkald være en løsning. Det skal søges særskilt hos Visitationen.',
    'Vi kan ikke bevilge botilbud. Socialpædagogisk støtte i hjemmet skal ansøges særskilt, og vi hjælper gerne med ansøgningen.',
    'Vi kan ikke give tilskud til sengen efter § 100. En plejeseng skal søges som hjælpemiddel hos Hjælpemiddelcentret.',
    'Du får ikke ledsagelse efter § 97. Vi vil gerne tale med dig om en kontaktperson i stedet. Det skal du søge om, og du kan ringe til mig.',
  ])('present: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // A renewal of the help granted is the same help.
    'Du får hjælp til rengøring hver 14. dag frem til 1. juli. Har du fortsat brug for hjælp derefter, skal du søge om forlængelse.',
    'Du får aflastning til 31. december. Hjælpen skal søges særskilt forlænget, hvis du fortsat har behov for den.',
  ])('absent: %s', (t) => expect(guides(t)).toBe(false));
});

describe('vejledning-andre-ydelser: the application passed on to another office', () => {
  it.each([
    'Vi kan ikke dække ortopædisk fodtøj efter § 86. Vi har sendt din ansøgning videre til Hjælpemiddelcentret, som behandler den.',
    'Vi har videresendt jeres ansøgning til Familieafdelingen, der tager sig af merudgifter.',
  ])('present: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    'Du får afslag på en plejebolig nu. Vi har sendt din ansøgning videre til visitationsudvalget, som behandler den på næste møde.',
    'Vi har sendt ansøgningen videre til Visitationen, som træffer afgørelsen.',
  ])('absent: %s', (t) => expect(guides(t)).toBe(false));
});

describe('vejledning-andre-ydelser: the offer in subordinate order or about a third person', () => {
  it.each([
    'Anna får aflastning en weekend om måneden. Husk, at I også kan søge om tabt arbejdsfortjeneste, hvis en af jer går ned i tid.',
    'Vi vil gøre dig opmærksom på, at du også kan ansøge om ledsagerkort hos borgerservice.',
    'Søren får beskyttet beskæftigelse fire dage om ugen. Søren kan være berettiget til kørsel efter § 105 til og fra værkstedet.',
    'Din mor får hjælp til bad. Hun er måske berettiget til et helbredstillæg, så tal med Udbetaling Danmark.',
  ])('present: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // Whether the citizen is entitled to the help applied for is this decision.
    'Vi har vurderet, om du kan være berettiget til hjælp til rengøring efter ældreloven. Du får afslag.',
    'Vi har lagt vægt på, at du ikke kan være berettiget til støtte, fordi du ikke har en varig funktionsnedsættelse.',
  ])('absent: %s', (t) => expect(guides(t)).toBe(false));
});

describe('vejledning-andre-ydelser: open places named with a word that points there', () => {
  it.each([
    'Du får ikke madservice. Prøv spisefællesskabet på plejecentret, hvor der er fællesspisning tre dage om ugen.',
    'Du får afslag på plejebolig. Du kan komme i dagcentret Solbakken en eller flere dage om ugen, så din kone får lidt luft.',
    'Din kontaktperson stopper. Ungdomsskolen har en fritidsklub for de 13–15-årige, og det er gratis.',
    'Du skal ikke længere mødes med Ali hver uge. Bydelshuset har gratis lektiecafé om tirsdagen.',
    'Træningen slutter efter 12 uger. Bagefter kan du fortsætte på seniorholdet i den lokale gymnastikforening.',
    'Din hjælp til bad bliver sat ned. Hvis du vil holde formen ved lige, har aktivitetscentret Kastanjen motionshold for seniorer om onsdagen.',
    'Du får afslag på hjælp til indkøb. Netto i Vestby bringer ud om torsdagen, og du kan også ringe din ordre ind.',
  ])('present: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // A place the citizen or a relative already goes to, or the help granted there.
    'Du har siden januar haft aflastning i dagcentret to dage om ugen, så du kan få tid til dig selv. Vi forlænger aflastningen.',
    'Din mand går i dagcentret tre dage om ugen. Du får hjælp til rengøring hver 14. dag.',
    'Du får hjælp til bad. Du har motionshold om tirsdagen i aktivitetscentret, hvor du kan lide at være.',
    'Du har bevilget hjælp til indkøb. Leverandøren bringer ud om fredagen, og du kan ringe, hvis noget mangler.',
    'Du får afslag på madservice. Du spiser i aktivitetscentret om onsdagen.',
  ])('absent: %s', (t) => expect(guides(t)).toBe(false));
});

const resources = (t: string) => present(t, 'ressourcer');

describe('ressourcer: practical skill and punctuality as a work place describes them', () => {
  it.each([
    'Du får plads i beskyttet beskæftigelse. Værkstedet fortæller, at du er dygtig med hænderne og altid møder til tiden.',
    'Kasper får plads på værkstedet. Han er god med sine hænder og var hurtig til at lære at bruge drejebænken.',
  ])('present: %s', (t) => expect(resources(t)).toBe(true));
  it.each([
    'Du får plads i beskyttet beskæftigelse. Værkstedet fortæller, at du ikke møder til tiden og har svært ved at komme i gang.',
    'Kasper får plads på værkstedet. Han er ikke god med hænderne, så han skal have opgaver ved computeren.',
  ])('absent: %s', (t) => expect(resources(t)).toBe(false));
});

describe('ressourcer: a task done with "selv" after the verb', () => {
  it.each([
    'Du får afslag på madservice. Ved besøget lavede du selv kaffe og smørrebrød, mens terapeuten så på.',
    'Din bostøtte ophører. Du åbner selv din post og betaler dine regninger til tiden.',
    'Du får ikke en plejebolig. Du finder selv vej rundt i lejligheden, også om natten.',
    'Du får en el-kørestol til udendørs brug. Den manuelle stol kører du stadig fint selv indendørs.',
  ])('present: %s', (t) => expect(resources(t)).toBe(true));
  it.each([
    'Du får madservice. Du kan ikke længere lave selv mad, fordi du ikke kan stå ved komfuret.',
    'Du får hjælp til post og regninger, fordi du ikke åbner selv dine breve.',
  ])('absent: %s', (t) => expect(resources(t)).toBe(false));
});

describe('ressourcer: a parent at home who can look after the child', () => {
  it.each([
    'I får tabt arbejdsfortjeneste svarende til 20 timer om ugen. Peter arbejder hjemme om fredagen og kan passe Maja den dag.',
    'Vi dækker 15 timer om ugen, fordi mormor kan passe hende om tirsdagen.',
  ])('present: %s', (t) => expect(resources(t)).toBe(true));
  it.each([
    'Vi dækker 25 timer om ugen, fordi der ikke er andre i familien, der kan passe ham om eftermiddagen.',
    'Vi dækker 25 timer om ugen, fordi ingen af jer arbejder hjemme, og der ikke er nogen, som kan passe hende.',
  ])('absent: %s', (t) => expect(resources(t)).toBe(false));
});

describe('ressourcer: a worry denied is no worry', () => {
  it.each([
    'Du får afslag på plejebolig. Du er ikke urolig om natten og kan selv komme på toilettet.',
  ])('present: %s', (t) => expect(resources(t)).toBe(true));
  it.each([
    'Du får afslag på plejebolig. Din datter er urolig for, om du kan selv komme på toilettet om natten.',
  ])('absent: %s', (t) => expect(resources(t)).toBe(false));
});

describe('omfang: a professional who comes home, named with a relative clause', () => {
  it.each([
    'Du kan få en bostøttemedarbejder, som kommer hjem til dig to gange om ugen, i alt 3 timer om ugen.',
    'Du får en støttekontaktperson, der kommer hjem til dig hver tirsdag i to timer.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // A child's contact with the family is no scope granted.
    'Anbringelsen fortsætter. Lukas, som bor på opholdsstedet, kommer hjem til jer hver anden weekend.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: a street named after a school is an address, not the citizen\'s school', () => {
  it.each([
    'Vi kan imødekomme din ansøgning delvist. Du får tilbudt holdtræning på Skolevej 1 gang om ugen i 12 uger.',
    'Du får støtte i Bostøttens lokaler på Skolegade 3 timer om ugen.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Du får en kørestol. Du går i skole fem dage om ugen.',
    'Du får hjælp til bad. Skolen har oplyst, at du er der fem dage om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: the hours of a team someone else holds are no scope granted', () => {
  it.each([
    'Din træning slutter. Aktivitetshuset på Skolegade har motionshold mandag og onsdag.',
    'Din træning slutter. Ældre Sagen holder gå-hold hver torsdag.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

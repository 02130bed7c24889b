/**
 * Round 34 (resources, the citizen's views, guidance to other help): phrasing classes behind the
 * misses and false finds on the spent held-out sets 16 and 17. Written for these tests in our own
 * words; every widened reading has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const resources = (t: string) => present(t, 'ressourcer');
const views = (t: string) => present(t, 'borgerens-synspunkter');
const guidance = (t: string) => present(t, 'vejledning-andre-ydelser');

describe('ressourcer: summoning help, the alarm used well, a spouse who cares, walking without aids', () => {
  it.each([
    'Vi giver dig ikke en plejebolig. Vi har lagt vægt på, at du stadig kan tilkalde hjælp selv om natten.',
    'Vi giver dig ikke en plejebolig. Du har et nødkald, som du bruger korrekt, når du har brug for det.',
    'Du får aflastning 4 timer om ugen. Resten af ugen passer du ham selv, og det klarer du fint.',
    'Du får aflastning hver anden lørdag. Din kone har Parkinsons sygdom, og du passer hende selv i hverdagene.',
    'Hjælpen til rengøring stopper. Efter operationen kan du gå uden krykker, også på trapper.',
    'Hjælpen til rengøring stopper. Du bor med din samlever, som deltager i husarbejdet.',
  ])('has a resource: %s', (t) => expect(resources(t)).toBe(true));
  it.each([
    // Negated, taught or still missing: no resource.
    'Vi har bevilget dig et nødkald, fordi du ikke kan tilkalde hjælp, hvis du falder.',
    'Vi har bevilget dig et nødkald. Hjemmeplejen viser dig, hvordan du bruger det korrekt.',
    'Vi har bevilget dig en rollator. Du kan ikke længere gå uden stok på længere ture.',
    'Vi har bevilget dig genoptræning. Målet er, at du kan gå uden rollator inden jul.',
    'Du får aflastning, fordi din mand ikke længere kan passe hende selv om natten.',
  ])('has no resource: %s', (t) => expect(resources(t)).toBe(false));
});

describe('ressourcer: the help tied to an address or a scheme is no bond', () => {
  it.each([
    'Din støtte ophører, når du flytter, fordi den er knyttet til din bopæl i kommunen.',
    'Bostøtten stopper, fordi den er knyttet til botilbuddet, som du flytter fra.',
  ])('has no resource: %s', (t) => expect(resources(t)).toBe(false));
  it.each([
    'Du får aflastning. Jonas er meget knyttet til sin mormor, som ser ham hver weekend.',
    'Vi bevilger familiebehandling. Emma er tæt knyttet til sin far og hans nye kone.',
  ])('has a resource: %s', (t) => expect(resources(t)).toBe(true));
});

describe('borgerens-synspunkter: journal-style wish, a view given back inverted, a child named with age', () => {
  it.each([
    'Vurdering: Borger går usikkert. Borger vil gerne kunne gå i haven igen. Bevilget: Rollator.',
    'Vurdering: Borgeren vil helst blive i egen bolig. Bevilget: Nødkald.',
    'Du får hjælp til bad. Din mand hjælper dig om aftenen; det gav I begge udtryk for på mødet.',
    'Du får hjælp til bad om morgenen. At aftenen klares af din datter, gav De udtryk for ved besøget.',
    'Vi har bevilget familiebehandling efter barnets lov § 32 til dig og Noah. Noah (9 år) har fortalt os, at han er ked af det om aftenen.',
    'Du har søgt om tilskud til en el-cykel til 14.500 kr., fordi du bliver forpustet op ad bakker.',
  ])('has a view: %s', (t) => expect(views(t)).toBe(true));
  it.each([
    // Another speaker, the bare application, a bracket that is no name.
    'Vurdering: Hjemmeplejen vil gerne have en vurdering af badeforholdene. Bevilget: Badebænk.',
    'Du får hjælp til bad. Din datter gav udtryk for, at hun er bekymret.',
    'Du har søgt om hjælp til rengøring. Vi har bevilget hjælp hver 14. dag.',
    'Du har søgt om tilskud til en el-cykel. Vi giver afslag, fordi en el-cykel er et almindeligt forbrugsgode.',
    'Vi har bevilget familiebehandling efter barnets lov § 32 til jer. Skolen (5. klasse) har fortalt os, at Noah ofte kommer for sent.',
  ])('has no view: %s', (t) => expect(views(t)).toBe(false));
});

describe('vejledning-andre-ydelser: an offer to look into, and the help granted in place of the one applied for', () => {
  it.each([
    'Du får afslag på madservice. Du kan evt. se på seniorklubben i Aktivitetshuset, hvor man kan spise frokost om onsdagen.',
    'Vi giver dig ikke en plads i dagcenter. Du kan eventuelt kigge på motionsholdet i Ældresagen.',
  ])('guides: %s', (t) => expect(guidance(t)).toBe(true));
  it.each([
    'Vi har behandlet din ansøgning om en el-kørestol efter servicelovens § 112. Vi kan ikke bevilge den model, du har søgt om. Du får i stedet en manuel kørestol med hjælpemotor.',
    'Du har søgt om en trappelift. Du kan få støtte til boligindretning. Vi kan dog ikke imødekomme din ansøgning om en trappelift. Du får i stedet en rampe ved bagdøren.',
    // A page to read about the same rules is no other help.
    'Du får afslag på tilskud til merudgifter. Du kan evt. kigge på kommunens hjemmeside, hvor reglerne er beskrevet.',
    'Du får afslag på tilskud til merudgifter. Du kan eventuelt se på vores side om handicap, hvis du vil vide mere.',
  ])('does not guide: %s', (t) => expect(guidance(t)).toBe(false));
});

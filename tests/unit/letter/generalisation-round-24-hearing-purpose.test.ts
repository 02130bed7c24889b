/**
 * Round 24: phrasing classes for formaal, opfoelgning, partshoering and borgerens-synspunkter,
 * written for these tests as caseworkers write — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('formaal: the aim of ending help in the past, time spent on a goal, shared work, health goals', () => {
  it.each([
    // "så du kunne" for help that ends or was set going.
    'Vi stopper træningen. Du fik hjælp hver morgen, så du kunne lære at klæde dig på selv.',
    'Hjemmeplejen begyndte efter din knæoperation, så du kunne komme i bad uden at falde.',
    // Time or days spent on the goal, with the citizen as subject.
    'Du kan bo videre på opholdsstedet. Opholdet skal bruges til, at du bliver klar til at flytte hjemmefra.',
    'Du får bostøtte. Onsdag og fredag skal I bruge til at få styr på regningerne og vasketøjet.',
    'Du får en kontaktperson. Timerne skal du bruge til at øve dig i at tage bussen alene.',
    // The citizen and the helper work towards a goal.
    'Støtten fortsætter. Du og bostøttemedarbejderen skal arbejde på, at du selv kan handle ind.',
    // A health goal.
    'Du får madservice hver dag, så du tager på igen.',
    'Sygeplejersken kommer to gange om ugen, så såret kan hele.',
    // The aid named with an adjective: what it makes possible.
    'Du får en ny rollator. Med den lave rollator kan du selv gå til købmanden.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A step in the case or a consequence, not the help's aim.
    'Vi sendte dig notatet den 3. marts, så du kunne sige, om noget var forkert.',
    'Du var indlagt i marts, så du kunne ikke komme til mødet.',
    'Jeg mailede dig referatet, så du kunne nå at sige noget til det, inden jeg traf afgørelsen.',
    'Du fik et udkast til brevet, så du kunne fortælle os, hvis noget var forkert.',
    // A code or data used for something else.
    'Vi sender dig en kode. Koden skal du bruge til at logge ind på selvbetjeningen.',
    'Oplysningerne skal bruges til, at vi kan vurdere din sag.',
    // The law's test of necessity, denied or met: a condition of the rule, not the help's aim.
    'Du får støtte til boligændring. Ændringen er nødvendig for, at du kan blive i huset.',
    'Du får afslag på bil. En bil er ikke nødvendig for, at du kan komme på arbejde, da der går en bus.',
    // Work on the case by the municipality.
    'Vi arbejder på, at du kan få en plads i botilbuddet hurtigst muligt.',
    // A weight noted, not a goal.
    'Du har spist dårligt i vinter, så vægten er faldet.',
    // The decision or the same moment, not a granted thing.
    'Med den nye afgørelse kan du selv vælge leverandør.',
    'Med det samme kan du selv ringe til leverandøren.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('opfoelgning: status reports, a meeting rhythm, how far the citizen has come, yearly adjustment', () => {
  it.each([
    'Du får plads på dagcentret. Dagcentret sender os en status hver anden måned.',
    'Du kan bo videre i plejefamilien. Vi holder møde med dig og plejefamilien hver tredje måned.',
    'Du får bostøtte. Til efteråret sætter vi os sammen og ser på, hvor langt du er nået.',
    'Du får dækket 600 kr. om måneden. Beløbet reguleres hvert år i januar.',
    'Anbringelsen skal tages op til fornyet behandling i udvalget senest et år efter.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The rhythm of the help itself, not a look at it.
    'Du får hovedrengøring hvert halve år.',
    // A look that already happened.
    'Da vi talte sammen i marts, så vi på, hvor langt du er nået.',
    // An index rise, not a look at the case.
    'Beløbet reguleres hver januar med satsreguleringsprocenten.',
    // The complaint's own renewed treatment.
    'Hvis du klager, tager vi sagen op til fornyet behandling inden 4 uger.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: a preference and the citizen\'s own weight', () => {
  it.each([
    'Vi forstår godt, at du hellere vil have hjælpen om formiddagen.',
    'Det var netop det, du selv lagde vægt på, da vi besøgte dig.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // What the citizen may choose, not what they said.
    'Hvis du hellere vil have en anden leverandør, kan du ringe til os.',
    // A relative's preference.
    'Din datter ringede til os. Hun fortalte, at hun hellere vil hjælpe med indkøb selv.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('partshoering: the draft called an "oplæg"', () => {
  it.each([
    'Du fik vores oplæg tilsendt den 3. juni og svarede, at du var enig.',
    'Vi sendte dig oplægget den 1. marts, og du ringede med et par rettelser.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    'Terapeuten sender dig et oplæg til øvelser, når forløbet går i gang.',
    'Oplægget til træningen ligger i din mappe.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

/**
 * Round 27: partshoering, formaal, opfoelgning and borgerens-synspunkter said in other words —
 * classes behind misses on the blind batches bz–cc. Sentences written for these tests, not taken
 * from the evaluation letters; each widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('opfoelgning: how long the help runs, with "i første omgang" before the span', () => {
  it.each([
    'Du får en støtteperson hver anden uge. Støtten varer i første omgang 4 måneder.',
    'Aflastningen varer i første omgang et halvt år.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The first step of the help, no span.
    'Du får en støtteperson hver anden uge. Støtten varer i første omgang, til I har fundet en fast rytme.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: a check whether the aid is set right', () => {
  it.each([
    'Du får en ny kørestol. Efter en måned ringer terapeuten og hører, om stolen er indstillet rigtigt.',
    'Vi kommer ud, når lejet er leveret, og ser, om madrassen sidder rigtigt.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // Told in the past, at the trial.
    'Du får en ny kørestol. Terapeuten vurderede ved afprøvningen, at stolen var indstillet rigtigt.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: a sum worked out, with the subject after the verb, is no "until"', () => {
  it.each([
    'Vi kan ikke give tilskud. Når vi lægger dine kvitteringer sammen, kommer vi frem til ca. 150 kr. om måneden.',
    'Vi har set på din ansøgning. Derfor når jeg frem til, at du ikke kan få hjælpen.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Du får bostøtte 2 timer om ugen frem til 1. juli 2026.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('opfoelgning: how long the citizen has done something is no duration of the help', () => {
  it.each([
    'Vi bevilger en ny bil. Du har kørt i den samme bil i 9 år.',
    'Vi bevilger støtte til en cykel. Du har cyklet til arbejde i 20 år.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Vi bevilger en ny bil. Bevillingen gælder i 8 år.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('formaal: what the aid makes possible, said as its effect', () => {
  it.each([
    'Vi bevilger en ståstøttestol, fordi den gør det muligt for dig at stå ved håndvasken igen.',
    'Du får et badeleje. Den vil gøre det muligt for dig at komme i bad uden at blive løftet.',
    'Du får bostøtte. Støtten gør det muligt for dig at passe dit arbejde.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The citizen's own means, a reason for a refusal.
    'Vi kan ikke give tilskud. Din pension gør det muligt for dig at betale selv.',
    'Vi bevilger ikke stolen. Det er ikke muligt for dig at bruge den i dit køkken.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: the help\'s job pointed back to with a colon', () => {
  it.each([
    'Du har været bange for at falde om natten. Det er præcis det, alarmen skal hjælpe med: at du kan få hjælp med det samme.',
    'Det er det, kontaktpersonen skal hjælpe dig med: at du kommer op om morgenen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // What the helper does, no goal.
    'Hjemmeplejen skal hjælpe med bad og påklædning om morgenen.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal: what the aid lets the citizen keep doing, and the help after "skal"', () => {
  it.each([
    'Med gribet ved toilettet vil De kunne blive ved med at klare Dem selv om natten.',
    'Først og fremmest skal anbringelsen give Sofie ro til at gå i skole.',
    'Frem for alt skal aflastningen give jer kræfter til hverdagen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The citizen keeps what he has; no aid and no goal.
    'De vil fortsat få hjælp til rengøring hver anden uge.',
    'Anbringelsen skal genbehandles i udvalget senest om et år.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('partshoering: the parent went through the assessment and had corrections put in', () => {
  it.each([
    'Du gennemgik undersøgelsen sammen med mig den 3. marts og kom med dine rettelser.',
    'I fik udkastet tilsendt, og jeres rettelser er skrevet ind i den endelige udgave.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // An offer in the decision itself.
    'Hvis du mener, at der er fejl i afgørelsen, kan du komme med rettelser til os.',
    'Vi har rettet adressen i vores system.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('borgerens-synspunkter: journal style, the citizen named as the source', () => {
  it.each([
    'Oplyst af borger ved samtalen 3.4.: Kan ikke længere gå på trapper.',
    'Det er oplyst af borgeren, at hun helst vil have hjælpen om formiddagen.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // A relative, not the citizen.
    'Oplyst af borgers datter ved telefonsamtale: Moren glemmer at spise.',
    'Indkøb bevilges 1 gang ugentligt.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

/**
 * Round 31, ressourcer, vejledning-andre-ydelser, faktiske-oplysninger and borgerens-synspunkter:
 * phrasing classes behind the misses on the own-voice and field batches ch–cl, in our own words —
 * valid examples and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('ressourcer: a relative who offers, has cared, is the contact or takes set days', () => {
  it.each([
    'Din søster har tilbudt, at hun kan hente dig efter træningen.',
    'Din mand har passet dig, siden du kom hjem fra sygehuset.',
    'Din søn Anders bor i Aarhus, og han bliver skrevet på som første kontakt.',
    'Theas mor, Line, tager fredagene, hvor hun har fri fra sit job.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Din datter har ikke tilbudt, at hun kan hjælpe.',
    'Din datter er bekymret for, om hun kan tage weekenderne.',
    'Du har søgt om hjælp til rengøring hver 14. dag.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('ressourcer: a child who takes part in everything and has a good everyday life', () => {
  it.each([
    'Pædagogen fortæller, at Malte deltager i alt i klassen.',
    'Skolen oplyser, at Sofie har en god hverdag i klassen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Målet er, at Emil har en god hverdag i skolen.',
    'Lægen har skrevet, at han ikke deltager i alt i børnehaven.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe("borgerens-synspunkter: the citizen's own wish in the second person, their letter quoted back", () => {
  it.each([
    'Det er dit eget ønske at flytte tættere på din datter.',
    'Vi har talt om dine egne ønsker til forløbet, og du vil helst træne om formiddagen.',
    'Som du selv skrev, er trappen til kælderen blevet for svær for dig.',
    'Du har svært ved at komme ud af badekarret, som du selv har skrevet.',
    'Erik om egne ønsker: Vil gerne kunne cykle til købmanden igen.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Som vi skrev til dig i marts, lukker caféen i sommerferien.',
    'Hvis du vil klage, skriver du til os.',
    'Du kan komme med egne ønsker til menuen, når køkkenet ringer.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('vejledning-andre-ydelser: other help already offered instead', () => {
  it.each([
    'Du får ikke en plejebolig. Vi har i stedet tilbudt dig et tilsyn om natten og et nødkald.',
    'Aflastning på døgninstitution er ikke muligt. Vi har tilbudt jer i stedet en aflastningsfamilie.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får ikke en plejebolig. Vi har tilbudt dig en badetaburet.',
    'Du får hjælp til bad. Vi har tilbudt dig et besøg om formiddagen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

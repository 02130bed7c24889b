/**
 * Round 35: phrasing classes for omfang, written for these tests — not taken from
 * the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('omfang: a fixed clock slot every day or on a run of weekdays', () => {
  it.each([
    'Du får hjælp til bad hver dag kl. 7.30-8.00.',
    'Du får fortsat morgenhjælp som nu, dagligt kl. 7.15–7.45, med hjælp til påklædning.',
    'Du får en plads i dagcentret. Du kommer mandag til fredag kl. 9-14.',
    'Du får beskyttet beskæftigelse på værkstedet. Du møder tirsdag–torsdag kl. 8.30 til 13.00.',
    'Du får praktisk hjælp. Hjælperen kommer dagligt, kl. 11-11.30.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // A hotline's or a depot's hours, and a single meeting, are no scope of the help.
    'Du får en nødkaldeanordning. Har du spørgsmål, kan du ringe til Tryghedsvagten på 70 20 20 20 mandag til fredag kl. 8-15.',
    'Du får en badebænk. De er velkommen til at kontakte Hjælpemiddelteamet dagligt kl. 9-11.',
    'Du får en badebænk. Ring gerne til depotet mandag til torsdag kl. 10-12, hvis den skal justeres.',
    'Du får en rollator. Hjælpemiddeldepotet har åbent alle hverdage kl. 8-12.',
    'Du får en rollator. Du kan hente den i depotet alle hverdage kl. 8-12.',
    'Vi har bevilget bostøtte. Vi holder møde med dig mandag den 3. marts kl. 10-11.',
    // The slot that stops, and a slot refused.
    'Du får hjælp til rengøring. Aftenbesøget dagligt kl. 19-20 ophører.',
    'Vi kan ikke give dig hjælp hver dag kl. 7-8.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

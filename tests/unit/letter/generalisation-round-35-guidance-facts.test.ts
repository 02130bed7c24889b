/**
 * Round 35: guidance to other help said as "kan du også ringe til / kontakte" another unit or
 * service. Sentences written for these tests, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('vejledning-andre-ydelser: another unit to phone or contact, too', () => {
  it.each([
    'Du får hjælp til bad. Mangler du en badestol, kan du også ringe til hjælpemiddelteamet på 44 55 66 77.',
    'Du får afslag på rengøring. I kan også kontakte Ældre Sagens besøgstjeneste, hvis I ønsker selskab.',
    'Du får hjælp til indkøb. Du kan også henvende dig til sundhedscentret om et kursus i at leve med KOL.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Back to the sender, the provider of the help, or about the help granted.
    'Du får hjælp til bad. Du kan også ringe til mig på 12 34 56 78, hvis du har spørgsmål.',
    'Du får hjælp til bad. Du kan også ringe til hjemmeplejen, hvis et besøg skal flyttes.',
    'Du får en kørestol. Du kan også kontakte hjælpemiddeldepotet, hvis kørestolen går i stykker.',
    'Du får hjælp til bad. Du kan også kontakte os, hvis du har spørgsmål til afgørelsen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('faktiske-oplysninger: told with the verb of calling first', () => {
  it.each([
    'Du får afslag på aflastning. Drengens farmor har ringet og fortalt, at forældrene er meget trætte og har brug for en pause hver weekend.',
    'Du får afslag på rengøring. Din nabo har kigget forbi og sagt, at der ligger aviser over hele gulvet.',
  ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it.each([
    // A wish told that way is a view, and a call to tell the decision is handling.
    'Du får afslag. Din søn har ringet og fortalt, at han gerne vil have, at du får mere hjælp.',
    'Du får afslag. Vi har ringet og fortalt dig om afgørelsen.',
  ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
});

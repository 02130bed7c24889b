/**
 * Round 64: the citizen's resources — a relative who takes part in the help, and an extra function of an aid said not
 * to be needed — held-out sets 46 and 47 measured once before they were fixed. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const HOURS = 'Afgørelse\nDu får bevilget personlig hjælp i 6 timer om ugen efter servicelovens § 83. Du søgte om 10 timer.\n\n';
const CHAIR =
  'Afgørelse\nDu får et tilskud til en kørestol efter servicelovens § 112, men ikke til den model med ekstraudstyr, du har søgt om.\n\n';

describe('ressourcer: round 64', () => {
  it.each([
    // A relative in the household who takes part in the help or the chores.
    HOURS + 'Din kone bor hos dig og deltager i plejen om morgenen.',
    HOURS + 'Din søn deltager også i indkøbene hver fredag.',
    // The whole aid not needed: the citizen manages without it (kept from round 52).
    CHAIR + 'En ny kørestol er ikke nødvendig for, at du kan komme rundt i stuen.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // A relative taking part in a meeting or a course of their own is no help given.
    HOURS + 'Din kone deltager i mødet med visitatoren i næste uge.',
    HOURS + 'Din søn deltager i et kursus om demens.',
    // Only an extra function of the aid said not to be needed: the basic aid is what makes the task possible.
    CHAIR + 'Vippefunktionen er ikke nødvendig for, at du kan sidde godt i stolen.',
    CHAIR + 'Et elektrisk sædeløft er derfor ikke nødvendigt for, at du kan nå dine køkkenskabe.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

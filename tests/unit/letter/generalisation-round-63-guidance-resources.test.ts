/**
 * Round 63: guidance to other help and the citizen's resources, the unseen batches eh and ei measured
 * once before they were fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const REFUSAL = 'Afgørelse\nVi giver afslag på dit ønske om et længerevarende botilbud efter servicelovens § 108.\n\n';
const CHANGE = 'Afgørelse\nVi ændrer din hjælp, så madservicen stopper med udgangen af marts.\n\n';
const GRANT = 'Afgørelse\nDu får bevilget en el-kørestol efter servicelovens § 112.\n\n';

describe('vejledning-andre-ydelser: round 63', () => {
  it.each([
    // The person the letter is about, named, may apply for another help (a letter to a værge or a parent).
    REFUSAL + 'Sofie kan søge om bostøtte i egen lejlighed efter servicelovens § 85, hvis hun ønsker det.',
    REFUSAL + 'Forældrene kan også søge om dækning af tabt arbejdsfortjeneste.',
    // An offer at a place, and how to sign up for it in the next sentence.
    CHANGE + 'Hvis du vil have selskab\n\nI Dagcentret Lærken er der fællesspisning hver fredag. Prisen er 50 kr., og du kan bare melde dig til hos personalet.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // A general rule said of anyone, and a renewal of the same application.
    REFUSAL + 'Man kan søge om et botilbud, når behovet ikke kan dækkes på anden måde.',
    REFUSAL + 'Sofie kan søge om et botilbud igen, hvis hendes situation ændrer sig.',
    // The place named as a fact with no way to take part pointed to.
    CHANGE + 'I Dagcentret Lærken er der fællesspisning hver fredag. Du har fortalt, at du ikke bryder dig om at spise med andre.',
    // A course offered earlier, told as the case's history.
    REFUSAL + 'Du har i det forløbne år kun i begrænset omfang fulgt den hjælp, der blev tilbudt dig i form af forældrekursus.',
    // A thing another body now gives free, reported as the reason for the change.
    CHANGE + 'Regionen har skrevet til os, at du fra 1. april får dine teststrimler udleveret gratis fra hospitalet.',
    // The subsidiarity rule with its relative clause first.
    CHANGE + 'Hjælp, der ydes efter anden lovgivning, kan ikke gives som madservice.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('ressourcer: round 63', () => {
  it.each([
    // A relative who helps, and an errand the citizen manages on their own.
    GRANT + 'Din datter hjælper dig med indkøbene hver uge.',
    GRANT + 'Opvasken gør du selv, når du sidder på din stol.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // The right to bring someone to the talks, with a relative as the example, said without "bisidder".
    GRANT + 'Du må gerne have en anden med, når vi skal mødes om sagen, fx din søster, eller lade en anden føre sagen for dig.',
    // An application step handed back with "det" and the channel it goes through.
    GRANT + 'Du kan søge om tilskud til kørsel hos regionen. Det gør du selv via regionens hjemmeside.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

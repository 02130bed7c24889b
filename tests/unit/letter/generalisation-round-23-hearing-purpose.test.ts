/**
 * Round 23: partshøring, formål, opfølgning and borgerens synspunkter said in other words.
 * Sentences written for these tests in caseworkers' style — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('opfoelgning: the next look in other words', () => {
  it.each([
    // Yearly recalculation with the accented "én".
    'Du får dækket merudgifter på 800 kr. om måneden. Beløbet regnes efter igen én gang om året.',
    'Du får tilskud til bleer. Vi regner beløbet efter én gang om året, første gang i marts 2027.',
    // "følge op" split by its time.
    'Anbringelsen begynder 1. april. Vi følger første gang op på den senest 3 måneder efter start.',
    'Du får en kontaktperson. Vi følger løbende op, og næste samtale er i august.',
    // A call ahead to hear how it goes.
    'Du får hjælp til bad om morgenen. Jeg ringer til dig i maj for at høre, hvordan det går med badet.',
    // The plan or the grant looked at or taken up again.
    'Barnets plan laves i løbet af sommeren, og vi ser på planen første gang i november.',
    'Du får aflastning i 4 måneder. Vi tager det op igen, inden perioden er slut.',
    // A meeting set ahead.
    'Du skal fortsat have støtte én gang om ugen. Vi ses til et møde i februar og taler om, hvordan skolen går.',
    // A committee's renewed decision with its time.
    'Udvalget har besluttet anbringelsen. Sagen skal igen forelægges udvalget senest i marts 2027.',
    'Udvalget skal træffe ny afgørelse, inden anbringelsen har varet et år.',
    // The therapist trying the aid with the citizen once it is in place.
    'Du får en rampe ved hoveddøren. Når den er sat op, kommer terapeuten og prøver den sammen med dig.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The complaint's own look again, a renewed application, and history told in the past.
    'Du kan søge igen én gang om året, hvis dit behov ændrer sig.',
    'Vi ringede til dig den 3. februar for at høre, hvordan det gik med rollatoren.',
    'Vi fulgte første gang op på hjælpen i december, og du klarer nu selv indkøbene.',
    'Sagen blev forelagt udvalget igen den 4. februar.',
    'Hvis du er uenig, kan du klage. Vi tager det op igen, og giver vi dig ikke medhold, sender vi klagen til Ankestyrelsen.',
    'Ergoterapeuten prøvede stolen sammen med dig den 3. februar.',
    'Vi sås til et møde i januar, hvor du fortalte om dine ønsker.',
    'Hvis du sender nye oplysninger, træffer vi ny afgørelse senest 4 uger efter.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

/**
 * Round 24 (guidance and scope): phrasing classes behind misses left on the blind batches bh–bk.
 * Written for these tests in our own words; every widened phrasing has a look-alike that must keep
 * its reading.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const guides = (t: string) => present(t, 'vejledning-andre-ydelser');

describe('vejledning-andre-ydelser: a tip asked as a question, another help in the passive, a place sharing the town name', () => {
  it.each([
    // "Vidste du, at …" read like "Husk, at …".
    'Du får hjælp til rengøring hver anden uge. Vidste du, at Ældre Sagen har en gratis besøgstjeneste?',
    'Du får bostøtte to gange om ugen. Vidste du, at Cafe Lyset på Torvet holder åbent for alle om lørdagen, og det er gratis at komme?',
    'I får aflastning en weekend om måneden. Vidste I, at forældreforeningen har en telefonrådgivning om aftenen?',
    // Another help in the passive with "også"/"desuden".
    'Vi kan ikke tilbyde dig en plejebolig nu. Der kan også søges om en ældrebolig hos boligselskabet.',
    'Vi kan ikke bevilge ledsagelse. Et ledsagerkort kan desuden søges gennem DSB.',
    // A tip about a place that shares its name with the municipality in the letterhead.
    'Nordvig Kommune\nSocialafdelingen\n\nNordvig, 3. marts 2026\n\nHej Lise\n\nFra mandag kommer Jonas fra bostøtteteamet hjem til dig to gange om ugen. Støtten er bevilget efter § 85 i lov om social service.\n\nHusk, at du kan få gratis budgetrådgivning på Nordvig Bibliotek hver torsdag.\n\nMange hilsner\nKaren',
  ])('guides: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // A question that points back to the sender, to the help granted or to nothing.
    'Du får bostøtte to gange om ugen. Vidste du, at du altid kan ringe til os, hvis der er noget?',
    'Du får bostøtte to gange om ugen. Vidste du, at bostøtten også kan hjælpe med post?',
    'Du får bostøtte to gange om ugen. Vidste du, at vi har flyttet vores kontor til Rådhuset?',
    // The same help applied for again, named back or by its name.
    'Vi kan ikke bevilge en ny rollator. Hjælpen kan også søges igen, hvis dit behov ændrer sig.',
    'Vi kan ikke bevilge en ny rollator. En ny rollator kan også søges, når den gamle er slidt op.',
    'Vi kan ikke bevilge en plejebolig. Der kan også søges om plejebolig senere, hvis dit behov ændrer sig.',
    'Du får en badestol. Hjælpemidlet kan også søges i en anden udgave.',
  ])('does not guide: %s', (t) => expect(guides(t)).toBe(false));
});

describe('vejledning-andre-ydelser: grocery delivery when the shopping is the part refused', () => {
  it.each([
    'Du har søgt om hjælp til rengøring og indkøb. Du får hjælp til rengøring, men ikke til indkøb. Du kan bestille dine varer hos en af de butikker, der bringer ud.',
    'Du har søgt om rengøring og indkøb. Hjælp til indkøb kan vi ikke give dig, men du får rengøring hver 14. dag. Du kan selv bestille varer på nettet hos en butik, der bringer ud.',
  ])('guides: %s', (t) => expect(guides(t)).toBe(true));
  it.each([
    // The delivery of the shopping help granted.
    'Du har søgt om hjælp til rengøring og indkøb. Du får hjælp til indkøb, men ikke til rengøring. Du kan bestille varerne hos købmanden, der bringer ud om torsdagen.',
    'Du får hjælp til indkøb en gang om ugen. Du kan bestille varerne hos Coop, der bringer ud om torsdagen.',
  ])('does not guide: %s', (t) => expect(guides(t)).toBe(false));
});

const resources = (t: string) => present(t, 'ressourcer');

describe("ressourcer: a parent's work that leaves room for the child, a relative who can look after it", () => {
  it.each([
    'Vi bevilger tabt arbejdsfortjeneste i 20 timer om ugen. Thomas har fleksibel arbejdstid og er hjemme, når Sara får fri fra skole.',
    'Vi har lagt vægt på, at Noahs far har mulighed for at arbejde hjemme to dage om ugen.',
    'Vi bevilger 15 timer om ugen. Din mand kan arbejde hjemme om mandagen.',
    'Vi bevilger 12 timer om ugen. Mormor kan tage sig af Liva om torsdagen.',
  ])('present: %s', (t) => expect(resources(t)).toBe(true));
  it.each([
    // Named as missing, also with more words between.
    'Vi bevilger 12 timer om ugen. Du har ikke mulighed for at arbejde hjemme.',
    'Vi bevilger 12 timer om ugen. Ingen af jer har fleksibel arbejdstid.',
    'Vi bevilger 12 timer om ugen. Hverken du eller din mand kan arbejde hjemme.',
    'Vi bevilger 12 timer om ugen. Din arbejdsgiver kan ikke give dig fleksibel arbejdstid.',
    // A relative who cannot, and the provider who can.
    'Vi bevilger 12 timer om ugen. Din mor er syg, så hun kan ikke længere tage sig af drengene.',
    'Vi bevilger 12 timer om ugen. Aflastningsfamilien kan tage sig af Liva hver anden weekend.',
  ])('absent: %s', (t) => expect(resources(t)).toBe(false));
});

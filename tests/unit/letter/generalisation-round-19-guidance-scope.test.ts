/**
 * Round 19: the scope granted and guidance to other help as careful writers put them in their own
 * words (blind batches an, ao, ap). Sentences written for these tests, not taken from the
 * evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('omfang: a visit that comes back, with its length later in the sentence', () => {
  it.each([
    'Du får hjælp til personlig pleje. Hver morgen ved 8-tiden kommer en hjælper fra hjemmeplejen i cirka 20 minutter.',
    'Du får en kontaktperson. Hun henter dig hver onsdag efter skole, og I er sammen omkring tre timer.',
    'Vi bevilger støtte efter § 85. Hver tirsdag kommer din bostøtte hjem til dig i ca. 2 timer.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The citizen's own habit: no helper comes.
    'Du får hjælp til personlig pleje. Hver aften sidder du i cirka en time og løser kryds og tværs.',
    // A neighbour who comes is no help granted.
    'Du får hjælp til personlig pleje. Hver eftermiddag kommer din nabo forbi og drikker kaffe med dig i cirka en time.',
    // What the citizen told us.
    'Du får hjælp til personlig pleje. Du har fortalt, at din datter hver aften kommer forbi i cirka en halv time.',
    // An office's contact time.
    'Du får hjælp til rengøring. Hver torsdag kan du ringe til os, og vi er klar i cirka 2 timer.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: baths counted, and a visit by screen or video', () => {
  it.each([
    'Du får hjælp til tre bade om ugen.',
    'Vi bevilger dig ét bad om ugen, om fredagen.',
    'Fra 1. marts får du et skærmbesøg hver morgen, hvor vi minder dig om medicinen.',
    'Du får to videosamtaler om ugen med din bostøtte.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // Applied for and refused.
    'Du har søgt om tre bade om ugen. Det kan vi ikke imødekomme.',
    // What the citizen does today.
    'Du bader i dag selv to gange om ugen i svømmehallen, hvor du også træner.',
    // A video call with family is no help.
    'Du har fortalt, at du har to videosamtaler om ugen med din søster i Norge.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: working at the sheltered place just granted', () => {
  const grant = 'Du får en plads i beskyttet beskæftigelse på Værkstedet Birken efter servicelovens § 103. ';
  it.each([
    `${grant}Du arbejder der tirsdag til fredag fra kl. 9 til 14, i alt 20 timer om ugen.`,
    `${grant}Han arbejder på værkstedet fire dage om ugen.`,
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The citizen's other job.
    'Vi kan ikke bevilge beskyttet beskæftigelse efter servicelovens § 103. Du arbejder i dag i et fleksjob 12 timer om ugen.',
    // Work at the place before, in a letter that refuses.
    'Vi kan ikke bevilge mere beskyttet beskæftigelse efter servicelovens § 103. Du har fortalt, at du arbejder der 10 timer om ugen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('vejledning-andre-ydelser: private options and referrals in own words', () => {
  it.each([
    // The shop's delivery.
    'Vi vurderer, at du kan bestille varerne hos købmanden og få dem bragt til døren.',
    'Du får ikke hjælp til indkøb, men du kan ringe til Brugsen og få dem leveret.',
    // Field-style referral.
    'Andet: Borger henvist til demensvejlederen og til Seniorhuset på Torvet.',
    // Training on a team after the help ends.
    'Dit træningsforløb slutter. Du kan fortsætte med at træne på seniorholdet i hallen om tirsdagen.',
    // A private option put as a possibility.
    'Vi hjælper ikke med at klippe negle. En fodterapeut, der kommer hjem til dig, kan være en mulighed.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Ordering online oneself is the citizen's resource.
    'Indkøbsordning bevilges ikke, fordi du selv bestiller dine dagligvarer på nettet, og din søn handler ind.',
    // The same help again as a possibility.
    'Hvis din situation ændrer sig, kan det være en mulighed at søge igen.',
    // The help of this letter replaced, with its time of day.
    'Vi ændrer din hjælp om aftenen. Fra mandag får du i stedet et skærmbesøg hver aften kl. 20.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe("ressourcer: the leader of one's own helpers, and a spouse who takes a task", () => {
  it.each([
    'Vi fastholder din BPA. Du er en rutineret arbejdsleder og lægger selv vagtplanerne for dine hjælpere.',
    'Vi nedsætter timetallet. Vi har noteret, at du er en erfaren arbejdsleder.',
    'Du får tilskud til tøjvask. Din kone klarer selve vasken, så du ikke skal på vaskeri.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // Negated, and the rule itself.
    'Vi nedsætter din BPA. Du er ikke længere en erfaren arbejdsleder, fordi du er ny i ordningen.',
    'Vi nedsætter din BPA. Det er en betingelse, at du selv lægger vagtplanerne.',
    // The spouse no longer helps.
    'Du får tilskud til tøjvask. Din mand klarer ikke længere vasken.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe("omfang: a question, the citizen's own walk and an offer on a yes in a refusal", () => {
  it.each([
    // The question answered with a grant.
    'Du har spurgt, om du kan få hjælp til rengøring. Vi bevilger dig rengøring hver anden uge.',
    // Staff who walk with the citizen.
    'Du får ledsagelse efter § 85. En medarbejder går hver dag en tur med dig, i alt 3 timer om ugen.',
    // An offer in a grant is the grant.
    'Vi bevilger dig en kontaktperson, som du kan ses med en gang om ugen.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Tak for din mail, hvor du spørger, om du kan få 3 timer mere støtte om ugen. Det kan du desværre ikke.',
    'Du får genoptræning på centret. Du går selv hver dag en tur til postkassen med din stok.',
    'Vi kan ikke bevilge døgnophold. Vi kan i stedet tilbyde dig en mentor, som du kan mødes med to gange om ugen, hvis du har lyst.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe("ressourcer: a feeling, the office itself and the rule's class of people are no resource", () => {
  it.each([
    'Du får tilskud til kost. Du kan selv lave maden, og din søster handler ind for dig.',
    'Vi bevilger afløsning. Din nabo passer din mand, når du er til frisør.',
    'Du får rengøring. Du klarer selv opvasken og din tøjvask.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Vi kan ikke dække fodcremen, fordi du selv mener, den hjælper mod tørheden.',
    'Privat hjælp kan ikke dækkes, fordi indkøb er noget, som kommunen selv kan tilbyde.',
    'Aflastning kan kun gives til en forælder, der passer et barn med en betydelig funktionsnedsættelse.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

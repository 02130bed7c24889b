/**
 * Round 7 (hearing, guidance, follow-up, the citizen's views): phrasings from two blind batches
 * (one written from public municipal and Ankestyrelsen texts, one of hard cases). Written for
 * these tests, not taken from the evaluation letters. Every widened phrasing has a look-alike
 * that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// FVL § 19: the hearing told as a call where the notes were read or gone through (the subject
// after the verb), the draft in the definite form, and nothing to correct as its outcome.
describe('partshoering: a call with the subject after the verb, the definite draft, nothing to correct', () => {
  it.each([
    'Du får afslag på rengøring. Den 3. marts ringede jeg til dig og læste op, hvad jeg havde noteret ved besøget.',
    'Vi nedsætter din støtte. Inden da ringede vi til jer og gennemgik, hvad der står i bostøttens status.',
    'Du får afslag. Jeg læste op for dig, hvad ergoterapeuten havde skrevet.',
    'Din hjælp ophører. Udkastet til denne afgørelse fik du tilsendt den 4. april.',
    'Du får delvis dækning. Udkastet til beregningen blev sendt til dig i sidste uge.',
    'Du får afslag på ledsagelse. Vi gennemgik lægens udtalelse med dig i telefonen. Du havde ikke noget at rette.',
    'Din støtte nedsættes. Vi sendte notatet til jer. Da vi talte sammen, havde I intet at indvende.',
    'Du får afslag på hjælp til indkøb.\n\nHar du set oplysningerne?\n\nJa, vi gennemgik dem på mødet.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A call about something else, or reading aloud without anything of the case.
    'Du får afslag på rengøring. Den 3. marts ringede jeg til dig og aftalte et nyt besøg.',
    'Du får afslag. Jeg ringede til dig og spurgte til dit knæ.',
    // A draft of something else, and a fix that is no correction of information.
    'Du får afslag. Udkastet til lejekontrakten ligger hos boligselskabet.',
    'Du får afslag. Du havde ikke noget at rette op på i din økonomi.',
    // A question heading about the complaint, and what the citizen had to add at a meeting.
    'Du får afslag på ledsagelse.\n\nHar du spørgsmål?\n\nRing til os.',
    'Du får afslag. Du havde ikke noget at tilføje på mødet.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

// RSL § 5: a wish sent on to another unit, asking one's own doctor to apply elsewhere, an
// association named "-samfund", the medicine subsidies and the education guidance for the young.
describe('vejledning-andre-ydelser: a wish passed on, one\'s doctor, "-samfund", subsidies, UU', () => {
  it.each([
    'Du får afslag på en ombygning af badeværelset. Vi har sendt dit ønske om en badebænk videre til Hjælpemiddelcentret.',
    'Du får dækket dine merudgifter. Du kan bede din læge om at søge om tilskud til medicinen.',
    'Du får ledsagelse 10 timer om måneden. Dansk Blindesamfund har en rådgivning, hvor du kan få hjælp til mobilitet.',
    'Du får afslag på merudgifter til medicin. Din læge kan søge om kronikertilskud for dig.',
    'Din kontaktperson stopper. Når du skal vælge uddannelse, kan Ungdommens Uddannelsesvejledning hjælpe dig.',
    // An alternative the citizen may take up instead of help that ends.
    'Din rengøring stopper den 1. maj. I stedet kan du købe hjælp hos et privat firma.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The help granted: asked of the one who gives it, or the case passed to its own unit.
    'Du er bevilget praktisk hjælp. Du kan bede din hjemmehjælper om at tage affaldet med.',
    'Du er bevilget ledsagelse. Vi har sendt din anmodning videre til visitationsudvalget.',
    // "samfundet" as society, a subsidy as a fact, a school's own guidance as a fact.
    'Du er bevilget ledsagelse. Formålet er, at du kan deltage i samfundet. Støtten skal hjælpe dig med at deltage i samfundet.',
    'Du er bevilget merudgifter. Du får allerede kronikertilskud til din insulin.',
    'Du er bevilget en kontaktperson. Du går i 9. klasse, og din uddannelsesvejleder er Hanne.',
    // Another place as a comparison or a move, and the new help that replaces the old.
    'Du er bevilget aflastning. Aflastningen giver dig mulighed for at øve dig i at være et andet sted end hjemme.',
    'Din kontaktperson stopper den 30. juni. I stedet får du en mentor hver tirsdag.',
    'Din kontaktperson stopper – og du får en mentor i stedet',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

// Metode til god sagsbehandling / barnets lov § 32, stk. 3: the follow-up as a call some weeks
// after delivery to hear if the aid works, a yearly regulation, and a decision to be taken again.
describe('opfoelgning: a call after delivery, a yearly regulation, a decision taken again', () => {
  it.each([
    'Du er bevilget en badebænk. Jeg ringer til dig omkring 4 uger efter levering for at høre, om bænken virker.',
    'Du er bevilget en rollator. Ergoterapeuten ringer til dig for at høre, om rollatoren passer til dig.',
    'Du er bevilget 640 kr. om måneden. Vi regulerer beløbet en gang om året.',
    'Du er bevilget dækning af merudgifter. Tilskuddet justeres hvert år, når du har sendt dine kvitteringer.',
    'Vi anbringer Oliver uden for hjemmet. Udvalget skal tage stilling til anbringelsen igen senest 1 år efter, at den er iværksat.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // A start-up call, the index rise, a complaint reconsidered, and a record of a past period.
    'Du er bevilget en badebænk. Hjælpemiddeldepotet ringer til dig inden levering.',
    'Du er bevilget 640 kr. om måneden. Beløbet reguleres hvert år med satsreguleringsprocenten.',
    'Du er bevilget en plejebolig. Hvis du klager, tager vi stilling til sagen igen.',
    'Du er godkendt til en plejebolig. Vi har læst hjemmeplejens observationsskema for perioden 1.-14. marts.',
    'Du er bevilget en rollator. Du kan selv ringe og høre, om depotet har den på lager.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

// RSL § 4 and Ankestyrelsen's "partens synspunkter": a view under a heading that ends in "om",
// and headings that name the party's view ("Din mening", "Idas mening", "Hvad sagde du?").
describe('borgerens-synspunkter: a heading that ends in "om", the named view as a heading', () => {
  it.each([
    'Du får delvis ledsagelse.\n\nDet har vi talt om\n\nDu fortalte på mødet, at du gerne vil i biografen.',
    'Du får afslag.\n\nDet spurgte vi dig om\n\nDu ønsker at blive boende i huset.',
    'Vi bevilger aflastning til Ida.\n\nIdas mening\n\nHun har med billeder vist, at hun godt kan lide dyr.',
    'Du får afslag på rengøring.\n\nDin mening\n\nPå mødet var du glad for hjemmeplejen.',
    'Din kontaktperson stopper.\n\nHvad sagde du?\n\nDa vi talte sammen, var det i orden med dig.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // A conditional "om" on the same line stays a condition.
    'Du får afslag. Vi spørger, om du ønsker at klage.',
    // Another speaker's view as a heading.
    'Vi bevilger aflastning til Ida.\n\nLægens mening\n\nLægen anbefaler aflastning.',
    'Vi bevilger aflastning til Ida.\n\nSkolens mening\n\nSkolen anbefaler aflastning.',
    'Du får afslag.\n\nKommunens mening\n\nVi mener ikke, at du har brug for hjælp.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

/**
 * Round 25: partshoering, formaal, opfoelgning and borgerens-synspunkter said in other words —
 * letters in the writer's own voice, where the result and the next step are told indirectly.
 * Sentences written for these tests, not taken from the evaluation letters; each widened phrasing
 * has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('opfoelgning: the next look with its time put first or "igen" before the object', () => {
  it.each([
    'Du får hjælp til indkøb en gang om ugen. Efter påske kigger vi på indkøbshjælpen sammen med dig.',
    'Du får rengøring hver anden uge. Til foråret ser vi på, om det stadig passer.',
    'Du får madservice fra mandag. Vi ser igen på din hjælp i februar.',
    'Du får aflastning to weekender om måneden. Til sommer tager vi en ny snak med jer om ordningen.',
    'Du får en kontaktperson 3 timer om ugen. Vi snakker sammen igen efter vinterferien.',
    'Du starter på holdtræning tirsdag og fredag. Når holdet slutter, laver vi en ny test af din balance.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The complaint's own idiom, not a follow-up.
    'Du får ikke trappelift. Er du uenig, kan du skrive til mig, så ser vi på det igen.',
    // A time put first with no look at the help.
    'Du får hjælp til bad. Efter nytår begynder hjælperen at komme om tirsdagen.',
    // Talking together about something else, already done.
    'Du får en badebænk. Vi snakkede sammen om badeværelset ved mit besøg.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: how long the grant runs, and the sum worked out again', () => {
  it.each([
    'Du får bostøtte 4 timer om ugen. Støtten løber til 30. juni 2026.',
    'I får dækket kørslen med 500 kr. om måneden. Tilskuddet gælder et år.',
    'Du får en ledsager 10 timer om måneden. Bevillingen gælder i første omgang til udgangen af august.',
    'Vi dækker merudgiften med 820 kr. om måneden, og vi regner det igen, når vi har jeres nye lønsedler.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // An aid's warranty, not how long help is granted.
    'Du får et hæve-sænkebord. Garantien gælder et år fra leveringen.',
    // Running somewhere, not a period.
    'Du får hjælp til rengøring. Hjælperen har ikke tid til at vente, når bussen løber til endestationen.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('opfoelgning: a call in a month, and a visit paid again', () => {
  it.each([
    'Du får madservice. Jeg ringer i marts og hører, om maden smager dig.',
    'De kan ikke få plejebolig nu. Visitator aflægger besøg hos Dem igen i oktober.',
    'Du får hjælp til bad. Vi aflægger et nyt besøg efter sommerferien.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The call that sets up the start.
    'Du får en bostøttemedarbejder. Hun ringer i januar og aftaler det første besøg med dig.',
    // A visit that already happened.
    'Du får en badebænk. Ergoterapeuten aflagde besøg hos dig den 3. marts.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('formaal: "så du … kan" with an adverb of pace, and what the help lets the citizen keep doing', () => {
  it.each([
    'Du får bostøtte 3 timer om ugen, så du efterhånden kan klare dine regninger selv.',
    'Kontaktpersonen kommer hver torsdag, så I med tiden kan klare morgenerne uden hjælp.',
    'Hjælperen holder dig, når du går ind og ud af brusenichen. Sådan kan du blive ved med at bo alene.',
    'Vi sætter et greb op ved toilettet. På den måde kan De fortsat klare toiletbesøg selv.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Guidance on how to complain, not an aim.
    'Du får ikke en elcykel. Sådan kan du klage: skriv til os inden fire uger.',
    // The citizen's reason for applying, in a refusal.
    'Du har søgt om bostøtte, så du efterhånden kan flytte hjemmefra. Det kan vi ikke give dig.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('partshoering: the draft or the description sent with the recipient between', () => {
  it.each([
    'Vi sendte jer udkastet den 3. maj, og I svarede, at I var enige.',
    'Vi sendte dig et udkast i sidste uge, men hørte ikke fra dig.',
    'Du fik vores beskrivelse af dig tilsendt den 4. februar og rettede en enkelt ting.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Still to be sent, or sent after the decision.
    'Du får en beskrivelse af hjælpen tilsendt, når leverandøren er valgt.',
    'Du får en kopi af afgørelsen tilsendt med posten.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('borgerens-synspunkter: the citizen\'s own experience, and a wish shown by asking', () => {
  it.each([
    'Det er din egen oplevelse, at du bliver meget træt efter indkøb.',
    'Jeres oplevelse er, at Ida sover dårligt efter weekenderne hjemme.',
    'Far har selv spurgt til et kursus for forældre til børn med autisme.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Someone else's experience, and a condition.
    'Det er lægens oplevelse, at du har fået det bedre.',
    'Hvis din oplevelse er, at hjælpen ikke slår til, kan du kontakte os.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('opfoelgning: someone coming again with the time put first, and "frem til" that is no end date', () => {
  it.each([
    'Du får hjælp til bad én gang om ugen. I maj kommer terapeuten igen og ser, om stolen passer.',
    'Du får en rollator. Om en måned ringer Per igen og hører, hvordan det går.',
    'Du får aflastning en weekend om måneden frem til 1. juli 2026.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The complaint's reconsideration, not a visit.
    'Du får ikke en ny kørestol. Klager du, tager vi sagen op igen og ser, om vi kan give dig medhold.',
    // Arriving at a result in the present, and looking forward to the aid.
    'Vi har set på dine kvitteringer. Vi når frem til, at udgifterne er under grænsen.',
    'Du får en manuel kørestol. Du kan nu se frem til at komme ud at gå ture igen.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('formaal: the goal named after what it is, and time with a named helper spent on an aim', () => {
  it.each([
    'Du starter på holdtræning to gange om ugen. Det er målet: at du kan gå til bussen uden at stoppe.',
    'Du får en kontaktperson 2 timer om ugen. Timerne med Ole skal bruges på, at du kommer i skole hver dag.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The municipality's own service target, and money spent, not an aim of the help.
    'Du får ikke et tilskud. Det er vores mål at behandle ansøgninger inden for fire uger.',
    'Du får ikke et tilskud. Det er målet at svare alle ansøgere inden for en måned.',
    'Vi har set, hvad pengene er brugt på, at dømme efter kvitteringerne.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('formaal and opfoelgning: what the aid shall make possible, a check together, word at a set week', () => {
  it.each([
    ['Du får en el-kørestol. Stolen skal gøre Dem i stand til selv at handle ind.', 'formaal'],
    ['I får et plejeseng. Sengen skal gøre det muligt for jer at vende Emil om natten uden at løfte.', 'formaal'],
    ['I får familiebehandling hver uge. Det skal forløbet føre til: at I får en roligere hverdag.', 'formaal'],
    ['Du får en badebænk. Terapeuten kommer, når bænken er sat op, og ser sammen med dig, om højden passer.', 'opfoelgning'],
    ['Du får støtte 2 timer om ugen. Du hører fra os i uge 40, hvor vi ser på støtten.', 'opfoelgning'],
  ] as const)('present: %s (%s)', (t, id) => expect(present(t, id)).toBe(true));
  it.each([
    // The formal "make you aware", and looking together at something that already happened.
    ['De kan ikke få plejebolig. Udvalget skal gøre Dem opmærksom på, at De kan søge igen.', 'formaal'],
    ['Du får en badebænk. Ved besøget så vi sammen med dig på badeværelset.', 'opfoelgning'],
  ] as const)('absent: %s (%s)', (t, id) => expect(present(t, id)).toBe(false));
});

describe('borgerens-synspunkter: the wish in a clause\'s word order', () => {
  it.each([
    'Du får ikke en rollator. Det er kun på turene til havnen, du gerne vil have noget at støtte dig til.',
    'Vi har lagt vægt på, at I gerne vil klare morgenerne selv.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // A condition, and what staff say they will do.
    'Du får hjælp til bad. Hvis du gerne vil have en anden tid, kan du ringe til hjemmeplejen.',
    'Du får hjælp til bad. Hjemmeplejen har oplyst, at de gerne vil komme om formiddagen.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

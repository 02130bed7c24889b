/**
 * Round 16 (partshøring, formål, opfølgning): phrasing classes behind the misses in the blind
 * batches ae, af and ag, said the way a caseworker says them in her own words. Written for these
 * tests, not copied from the letters; every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('partshoering: the hearing told as what happened, in the writer\'s own words', () => {
  it.each([
    // Read aloud by phone: the caseworker's own notes, a compound document.
    'Jeg ringede til dig den 3. marts og læste mine noter fra samtalen op, så du kunne rette fejl.',
    'Vi ringede til jer den 8. maj og læste statusnotatet op for jer.',
    // A letter with a proposal and the time given to answer.
    'Du fik den 2. juni et brev med ergoterapeutens vurdering, og du fik otte dage til at svare.',
    'Den 4. april fik I tilsendt mit forslag med 10 dages frist til at komme med bemærkninger.',
    // Descriptions and a closing summary sent, and the party's answer.
    'Den 9. januar fik du tilsendt skolens beskrivelser. Du svarede, at du var enig.',
    'Du fik Mettes afslutning sendt den 3. oktober og var velkommen til at komme med rettelser. Du skrev, at det passede.',
    // Asked for comments along with the documents.
    'Den 11. august sendte jeg dig lægens udtalelse og spurgte, om du havde noget at tilføje.',
    // Documents before the meeting, inverted, and the chance to speak.
    'Før mødet havde I fået indstillingen, og på mødet fik I lejlighed til at sige, hvad I mente.',
    // Gone through with the caseworker after it was sent.
    'Vi har lavet en undersøgelse, som du fik tilsendt og gennemgik med mig den 2. februar.',
    // Seen before the decision, said plainly.
    'Du har set det hele først, og du havde ikke noget at tilføje.',
    'Du fik det at se først\nDen 1. maj fik du mine papirer.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Notes or a letter read, not to the party and not aloud before deciding.
    'Jeg har læst mine noter fra besøget igen, og du har brug for hjælp til bad.',
    'Du fik den 2. juni et brev om, at hjælpen starter, og leverandøren ringer til dig.',
    // A time to complain, a future chance to speak, a question about the help itself.
    'Du fik en vurdering af dit behov ved besøget. Du har fire uger til at klage.',
    'Ved opfølgningen i marts får du mulighed for at sige, hvordan det går.',
    'Vi spurgte, om du kunne klare indkøbet selv, og du sagde ja.',
    // A parcel or an aid sent, and an answer about something else.
    'Du fik rollatoren sendt den 2. maj. Du skrev, at den var for lav.',
    // Going through the aid, not a case document.
    'Du fik tilsendt en rollator og gennemgik den med terapeuten.',
    'Du vil gerne se boligen først, før du siger ja.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('formaal: the goal headed by a question or a statement in plain words', () => {
  it.each([
    'Du får en trappelift.\n\nHvad skal det give dig?\nAt du selv kan komme op til soveværelset og ud i haven.',
    'Du får en el-kørestol.\n\nHvad skal stolen kunne for dig?\nDu skal kunne handle selv og besøge din søster.',
    'I får dækket udgifterne.\n\nHvad tilskuddet skal gøre\nMarie skal kunne blive ved med at gå til svømning.',
    'Du får hjælp til bad.\n\nDet skal hjælpen give dig\nAt du føler dig ren og frisk og kan tage i klubben.',
    'Du får en rollator.\n\nDet skal den kunne for dig:\nDu skal kunne gå sikkert til bussen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Du får hjælp til rengøring.\n\nHvad skal du gøre?\nDu skal ikke gøre noget.',
    'Du får hjælp til rengøring.\n\nHvad kommunen skal gøre\nVi sender bestillingen til leverandøren.',
    'Du får hjælp til rengøring. Det skal leverandøren give dig besked om, hvis tiden ændres.',
    'Du får hjælp til rengøring.\n\nDet skal du gøre nu\nRing til leverandøren.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('opfoelgning: a call or a visit ahead at a rough time, a check after the device is put up', () => {
  it.each([
    'Du får en badebænk. Jeg ringer til dig i starten af april og hører, hvordan den virker.',
    'Du får hjælp til indkøb. Visitator kommer på besøg hos dig igen i oktober og vurderer, om hjælpen passer.',
    'Vi kommer på besøg igen i marts 2027 og ser på det sammen med dig.',
    'Du får et nødkald. Hjælpemiddelteamet ringer ca. to uger efter installationen til Dem.',
    'Du får en trappelift. Teknikeren kommer forbi en måned efter monteringen.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The delivery visit, the home care's next shift, a call about the start.
    'Du får en badebænk. Terapeuten kommer på besøg hos dig i uge 12 med bænken.',
    'Du får hjælp til bad. Hjemmeplejen kommer på besøg igen i aften.',
    'Du får et nødkald. Firmaet ringer til dig for at aftale installationen.',
    'Du får et nødkald. Det bliver installeret hos dig inden for to uger.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: the applicant named by the application in a third-person letter', () => {
  it.each([
    'Inger og Poul Holm\nBirkevej 3\n\nUdvalget har behandlet Ingers ansøgning om en ældrebolig. På mødet fortalte Inger, at hun gerne vil bo tæt på sin datter.',
    'Aksel og Ruth Dam\nSkovvej 9\n\nVi har modtaget ansøgningen fra Aksel om plejebolig. Aksel har sagt, at han helst vil blive i huset.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Another person named, not the applicant; the municipality named at the sentence start.
    'Inger og Poul Holm\nBirkevej 3\n\nUdvalget har behandlet Ingers ansøgning om en ældrebolig. Hanne har fortalt, at hun gerne vil hjælpe.',
    'Inger Holm\nBirkevej 3\n\nKommunens ansøgning om tilskud er sendt. Kommunen oplyste, at der er venteliste.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('formaal: the help\'s aim to "I" and formal "De"; not the law\'s aim or a practical arrangement', () => {
  it.each([
    'De får en stol med løftefunktion. Stolen skal give Dem mulighed for at rejse Dem uden hjælp.',
    'I får aflastning. Aflastningen skal give jer tid til Mikkels søskende.',
    'De får praktisk hjælp. Formålet med hjælpen efter § 83 er, at De kan holde Deres hjem rent.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'De får praktisk hjælp. Formålet med hjælp efter serviceloven er at fremme den enkeltes mulighed for at klare sig selv.',
    'De får et nødkald. Firmaet kontakter Dem med henblik på aftale om tidspunkt for installation.',
    'De får en badebænk. Terapeuten ringer med henblik på at aftale levering.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

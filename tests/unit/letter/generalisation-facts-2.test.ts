/**
 * Phrasing classes of begrundelse, hovedhensyn, omfang and ressourcer found in real municipal
 * texts (kancellistil, new service levels, household resources, scope in ranges and per year),
 * each with look-alikes that must stay absent. The sentences are written for these tests the
 * way caseworkers write — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';


// Kancellistil: "ses ikke at være omfattet af …, hvorfor ansøgningen afslås". The "hvorfor"
// clause draws the conclusion; what stands before it is the reason, concrete or only the rule.
describe('begrundelse: "ses ikke at …, hvorfor …"', () => {
  it.each([
    'Ansøgningen afslås. De ses ikke at være omfattet af personkredsen i servicelovens § 100, hvorfor ansøgningen afslås.',
    'Du får afslag. Du ses ikke at være omfattet af servicelovens § 97, hvorfor du meddeles afslag.',
    'Du får afslag. Det vurderes, at De ikke findes at have et behov for hjælp til rengøring, hvorfor ansøgningen ikke kan imødekommes.',
    'Du får afslag. Pågældende ses således ikke at opfylde betingelserne, hvorfor der meddeles afslag.',
  ])('hollow: %s', (t) => {
    const a = analyzeLetter(t);
    expect(a.elements.begrundelse.present).toBe(false);
    expect(a.elements.begrundelse.problem).toBe('kun-regel');
  });
  it.each([
    'Du får afslag på en trappelift. Du kan selv gå op og ned ad trappen, når du holder i gelænderet, hvorfor du ikke har brug for en trappelift.',
    'Ansøgningen afslås. De har en skammel og en badebænk i forvejen, hvorfor en badestol ikke vil gøre nogen forskel for Dem.',
  ])('a concrete reason before "hvorfor": %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it.each([
    // "hvorfor" after a verb of asking or telling is a question, no reason.
    'Din hjælp nedsættes fra 1. maj. Du har spurgt, hvorfor din hjælp til indkøb bliver ændret nu.',
    'Din hjælp nedsættes fra 1. maj. Vi vil i dette brev forklare, hvorfor din hjælp bliver ændret.',
  ])('a question, no reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

// The law's threshold restated, negated: "ikke et omfattende og varigt behov for pleje",
// "ikke en nedsat funktionsevne i et omfang, der …"; and conditions said to be met.
describe('begrundelse: thresholds and conditions restated', () => {
  it.each([
    'Du får afslag på plejebolig. Det er udvalgets vurdering, at du ikke har et omfattende og varigt behov for pleje og omsorg døgnet rundt.',
    'Du får afslag på bostøtte. Vi vurderer, at De ikke har et betydeligt behov for støtte i hverdagen.',
    'Du får afslag. Ud fra sagens oplysninger er det vores vurdering, at du ikke har en nedsat funktionsevne i et omfang, der gør, at du ikke selv kan gøre rent.',
    'Du får afslag. Det er vores vurdering, at din funktionsevne ikke er nedsat i et omfang, der berettiger til hjælp.',
    'Du får en rollator. Bevillingen gives efter servicelovens § 112, idet du opfylder betingelserne i bestemmelsen.',
    'Du er berettiget til en plejebolig. Vi vurderer, at betingelserne for at få en plejebolig er opfyldt.',
  ])('hollow: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    'Du får afslag på plejebolig. Udvalget vurderer, at du ikke har et omfattende behov for pleje, da du selv kan klare dig om natten og kun får hjælp om morgenen.',
    'Du får afslag. Vi vurderer, at du ikke har en nedsat funktionsevne i et omfang, der kræver hjælp, fordi du ved besøget selv støvsugede stuen.',
    'Du får en elkørestol. Du opfylder betingelserne, fordi du har en varig lungesygdom og ikke kan gå mere end 50 meter.',
  ])('with a concrete reason it counts: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// A reduction justified only by the council's new service level: it applies to everyone, so it
// says nothing about this case ("Byrådet har vedtaget et nyt serviceniveau … Din hjælp ændres
// derfor").
describe('begrundelse: a new service level is no concrete reason', () => {
  it.each([
    'Din hjælp nedsættes. Byrådet har vedtaget et nyt serviceniveau for praktisk hjælp. Din hjælp ændres derfor til rengøring hver 3. uge.',
    'Din hjælp nedsættes. Kommunalbestyrelsen har den 1. oktober besluttet en ny kvalitetsstandard. Ændringen gælder for alle borgere, der får rengøring. Din hjælp ændres derfor fra hver 2. uge til hver 3. uge.',
    'Din hjælp ændres. Alle borgere, som får indkøbshjælp, skal fremover bestille varer på nettet. Din hjælp til indkøb ændres derfor.',
  ])('hollow: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    'Din hjælp ændres. Du kan nu selv tage bad med badebænken. Din hjælp til bad ophører derfor.',
    'Din hjælp nedsættes. Ved revisitationen gjorde du selv rent i køkkenet, og din datter støvsuger nu hver uge. Din hjælp ændres derfor til rengøring hver 3. uge.',
  ])('a concrete change in the case still counts: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// A consent is what makes the help possible, not why it is needed.
describe('begrundelse: a consent named as the basis', () => {
  it.each([
    'Vi bevilger anbringelse. I har givet samtykke til anbringelsen. Vi har derfor truffet afgørelse om anbringelse af Noah.',
    'Vi bevilger familiebehandling. Forældrene har skriftligt givet samtykke til forløbet. Derfor har vi truffet afgørelse om familiebehandling.',
    'Vi bevilger aflastning. Da I har givet samtykke, har vi truffet afgørelse om aflastning til Noah.',
    'Vi bevilger aflastning. På baggrund af jeres samtykke har vi besluttet at bevilge aflastning til Noah.',
  ])('no reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    'Vi bevilger aflastning. Vi har truffet afgørelse om aflastning, fordi Noah har brug for faste rammer, og I har givet samtykke.',
    'Vi bevilger aflastning. Vi har med jeres samtykke besluttet at bevilge aflastning, fordi Noah har brug for faste rammer.',
  ])('a reason besides the consent: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// Estimates that set the amount, the basis under a heading that asks for it, and offers under a
// "Vurdering" heading that explain nothing.
describe('begrundelse: estimates, basis headings and offers', () => {
  it.each([
    'I får dækket merudgifter med 500 kr. om måneden. Vi har sammenlignet jeres kvitteringer med almindelige priser og skønner, at merudgiften er ca. 450 kr. om måneden.',
    'I får aflastning.\n\nHvad har vi lagt til grund?\nVi talte med jer den 3. maj, og I fortalte, at Oskar kun sover fire timer om natten.',
    'I får aflastning.\n\nHvad bygger afgørelsen på?\nSkolen har beskrevet, at Oskar har brug for faste rammer og ofte er urolig.',
    'I får aflastning. Vi har lagt til grund, at Oskar sover dårligt og vågner flere gange hver nat.',
  ])('a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it.each([
    'I får aflastning.\n\nHvad har vi lagt til grund?\nVi har lagt til grund, at I opfylder betingelserne.',
    'Du får afslag på kørestol.\n\nVurdering\nDu har mulighed for at låne en kørestol hos Røde Kors, når du skal på ferie.',
    'Du får afslag på kørestol.\n\nVurdering\nMange indkøbscentre har kørestole, man kan låne på stedet.',
    'Du får afslag på kørestol.\n\nVurdering\nDet er også muligt at leje en kørestol i kortere perioder hos en privat forhandler.',
  ])('no reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

// "Ved afgørelsen er der lagt vægt på, at …" and a weight that points back to the sentence
// before ("Der er ved afgørelsen lagt vægt herpå"); a weight on the rule names no consideration,
// also when the rule stands in the sentence before.
describe('hovedhensyn: impersonal and back-pointing weights', () => {
  it.each([
    'Din hjælp nedsættes. Ved afgørelsen er der lagt vægt på, at du nu selv kan tage bad med badebænken.',
    'Din bostøtte nedsættes. De ønsker at beholde onsdagene, fordi De her ser Deres venner. Der er ved afgørelsen lagt vægt herpå.',
    'Din hjælp nedsættes. Du bruger ikke længere rollatoren indendørs. Herpå er der lagt afgørende vægt.',
    'Din hjælp nedsættes. Du kan nu selv gå i bad. Det har vi lagt vægt på.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    'Du får afslag. Ved afgørelsen er der lagt vægt på, at De ikke opfylder betingelserne.',
    'Du får afslag. De opfylder ikke betingelserne for hjælpen. Der er ved afgørelsen lagt vægt herpå.',
    'Du får afslag. De opfylder ikke betingelserne for hjælpen. Udvalget har lagt vægt på dette.',
    'Du får afslag. Du er ikke omfattet af målgruppen. Det har vi lagt vægt på.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

// Scope as real letters write it: a range ("2-3 timer ugentligt"), per year ("25 gange om
// året"), a new frequency instead of the old ("hver 3. uge i stedet for hver 2. uge"), and a new
// scope after a follow-up meeting named as the occasion. Not a scope: what the citizen has done
// so far, events in their life, and administration in the quantity's own clause.
describe('omfang: ranges, years, frequencies and what is no grant', () => {
  it.each([
    'Du får bostøtte 2-3 timer ugentligt.',
    'Du får ledsagelse 25 gange om året.',
    'Vi har revurderet din hjælp. Du får fremover rengøring hver 3. uge i stedet for hver 2. uge.',
    'Vi ændrer din bostøtte. Under henvisning til opfølgningsmødet den 4. maj meddeles det, at din bostøtte ændres fra 6 timer til 4 timer om ugen.',
    'Din bostøtte ændres. Efter opfølgningsmødet har vi besluttet, at du fremover får 4 timer om ugen.',
    'Du får hjælp om natten. Vi har besluttet, at du får tilsyn 2 gange hver nat.',
    'Du får hjælp til bad. Du har siden august fået hjælp 3 gange om ugen, og fremover får du hjælp 2 gange om ugen.',
    'Din hjælp ændres. Antallet af besøg falder til 2 gange om ugen.',
  ])('a scope: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Din træning ophører. Du har siden marts trænet 2 gange om ugen på holdet.',
    'Din træning ophører. Du har i et halvt år deltaget 3 dage om ugen.',
    'Du får en plejebolig. Du er i december faldet tre gange om natten på vej til toilettet.',
    'Du får hjælp om natten. Du vågner 4 gange hver nat og har brug for hjælp til toilettet.',
    'Du får tilskud til kost. Efter aftale med dig, udbetales tilskuddet en gang om måneden.',
  ])('no scope: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// The household's resources: a member who does the task counts; "husstandens samlede
// ressourcer" named as the yardstick of the assessment, and nobody in the household who can,
// do not. The formal "De selv varetager …" is an ability like "du selv …".
describe('ressourcer: the household and the formal address', () => {
  it.each([
    'Du får afslag på hjælp til rengøring. Din samlever kan løse opgaven, når han kommer hjem fra arbejde.',
    'Du får afslag på hjælp til rengøring. Din ægtefælle varetager rengøringen.',
    'Du får afslag på hjælp til rengøring. Vi har vurderet husstandens samlede ressourcer, og din samlever kan gøre rent.',
    'Din BPA nedsættes. Vi har lagt vægt på, at De selv varetager arbejdsledelsen af Deres hjælpere.',
    'Vi bevilger aflastning. Forældrene fortæller, at de selv står for lektielæsningen hver dag.',
    'Du får afslag på rengøring. Du har mange ressourcer og et godt netværk.',
  ])('a resource: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får afslag på hjælp til rengøring. Ved vurderingen har vi taget udgangspunkt i husstandens samlede ressourcer.',
    'Du får afslag på hjælp til rengøring. Vi har lavet en vurdering af dine ressourcer.',
    'Du får afslag på hjælp til rengøring. Hjælp gives kun til opgaver, som ingen i husstanden kan løse.',
    'Du får afslag på hjælp til rengøring. Din ægtefælle kan ikke løse opgaven på grund af sin gigt.',
    'Du får afslag. De selv betaler for den private rengøring.',
    'Du får afslag. Vi skriver til dem, når de selv har søgt om hjælpen.',
  ])('no resource: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

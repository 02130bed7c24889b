/**
 * Guidance, purpose, complaint and legal-reference phrasings as caseworkers in different
 * municipalities and case systems write them — written for these tests, not taken from the
 * evaluation letters. Every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';


// RSL § 66: the complaint goes to the municipality, which weighs whether it can agree before
// sending it on — said in any person, voice and order.
describe('genvurdering: weighing whether to agree with the complaint', () => {
  it.each([
    'Hvis I er uenige, kan I klage inden 4 uger. Send klagen til os. Vi tager stilling til, om vi kan give jer medhold, før klagen går videre til Ankestyrelsen.',
    'De kan klage inden 4 uger til kommunen. Kommunen tager herefter stilling til, om afgørelsen skal ændres. Hvis ikke, sendes klagen til Ankestyrelsen.',
    'Du kan klage til os inden fire uger. Får du ikke medhold hos os, sender vi klagen videre til Ankestyrelsen.',
    'Klagen sendes til Familieafdelingen. Hvis vi ikke ændrer afgørelsen, sender vi den til Ankestyrelsen.',
    'Du kan klage inden 4 uger. Klagen sendes til kommunen. Fastholdes afgørelsen, videresendes klagen til Ankestyrelsen.',
    'Du kan klage inden 4 uger til Visitationen. Hvis vi holder fast i vores afgørelse, sender vi klagen til Ankestyrelsen.',
    'Klagevejledning\nKlagen sendes til kommunen, som vurderer, om der er grundlag for at omgøre afgørelsen. Ellers går den til Ankestyrelsen.',
    'Du kan klage inden 4 uger. Vi undersøger, om vi kan imødekomme klagen. Giver vi Dem ikke helt eller delvist ret, sender vi klagen til Ankestyrelsen.',
    // Ankestyrelsen named before the municipality that reconsiders.
    'En klage til Ankestyrelsen skal sendes til kommunen inden 4 uger, som ser på sagen igen.',
  ])('present: %s', (t) => expect(present(t, 'genvurdering')).toBe(true));
  it.each([
    // The appeal body's medhold, a denied reconsideration, a right, a complaint sent straight on.
    'Du kan klage til Ankestyrelsen inden 4 uger. Hvis Ankestyrelsen giver dig medhold, ændres afgørelsen.',
    'Du kan klage inden 4 uger. Klagen sendes direkte til Ankestyrelsen. Afgørelsen genvurderes ikke af kommunen.',
    'Du kan klage inden 4 uger. Ankestyrelsen tager stilling til, om du kan få medhold.',
    'Du kan klage inden 4 uger. Klagen behandles af Ankestyrelsen, som kan give dig ret.',
    // Not about a complaint: a follow-up or a change of the help.
    'Vi tager stilling til, om hjælpen skal ændres, når vi har talt med dig i marts.',
  ])('absent: %s', (t) => expect(present(t, 'genvurdering')).toBe(false));
});

// FVL § 25: the letter itself must say how (or to whom) to complain. A label that only points
// to an enclosure or a web page says neither; the enclosure counts when its text is included.
describe('klagevejledning: a pointer to guidance elsewhere is not guidance', () => {
  it.each([
    'Du får en badebænk.\n\nKlagevejledning: Se vedlagte pjece.',
    'Vi har bevilget hjælp til indkøb.\n\nKlagevejledning vedlagt.',
    'Du får hjælp til tøjvask hver 14. dag.\n\nBilag: Klagevejledning',
    'Du får madservice.\n\nKlagevejledning\nSe bilag 2.',
    'Du har fået et nødkald.\n\nKlagevejledningen finder du på kommunens hjemmeside.',
  ])('absent: %s', (t) => expect(present(t, 'klagevejledning')).toBe(false));
  it.each([
    'Du får afslag.\n\nKlagevejledning: Du kan klage inden 4 uger. Se også vedlagte pjece.',
    'Du får afslag.\n\nBilag 1: Klagevejledning\nHvis du vil klage, skal du sende klagen til kommunen inden 4 uger.',
    'Du får afslag.\n\nKlagevejledning: se vedlagte pjece. Klagen sendes til Visitationen inden fire uger.',
    'Din hjælp ophører.\n\nKlagevejledning\nDu kan klage skriftligt eller mundtligt. Se også vores pjece.',
  ])('present: %s', (t) => expect(present(t, 'klagevejledning')).toBe(true));
});

// FVL § 24: a law's full title often ends in "m.v."/"m.m." right before the §; the full stop is
// no sentence end there. A law named in one sentence and a bare § in the next is no citation.
describe('retsgrundlag: a full law title ending in m.v. before the §', () => {
  it.each([
    'Afgørelsen er truffet efter lov om almene boliger m.v. § 54, stk. 1.',
    'Du får afslag efter lov om social pension m.m. § 16, stk. 2.',
    'Du har ret til hjælp efter lov om kompensation til handicappede i erhverv m.v. § 1.',
    'Boligen er en friplejebolig, og huslejen fastsættes efter friplejeboliglovens § 15.',
  ])('present: %s', (t) => expect(present(t, 'retsgrundlag')).toBe(true));
  it.each([
    'Du får afslag efter reglerne i serviceloven. § 83 giver ikke mulighed for mere hjælp.',
    'Du har søgt efter lov om almene boliger m.v. Vi har behandlet sagen. § 5 i vores retningslinjer siger noget andet.',
  ])('absent: %s', (t) => expect(present(t, 'retsgrundlag')).toBe(false));
});
describe('retsgrundlag: a bare "loven" is no law name', () => {
  it('absent: Efter loven …, jf. § 3 i kvalitetsstandarden', () =>
    expect(present('Efter loven har du ret til hjælp, jf. § 3 i kvalitetsstandarden.', 'retsgrundlag')).toBe(false));
});

// Which outdated references apply depends on the citizen: the CPR number or a written birth
// date says the age better than the words around it (a pensioner's letter names "din datter",
// an adult's letter quotes the law's "folkepensionsalderen").
describe('foraeldet-henvisning: the citizen\'s age and the children\'s departments', () => {
  const autumn2025 = { date: new Date('2025-09-15T12:00:00') };
  it.each([
    'Fru Karen Holm\nCPR 120338-1234\n\nDu får hjælp til bad 2 gange om ugen efter servicelovens § 83, stk. 1.',
    'Vedr. Poul Jensen, født 4. februar 1944\n\nDu får rengøring hver 14. dag efter lov om social service § 83.',
    'Borger: Inge Lund, f. 03.11.1950\nYdelse: Indkøbsordning efter SEL § 83',
    'Du er 82 år og får hjælp til bad efter servicelovens § 83. Din datter hjælper dig med indkøb.',
  ])('pension age: %s', (t) => expect(present(t, 'foraeldet-henvisning', autumn2025)).toBe(true));
  it.each([
    // An adult under pension age, whatever the letter says about pensions.
    'CPR 150370-1234\n\nDu får hjælp efter servicelovens § 83. Du får folkepension fra 2037.',
    // The law's age limit is no age of the citizen.
    'Efter servicelovens § 100 kan der ydes dækning af merudgifter til personer mellem 18 år og folkepensionsalderen. Du får hjælp til rengøring efter servicelovens § 83.',
  ])('not pension age: %s', (t) => expect(present(t, 'foraeldet-henvisning', autumn2025)).toBe(false));
  it('before 1 July 2025 § 83 was right for a pensioner too', () =>
    expect(present('CPR 120338-1234\n\nDu får hjælp til bad efter servicelovens § 83.', 'foraeldet-henvisning', { date: new Date('2025-04-01T12:00:00') })).toBe(false));
  it.each([
    'Til Jonas (15 år)\n\nDin kontaktperson stopper. Du har haft en kontaktperson efter servicelovens § 52, stk. 3, nr. 6.',
    'Familierådgivningen\n\nVi har besluttet at lave en undersøgelse efter servicelovens § 50.',
    'Du er over 12 år, så du kan selv klage. Støtten var givet efter servicelovens § 52.',
  ])('a child\'s case: %s', (t) => expect(present(t, 'foraeldet-henvisning', { date: new Date('2024-10-15T12:00:00') })).toBe(true));
  it('an adult who has lived somewhere for over 10 years is no child', () =>
    expect(present('Du har boet i lejligheden i over 10 år. Du får bostøtte efter servicelovens § 85.', 'foraeldet-henvisning', { date: new Date('2024-10-15T12:00:00') })).toBe(false));
});

// The purpose of the help as templates, plain letters and formal letters state it — and what
// only looks like one: an empty merge field, a contact made with someone else, trying a thing.
describe('formaal', () => {
  it.each([
    'Din ledsagelse fortsætter med 10 timer om måneden. Ledsagelsen skal fortsat give dig mulighed for at komme til koncerter.',
    'Du får bostøtte 3 timer om ugen. Bostøtten skal først og fremmest støtte dig i at holde styr på din økonomi.',
    'I får aflastning en weekend om måneden. Aflastningen skal gøre det lettere for jer at få hverdagen til at hænge sammen.',
    'Du får hjælp til rengøring.\n\nFormålet er, at «Fornavn» kan blive boende i eget hjem.',
    'Du får en kontaktperson. Kontaktpersonen kontakter dig hver uge for at hjælpe dig i gang med skolen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Empty merge fields in a template.
    'Du får hjælp til rengøring hver 14. dag.\n\nFormålet med hjælpen er «Formål».',
    'Du får hjælp til rengøring hver 14. dag.\n\nFormål:\n[Indsæt formål]',
    'Du får madservice.\n\nMålet med indsatsen er {{maal}}.',
    'Du får hjælp til bad.\n\nFormålet med hjælpen er XXX.',
    // A contact or referral to someone else, and trying out a thing.
    'Du får afslag på plejebolig. Vi har taget kontakt til aktivitetscentret med henblik på et tilbud om aftenen.',
    'Du får afslag på genoptræning. Vi har henvist dig til din egen læge, så du kan få en vurdering af dit knæ.',
    'Du kan låne en badebænk. Terapeuten har bestilt en, så du kan prøve den.',
    // A consequence of a calculation; the application's purpose in a partial grant.
    'Du får dækket merudgifter. Beløbet rundes op, så du får udbetalt 900 kr. om måneden.',
    'Du har søgt om 15 timer om ugen, så du kan være hjemme om eftermiddagen. Du får 8 timer om ugen, men ikke de 15 timer.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// RSL § 5: guidance to other help, other schemes and other bodies as letters write it — and the
// look-alikes: the help granted here, the law's words, an office named as a fact.
describe('vejledning-andre-ydelser', () => {
  it.each([
    // Associations, helplines, webshops.
    'Du får afslag på en elektrisk dåseåbner. Scleroseforeningen har en webshop med små hjælpemidler til køkkenet.',
    'Hvis du har brug for at tale med nogen, kan du altid ringe til BørneTelefonen. Det er gratis.',
    'Du er altid velkommen til at kontakte os eller Børns Vilkår, hvis du har brug for en voksen at tale med.',
    'Alzheimerforeningen har en rådgivningslinje for pårørende, som du kan ringe til.',
    // Private purchases and other schemes suggested.
    'Du kan med fordel overveje en robotstøvsuger, som du selv betaler.',
    'Du kan dog høre din fysioterapeut om vederlagsfri fysioterapi efter sundhedsloven.',
    'Spørg din egen læge om genoptræning efter sundhedsloven.',
    // Another offer instead, an interim offer, another waiting list.
    'Du får afslag på et længerevarende botilbud. Udvalget tilbyder i stedet et midlertidigt botilbud efter § 107.',
    'Du er godkendt til en plejebolig. Mens du venter, kan du få et midlertidigt ophold på Egely.',
    'Du får afslag på plejebolig. De har mulighed for at lade Dem skrive op til en ældrebolig i boligselskabet.',
    'Du kan få vejledning om SU hos studievejledningen på din skole.',
    'Du har ret til en fast støtteperson under anbringelsen.',
    'Udbetaling Danmark kan svare på, om du har ret til boligstøtte.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The help granted or changed here.
    'Du kan få hjælp til bad 1 gang om ugen.',
    'Udvalget har besluttet, at du kan få et midlertidigt døgntilbud, hvor du kan få støtte og behandling.',
    'Fra 1. marts ændrer vi støtten, så du i stedet får en mentor.',
    'Du får fremover i stedet rengøring hver 14. dag.',
    'Vedr. ændring af tilbud i Værestedet Solsikken\n\nVi har besluttet at ændre dit tilbud i Værestedet Solsikken fra 4 til 2 dage om ugen. Du kan fortsat komme i Værestedet om tirsdagen og torsdagen, hvor du kan få et tilbud om frokost.',
    // The law's own words, quoted.
    'Servicelovens § 100 lyder: "Det er en betingelse, at merudgiften er en konsekvens af den nedsatte funktionsevne og ikke kan dækkes efter anden lovgivning eller andre bestemmelser i denne lov."',
    // Offices and associations named as facts; one's own caseworker; a bisidder.
    'Du bliver urolig, når du skal til møder på jobcentret, og støtten kan bruges på ledsagelse til jobcentret.',
    'De har siden august været i praktik mandag, onsdag og fredag via Jobcenter Egeskov.',
    'Du bor i en lejlighed i boligforeningen, som kan hjælpe med vicevært.',
    'Fremover kan I kontakte jeres familierådgiver efter behov.',
    'Du må gerne have en bisidder med, fx en fra Ældre Sagen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

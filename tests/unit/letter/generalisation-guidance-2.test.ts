/**
 * Guidance to other help and the purpose of the help, in more of the ways caseworkers write
 * them — written for these tests, not taken from the evaluation letters. Every widened phrasing
 * has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';


// RSL § 5: an alternative aid to borrow, another body that covers a related need, a referral
// the municipality has made, an association named "X Forening" — and what only looks like one.
describe('vejledning-andre-ydelser: alternatives, other bodies, referrals', () => {
  it.each([
    // Another aid to borrow or rent.
    'Du får hjælp til rengøring hver 14. dag. Vil du hellere selv gøre rent, kan du låne en let støvsuger i hjælpemiddeldepotet.',
    'Du får afslag på en trappelift. Du kan låne en trappeklatrer fra depotet, mens vi ser på andre løsninger.',
    'Du får afslag på en rollator. Du kan låne en rollator i Hjælpemiddelcentret i tre måneder.',
    // Another body covers or answers for a related need.
    'Vi dækker ikke udgiften til kørsel til genoptræning, fordi det er regionen, der betaler transporten til sygehuset.',
    'Du får afslag på et hæve-sænkebord. Skolen skal selv sørge for de hjælpemidler, Mikkel bruger i timerne.',
    'Transporten til behandlingen betales af sygehuset, når du opfylder betingelserne.',
    'Medicin til behandling af din sygdom hører under regionen, som giver tilskud efter sundhedsloven.',
    // A referral already made.
    'Vi har sendt din sag videre til demenskoordinatoren, som vil kontakte dig om et tilbud til pårørende.',
    'Du får afslag på træning efter serviceloven. Vi har givet en henvisning til træningsenheden, så du kan få genoptræning efter sundhedsloven.',
    // An association named with "Forening" or "Forbund".
    'Dansk Psoriasis Forening har gode råd om hudpleje og kan hjælpe dig med at finde et netværk.',
    'Du kan få gratis rådgivning om hjælpemidler hos Dansk Handicap Forbund.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The aid this letter grants, lent to the citizen.
    'Vi har bevilget dig en rollator som udlån. Du kan låne rollatoren, så længe du har brug for den.',
    'Du får bevilget en badebænk. Du kan låne en badebænk fra depotet, indtil din egen er leveret.',
    // What another body has said or done is a fact of the case.
    'Skolen har oplyst, at Mikkel bliver træt efter frokost.',
    'Det er regionen, der har udskrevet dig til eget hjem den 3. marts.',
    'Transporten dækkes ikke af regionen, og du får derfor afslag.',
    // The law's rule that other help comes first, in plain words.
    'Ledsagelse efter § 97 gives til aktiviteter, som ikke i forvejen dækkes af anden støtte.',
    'Merudgifter dækkes kun, hvis de ikke kan dækkes efter anden lovgivning.',
    'Hjælp efter § 100 er subsidiær i forhold til anden lovgivning.',
    // A step in this case, the complaint, and the order of the help granted.
    'Vi har sendt din sag til visitationsudvalget, som træffer afgørelse den 4. maj.',
    'Du får hjælp til indkøb hver uge. Vi har sendt din sag videre til hjemmeplejen, som aftaler en dag med dig.',
    'Du får bostøtte 2 timer om ugen fra Bostøtten Nord. Vi har sendt sagen til Bostøtten Nord, som kontakter dig.',
    // An association the citizen is part of, with no word that guides.
    'Du er aktiv i en forening for pensionister og går til gymnastik hver tirsdag.',
    'Din bror er formand for et forbund og bor i Aarhus.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

// The purpose of the help in case-system field labels — and purposes that are not the help's:
// a law's, another place's staff, an alarm's function.
describe('formaal: field labels, and purposes that are not the help\'s', () => {
  it.each([
    'Indsats: Socialpædagogisk støtte efter § 85\nIndsatsformål: At du selv kan handle ind og lave mad.',
    'Indsats ......... Bostøtte\nIndsatsformål ......... At borger selv kan holde styr på sin økonomi\nLeverandør ......... Bostøtten',
    'Du får bostøtte 3 timer om ugen.\n\nDelmål: Du åbner selv din post hver uge inden 1. juni.',
    'Du får et forløb i Ungeenheden.\n\nOverordnet mål: Du kommer i gang med en uddannelse.',
    // The purpose of the help given under a named provision is still the help's.
    'Formålet med støtten efter barnets lov § 32 er, at Liva får en fast rytme og kommer i skole hver dag.',
    // The staff of the place this letter grants.
    'Du får et midlertidigt ophold på Lindely. Personalet på Lindely skal støtte dig i at lave mad og handle ind.',
    // An alarm granted with the purpose of the help, not only its function.
    'Du får et nødkald, så du kan føle dig tryg og blive boende i dit eget hjem.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Empty field labels.
    'Du får bostøtte 3 timer om ugen.\n\nIndsatsformål: «Indsatsformål»',
    'Du får bostøtte 3 timer om ugen.\n\nDelmål .........\n\nMed venlig hilsen',
    // The purpose of a law or provision in general.
    'Du får afslag. Formålet med serviceloven er at fremme den enkeltes mulighed for at klare sig selv.',
    'Du får afslag på aflastning. Barnets lovs formål er at sikre børns trivsel og udvikling.',
    'Du får afslag. Formålet med bestemmelsen er at give personer med nedsat funktionsevne mulighed for at deltage i samfundslivet.',
    'Du får afslag. Det følger af formålsbestemmelsen i § 1, at hjælpen skal fremme den enkeltes muligheder.',
    // The staff of the place that takes over, in a letter that ends the help.
    'Din bostøtte ophører den 1. marts, fordi du flytter på Egebo. Medarbejderne på Egebo skal hjælpe dig med at handle ind.',
    'Din ledsagelse stopper, når du flytter. Det er aftalt, at botilbuddets personale skal støtte dig i at komme til fodbold.',
    // What an alarm lets the citizen do when something happens.
    'Du får afslag på natbesøg. Du har et nødkald, så du kan tilkalde hjælp, hvis du falder om natten.',
    'Du får afslag på tilsyn. Du får en faldalarm, så du kan få kontakt til hjemmeplejen, når der sker noget.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// More of the same element: a referral in any person, information about another offer already
// given, asking a unit about other help, a new municipality after a move, the parents' own
// adviser — and a bare "Mål:" label.
describe('vejledning-andre-ydelser: referrals, information, other units and municipalities', () => {
  it.each([
    'Du får afslag på aflastning. Vi kan henvise jer til Familiehusets netværksgruppe for forældre.',
    'Vi har henvist Dem til kommunens demenskoordinator.',
    'Du får hjælp til rengøring hver 14. dag. Vi har givet dig information om træningsholdene på aktivitetscentret.',
    'Du får en badebænk. Vi har sendt dig en pjece om motionstilbud for seniorer.',
    'Du får en rollator. Hvis du får brug for hjælp til rengøring, kan du kontakte Visitationen og spørge om praktisk hjælp.',
    'Nordvig Kommune\n\nDin hjælp ophører, fordi du flytter. Du skal selv kontakte Visitationen i Søby Kommune og søge om hjælp der.',
    'Nordvig Kommune\n\nDin bostøtte stopper den 1. maj. Når du er flyttet, er det Søby Kommune, der skal vurdere din sag.',
    'Når du flytter, skal du kontakte din nye kommune om hjælp.',
    'Ida anbringes i plejefamilie. I tilbydes hver en uafhængig forældrerådgiver under anbringelsen.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Information about this case, the complaint or the help granted.
    'Vi har sendt dig oplysninger om din sag, som du kan kommentere.',
    'Du får madservice 7 dage om ugen. Vi har givet dig information om madservicen og menuerne.',
    'Vi har givet jer information om klagemulighederne.',
    // Asking about the help this letter grants, or the sender's own units.
    'Du får hjælp til rengøring hver 14. dag. Du kan kontakte Visitationen og høre om rengøringen, hvis noget ikke fungerer.',
    'Nordvig Kommune\n\nDu får afslag. Du kan kontakte Visitationen i Nordvig Kommune, hvis du har spørgsmål.',
    'Nordvig Kommune\n\nDu får hjælp til bad. Det er Nordvig Kommune, der skal sørge for hjælpen.',
    // The adviser named as a fact.
    'Jeres uafhængige forældrerådgiver deltog i mødet den 3. juni.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('formaal: a bare "Mål:" label', () => {
  it.each([
    'Ydelse: Helhedspleje\nNyt omfang: 3 besøg dagligt\nMål: At du igen kan klæde dig på selv.',
    'Du får bostøtte 2 timer om ugen.\nMål: Du betaler selv dine regninger til tiden.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    'Du får en badebænk.\nMål: 60 x 40 cm, højde 45 cm.',
    'Du får bostøtte 2 timer om ugen.\nMål: «Mål»',
    'Du får afslag.\nSpørgsmål: At du ringer til os, hvis noget er uklart.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

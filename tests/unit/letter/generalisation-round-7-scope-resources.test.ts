/**
 * Round 7 (scope, resources, purpose): phrasings from the blind batches v and w in the habits of
 * other caseworkers — a professional who comes to the home, the week split over named weekdays,
 * an amount paid out per month, the meaning of a named help, abilities said after a concession.
 * Written for these tests, not taken from the evaluation letters. Every widened phrasing has a
 * look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

// Kvalitetsstandarden: the granted scope, however it is written down.
describe('omfang: visits at home, weekdays, amounts paid out', () => {
  it.each([
    // A professional comes to the home: the help itself, not a child's contact with the family.
    'Du er bevilget et rehabiliteringsforløb. En fysioterapeut kommer hjem til dig op til to gange om ugen.',
    'Vi bevilger socialpædagogisk støtte. Bostøtten kommer hjem til dig 3 timer om ugen.',
    'Vi bevilger familiebehandling. Familiebehandleren kommer hjem til jer en gang om ugen.',
    // The week spread over named weekdays.
    'Du er bevilget hjælp til bad og støttestrømper.\n\nTirsdag og fredag: 30 minutter\nØvrige dage: 10 minutter',
    'Du får hjælp til at tage støttestrømper på mandag til fredag à 10 minutter.',
    'Du er bevilget rengøring. Hjælpen gives onsdag 1 time.',
    // An amount paid out per period is the granted allowance.
    'Vi bevilger dækning af merudgifter. Du får udbetalt 450 kr. pr. måned fra den 1. april.',
    // The granted column, misspelt as many do.
    'Du er bevilget dækning af merudgifter.\n\nUdgift\n\nBevilliget pr. md.\n\nDiætkost\n\n290 kr.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // A child coming home to the parents is contact, not help.
    'Vi bevilger familiebehandling efter behov. Emma kommer hjem til jer hver anden weekend.',
    // How often money is paid, or another authority paying.
    'Vi bevilger dækning af merudgifter efter behov. Tilskuddet udbetales én gang om måneden.',
    'Du er bevilget hjælp efter behov. Du kan søge boligstøtte hos Udbetaling Danmark, som udbetaler op til 1.200 kr. om måneden.',
    // Incidents in an observation period.
    'Du er bevilget en plejebolig. Hjemmeplejen har fundet dig på gulvet tre gange om natten i oktober.',
    'Du er bevilget en plejebolig. I observationsperioden er du fire gange blevet fundet ude i haven om natten.',
    // A partner's own week.
    'Din hjælp til rengøring ophører. Din kæreste arbejder på skiftehold, men han har fri hver anden uge.',
    // A weekday with a date or a clock time, and an applied-for week that is refused.
    'Du er bevilget hjælp efter behov. Første besøg er tirsdag den 16. september. Du kan ringe mandag til torsdag kl. 9-12.',
    'Du har søgt om hjælp mandag, onsdag og fredag: 20 minutter. Det kan vi ikke bevilge, og du får afslag.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// Metode til god sagsbehandling: the purpose of the help. Not the law's test of necessity, not
// help the citizen already has elsewhere, not the application's purpose, not a law's purpose.
describe('formaal: the meaning of a named help; necessity tests and a law are no purpose', () => {
  it.each([
    'Du er bevilget madservice. Tanken med madordningen er, at du får et varmt måltid hver dag.',
    'Vi bevilger plads i gruppeforløbet. Idéen med gruppeforløbet er, at du møder andre i samme situation.',
    'Aflastningen ophører. Meningen med aflastningsdøgnene var, at I kunne få hvilet jer.',
    // Question headings with the goal below.
    'Du er bevilget rengøring hver 14. dag.\n\nHvad skal hjælpen føre til?\n\nAt du kan blive boende i dit hus.',
    'Vi bevilger støtte efter § 85.\n\nHvad er målet?\n\nAt du om et halvt år selv handler ind.',
    // A necessity that is affirmed in a grant is still what the help is for.
    'Vi bevilger en rampe ved hoveddøren. Rampen er nødvendig, for at du kan komme ind og ud af huset.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The law's test of necessity, denied or asked.
    'Du får afslag på en ny bruseniche. En ombygning af badeværelset er ikke nødvendig, for at du kan blive boende.',
    'Du får afslag på en trappelift. Vi har vurderet, om en trappelift er nødvendig, for at du kan komme op på første sal.',
    // Help the citizen already gets elsewhere, named in a refusal.
    'Du får afslag på bostøtte. Vi har lagt vægt på, at du allerede har en mentor fra jobcentret, og at mentoren skal hjælpe dig med at komme i gang.',
    // The application's purpose, named with its date.
    'Tak for din ansøgning af 3. marts om ledsagelse, så du kan komme til koncerter. Vi må give dig afslag.',
    // A law's purpose, under a label or as the subject.
    'Du er bevilget støtte.\n\nFormål: Serviceloven har til formål at forebygge, at sociale problemer opstår.',
    'Du er bevilget støtte. Loven har bl.a. til formål at sikre, at børn får gode opvækstvilkår.',
    // Consequences, not a goal.
    'Du er bevilget rengøring. Hvis du ikke er hjemme, kan det føre til, at besøget aflyses.',
    // Not the meaning of a help.
    'Du er bevilget kørsel. Det er ikke meningen med ordningen, at du skal betale for turen.',
    'Du er bevilget kørsel. Meningen med reglerne er, at alle behandles ens.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

// Metode til god sagsbehandling: what the citizen can do, said after a concession, in the past
// with "selv" first, as paying one's own bills, keeping appointments, small household tasks.
// Not a choice or a charge the letter hands over, not a helper who pays, not a question.
describe('ressourcer: abilities after a concession, own bills, appointments, household tasks', () => {
  it.each([
    'Du er bevilget madservice. Selvom du ikke kan stå længe, kan du godt selv lune maden i ovnen.',
    'Du er bevilget hjælp til bad. Hun kan sagtens selv tage tøjet af, når hun sidder ned.',
    'Vi bevilger ikke en døråbner, fordi du ved besøget selv kunne åbne døren fra kørestolen.',
    'Støtten nedsættes. Af statusudtalelsen fremgår det, at du nu betaler dine regninger til tiden.',
    'Støtten nedsættes. Du møder op til dine aftaler på jobcentret uden at blive mindet om det.',
    'Du er bevilget madservice. Du dækker selv bord og vander selv blomsterne.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // A choice the letter hands over, and a question still open.
    'Du er bevilget madservice. Du kan godt selv vælge leverandør.',
    'Du er bevilget rengøring. Tidspunktet kan du sagtens selv bestemme.',
    'Du er bevilget madservice. Vi har undersøgt, om du selv kunne varme maden.',
    // A charge, or a helper who pays.
    'Du er bevilget madservice. Du betaler selv for maden.',
    'Du er bevilget støtte. Din værge betaler dine regninger.',
    // Negated.
    'Du er bevilget støtte. Du møder desværre ikke op til dine aftaler.',
    'Du er bevilget hjælp. Ved besøget viste det sig, at du ikke selv kunne rejse dig fra stolen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

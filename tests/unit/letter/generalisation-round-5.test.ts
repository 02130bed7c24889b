/**
 * Round 5: scope, resources and guidance to other help — numbers per period that are not the
 * granted scope, resources said in passing, and guidance placed after the complaint section.
 * Written for these tests, not taken from the evaluation letters. Every widened phrasing has a
 * look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';


// Kvalitetsstandarden: the scope is what THIS citizen is granted. The service level's general
// rule, another professional's visits, a relative's help, absences, adult education, income,
// opening hours and what the help has been are numbers per period, but no grant.
describe('omfang: numbers per period that are not the granted scope', () => {
  it.each([
    // The grant beside the general rule, when it addresses the citizen.
    'Du er bevilget rengøring.\n\nDu får som udgangspunkt rengøring hver 14. dag, som kommunens kvalitetsstandard beskriver.',
    // An activity offer (aktivitets- og samværstilbud) is help, not contact with the family.
    'Bevilling af aktivitets- og samværstilbud\n\nDu er bevilget plads i samværstilbuddet Solsikken. Tilbuddet er bevilget med 4 dage om ugen fra kl. 9 til 14.',
    'Du bevilges ophold i aktivitets- og samværstilbuddet 3 dage om ugen efter servicelovens § 104.',
    // Home nursing granted: the nurse's visits are the help.
    'Du er bevilget sygepleje efter sundhedsloven.\n\nSygeplejersken kommer 2 gange om ugen og skifter din forbinding.',
    // A change: the new scope after the old one.
    'Vi har besluttet at nedsætte din støtte. Støtten har været 4 timer om ugen, men fremover får du 2 timer om ugen.',
    // A provider named, but the grant said in the same clause.
    'Efter en samtale med din læge bevilger vi dig 2 timer om ugen til praktisk hjælp.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The service level's general rule.
    'Du er bevilget praktisk hjælp efter behov.\n\nI Sønderå Kommune gives rengøring som hovedregel hver 14. dag til borgere, der bor alene.',
    'Du er bevilget praktisk hjælp efter behov.\n\nKvalitetsstandarden beskriver bad 2 gange om ugen.',
    'Du er bevilget praktisk hjælp efter behov.\n\nTøjvask gives en gang om ugen til borgere, som ikke selv kan klare den.',
    // Another professional's visits, the citizen's appointments with them.
    'Du er bevilget madservice.\n\nKommunens diætist kommer hos dig hver 3. uge og vejer dig.',
    'Du er bevilget praktisk hjælp efter behov.\n\nDu ser din MS-sygeplejerske 1 gang om måneden på hospitalet.',
    'Du er bevilget en badebænk.\n\nLægen tilser dig hver anden måned.',
    // A relative's or a neighbour's help.
    'Du er bevilget madservice.\n\nDin datter handler ind for dig en gang om ugen.',
    'Du får afslag på afløsning.\n\nJeres søn Ole tager Grete med hjem til middag hver lørdag.',
    'Du er bevilget en rollator.\n\nNaboen kigger ind hver dag ved frokosttid.',
    // Absences, adult education, time since.
    'Vi har besluttet at ændre støtten.\n\nSkolen har oplyst, at Oliver har været fraværende 2 dage om ugen i efteråret.',
    'Din støtte ophører.\n\nDu har mødt fast op på VUC 8 timer om ugen.',
    'Din støtte ophører.\n\nDu har gået til svømning 2 gange om ugen siden januar.',
    // Income and savings.
    'Du er bevilget et hjælpemiddel.\n\nDu modtager førtidspension med 17.200 kr. om måneden.',
    'Du er bevilget et hjælpemiddel.\n\nDu får sygedagpenge 4.000 kr. om ugen.',
    // The law's threshold for extra costs.
    'Du får afslag på dækning af merudgifter.\n\nDer kan kun ydes dækning, når merudgifterne overstiger et minimumsbeløb på 600 kr. pr. måned.',
    // Opening hours of a place.
    'Du er bevilget en el-kørestol.\n\nVærestedet har åbent 4 dage om ugen fra kl. 10.',
    // What the help has been, in a letter that ends it.
    'Vi har besluttet, at aflastningen stopper.\n\nAflastningen har været 2 weekender om måneden hos en aflastningsfamilie.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

// Metode til god sagsbehandling: the citizen's resources, also said in passing — children who
// do chores, a son who takes his mother out, the will to keep doing something oneself. Not a
// preference about timing ("når du selv har lyst") and not "styrker" as a verb.
describe('ressourcer: household chores, outings with family, own will; not timing or a verb', () => {
  it.each([
    'Du får afslag på rengøring.\n\nJeres to børn på 13 og 16 år tømmer opvaskemaskinen og bærer skraldet ned.',
    'Du får afslag på afløsning.\n\nJeres datter Lise bor i byen og tager Inger med ud at handle hver lørdag.',
    'Du får hjælp til bad.\n\nDin søn minder dig om medicinen, når han ringer om aftenen.',
    'Du får hjælp til rengøring.\n\nDu fortalte, at du selv gerne vil blive ved med at lave din mad.',
    'Du får hjælp til indkøb.\n\nDin mand klarer tøjvasken, når han har fri.',
    'Du får praktisk hjælp.\n\nDine styrker er, at du er struktureret og god til at sige til.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // Timing or a wish about the help, not an ability.
    'Du får ledsagelse 12 timer om måneden.\n\nDu har skrevet, at du vil bruge timerne på at komme i biografen, når du selv har lyst.',
    'Du får hjælp til bad på det tidspunkt, som du selv ønsker.',
    // "styrker" as a verb.
    'Du får tilskud til ridefysioterapi.\n\nTerapeuten anbefaler ridning, fordi det styrker hendes balance.',
    'Vi bevilger familiebehandling, da forløbet styrker samarbejdet mellem jer og skolen.',
    // A relative who does not help ("ikke" inside), a relative who takes medicine.
    'Du får hjælp til bad.\n\nDin datter tager dig ikke med ud, fordi hun bor i Jylland.',
    'Du får hjælp til medicin.\n\nDin mand tager medicin for sit hjerte.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// RSL § 5: guidance to other help — open anonymous counselling, a course in its definite form, a
// free club, an option given with "også" — also in a paragraph that follows the complaint
// guidance under its heading. The complaint guidance itself, a new assessment of the same case and
// a counselling service named as a fact stay absent.
describe('vejledning-andre-ydelser: open counselling, courses, free clubs, guidance after the complaint section', () => {
  it.each([
    'Din støtte ophører.\n\nHvis du får brug for at snakke med nogen, kan du henvende dig anonymt i Rådgivningshuset på Torvet.',
    'Din støtte ophører.\n\nDu kan altid kontakte Rådgivningscentret, hvis du har brug for råd.',
    'Vi bevilger familiebehandling.\n\nSundhedsplejen holder forældrekurset "Små skridt" to gange om året, og I kan melde jer til hos dem.',
    'Du får afslag på ledsagelse.\n\nKlubben Lyset har ture hver måned. Det er gratis at være med.',
    'Du får madservice 4 dage om ugen.\n\nDu kan også spise med i cafeen på plejecentret om fredagen.',
    // Guidance in a later paragraph under the complaint heading, when it is not about the complaint.
    'Din støtte ophører.\n\nKlagevejledning\nDu kan klage over afgørelsen inden 4 uger. Send klagen til os.\n\nHvis du får brug for at tale med nogen, kan du henvende dig anonymt i Rådgivningshuset.\n\nBegrundelse\nDu har nået dine mål.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // A new assessment of the same case.
    'Vi bevilger en stationcar.\n\nHvis du senere får brug for en kørestol, kan du søge om ny vurdering.',
    // Counselling named as a fact, not pointed to.
    'Din støtte ophører.\n\nVi har modtaget en underretning fra Rådgivningshuset om din situation.',
    // Help named in the complaint guidance's own paragraphs (about the complaint).
    'Du får afslag.\n\nKlagevejledning\nDu kan klage inden 4 uger. Borgerservice kan hjælpe dig med at skrive klagen.\n\nDu kan få gratis rådgivning om din klage hos en uafhængig rådgiver.',
    // The first paragraph under the complaint heading is the complaint guidance.
    'Du får afslag.\n\nKlagevejledning\nBorgerservice kan hjælpe dig, hvis du vil have hjælp til det.',
    // A course the parents have already completed.
    'Vi bevilger familiebehandling.\n\nI har gennemført forældrekurset i foråret.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

/**
 * Round 19: partshoering, formaal, opfoelgning and borgerens-synspunkter phrased the way
 * caseworkers write them in other words. Sentences written for these tests — not taken from
 * the evaluation letters. Every widened rule has a look-alike that must keep its answer.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('opfoelgning: looks and periods that already happened are no follow-up', () => {
  it.each([
    // The decision reconsidered after a complaint is the genvurdering.
    'Du kan klage over afgørelsen inden 4 uger. Kommunen vil herefter revurdere afgørelsen.',
    'Er du uenig, kan du klage til os. Vi revurderer så afgørelsen, og fastholder vi den, sender vi klagen videre.',
    // A meeting where something was promised or agreed.
    'Som aftalt på opfølgningsmødet den 3. marts sender vi dig her vores afgørelse om aflastning.',
    'Som lovet ved statusmødet i sidste uge får du nu svar på din ansøgning.',
    // A review with an indefinite article, told as done.
    'Der er ved en revisitation foretaget en ny vurdering af din hjælp til indkøb.',
    'I forbindelse med et opfølgningsbesøg blev det konstateret, at du klarer badet selv.',
    // A stay or trial the citizen had.
    'Du afslås beskyttet beskæftigelse. Du var i arbejdsprøvning på værkstedet i seks uger i foråret.',
    'Din mor får afslag på plejebolig. Hun lå på sygehuset i tre uger efter faldet.',
    // The period of a record kept, as a compound noun.
    'Du får afslag. Det fremgår af hjemmeplejens tidsregistrering for perioden marts til maj, at du bruger hjælpen sjældent.',
    'Du får afslag. Forældrenes søvndagbog for perioden 1. til 14. februar viser få opvågninger.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    // A review still to come keeps the follow-up, whatever is near it.
    'Du får hjælp til rengøring hver 14. dag. Vi vil revurdere hjælpen om et år.',
    'Du får hjælp til bad. Som aftalt på mødet vil vi holde et nyt statusmøde i juni.',
    'Du får hjælp til bad. Ved en revisitation i foråret 2027 ser vi på hjælpen igen.',
    'Du får aflastning. Aflastningen bevilges i seks måneder.',
    'Du får aflastning. Hjemmeplejen registrerer besøgene, og vi følger op i september.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('formaal: a purpose the help is not given for, and the application with a month', () => {
  it.each([
    // A purpose ruled out, or a general rule on what cannot be given.
    'Vi nedsætter din rengøring til hver 14. dag. Rengøring kan ikke bevilges med henblik på selskab.',
    'Du får afslag på el-cyklen. Der ydes ikke støtte til varer, der sælges i almindelig handel med henblik på forbrug i befolkningen.',
    // The application with only a month or a time: why the citizen applied.
    'Du søgte i marts om en trappelift, så du kan komme op på første sal. Det kan vi ikke bevilge.',
    'Du søgte for nylig om ledsagelse, så du kan komme til dine aftaler. Det får du afslag på.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
  it.each([
    'Du får madservice med henblik på, at du får et varmt måltid hver dag.',
    'Vi kan ikke bevilge rengøring hver uge, men vi bevilger hver 14. dag med henblik på, at du kan bo trygt i et rent hjem.',
    'Du søgte i marts om en trappelift. Du får trappeliften, så du kan komme op på første sal.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
});

describe('formaal: the goal named as the help\'s own, and help named again in between', () => {
  it.each([
    'Dit træningsforløb er slut. Målet for forløbet var, at du igen kunne gå på trapper selv.',
    'Forløbets mål: At borger selv kan tage tøj på om morgenen.',
    'Lise har nået de fleste af målene for aflastningen, og vi nedsætter den til én weekend om måneden.',
    'Støttekontaktpersonen skal fortsat støtte Ahmed i at passe sit arbejde.',
    'Da du fik bostøtten, skulle den hjælpe dig med at betale dine regninger til tiden.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The application's goal in a refusal, and the law's purpose in general.
    'Du har søgt om et træningsforløb med målet for øje at kunne cykle igen. Det får du afslag på.',
    'Formålet med serviceloven er at fremme den enkeltes mulighed for at klare sig selv. Du får afslag på rengøring.',
    'Du får afslag på bostøtte. Du har søgt om bostøtte, fordi du ønsker hjælp til økonomien.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('partshoering: heard, told as done, in other words', () => {
  it.each([
    'I fik statusudtalelsen den 2. maj og udtalte jer på mødet med udvalget.',
    'Du udtalte dig om oplysningerne, før vi traf afgørelsen.',
    'Da vi talte sammen i telefonen, læste jeg op, hvad jeg havde skrevet fra besøget, og du sagde, at det var rigtigt.',
    'Vi ringede til dig den 4. marts, gennemgik terapeutens vurdering og spurgte, om du havde noget at tilføje.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A doctor's statement, reading aloud as help, and an open invitation at the end.
    'Du får afslag på rengøring. Din læge udtalte i sin erklæring, at din ryg er bedre.',
    'Du får afløsning. I sidste uge læste jeg op, hvad der står i avisen om nye busruter, for din kone.',
    'Du får en rollator. Har du spørgsmål eller noget at tilføje, er du velkommen til at ringe.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('borgerens-synspunkter: journal style and a wish told with a meeting between', () => {
  it.each([
    'Hjælp til bad fortsætter. Borger udtaler selv: "Jeg vil gerne klare mig uden hjælp om morgenen."',
    'Borgeren sagde ved besøget, at hun helst vil blive boende i rækkehuset.',
    'Du gav ved hjemmebesøget den 3. april udtryk for, at du gerne vil fortsætte i dagcentret.',
    'Jeres mor har givet udtryk for, at I gerne vil have aflastning oftere.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // Someone else's statement about the citizen.
    'Du får afslag på rengøring. Lægen udtaler, at din ryg er bedre efter operationen.',
    'Du får afslag på rengøring. Borgers datter sagde ved besøget, at hun er bekymret.',
    'Du får afslag på rengøring. Terapeuten gav udtryk for, at skulderen er blevet stærkere.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

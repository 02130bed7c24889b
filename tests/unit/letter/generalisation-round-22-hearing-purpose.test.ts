/**
 * Round 22: hearing, purpose, follow-up and the citizen's views as caseworkers phrase them in
 * their own words. Sentences written for these tests, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('partshoering: the hearing told in other words', () => {
  it.each([
    // The party's answer given through a representative, or named by what it answered.
    'Udvalget har læst din værges høringssvar af 3. marts. Du får afslag på plejebolig.',
    'Vi har modtaget høringssvaret til forvaltningens indstilling den 9. juni. Du får 20 timers BPA.',
    'Din partsrepræsentants høringssvar er indgået i sagen. Du får afslag.',
    // A letter with what a worker wrote down, and the chance to answer.
    'Den 2. maj fik du et brev med det, terapeuten havde noteret ved besøget, og vi bad dig give besked inden en uge, hvis noget var forkert. Vi hørte ikke fra dig.',
    'I fik den 4. februar det, Lone har skrevet om jeres hverdag, og vi bad jer melde tilbage, hvis noget ikke passede.',
    // Given the floor on the information at the meeting.
    'Du og din søn fik lejlighed til at sige jeres mening om indstillingen, før udvalget traf sin afgørelse.',
    'Far fik ordet til forvaltningens sagsfremstilling, inden udvalget besluttede sig.',
    'Begge forældre havde mulighed for at kommentere oplysningerne i undersøgelsen på mødet.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A consultation answer from a council, not the party's.
    'Ældrerådets høringssvar til kvalitetsstandarden er indarbejdet. Du får rengøring hver 14. dag.',
    // Something written that the party got, without any chance to answer.
    'Den 2. maj fik du et brev med det, terapeuten havde noteret ved besøget. Du får en badebænk.',
    // A chance to tell one's wishes, or to seek again, is no hearing over the information.
    'Du fik lejlighed til at sige, hvad du selv ønsker dig af hjælpen. Du får bad 1 gang om ugen.',
    'Du har haft mulighed for at søge om en ny vurdering. Du får afslag.',
    'Du var med på mødet og fortalte om din hverdag. Du får afslag på plejebolig.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('formaal: the aim said with an adverb, a helper brought in, or a chance given', () => {
  it.each([
    'Du får genoptræning to gange om ugen i 8 uger. Vi træner balancen, så du igen kan gå på trappen uden at holde fast.',
    'Du får hjælp til indkøb hver uge, så du trygt kan blive boende i dit hus.',
    'Vi bevilger en kontaktperson. Hanne kommer en gang om ugen for at hjælpe dig med at komme op om morgenen og møde i skole.',
    'Vi har bevilget familiebehandling for at støtte jer i at få en roligere hverdag med Emil.',
    'Du får en badebænk. Bænken giver dig mulighed for at sidde ned, mens du vasker dig.',
    'Aflastningen fortsætter en weekend om måneden. Den giver jer bedre mulighed for at få hverdagen til at hænge sammen.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Guidance to other help, and a step in the case.
    'Du får afslag på hjælp til indkøb. Du kan købe varerne på nettet, så du lettere kan få dem bragt hjem.',
    'Du får en badebænk. Ergoterapeuten ringer til dig for at hjælpe dig med at aftale et tidspunkt for levering.',
    // The law's offer, and the choice of provider.
    'Du får en rollator. Servicelovens § 112 giver dig mulighed for at få hjælpemidler, når du har en varigt nedsat funktionsevne.',
    'Du får rengøring hver 14. dag. Frit valg giver dig mulighed for at vælge en anden leverandør.',
    'Du får afslag på ledsagelse. Du kan også kontakte Flextur. Ordningen giver dig mulighed for at bestille billige ture til lægen.',
    // The start of the help as the aim of a contact.
    'I får familiebehandling. Familiehuset kontakter jer inden 14 dage med henblik på opstart.',
    'Du får bostøtte. Bostøtten ringer til dig med henblik på et første møde.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('opfoelgning: a look ahead in other words, and looks that are none', () => {
  it.each([
    'Du får tilskud til tabt arbejdsfortjeneste 15 timer om ugen. Vi genvurderer din bevilling, når Ida begynder i børnehave.',
    'Du får merudgifter dækket. Tilskuddet genvurderes, når vi har fået kvitteringerne for det første halve år.',
    'Du får 6 timers bostøtte om ugen. Vi mødes med dig og bostøtten to måneder efter indflytningen og taler om, hvordan det går.',
    'Du får et plejeseng. Terapeuten kommer, når sengen er leveret, og prøver den af sammen med dig.',
    'Vi bevilger en trappelift. Når den er sat op, afprøver montøren liften med dig.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // The complaint's own look at the case.
    'Du får afslag på tilskud. Hvis du klager, genvurderer vi sagen, før den sendes til Ankestyrelsen.',
    // A visit only if the citizen asks for it.
    'Hjælpen til bad ophører. Hvis din ryg bliver dårligere, skal du ringe til os, så kommer terapeuten ud og ser på det igen.',
    'Din hjemmehjælp stopper. Ring til os, hvis det ikke går, så kigger vi forbi og ser på det.',
    // A meeting told as where something was said, and a trial that already happened.
    'Familiebehandlingen ophører. Du har fortalt på statusmødet den 2. april, at du gerne vil klare det selv.',
    'Du får en rollator. Ergoterapeuten prøvede den af sammen med dig ved besøget den 3. maj.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: the goal in a record field, and a wish that only restates the application', () => {
  it.each([
    'Bevilling af genoptræning.\nBorgerens mål: "Jeg vil kunne gå til Brugsen igen uden stok."\nDu får træning 2 gange om ugen.',
    'Ønske (i egne ord): At kunne komme i haven om sommeren.\nDu får en rampe til terrassen.',
    'De har søgt om en plejebolig, fordi De er bange for at falde om natten. Vi bevilger en plejebolig.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Bevilling af genoptræning.\nBorgerens mål: «Borgers_mål»\nDu får træning 2 gange om ugen.',
    'Du har den 2. marts søgt om ændring af dit køkken, da du ønsker køkkenbordet sænket og udvidet. Du får afslag.',
    'Du har søgt om tilskud til en ny cykel, da du ønsker den gamle udskiftet. Du får afslag.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('formaal: what the citizen shall gain, and support named by its aim', () => {
  it.each([
    'Du får plads i beskyttet beskæftigelse 3 dage om ugen. I køkkenet skal du lære at arbejde sammen med andre.',
    'Vi bevilger familiebehandling. Familien får støtte til at skabe faste aftener og sengetider.',
    'Du får bostøtte 4 timer om ugen, og du får hjælp til at fastholde din lejlighed.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // Help with a task is the help itself; a need denied in a refusal is no aim.
    'Du får hjælp til at få tøjet på hver morgen.',
    'Du får afslag på bostøtte. Vi vurderer ikke, at du har behov for støtte til at skabe struktur i hverdagen.',
    'Du skal lære at bruge nødkaldet, før vi kan sætte det op.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

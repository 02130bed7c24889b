/**
 * Round 22: guidance to other help said in other words — a replacement told about a third person
 * (letters to a værge or a relative), the citizen's own wish that only sounds like an offer, and
 * an open place one "kan komme i". Sentences written for these tests, not taken from the letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('vejledning-andre-ydelser: the help that replaces the old one, told about someone else', () => {
  it.each([
    'Fra 1. marts kommer hjemmeplejen ikke længere om natten hos din mor. I stedet får hun et nødkald, som hun kan trykke på.',
    'Aftenbesøget hos Knud bortfalder fra næste måned. I stedet får han et tilsyn via skærm kl. 21.',
    'Hjemmeplejen kommer ikke mere ind til Gerda om morgenen. Hun får i stedet en medicindispenser.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
  it.each([
    // An offer of other help "i stedet", not what this letter puts in place of the old.
    'Fra 1. marts kommer hjemmeplejen ikke længere om natten hos din mor. I stedet kan hun også søge om en plads i dagcentret.',
    'Din mor får afslag på natlige besøg. Hun kan i stedet søge om en ældrebolig gennem boligselskabet.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
});

describe('vejledning-andre-ydelser: the citizen\'s own wish is not an offer', () => {
  it.each([
    'Du får træning en gang om ugen i 10 uger. Du fortalte, at du gerne vil træne sammen med andre, fordi det motiverer dig.',
    'Du får træning en gang om ugen. Han ønsker at træne sammen med andre på sin egen alder.',
    'Du får træning en gang om ugen. Du har lyst til at træne sammen med andre igen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
  it.each([
    'Du får træning en gang om ugen. Du kan også træne sammen med andre på motionsholdet i Ældre Sagen.',
    'Du får træning en gang om ugen. Vil du gerne træne sammen med andre, kan du melde dig på et hold i DGI.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
});

describe('vejledning-andre-ydelser: an open place the citizen can come to', () => {
  it.each([
    'Du får støtte 4 timer om ugen. Du kan komme i værestedet Lyspunktet på hverdage fra kl. 10, og det kræver ingen aftale.',
    'Du får støtte 4 timer om ugen. I kan komme på værestedet ved kirken om tirsdagen.',
    'Du får bostøtte. Du kunne også komme forbi værestedet på Torvet, når weekenden føles lang.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // The place the help granted is given, or where the citizen already goes.
    'Du får plads i værestedet Lyspunktet 2 dage om ugen. Du kan komme i værestedet fra kl. 10.',
    'Du får støtte 4 timer om ugen. Du kommer i værestedet Lyspunktet hver fredag i forvejen.',
    'Din støtte nedsættes til 3 timer om ugen. Du kan stadig komme i værestedet på Torvet, som du gør i dag.',
    'Du får støtte 4 timer om ugen. Din bostøtte kan komme med dig i værestedet, første gang du går der.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('omfang: help on two named weekdays is a weekly scope', () => {
  it.each([
    'Du er bevilget holdtræning. Du træner med os mandag og torsdag kl. 13-14 i 10 uger.',
    'Vi har besluttet at ændre tidspunktet for din rengøring. Din hjælp til bad onsdag og fredag fortsætter som hidtil aftalt.',
    'Du får støtte i hjemmet tirsdag og fredag fra kl. 9 til 11.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // Another body's class, an open offer, opening days, and days gone by.
    'Din træning er slut. Motionsforeningen har stolegymnastik tirsdag og torsdag i hallen.',
    'Din træning er slut. Du kan også deltage i seniorholdet i Aktivitetshuset mandag og onsdag.',
    'Du får en badebænk. Hjælpemiddeldepotet har åbent mandag og torsdag, hvis du vil hente den selv.',
    'Du får en badebænk. Terapeuten var på besøg hos dig tirsdag og torsdag i sidste uge.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('ressourcer: a relative who can mind the child or comes to the home', () => {
  it.each([
    'I får aflastning. Din kone har fri om fredagen og kan passe Villads den dag.',
    'Vi har lagt vægt på, at hans mormor kan passe ham to dage om ugen.',
    'Du får afløsning. Jeres søn kommer i hjemmet hver lørdag og giver dig en pause.',
    'Du får hjælp til bad. Din nabo kommer hos dig næsten hver dag.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // What the relative cannot do, the staff who mind, and a warning to be careful.
    'I får aflastning. Din kone arbejder i weekenden og kan ikke passe Villads.',
    'I får aflastning. Aflastningsfamilien kan passe Villads hver anden weekend.',
    'Du får afløsning. Din søn bor i Aalborg og kommer i hjemmet sjældent.',
    'Du får tabt arbejdsfortjeneste, fordi der ikke er andre i familien, der kan passe Ida om eftermiddagen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('ressourcer: what the citizen chose is no ability', () => {
  it.each([
    'Vi kan ikke dække udgiften. Kurset er noget, I selv har valgt, og ikke en nødvendig merudgift.',
    'Du får ikke tilskud til taxa. Det er en løsning, du selv har valgt frem for bussen.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
  it.each([
    'Du får hjælp til rengøring. Du klarer selv at lave mad og har selv valgt at gå i brugsen hver dag.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
});

describe('vejledning-andre-ydelser: a hedged entitlement, an offer to be put on a list, shops that deliver', () => {
  const grant = 'Du får hjælp til rengøring hver 14. dag. ';
  it.each([
    'Du har måske også ret til et tilskud til medicin fra Udbetaling Danmark.',
    'I har muligvis ret til hjælp til en tilpasset barnevogn efter reglerne om hjælpemidler.',
    'Kurset for forældre holdes af Sundhedsplejen i efteråret. Sig til, hvis I vil have jer skrevet op.',
    'Mange supermarkeder bringer varer ud, hvis man handler på deres hjemmeside.',
    'De fleste butikker leverer varer til døren mod et mindre gebyr.',
  ])('present: %s', (t) => expect(present(grant + t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Right or wrong in an opinion, the complaint, the list of the help granted, and delivery of the help itself.
    'Du har måske ret i, at rengøringen tager længere tid om vinteren.',
    'Du har ret til at klage over afgørelsen.',
    'Du kan have ret til aktindsigt i sagen.',
    'Du har måske ret til at se dokumenterne i din sag.',
    'Vi har skrevet dig op til en plejebolig, og du hører fra os, når der er en ledig.',
    'Leverandøren bringer varerne ud hver tirsdag.',
  ])('absent: %s', (t) => expect(present(grant + t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('ressourcer: roles and activities the citizen keeps up', () => {
  const grant = 'Du får støtte 3 timer om ugen. ';
  it.each([
    'Du har i mange år været frivillig i genbrugsbutikken.',
    'Hun arbejder som frivillig i kirkens café om torsdagen.',
    'Du har fungeret som arbejdsleder for dine hjælpere siden 2021.',
    'Du er begyndt til svømning igen og har fået nye venner der.',
    'I praktikken har du mødt stabilt og passet dine opgaver.',
  ])('present: %s', (t) => expect(present(grant + t, 'ressourcer')).toBe(true));
  it.each([
    // Voluntary help, a wish, and a lost role.
    'Det er frivilligt, om du vil tage imod tilbuddet.',
    'Du vil gerne være frivillig i genbrugsbutikken igen.',
    'Du har ikke længere kunnet fungere som arbejdsleder, og derfor ophører ordningen.',
  ])('absent: %s', (t) => expect(present(grant + t, 'ressourcer')).toBe(false));
});

/**
 * Round 21: guidance to other help, the citizen's resources and the granted scope in the
 * phrasing classes the blind batches at–aw showed. Sentences written for these tests, not taken
 * from the evaluation letters; each widened class has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('vejledning-andre-ydelser: advice, places to buy and forms in other words', () => {
  it.each([
    'Vi har nedsat din hjælp. Tal med din læge om, hvorvidt din smertestillende medicin kan tages tidligere.',
    'Du får hjælp til bad. Spørg også din læge, om du kan få henvisning til en fodterapeut.',
    'Du får afslag på en gribetang. Den kan købes på apoteket eller i byens genbrugsbutik.',
    'Du får afslag på et toiletsæde. Lignende sæder kan købes hos de fleste byggemarkeder.',
    'Du får afslag på en rollator. Ældre Sagens frivillige udlåner brugte rollatorer.',
    'Du får en mentor. Hvis du har brug for at snakke med nogen anonymt, kan du ringe til Headspace.',
    'Vi ændrer din hjælp. Vi har talt med dig om en madordning og har sendt dig et skema til at søge om den.',
    'Du får bad 2 gange om ugen. En ergoterapeut kan vise dig, hvordan du selv kan tørre ryggen med et langt håndklæde.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får en rollator. Rollatoren kan købes i flere farver, men kommunen udlåner kun den grå.',
    'Du får et nødkald. Tal med din hjemmehjælper, hvis det ikke virker.',
    'Du får afslag. Din datter har fortalt, at du ikke vil tale med nogen anonymt.',
    'Du får afslag. Vi har modtaget dit ansøgningsskema den 3. marts.',
    'Du får genoptræning. Terapeuten kan vise dig et greb under træningen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('ressourcer: a relative who takes over, and what the citizen does on their own', () => {
  it.each([
    'Du får tabt arbejdsfortjeneste. Sofies mor tager over, når hun kommer hjem fra arbejde.',
    'Indkøbshjælpen ophører. Din datter har i et stykke tid bestilt dagligvarer til dig på nettet.',
    'Du får vedligeholdelsestræning. Du træner allerede selv med elastikker i stuen.',
    'Du får en kørestol. Malte kan gå kortere ture i haven med sin rollator.',
    'Du får en el-kørestol. Ved prøvningen kørte han selv ned ad gangen og ind i elevatoren.',
    'Du får tilskud til en el-cykel. Du har altid været aktiv og cyklet meget.',
    'I får dækket merudgifter. Mathias kan nu sidde i sofaen uden støtte.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får hjælp. Din søn har bestilt en tid hos lægen til dig.',
    'Du får en kørestol. Vi kørte selv ud til dig med den.',
    'Du får hjælp til bad. Hjemmeplejen tager over fra din datter.',
    'Du får træning. Du kan ikke gå korte stræk uden hvil.',
    'Du får træning. Du skal ikke selv træne derhjemme.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('omfang: times of day as the unit, a yes to the application, one of several helpers', () => {
  it.each([
    'Vi ændrer din hjælp. Fra 1. marts kommer hjemmeplejen tre aftener om ugen i stedet for hver aften.',
    'Du får støtte. En bostøttemedarbejder kommer to eftermiddage om ugen og hjælper dig med posten.',
    'I har søgt om aflastning til Emma, og det får I. Emma får aflastning i Solhuset én weekend om måneden.',
    'Du har søgt om en ledsager, og det kan du få. Ledsageren kommer 8 timer om måneden.',
    'Du får rehabilitering. En af vores ergoterapeuter kommer hjem til dig tre gange om ugen i 8 uger.',
    'Du får den hjælp, du og din hustru bad om: en hjælper kommer og hjælper dig i bad to gange om ugen.',
    'Du har søgt om rengøring hver uge, og vi har besluttet, at du i stedet får rengøring hver 14. dag.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Vi ændrer din hjælp. Du vågner tre morgener om ugen med smerter i hoften.',
    'Du får hjælp til rengøring. Din datter handler ind for dig to aftener om ugen.',
    'Vi stopper støtten. Du fortalte, at du i stedet kommer i klubben tre formiddage om ugen.',
    'Du har søgt om ledsagelse, og det får du ikke, selv om du bad om 15 timer om måneden.',
    'Du får ikke den hjælp, du bad om: bad tre gange om ugen.',
    'Du får en kontaktperson. Dine forældre kommer hjem til dig hver anden weekend.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('omfang: a helper who comes once at a time of day, and meetings so far', () => {
  it.each([
    'Vi ændrer din hjælp. Hjemmeplejen kommer fremover hver aften ved 22-tiden og hjælper dig med medicinen.',
    'Din hjælp til rengøring ophører. Hjemmeplejen kommer stadig hver morgen og hjælper dig i tøjet.',
    'Du får hjælp. En hjælper kommer hver formiddag og hjælper dig med frokosten.',
    'Du får hjælp. Vi kommer hver aften og hjælper dig i seng.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Du får hjælp til rengøring. Din datter kommer hver aften og spiser med.',
    'Du får hjælp til rengøring. Din søn Jakob kommer hver morgen.',
    'Du får plads i dagcentret. Du kommer hver morgen med bussen.',
    'Du får hjælp til rengøring. Birthe kommer hver eftermiddag og drikker kaffe.',
    'Kontaktpersonordningen ophører. Du har mødtes med Mette 3 gange om måneden.',
    'Efterværnet ophører. I har set hinanden hver uge siden foråret.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

it('omfang: a visit at a time of day on call is no scope', () => {
  expect(present('Du får hjælp efter behov. En hjælper kommer hver aften, når du ringer efter os.', 'omfang')).toBe(false);
});

describe('look-alikes: the aim of a check and where the citizen found the thing applied for', () => {
  it.each([
    ['Du får et nødkald. Vi ringer efter et halvt år for at sikre, at det virker, og at du er fortrolig med det.', 'ressourcer'],
    ['Du får en lift. Terapeuten kommer forbi for at tjekke, at du kan klare forflytningen med liften.', 'ressourcer'],
    ['Du får en standardrollator. Du har søgt om en let model til 4.995 kr., som du har fundet i en netbutik.', 'vejledning-andre-ydelser'],
    ['Du får afslag. Puden, som De selv har set hos Gigtforeningen, kan vi ikke bevilge.', 'vejledning-andre-ydelser'],
  ] as const)('absent: %s (%s)', (t, id) => expect(present(t, id)).toBe(false));
  it.each([
    ['Du får en lift. Ved besøget var du fortrolig med at bruge liften.', 'ressourcer'],
    ['Du får afslag. Du kan i stedet købe en lignende rollator i en netbutik.', 'vejledning-andre-ydelser'],
    ['Du får afslag. Gigtforeningen har en webshop, hvor du kan købe puden.', 'vejledning-andre-ydelser'],
  ] as const)('present: %s (%s)', (t, id) => expect(present(t, id)).toBe(true));
});

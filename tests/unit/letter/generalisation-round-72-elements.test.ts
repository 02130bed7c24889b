/**
 * Round 72 (section B): formaal, omfang, opfoelgning, hovedhensyn, begrundelse and faktiske-oplysninger — asking someone
 * else about a thing, and "nobody who shall help you" (no purpose); a relief worker who comes home, and help kept under a
 * compound name with its law and "dvs." (scope); a treatment's span in a refusal, and how long one may apply again (no
 * follow-up); "da du ikke har …" before the restated criterion (no main consideration); a causal "Da …, er … ikke
 * nødvendig" (reason); a measurement in the definite form and a professional's dated document (facts). Written for these
 * tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-03-02T12:00:00') };
const OPEN = 'Tarmvig Kommune\nSocial og Sundhed\n\n2. marts 2026\n\n';
const END = '\n\nMed venlig hilsen\nKaren Bro\nSagsbehandler\n';
const letter = (subject: string, body: string, greeting = 'Kære Helga') => OPEN + subject + '\n\n' + greeting + '\n\n' + body + END;
const has = (text: string, id: Parameters<typeof present>[1]) => present(text, id, opts);

describe('formaal: the purpose of something to ask someone else about is not the help\'s', () => {
  it('"Du kan også spørge sygeplejersken om en pude, så du kan …" in a refusal', () =>
    expect(has(letter('Afgørelse om hjemmehjælp', 'Du har søgt om hjælp til at lave mad. Du får afslag, fordi din mand laver mad hver dag.\n\nDu kan også spørge sygeplejersken om en siddepude, så du kan sidde længere ved bordet.'), 'formaal')).toBe(false));
  it('"Du kan også bede din egen læge om en henvisning, så …" in a refusal', () =>
    expect(has(letter('Afgørelse om en plejeseng', 'Du har søgt om en plejeseng. Du får afslag, fordi du selv kommer op af sengen.\n\nDu kan også bede din egen læge om en henvisning, så du kan få undersøgt din skulder.'), 'formaal')).toBe(false));
  it('look-alike: the granted help\'s own purpose', () =>
    expect(has(letter('Afgørelse om en siddepude', 'Du får en siddepude efter servicelovens § 112, så du kan sidde længere ved bordet.'), 'formaal')).toBe(true));
});

describe('formaal: "nobody who shall help you" is a fact weighed, not an aim', () => {
  it('"der ikke er nogen, der skal hjælpe dig med …"', () =>
    expect(has(letter('Afgørelse om en plejeseng', 'Du har søgt om en plejeseng. Vi har lagt vægt på, at du selv kommer ind og ud af sengen, og at der ikke er nogen, der skal hjælpe dig med at vende dig om natten. Du får derfor afslag.'), 'formaal')).toBe(false));
  it('"da ingen, som skal støtte dig …"', () =>
    expect(has(letter('Afgørelse om en badestol', 'Du har søgt om en badestol. Du får afslag, da du står sikkert i brusebadet, og da der er ingen, som skal støtte dig under badet.'), 'formaal')).toBe(false));
  it('look-alike: a helper who shall help you with something', () =>
    expect(has(letter('Afgørelse om bostøtte', 'Du får bostøtte efter servicelovens § 85. Du får en kontaktperson, der skal hjælpe dig med at åbne din post og betale dine regninger.'), 'formaal')).toBe(true));
});

describe('omfang: a relief worker or a companion who comes home is the help itself', () => {
  it('"En afløser fra … kommer hjem til jer hver tirsdag, i alt 3 timer om ugen"', () =>
    expect(has(letter('Afgørelse om afløsning', 'Du har søgt om afløsning, så du kan komme ud. Det får du.\n\nEn afløser fra kommunens team kommer hjem til jer hver tirsdag fra kl. 9 til 12, i alt 3 timer om ugen.'), 'omfang')).toBe(true));
  it('"Aflasteren kommer hjem til Bo to eftermiddage om ugen"', () =>
    expect(has(letter('Afgørelse om aflastning', 'Vi har bevilget aflastning i hjemmet. Aflasteren kommer hjem til jer to eftermiddage om ugen.', 'Kære Ulla og Bo'), 'omfang')).toBe(true));
  it('look-alike: a grandchild who comes home to visit', () =>
    expect(has(letter('Afgørelse om afløsning', 'Du har søgt om afløsning. Du får afslag, fordi dit barnebarn kommer hjem til jer hver tirsdag og passer Bo.'), 'omfang')).toBe(false));
});

describe('omfang: help kept under a compound name, its law and "dvs." before the amount', () => {
  it('"beholder den hjemmepleje, hun har i dag efter ældrelovens § 10, dvs. to besøg om dagen"', () =>
    expect(has(letter('Afgørelse om plejebolig', 'Udvalget har besluttet ikke at godkende Inga til en plejebolig. Ansøgningen afslås.\n\nInga beholder den hjemmepleje, hun har i dag efter ældrelovens § 10, dvs. to besøg om dagen og et besøg hver aften.', 'Kære Poul'), 'omfang')).toBe(true));
  it('"De beholder den nattepleje, De har i dag efter ældrelovens § 10, nemlig et besøg hver nat"', () =>
    expect(has(letter('Afgørelse om plejebolig', 'Deres ansøgning om en plejebolig afslås.\n\nDe beholder den nattepleje, De har i dag efter ældrelovens § 10, nemlig et besøg hver nat.', 'Kære Ejnar Holm'), 'omfang')).toBe(true));
  it('look-alike: the help asked for in the refusal', () =>
    expect(has(letter('Afgørelse om plejebolig', 'Deres ansøgning om en plejebolig med et besøg hver nat afslås.', 'Kære Ejnar Holm'), 'omfang')).toBe(false));
});

describe('opfoelgning: a treatment\'s span reported in a refusal is not how long help lasts', () => {
  it('"hun er i strålebehandling frem til maj"', () =>
    expect(has(letter('Afgørelse om ansættelse til pasning', 'Du har søgt om at blive ansat til at passe din datter. Af lægens brev fremgår det, at hun er i strålebehandling frem til maj 2026. Du får afslag, fordi hun kan klare sig med hjælp fra hjemmeplejen.', 'Kære Bent'), 'opfoelgning')).toBe(false));
  it('"han er indlagt til og med udgangen af marts"', () =>
    expect(has(letter('Afgørelse om ledsagelse', 'Du har søgt om ledsagelse til din søn. Han er indlagt til og med udgangen af marts. Du får afslag, fordi han ikke har brug for ledsagelse under indlæggelsen.', 'Kære Bent'), 'opfoelgning')).toBe(false));
  it('look-alike: the help granted until a date', () =>
    expect(has(letter('Afgørelse om aflastning', 'Du får aflastning efter servicelovens § 84, mens din søn er i behandling. Aflastningen gælder frem til 31. maj 2026.', 'Kære Bent'), 'opfoelgning')).toBe(true));
});

describe('opfoelgning: how long one may apply again is no look ahead', () => {
  it('"kan du søge igen, indtil du fylder 23 år"', () =>
    expect(has(letter('Afgørelse om efterværn', 'Du har søgt om en kontaktperson. Du får afslag, fordi du klarer dig godt i din lejlighed.\n\nHar du brug for hjælp senere, kan du søge igen, indtil du fylder 23 år.', 'Kære Malte'), 'opfoelgning')).toBe(false));
  it('"du kan ansøge på ny frem til udgangen af året"', () =>
    expect(has(letter('Afgørelse om tilskud', 'Du har søgt om tilskud til et kursus. Du får afslag, fordi kurset ikke er startet.\n\nDu kan ansøge på ny frem til udgangen af året.', 'Kære Malte'), 'opfoelgning')).toBe(false));
  it('look-alike: the help granted until a birthday', () =>
    expect(has(letter('Afgørelse om efterværn', 'Du får en kontaktperson efter barnets lov § 114. Støtten gælder, indtil du fylder 23 år.', 'Kære Malte'), 'opfoelgning')).toBe(true));
});

describe('hovedhensyn: "da du ikke har …" before the restated criterion weighs nothing', () => {
  it('"lagt vægt på, at du ikke opfylder betingelserne i § 97, da du ikke har en betydelig og varigt nedsat funktionsevne"', () =>
    expect(has(letter('Svar på din ansøgning om ledsagelse', 'Du har søgt om ledsagelse.\n\nDu får afslag. Vi har lagt vægt på, at du ikke opfylder betingelserne i § 97, da du ikke har en betydelig og varigt nedsat funktionsevne.', 'Hej Tage'), 'hovedhensyn')).toBe(false));
  it('"fordi du ikke har en betydelig og varigt nedsat funktionsevne"', () =>
    expect(has(letter('Svar om ledsagelse', 'Du har søgt om ledsagelse.\n\nDu får afslag. Vi har lagt vægt på, at du ikke opfylder betingelserne, fordi du ikke har en betydelig og varigt nedsat funktionsevne.', 'Hej Tage'), 'hovedhensyn')).toBe(false));
  it('look-alike: a fact of the case after "da du"', () =>
    expect(has(letter('Svar på din ansøgning om ledsagelse', 'Du har søgt om ledsagelse.\n\nDu får afslag. Vi har lagt vægt på, at du selv tager bussen til byen hver uge, da du kan gå 500 meter med din stok.', 'Hej Tage'), 'hovedhensyn')).toBe(true));
});

describe('begrundelse: a causal "Da …, er … ikke nødvendig" draws the conclusion from a fact', () => {
  it('"Da køkkenet kan bruges fra kørestolen med det nye bord, er en ombygning ikke nødvendig"', () =>
    expect(has(letter('Afgørelse om boligindretning', 'Du har søgt om en ny dør og om ombygning af køkkenet. Døren bevilges. Ombygningen af køkkenet afslås.\n\nDa køkkenet kan bruges fra kørestolen med det rullebord, du allerede har fået, er en ombygning ikke nødvendig.', 'Kære Anni'), 'begrundelse')).toBe(true));
  it('"Da stolen i stuen allerede har en vippefunktion, er der ikke behov for en løftestol"', () =>
    expect(has(letter('Afgørelse om hjælpemidler', 'Du har søgt om en rollator og en løftestol. Rollatoren bevilges, løftestolen afslås.\n\nDa stolen i stuen allerede har en vippefunktion, er der ikke behov for en løftestol.', 'Kære Anni'), 'begrundelse')).toBe(true));
  it('look-alike: a temporal "Da vi var på besøg" with no conclusion', () =>
    expect(has(letter('Afgørelse om hjælpemidler', 'Du har søgt om en rollator og en løftestol. Rollatoren bevilges, løftestolen afslås.\n\nDa vi var på besøg, talte vi om din have.', 'Kære Anni'), 'begrundelse')).toBe(false));
});

describe('faktiske-oplysninger: a measurement in the definite form and a professional\'s dated document', () => {
  it('"iltmålingen fra sygehuset viser, at …"', () =>
    expect(has(letter('Afgørelse om tilskud', 'Du får tilskud til en el-scooter efter servicelovens § 113, fordi iltmålingen fra sygehuset viser, at du bliver forpustet efter få skridt.', 'Kære Orla'), 'faktiske-oplysninger')).toBe(true));
  it('"efter ergoterapeutens træningsprogram af 4. februar 2026" in a sentence about what is to come', () =>
    expect(has(letter('Afgørelse om kørsel', 'Vi dækker kørsel til træning, fordi Mads skal træne tre gange om ugen efter ergoterapeutens træningsprogram af 4. februar 2026.', 'Kære Lone'), 'faktiske-oplysninger')).toBe(true));
  it('look-alike: the professional who is to make a plan later', () =>
    expect(has(letter('Afgørelse om kørsel', 'Vi dækker kørsel til træning. Ergoterapeuten skal lave en træningsplan med dig i næste måned.', 'Kære Lone'), 'faktiske-oplysninger')).toBe(false));
});

/**
 * Round 16: guidance to other help, the scope and the citizen's resources in phrasing classes
 * the blind batches ae, af and ag used. Sentences written for these tests, as caseworkers write
 * them — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const REFUSAL = 'Vi har behandlet din ansøgning om en plejebolig, og du får afslag. ';
const GRANT = 'Du får madservice med 7 hovedretter om ugen. ';

describe('vejledning-andre-ydelser: something else to get, marked as an addition', () => {
  it.each([
    `${GRANT}Du kan også få besøg af en ergoterapeut, som kan se på dit køkken.`,
    `${REFUSAL}Du kan desuden få en frivillig besøgsven, hvis du savner selskab.`,
    `${REFUSAL}Kan du også få glæde af kørsel til dagcentret? Sig til, så finder vi ud af det.`,
    `${REFUSAL}I kan også få samtaler hos en familiebehandler i Familiehuset.`,
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // Rights, copies and answers are no other help.
    `${REFUSAL}Du kan også få aktindsigt i alle papirer i sagen.`,
    `${REFUSAL}Du kan også få en kopi af notatet fra besøget.`,
    `${REFUSAL}Du kan også få svar på dine spørgsmål ved at ringe til mig.`,
    // The help this letter grants, said once more.
    `${GRANT}Du kan også få hovedretterne leveret kolde.`,
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: a heading over other help, a hedged suggestion, help needing no application', () => {
  it.each([
    `${REFUSAL}Hjælp andre steder\n\nDemensforeningen holder pårørendeweekender for ægtefæller.`,
    `${REFUSAL}Landsforeningen holder sommerlejre for søskende til børn med handicap.`,
    `${REFUSAL}Et toiletstativ kan måske gøre det lettere for dig at rejse dig.`,
    `${GRANT}Vi har sendt besked til hjemmesygeplejen om dit ben. Det er en sundhedsydelse, som du ikke skal søge om.`,
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // A device that notifies someone, and the relatives' own association, are facts.
    `${REFUSAL}Alarmen giver besked til nattevagten, hvis du falder.`,
    `${REFUSAL}Din datter er formand for grundejerforeningen og holder møder hver måned.`,
    // A suggestion without a hedge about the help granted is its purpose.
    `${GRANT}Maden skal gøre det lettere for dig at tage på igen.`,
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: a contact line for questions on this decision', () => {
  it.each([
    `${REFUSAL}Har du spørgsmål til afgørelsen, kan du rette henvendelse til udvalgets sekretær.`,
    `${REFUSAL}Såfremt De har bemærkninger til ovenstående, bedes De rette henvendelse til forvaltningen.`,
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
  it.each([
    `${REFUSAL}Har du brug for råd om økonomi, kan du rette henvendelse til Gældsrådgivningen i Frivilligcentret.`,
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
});

describe('omfang: the grant said as the application met, not the need or what a professional wrote', () => {
  it.each([
    'Vi har behandlet jeres ansøgning. I kan få det, I har søgt om: aflastning i en plejefamilie 2 weekender om måneden.',
    'Du kan få det, du har bedt om, nemlig rengøring hver 14. dag.',
    'Vi vurderer, at du har brug for hjælp til bad, og derfor får du hjælp 2 gange om ugen.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // The need as assessed, in a refusal.
    'Du får afslag på borgerstyret personlig assistance. Du har brug for hjælp til bad og toiletbesøg, i alt cirka tre timer i døgnet.',
    // A professional's account of the citizen's own week, in a letter that ends the help.
    'Dit træningsforløb slutter den 1. marts, fordi målene er nået. Fysioterapeuten skriver, at du selv går til fitness tre gange om ugen.',
    'Genoptræningen ophører. Terapeuten beskrev, at du nu handler ind alene to gange om ugen.',
    // The application alone, not met.
    'Du har søgt om det, du kan få: 4 timer om ugen. Vi giver afslag.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('ressourcer: getting about and managing in everyday words', () => {
  it.each([
    'Du får afslag på en el-scooter. Du kan gå kortere strækninger med din stok, fx ned til postkassen.',
    'Du får afslag på støtte til bil. Du passer dit job og tager bussen hver morgen.',
    'Ved besøget så ergoterapeuten, at du kan sætte dig på kanten af badekarret og løfte benene ind.',
    'Behandlingen slutter. Det er jeres egne kræfter, der holder hverdagen sammen nu.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // Negated, and the standard line on taking part as far as one can.
    'Du får en el-scooter, fordi du ikke kan gå korte strækninger uden at få ondt.',
    'Hjælpen gives som hjælp til selvhjælp, og du forventes at deltage, i det omfang du er i stand til det.',
    'Du skal tage del i rengøringen, så vidt du er i stand til det.',
    // Negated in a condition.
    'Da du ikke længere tager bussen, har du søgt om kørsel.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('vejledning-andre-ydelser: another aid offered on loan in a refusal', () => {
  it.each([
    'Vi giver afslag på ombygning af dit badeværelse. En badebænk vil kunne udlånes fra kommunens depot, hvis du ønsker det.',
    'Kommunen kan ikke bevilge tilskud til ny bruseniche. Ønsker De at benytte tilbuddet om udlån af et badekarsbræt, kan De ringe til os.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    // In a grant, the loan is how the aid granted is given.
    'Du får bevilget en rollator. Rollatoren kan udlånes fra hjælpemiddeldepotet, når den er klar.',
    'Vi bevilger dig en badebænk efter servicelovens § 112. Vi kan tilbyde udlån med det samme.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

/**
 * Round 31, hovedhensyn, partshoering, aktindsigt and bisidder: phrasing classes behind the misses
 * in the own-voice batches ch, ci, ck and cl and the field batch cj, in our own words — valid
 * examples and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('hovedhensyn: what counted, filled most, or the biggest reason for what we decide', () => {
  it.each([
    'Du får ikke hjælp til indkøb. Det, der har talt mest, er, at din søn handler ind for dig hver fredag.',
    'Vi nedsætter aflastningen. Det, der har fyldt mest i vurderingen, er, at Oliver nu sover hjemme hele ugen uden uro.',
    'Vi stopper bostøtten. Den største grund til, at vi stopper den, er, at du nu selv betaler dine regninger til tiden.',
    'Du får ikke en ny kørestol. Den vigtigste årsag til, at vi siger nej, er, at din nuværende stol kan repareres.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    // Who talked most, what filled the conversation, the party's reason and the party's own account.
    'Du får ikke hjælp til indkøb. Det var din søn, der talte mest på mødet den 3. maj.',
    'Vi nedsætter aflastningen. Det, der fyldte mest i samtalen, var Olivers skolestart.',
    'Vi stopper bostøtten. Den største grund til, at du søger, er, at du er flyttet.',
    'Familiebehandlingen slutter. Ifølge jer selv er det især de faste sengetider, der har gjort forskellen.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

describe('partshoering: the document in hand or in hearing, the answer named, the chance to say something', () => {
  it.each([
    'Du fik lægens udtalelse og vores notat i hænde den 4. marts, og dit svar af 11. marts har vi taget med.',
    'De har som værge fået sagens oplysninger i høring den 2. juni og svarede den 9. juni.',
    'I fik forvaltningens indstilling tilsendt den 1. april. Jeres skriftlige bemærkninger af 8. april blev lagt frem for udvalget.',
    'Vi sendte dig terapeutens beskrivelse den 5. maj, så du kunne sige noget til den, før vi traf afgørelsen.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A leaflet in hand, a hearing of others, an answer to something else, a chance to say something about the help.
    'Du fik en pjece om hjælpemidler i hænde ved besøget den 4. marts.',
    'Ældrerådet har fået kvalitetsstandarden i høring i foråret.',
    'Du fik en ny rollator den 1. april. Du har ikke sendt os noget.',
    'Vi sendte dig en pakke med bleer den 5. maj, så du kunne sige noget til hjemmeplejen om størrelsen.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('aktindsigt: the whole case, what lies in it, the papers read', () => {
  it.each([
    'Du kan altid få at se, hvad der ligger i din sag.',
    'Du kan se hele din sag, hvis du beder om det.',
    'Vil du læse de papirer, vi har brugt i din sag, så ring til mig.',
    'I må gerne læse, hvad der ligger i jeres sag.',
  ])('present: %s', (t) => expect(present(t, 'aktindsigt')).toBe(true));
  it.each([
    // The case gone through, papers to sign, what lies in the area.
    'Ankestyrelsen vil se hele sagen igennem, når den får din klage.',
    'Du skal læse de papirer, vi har vedlagt, og skrive under, før sagen kan gå videre.',
    'Vi vil se, hvad der ligger af tilbud i dit område.',
  ])('absent: %s', (t) => expect(present(t, 'aktindsigt')).toBe(false));
});

describe('bisidder: someone of trust along, the trust said between, a lawyer of one own or paid for', () => {
  it.each([
    'Du kan tage en voksen, du er tryg ved, med, når vi skal tale om din skole.',
    'Du må gerne tage en med, du stoler på, hvis du vil tale med os om brevet.',
    'Noah har ret til at tage en voksen, han stoler på, med til samtalerne med os.',
    'Du må også gerne have din advokat med, hvis vi skal mødes igen.',
    'Begge forældre har haft en advokat, som kommunen har betalt.',
    'Du er altid velkommen til at tage din nabo eller en anden med, når vi snakker om din sag.',
  ])('present: %s', (t) => expect(present(t, 'bisidder')).toBe(true));
  it.each([
    // A lawyer who came, a fuldmagt given as a fact, a representative as a fact, a support person applied for.
    'Du kom til mødet med din advokat med under armen.',
    'Du skriver på vegne af din far, som har givet dig fuldmagt i sagen.',
    'Din partsrepræsentant fra Scleroseforeningen sendte os en mail den 3. maj.',
    'Du har søgt om, at du kan få en støtteperson efter barnets lov § 32. Du får støttepersonen hver anden uge.',
  ])('absent: %s', (t) => expect(present(t, 'bisidder')).toBe(false));
});

describe('hovedhensyn: the greatest weight in the present tense', () => {
  it.each([
    'Vi halverer bostøtten. Det, vi tillægger størst betydning, er, at du nu selv passer dine aftaler på jobcentret.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    // The party's greatest weight.
    'Vi halverer bostøtten. Du sagde, at det, du tillægger størst betydning, er, at du kan beholde din kontaktperson.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

describe('partshoering: what was written read aloud, and a letter about what we meant to do with the answer after', () => {
  it.each([
    'Jeg ringede til dig den 4. marts og læste det op, jeg havde skrevet efter besøget, så du kunne rette det.',
    'Den 2. marts fik du et brev fra os om, hvad vi havde tænkt os. Du ringede den 6. marts og sagde, at du var enig.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Reading aloud to no one of the case, and the plan told without an answer.
    'Jeg læste det op, jeg havde fundet i kvalitetsstandarden, for min kollega.',
    'Den 2. marts fik du et brev fra os om, hvad vi havde tænkt os. Hjemmeplejen kommer fortsat hver morgen.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

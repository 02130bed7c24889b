/**
 * Round 32, hovedhensyn, partshoering, aktindsigt and bisidder: phrasing classes behind the misses
 * in the batches cm, cn and co, in our own words — valid examples and look-alikes that must stay
 * absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('partshoering: the plan told by phone or at a visit before the decision, and the answer', () => {
  it.each([
    'Vi ringede til dig den 12. marts og fortalte om planen. Du sagde, at det var i orden.',
    'Jeg besøgte jer den 4. maj og forklarede vores forslag, og I sagde, at I hellere ville have hjælpen om eftermiddagen.',
    'Da vi talte sammen i telefonen den 2. juni, fortalte jeg dig om ændringen. Du svarede, at du gerne ville prøve.',
    'Visitator ringede til Dem den 8. september og gennemgik det nye oplæg med Dem. De bad os om at rette tidspunktet.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // The plan told without an answer, a call about something else, the plan told to others.
    'Vi ringede til dig den 12. marts og fortalte om planen.',
    'Vi ringede til dig og fortalte om aktivitetscentret. Du sagde, at du ikke var interesseret.',
    'Vi talte med hjemmeplejen og fortalte om planen. Du sagde ved besøget, at du har ondt i ryggen.',
    'Vi ringede til dig den 12. marts og spurgte til din ryg. Du sagde, at planen fra sygehuset hjælper.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('bisidder: an adult along to meetings as a right, not along to an activity', () => {
  it.each([
    'Du må gerne have en voksen med, som du kender godt, når vi skal snakke om skolen.',
    'Du kan tage en voksen med til samtalerne med mig.',
    'Jonas kan få en voksen med til møderne, som han selv vælger.',
  ])('present: %s', (t) => expect(present(t, 'bisidder')).toBe(true));
  it.each([
    // The child's wish about the help, and the help itself at an activity.
    'Jonas vil ikke have en voksen med i fodboldklubben, fordi de andre så griner.',
    'Du kan have en voksen med i svømmehallen hver onsdag, indtil du kan klare det selv.',
    'Freja har brug for en voksen med til ridning, fordi hun bliver utryg ved hestene.',
    'Mor har fortalt, at Oscar ikke vil tage en voksen med på lejrturen.',
  ])('absent: %s', (t) => expect(present(t, 'bisidder')).toBe(false));
});

describe('partshoering: the party who did not wish to speak is no hearing, unless the chance is named', () => {
  it.each([
    'Du fik notatet fra besøget den 3. maj, men har ikke ønsket at udtale dig.',
    'De har haft lejlighed til at udtale Dem, men har ikke selv ønsket at udtale Dem.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Silence or refusal told as a fact of the case.
    'Udvalget afslår plejeboligen. Deres søn er bekymret, men De har ikke ønsket at udtale Dem.',
    'Vi giver ikke tilskud til trappelift. Du ville ikke udtale dig om, hvordan du kommer op ad trappen i dag.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('bisidder: an adult got along, as a right', () => {
  it('present: Du har ret til at få en voksen med, du kender, når vi holder møde om dig.', () =>
    expect(present('Du har ret til at få en voksen med, du kender, når vi holder møde om dig.', 'bisidder')).toBe(true));
  it('absent: Du kan få en voksen med i skolen de første to uger.', () =>
    expect(present('Du kan få en voksen med i skolen de første to uger.', 'bisidder')).toBe(false));
});

/**
 * Round 33, hovedhensyn, partshoering and bisidder: phrasing classes behind the misses in the
 * batches cp, cq and cr, in our own words — valid examples and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('hovedhensyn: what made a grant possible at all', () => {
  it.each([
    'Det var ergoterapeutens beskrivelse af din ryg, der gjorde, at vi overhovedet kunne give dig tilskud.',
    'Det er dine lange arbejdsdage, som gør, at vi kan bevilge en ekstra time om ugen.',
    'Lægens udtalelse om smerterne var det, der gjorde, at vi kunne sige ja til en del af beløbet.',
    'Det var jeres beskrivelse af nætterne, der gjorde, at udvalget kunne bevilge aflastningen.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    // A mishap or a practical matter that made something possible or impossible is no weighing.
    'En fejl i vores system gjorde, at vi ikke kunne se din ansøgning før i dag.',
    'Din datter lukkede os ind, så vi kunne se badeværelset.',
    'Sygdom blandt personalet gjorde, at vi måtte flytte mødet til tirsdag.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

describe('partshoering: the other party named, on either side of "og"', () => {
  it.each([
    'Du og Henrik fik sagsbehandlerens notat tilsendt den 3. marts, så I kunne rette fejl, inden vi besluttede. Vi har ikke hørt fra jer.',
    'Anne og du har den 9. maj fået udkastet til afgørelsen tilsendt. Du svarede, at du er enig.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // The other party got something that is not a case document to comment on, or no answer follows.
    'Du og Henrik fik en ny rollator leveret den 3. marts.',
    'Du og Henrik fik en pjece om hjemmehjælp med hjem efter besøget.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('bisidder: a støtteperson who goes along to an activity is the help, not the right', () => {
  it.each([
    // The right to a support person at meetings, and the parents' support person in a placement.
    'Du kan tage en støtteperson med til møderne med kommunen.',
    'Du kan få en støtteperson til at hjælpe dig under samtalen med os.',
    'Under anbringelsen kan I få en støtteperson, der kan tage med jer til møderne.',
  ])('present: %s', (t) => expect(present(t, 'bisidder')).toBe(true));
  it.each([
    'Som aftalt kan Sara få en støtteperson, der går med hende til håndbold hver tirsdag.',
    'Vi har bevilget, at du kan få en støtteperson til fritidsaktiviteter to gange om ugen.',
    'Mathias kan få en støtteperson, som følger ham til spejder om torsdagen.',
  ])('absent: %s', (t) => expect(present(t, 'bisidder')).toBe(false));
});

describe('hovedhensyn: a thing of the case declared decisive with the reason after a colon', () => {
  it.each([
    'Den hjemmehjælp, du allerede har om morgenen, er afgørende: med den kan du klare resten af dagen selv.',
    'Sofies angst for mørke er helt afgørende: hun kan ikke sove alene, og derfor bevilger vi nattevagten.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    // An instruction or a plain "important" without the colon's reason is no weighing.
    'Det er afgørende, at du sender kvitteringerne til os inden den 1. maj.',
    'Det er vigtigt: husk at sende kvitteringerne inden den 1. maj.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

describe('hovedhensyn: a weight on the criteria alone is none, a weight back on a rule drawn from facts is', () => {
  it.each([
    'Vi kan ikke give tilskud til den særlige madras, da ergoterapeuten har vurderet, at din almindelige madras med en topmadras aflaster ryggen lige så godt. Madrassen opfylder derfor ikke betingelsen om at afhjælpe din funktionsnedsættelse væsentligt. Det er det, vi har lagt vægt på.',
  ])('present: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(true));
  it.each([
    'Forvaltningen har ved afgørelsen lagt vægt på, at De ikke opfylder de af byrådet vedtagne kriterier.',
    'Der er i den forbindelse lagt vægt på, at betingelserne for hjælp i det hidtidige omfang ikke længere er opfyldt.',
    'Kommunen har lagt vægt på, at ansøger ikke længere opfylder de gældende betingelser.',
    // The rule restated after a sentence that is itself only the rule.
    'De opfylder ikke betingelserne for hjælp efter servicelovens § 83. Madrassen opfylder derfor ikke betingelserne. Det er det, vi har lagt vægt på.',
  ])('absent: %s', (t) => expect(present(t, 'hovedhensyn')).toBe(false));
});

/**
 * Round 40: the complaint deadline counted from receipt in the present tense ("fra den dag, du får brevet"), the
 * citizen who "ser anderledes på det" and a "Uenighed" heading as complaint guidance; reasons as a short verdict on the
 * rule followed by the facts of the case, a conclusion after a dash ("– så der er ikke længere brug for den"), the
 * caseworker's own "vurderer jeg" and a bulleted "Hvorfor …:" label over the reasons; a dated written statement as a
 * fact and a professional's call still to come as no fact. Batches db/dc/dd measured once unseen before they were
 * fixed. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const REFUSAL = 'Kære Henrik\n\nDu får afslag på støtte til en trehjulet cykel efter servicelovens § 112.\n\n';
const CHANGE = 'Kære Sofie\n\nFra 1. april får du bostøtte 2 timer om ugen i stedet for 4 timer efter servicelovens § 85.\n\n';

describe('klagefrist: four weeks from the day the letter is received, said in the present tense', () => {
  it('"fra den dag, du får brevet" under a disagreement heading is the right deadline', () =>
    expect(el(`${REFUSAL}Uenig?\nDu har fire uger fra den dag, du får brevet, til at give os besked, hvis du er uenig. Vi ser så på sagen igen, og ændrer vi den ikke, går den til Ankestyrelsen.`).klagefrist.present).toBe(true));
  it('"fra du modtager afgørelsen" counts from receipt too', () =>
    expect(el(`${REFUSAL}Er du uenig, har du 4 uger fra du modtager afgørelsen, til at skrive til os. Vi ser på sagen igen, før den sendes til Ankestyrelsen.`).klagefrist.present).toBe(true));
  it('eight weeks from the day the letter is received stays a wrong deadline', () =>
    expect(el(`${REFUSAL}Uenig?\nDu har otte uger fra den dag, du får brevet, til at give os besked, hvis du er uenig. Vi ser så på sagen igen, og ændrer vi den ikke, går den til Ankestyrelsen.`).klagefrist.present).toBe(false));
  it('four weeks from the letter\'s own date stays a wrong deadline', () =>
    expect(el(`${REFUSAL}Er du uenig, har du 4 uger fra brevets dato til at skrive til os. Vi ser på sagen igen, før den sendes til Ankestyrelsen.`).klagefrist.present).toBe(false));
  it('a start date "to uger efter, du får bevillingen" is no deadline', () =>
    expect(el(`${CHANGE}Støtten begynder senest 4 uger efter, du får brevet, og din støtteperson ringer til dig inden da.`).klagefrist.present).toBe(false));
});

describe('klagevejledning: disagreement said as seeing it differently, and a "Uenighed" heading', () => {
  it('"Hvis du ser anderledes på det" over a deadline is complaint guidance', () => {
    const e = el(`${CHANGE}Hvis du ser anderledes på det\n\nDu har 4 uger fra den dag, du får brevet, til at sige fra. Skriv eller ring til mig. Så ser jeg på sagen igen, og giver jeg dig ikke ret, sender jeg den til Ankestyrelsen.`);
    expect(e.klagevejledning.present).toBe(true);
    expect(e.klagefrist.present).toBe(true);
  });
  it('"Vi ser anderledes på dit behov nu" is our view, not a complaint', () =>
    expect(el(`${CHANGE}Vi ser anderledes på dit behov nu, end da du fik støtten første gang.`).klagevejledning.present).toBe(false));
  it('a "Uenighed" heading over "kan dette meddeles kommunen … ser sagen igennem igen" is guidance with a new look', () => {
    const e = el(`${REFUSAL}Uenighed\nEr ansøgeren uenig, kan dette meddeles kommunen skriftligt eller pr. telefon. Kommunen ser herefter sagen igennem igen. Får ansøgeren ikke medhold, sendes sagen til Ankestyrelsen.`);
    expect(e.klagevejledning.present).toBe(true);
    expect(e.genvurdering.present).toBe(true);
  });
  it('"uenighed" in the running text about a family dispute says nothing of complaints', () =>
    expect(el(`${REFUSAL}Der har været uenighed i familien om cyklen. Din datter og din søn har forskellige ønsker til, hvordan du skal komme rundt.`).klagevejledning.present).toBe(false));
});

describe('begrundelse: a verdict on the rule and the facts right after it', () => {
  it('"Du opfylder betingelserne." followed by what the doctor found is a reason', () =>
    expect(el('Kære Arne\n\nDu får madservice efter ældrelovens § 14.\n\nDu opfylder betingelserne. Efter din operation i skulderen kan du ikke løfte gryder, og du bor alene.').begrundelse.present).toBe(true));
  it('"Du opfylder ikke betingelserne." followed only by the standard is no reason', () =>
    expect(el('Kære Arne\n\nDu får afslag på madservice efter ældrelovens § 14.\n\nDu opfylder ikke betingelserne. Afgørelsen følger kommunens kvalitetsstandard fra 2025.').begrundelse.present).toBe(false));
  it('"Det er ikke tilfældet her." followed by what the citizen managed is a reason', () =>
    expect(el(`${REFUSAL}Tilskud kræver, at du ikke kan klare dig uden cyklen. Det er ikke tilfældet her. Du kunne cykle på din egen tohjulede cykel hen til Netto sammen med Jørgen.`).begrundelse.present).toBe(true));
  it('"Det er ikke tilfældet." with nothing after it is no reason', () =>
    expect(el(`${REFUSAL}Tilskud kræver, at du ikke kan klare dig uden cyklen, og det er ikke tilfældet.`).begrundelse.present).toBe(false));
});

describe('begrundelse: conclusions and reasons in other forms', () => {
  it('facts, then "– så der er ikke længere brug for den" after a dash, tie the ending to them', () =>
    expect(el('Kære Jonas\n\nDin bostøtte stopper den 1. maj.\n\nLise, din støtteperson, skriver i sin status, at du selv betaler dine regninger til tiden og har lagt et budget. Det var det, støtten skulle lære dig – så der er ikke længere brug for den.').begrundelse.present).toBe(true));
  it('"– så der er kaffe på kontoret" after a dash draws no conclusion', () =>
    expect(el('Kære Jonas\n\nDin bostøtte stopper den 1. maj.\n\nLise, din støtteperson, skriver i sin status, at du selv betaler dine regninger. Kom gerne forbi og sig farvel – så der er kaffe på kontoret.').begrundelse.present).toBe(false));
  it('a bulleted "Hvorfor ikke 4 timer:" label over sub-items gives the reasons', () =>
    expect(el('Kære Ida\n\n• Det får du: praktisk hjælp 2 timer om ugen.\n• Hvorfor ikke 4 timer:\n  – Din mand gør rent i stuen og køkkenet hver weekend.\n  – Du kan selv tørre støv af, når du sidder ned.').begrundelse.present).toBe(true));
  it('a bulleted "Det får du:" label over sub-items is the grant, not reasons', () =>
    expect(el('Kære Ida\n\n• Det får du:\n  – Praktisk hjælp 2 timer om ugen i dit hjem.\n  – En fast hjælper fra Solhjem Pleje om tirsdagen.').begrundelse.present).toBe(false));
  it('"Det vurderer jeg dækker behovet" in the caseworker\'s own voice gives the judgement', () =>
    expect(el('Kære Ida\n\nDu får afløsning 3 timer om ugen efter ældrelovens § 16. Du søgte om 6 timer.\n\nDin mand er i dagcenter to hele dage om ugen. Med tirsdagene oveni vurderer jeg, at det dækker dit behov for pauser nu.').begrundelse.present).toBe(true));
});

describe('faktiske-oplysninger: a dated written statement, and a call still to come', () => {
  it('"Børneafdelingen skrev 3. marts, at …" is a dated source with content', () =>
    expect(el('Kære Pia og Rasmus\n\nFra 1. juni får Lucas aflastning 1 weekend om måneden.\n\nBørneafdelingen i Slagelse skrev 3. marts, at han nu sover igennem de fleste nætter.')['faktiske-oplysninger'].present).toBe(true));
  it('"Vi skrev til jer 3. marts om …" with nothing of what a source says is no fact', () =>
    expect(el('Kære Pia og Rasmus\n\nFra 1. juni får Lucas aflastning 1 weekend om måneden.\n\nVi skrev til jer 3. marts om en ny aflastningsfamilie i Sorø.')['faktiske-oplysninger'].present).toBe(false));
  it('a therapist who "ringer til dig" after delivery is follow-up, not a fact of the case', () =>
    expect(el('Hej Bent\n\nDu får den badestol, du ringede om. Den bliver kørt ud i næste uge.\n\nKaren (fysioterapeut) ringer til dig en uge efter, den er kommet, og hører, om den passer.')['faktiske-oplysninger'].present).toBe(false));
  it('a therapist who "ringede til dig den 4. marts" and heard how it went is a dated talk', () =>
    expect(el('Hej Bent\n\nDu får den badestol, du ringede om.\n\nKaren (fysioterapeut) ringede til dig den 4. marts og hørte, at du ikke kan stå op i badet.')['faktiske-oplysninger'].present).toBe(true));
});

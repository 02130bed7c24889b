/**
 * Round 44: an association that "arrangerer" camps, a body that "har mulighed for at udlevere", and the citizen's own
 * doctor who "kan henvise" (vejledning-andre-ydelser); a letter with a case document and the question what the party
 * thought, and a document got "og kommenterede den" (partshoering); "svar på denne mail inden fire uger" (klagefrist);
 * "sige det til mig inden 4 uger … Så kigger jeg på det igen" (genvurdering); "Klage: Skriftligt til Ankestyrelsen"
 * (klagevejledning); "kopi af alt det, vi har skrevet" and "de papirer, vi har brugt" (aktindsigt); "tillægges særlig
 * betydning, at" and the service level weighed with what it sets (hovedhensyn); "Den skal sørge for, at" after the help
 * (formaal). Batches dj–dm measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const RELIEF =
  'Kære Hanne og Per\n\nAsta kan komme i aflastning én weekend om måneden efter barnets lov § 32. Den ekstra uge i påsken kan vi ikke give jer.\n\n';
const CLEANING = 'Kære Erik\n\nDu får hjælp til rengøring hver 14. dag efter ældrelovens § 10, som du har søgt om.\n\n';
const REFUSAL = 'Kære Lone\n\nDu får ikke støtte til en ny kørestol efter servicelovens § 112, fordi din nuværende stol passer til dit behov.\n\n';

describe('vejledning-andre-ydelser: an association that arranges, a body that can hand out, the own doctor who can refer', () => {
  it('"Gigtforeningen arrangerer sommerlejre for børn" guides', () =>
    expect(el(`${RELIEF}Til gengæld arrangerer Gigtforeningen sommerlejre for børn på Astas alder, hvis I har lyst.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('an association named as one the child plays in is no guidance', () =>
    expect(el(`${RELIEF}Asta går til svømning i idrætsforeningen om tirsdagen.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"Regionen har af og til mulighed for at udlevere …" guides', () =>
    expect(el(`${RELIEF}Tal med sygehuset, hvis sensoren ikke slår til. Regionen har også mulighed for at udlevere andre apparater.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('what the region has done already is a fact of the case', () =>
    expect(el(`${RELIEF}Regionen har udleveret en sensor til Asta i januar.`)['vejledning-andre-ydelser'].present).toBe(false));
  it('"kan din egen læge henvise dig til en psykolog" guides', () =>
    expect(el(`${REFUSAL}Får du det svært, kan din egen læge henvise dig til en psykolog.`)['vejledning-andre-ydelser'].present).toBe(true));
  it('what the own doctor has written is a fact of the case', () =>
    expect(el(`${REFUSAL}Din egen læge har skrevet til os om dine skuldre i december.`)['vejledning-andre-ydelser'].present).toBe(false));
});

describe('partshoering: a case document with the question, a document commented on', () => {
  it('"Vi skrev til dig med terapeutens notat og spurgte, hvad du mente" is a hearing', () =>
    expect(el(`${CLEANING}Vi skrev til dig den 2. februar med terapeutens notat og spurgte, hvad du mente om det.`).partshoering.present).toBe(true));
  it('a letter with only a question about the wish is none', () =>
    expect(el(`${CLEANING}Vi skrev til dig den 2. februar og spurgte, hvad du mente om tidspunktet.`).partshoering.present).toBe(false));
  it('"Du fik registreringen den 4. februar og kommenterede den i en mail" is a hearing', () =>
    expect(el(`${CLEANING}Du fik registreringen den 4. februar og kommenterede den i en mail dagen efter.`).partshoering.present).toBe(true));
  it('a document got with no comment is none', () =>
    expect(el(`${CLEANING}Du fik registreringen den 4. februar og talte med din datter om rengøringen.`).partshoering.present).toBe(false));
});

describe('klagefrist, genvurdering, klagevejledning: plain replies and a field line', () => {
  it('"så svar på denne mail inden fire uger, fra du fik den" states the deadline', () =>
    expect(el(`${CLEANING}Er du ikke enig, så svar på denne mail inden fire uger, fra du fik den.`).klagefrist.present).toBe(true));
  it('the same with eight weeks is not the right deadline', () =>
    expect(el(`${CLEANING}Er du ikke enig, så svar på denne mail inden otte uger, fra du fik den.`).klagefrist.present).toBe(false));
  it('"sige det til mig inden 4 uger … Så kigger jeg på det igen" is a reconsideration', () =>
    expect(
      el(`${CLEANING}Hvis du synes, jeg har regnet forkert, skal du sige det til mig inden 4 uger efter, du har fået brevet. Du kan ringe eller skrive. Så kigger jeg på det igen. Mener jeg det samme, sender jeg det til Ankestyrelsen.`)
        .genvurdering.present,
    ).toBe(true));
  it('a follow-up "så kigger jeg på det igen" after a visit is none', () =>
    expect(el(`${CLEANING}Jeg kommer forbi i maj. Så kigger jeg på det igen.`).genvurdering.present).toBe(false));
  it('"Klage: Skriftligt til Ankestyrelsen inden 4 uger" tells how to complain', () =>
    expect(el(`${REFUSAL}Klage: Skriftligt til Ankestyrelsen inden 4 uger efter, du har fået brevet.`).klagevejledning.present).toBe(true));
  it('a label "Klagesag:" about another case says nothing on how', () =>
    expect(el(`${REFUSAL}Klagesag: Din tidligere sag om badeudstyr er afsluttet.`).klagevejledning.present).toBe(false));
});

describe('aktindsigt: a copy of all we wrote, the papers we used', () => {
  it('"bede om en kopi af alt det, vi har noteret i sagen" is the right to see the papers', () =>
    expect(el(`${REFUSAL}Du kan altid bede om en kopi af alt det, vi har noteret i sagen.`).aktindsigt.present).toBe(true));
  it('a copy of the decision is not', () => expect(el(`${REFUSAL}Du kan bede om en kopi af afgørelsen til din søn.`).aktindsigt.present).toBe(false));
  it('"Vil du se de papirer, vi har brugt, så sig til" is the right to see them', () =>
    expect(el(`${REFUSAL}Vil du se terapeutens måling og de papirer, vi har brugt, så sig til, så sender vi dem.`).aktindsigt.present).toBe(true));
  it('"De papirer, vi har brugt, viser, at …" is the account of the case', () =>
    expect(el(`${REFUSAL}De papirer, vi har brugt, viser, at stolen er fra 2023.`).aktindsigt.present).toBe(false));
});

describe('hovedhensyn: the present passive, the service level with what it sets', () => {
  it('"Det tillægges særlig betydning, at De selv har …" is a main consideration', () =>
    expect(el(`${CLEANING}Det tillægges særlig betydning, at De selv har klaret opvasken og tøjvasken siden efteråret.`).hovedhensyn.present).toBe(true));
  it('the yardstick "tillægges betydning, om …" is not', () =>
    expect(el(`${CLEANING}Ved vurderingen tillægges det betydning, om borgeren kan klare opgaven selv.`).hovedhensyn.present).toBe(false));
  it('"lagt vægt på, at kommunens serviceniveau for rengøring er 1 gang hver 14. dag" names what weighed', () =>
    expect(el(`${CLEANING}Vi har lagt vægt på, at kommunens serviceniveau for rengøring er 1 gang hver 14. dag.`).hovedhensyn.present).toBe(true));
  it('"lagt vægt på, at serviceniveauet ikke giver mulighed for mere" names nothing', () =>
    expect(el(`${CLEANING}Vi har lagt vægt på, at serviceniveauet ikke giver mulighed for mere.`).hovedhensyn.present).toBe(false));
});

describe('formaal: "Den skal sørge for" after the help', () => {
  it('"Hjælpen gives efter § 10. Den skal sørge for, at dit hjem er rent" states the aim', () =>
    expect(el('Kære Erik\n\nDu får rengøring hver 14. dag. Hjælpen gives efter ældrelovens § 10. Den skal sørge for, at dit hjem er rent og trygt at færdes i.').formaal.present).toBe(true));
  it('"Leverandøren kommer om tirsdagen. Den skal sørge for, at …" is a duty of the provider', () =>
    expect(el('Kære Erik\n\nDu får rengøring hver 14. dag efter ældrelovens § 10. Leverandøren kommer om tirsdagen. Den skal sørge for, at du får besked om tiden.').formaal.present).toBe(false));
});

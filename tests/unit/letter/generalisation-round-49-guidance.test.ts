/**
 * Round 49: vejledning-andre-ydelser. A dearer choice paid for privately told in the present tense ("betaler du selv
 * forskellen", "hvis du selv betaler forskellen (frit valg)") and another offer suggested with a hedge and "også"
 * guide; a form to send with, the law's condition put as when help is refused, applying to the sender again with a
 * long object, word sent to the place so the help granted can start, and a child's own team kept thanks to the help do
 * not. Batches dt and du measured once unseen before they were fixed. Written for these tests in our own words, each
 * with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const guides = (t: string) =>
  analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements['vejledning-andre-ydelser'].present;
const AID = 'Kære Holger\n\nDu får tilskud til en el-scooter efter servicelovens § 113. Tilskuddet er 8.000 kr.\n\n';
const EXTRA = 'Kære Inger\n\nDu får dækket merudgifter efter servicelovens § 100 med 900 kr. om måneden.\n\n';
const CHILD = 'Kære Anne\n\nJonas får en aflastningsfamilie efter barnets lov § 32 hver tredje weekend.\n\n';

describe('vejledning-andre-ydelser: paying the difference oneself, in the present tense', () => {
  it('"Tager du en dyrere scooter, betaler du selv forskellen" guides', () =>
    expect(guides(`${AID}Tager du en dyrere scooter end den, vi har regnet med, betaler du selv forskellen.`)).toBe(true));
  it('"hvis du selv betaler forskellen (frit valg)" guides', () =>
    expect(guides(`${AID}Du må gerne købe en større model, hvis du selv betaler forskellen til forhandleren (frit valg).`)).toBe(true));
  it('the citizen\'s own share of the price granted ("betaler du selv resten") does not', () =>
    expect(guides(`${AID}Tilskuddet dækker halvdelen af prisen, og resten betaler du selv.`)).toBe(false));
  it('choosing who delivers the help ("frit valg af leverandør") does not', () =>
    expect(guides(`${AID}Du har frit valg af leverandør til reparationer, og det er kommunen, der betaler dem.`)).toBe(false));
});

describe('vejledning-andre-ydelser: another offer with a hedge and "også"', () => {
  it('"Jonas kan måske også have gavn af et forløb hos PPR" guides', () =>
    expect(guides(`${CHILD}Jonas kan måske også have gavn af et forløb hos skolepsykologen.`)).toBe(true));
  it('the help granted said to be of use ("Jonas vil have gavn af aflastningen") does not', () =>
    expect(guides(`${CHILD}Vi vurderer, at Jonas vil have gavn af aflastningen.`)).toBe(false));
});

describe('vejledning-andre-ydelser: a form, the law, asking again, starting the help, a team kept', () => {
  it('"Du kan bruge blanketten på kommunens hjemmeside" to complain is no other help', () =>
    expect(guides(`${EXTRA}Hvad gør du, hvis du er uenig?\n\nSkriv til os inden 4 uger. Du kan bruge blanketten på kommunens hjemmeside.`)).toBe(false));
  it('"Du kan også bruge Flextur til lægen" still guides', () =>
    expect(guides(`${EXTRA}Du kan også bruge Flextur, når du skal til lægen.`)).toBe(true));
  it('"Der gives ikke hjælp, hvis udgiften kan dækkes efter anden lovgivning" is the law', () =>
    expect(guides(`${EXTRA}Der gives ikke hjælp, hvis beløbet er for lille, eller hvis udgiften kan dækkes efter anden lovgivning eller efter andre bestemmelser i loven.`)).toBe(false));
  it('"Udgiften kan dækkes efter anden lovgivning" with a place to apply still guides', () =>
    expect(guides(`${EXTRA}Udgiften til kørsel kan dækkes efter anden lovgivning, og du kan søge om den hos regionen.`)).toBe(true));
  it('"kan du søge om tilskud til særlig kost hos os igen" is the same application again', () =>
    expect(guides(`${EXTRA}Får du en ny diagnose, kan du søge om tilskud til særlig kost hos os igen.`)).toBe(false));
  it('"kan du søge om tilskud til særlig kost hos regionen" is another place', () =>
    expect(guides(`${EXTRA}Får du en ny diagnose, kan du søge om tilskud til særlig kost hos regionen.`)).toBe(true));
  it('word sent to the place so the help granted can start is no referral', () =>
    expect(guides(`${EXTRA}Jeg sender besked til Dagcentret Lyngen i morgen, så du kan begynde fra mandag.`)).toBe(false));
  it('word sent to another service that will look at something else still guides', () =>
    expect(guides(`${EXTRA}Vi har sendt besked til sygeplejen, som kommer og ser på dit sår.`)).toBe(true));
  it('"så han kan fortsætte på holdet." as what the placement allows is no guidance', () =>
    expect(guides(`${CHILD}Familien bor tæt på svømmehallen, så han kan fortsætte på holdet.`)).toBe(false));
  it('"Når forløbet slutter, kan du fortsætte på holdet i Idrætshuset" guides', () =>
    expect(guides(`${EXTRA}Når forløbet slutter, kan du fortsætte på holdet i Idrætshuset.`)).toBe(true));
});

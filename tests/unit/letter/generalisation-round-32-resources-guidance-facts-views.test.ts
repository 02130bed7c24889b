/**
 * Round 32, ressourcer, vejledning-andre-ydelser, faktiske-oplysninger and borgerens-synspunkter:
 * phrasing classes behind the misses on the blind batches cm–co and the leftovers of round 31, in
 * our own words — valid examples and look-alikes that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('vejledning-andre-ydelser: a hedged tip with the pronoun first', () => {
  it.each([
    'Din ansøgning om merudgifter er afslået. I kan måske få hjælp til kontingentet gennem en idrætspulje i jeres forening.',
    'Du får ikke en kørestol til ferien. Du kan måske låne en hos et hjælpemiddelfirma.',
    'Vi kan ikke dække udgifterne til briller. Du kan måske få tilskud fra Sygeforsikringen danmark.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får ikke hjælp til indkøb. Du kan måske selv klare indkøbene med lidt øvelse.',
    'Du får hjælp til rengøring hver 14. dag. Du kan måske få rengøring oftere senere.',
    'Du får hjælp til rengøring hver 14. dag. Du kan måske ringe til os igen efter jul.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: a phone line kept open somewhere else', () => {
  it.each([
    'Hvis du har brug for at tale med nogen om det, kan du altid ringe til Livslinien.',
    'Du får ikke længere en kontaktperson. Du kan altid ringe til Børnetelefonen, hvis noget er svært.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får hjælp til rengøring hver 14. dag. Du kan altid ringe til mig, hvis du har spørgsmål.',
    'Du får hjemmepleje morgen og aften. Du kan altid ringe til hjemmeplejen, hvis et besøg skal flyttes.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: shops that offer delivery or take orders, private providers in the plural', () => {
  it.each([
    'Du får ikke hjælp til indkøb. Mange butikker tilbyder at bringe varerne helt ind i køkkenet mod betaling.',
    'Du får ikke hjælp til indkøb. Bliver det svært, har de fleste supermarkeder levering mod et mindre gebyr.',
    'Du får afslag på madservice. Flere supermarkeder bringer færdigretter ud, og der kan bestilles mad fra private leverandører.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får hjælp til indkøb, fordi ingen butikker tilbyder levering i dit område.',
    'Du får hjælp til indkøb hver uge. Flere butikker tilbyder også levering.',
    'Du får madservice. Du kan frit vælge mellem kommunens og private leverandører.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: another public body that pays', () => {
  it.each([
    'Vi giver afslag på kørsel til sygehuset. Den kørsel betaler regionen, og du bestiller den hos Flextrafik.',
    'Transport til undersøgelserne dækker regionen, så I skal søge om befordring der.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får ikke dækket transporten. Regionen dækker ikke transport til privatpraktiserende læger.',
    'Du får ikke dækket transporten, og det betaler regionen heller ikke.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('vejledning-andre-ydelser: a reminder of another provision cited like the grant', () => {
  it.each([
    'Du får 500 kr. om måneden til bleer efter barnets lov § 86. Husk, at du også kan søge om tabt arbejdsfortjeneste efter § 87.',
    'Du får en badebænk efter servicelovens § 112. Husk, at du også kan søge om boligændring efter servicelovens § 116.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får 500 kr. om måneden til bleer efter barnets lov § 86. Husk, at du kan ringe til os, hvis beløbet ændrer sig.',
    'Du får en badebænk efter servicelovens § 112. Husk at du kan få badebænken justeret efter § 112.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

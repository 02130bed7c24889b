/**
 * Round 66: decisionType — a smaller amount from a date read as a grant when a heading stood between it and the help had
 * since a time, a task the citizen has done ("fået regningerne over på Betalingsservice") read as a grant, a sum with the
 * template's field label kept before it ("dækkes med «beløb» 1.200 kr.") missed as a grant, and a gentle no in one's own
 * voice ("vi tilbyder ikke …", "Derfor bliver det ikke et …") missed, unseen batches ej and ek measured once before they were
 * merged. Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nJonas Vinther\nRådgiver\n';

const lessAfterHeading = (had: string) =>
  'Din hjælp til pasning af Karl\n\nKære Signe\n\nKarl begynder i børnehave den 1. juni 2026. ' + had +
  '\n\nNu ser vi på, hvor meget hjælp du fortsat har brug for.\n\nDet har vi besluttet\n' +
  'Fra den 1. juli 2026 dækker vi din tabte arbejdsfortjeneste svarende til 12 timer om ugen.\n\nHvorfor?\nKarl er i børnehave fra kl. 8 til kl. 15.' + END;
describe('decisionType: less than the help had since a time, a heading between them', () => {
  it('"har siden 2025 fået … 25 timer om ugen" / heading / "Fra … 12 timer om ugen" is a change', () =>
    expect(type(lessAfterHeading('Du har siden 2025 fået dækket tabt arbejdsfortjeneste svarende til 25 timer om ugen.'))).toBe('aendring'));
  it('with no amount had before, the same grant stays a grant', () =>
    expect(type(lessAfterHeading('Du har søgt om at få dækket tabt arbejdsfortjeneste, mens han er hjemme.'))).toBe('bevilling'));
});

const progress = (done: string) =>
  'Din bostøtte\n\nKære Ole\n\nHvad vi har set\nPå mødet gennemgik vi din plan sammen. ' + done +
  '\n\nHvorfor?\nDu klarer nu selv det meste.\n\nDerfor nedsætter vi din bostøtte fra 5 til 3 timer om ugen.' + END;
describe('decisionType: a task the citizen has moved over to a service is no grant', () => {
  it('"du har fået dine regninger over på Betalingsservice" leaves the reduction found later', () =>
    expect(type(progress('Vi kan se, at du har fået dine faste regninger over på Betalingsservice.'))).toBe('aendring'));
  it('"du har fået en ekstra hjælper om tirsdagen" — help got, nothing moved over — is not read as the change', () =>
    expect(type(progress('Vi kan se, at du har fået en ekstra hjælper om tirsdagen.'))).not.toBe('aendring'));
});

const form = (line: string) =>
  '[SKABELON MERUDGIFTER]\n\nVedr.: Dækning af merudgifter\n\nKommunen har behandlet ansøgningen af «ans_dato» 03.03.2026.\n\nResultat:\n' + line +
  '\n[ ] Særlig kost: dækkes ikke.\n\nSærlig kost dækkes ikke, fordi udgiften svarer til almindelig kost for et barn på hendes alder.' + END;
describe('decisionType: a sum with a template field label before it is a grant', () => {
  it('"[X] Medicin: dækkes med «beløb» 450 kr. om måneden" beside a refused item is partial', () =>
    expect(type(form('[X] Medicin: dækkes med «beløb» 450 kr. om måneden.'))).toBe('delvis'));
  it('an unchecked line with a field label grants nothing: the letter refuses', () =>
    expect(type(form('[ ] Medicin: dækkes med «beløb» 0 kr., se nedenfor. Medicin dækkes ikke.'))).not.toBe('delvis'));
});

const offer = (no: string) =>
  'Kære Mona og Per\n\nTak fordi jeg måtte besøge jer. I har bedt om aflastning til Freja.\n\n' + no +
  ' Freja trives i skolen, og mormor passer hende hver anden weekend.\n\nJeg ringer til jer i december og hører, hvordan det går.' + END;
describe('decisionType: a gentle no said as an offer not made', () => {
  it('"vi tilbyder ikke aflastning til Freja nu" is a refusal', () =>
    expect(type(offer('Jeg har tænkt over det, og vi tilbyder ikke aflastning til Freja nu.'))).toBe('afslag'));
  it('"Vi tilbyder ikke kun aflastning, men også …" is no refusal', () =>
    expect(type(offer('Vi tilbyder ikke kun aflastning, men også samtaler i familierådgivningen.'))).not.toBe('afslag'));
  it('"vi tilbyder ikke længere" is no plain refusal of what was asked', () =>
    expect(type(offer('Vi tilbyder ikke længere åbent hus om fredagen, men I kan ringe til os.'))).not.toBe('afslag'));
});

const becomes = (no: string) =>
  'Kære Lise\n\nTak fordi du kom til mødet. Du bad om en plads på et bofællesskab.\n\nDu klarer selv indkøb og rengøring, og du passer dit arbejde. ' + no +
  '\n\nVi mødes igen i februar og ser på, hvordan det går.' + END;
describe('decisionType: the conclusion said as what it becomes', () => {
  it('"Derfor bliver det ikke et bofællesskab." is a refusal', () =>
    expect(type(becomes('Derfor bliver det ikke et bofællesskab.'))).toBe('afslag'));
  it('"Derfor bliver det ikke et problem for dig." is no refusal', () =>
    expect(type(becomes('Derfor bliver det ikke et problem for dig at bo alene.'))).not.toBe('afslag'));
  it('the refusal letter still has its follow-up', () =>
    expect(present(becomes('Derfor bliver det ikke et bofællesskab.'), 'opfoelgning', opts)).toBe(true));
});

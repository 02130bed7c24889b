/**
 * Round 65: decisionType — the law's own test of need ("Der skal ydes hjælp til …, når det er nødvendigt for …") read as a grant
 * beside the refusal, and more help wished for in a mail and then raised ("Din støtte sættes op fra 2 til 4 timer") read as a
 * change, held-out sets 48 and 49 measured once before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Krog\nSagsbehandler\n';

const toilet = (rule: string) =>
  'Afgørelse om ombygning af dit toilet\n\nKære Bent\n\nDu har søgt om at få fjernet dørtrinnet og gjort døren til toilettet bredere.\n\n' +
  'Vi kan ikke give dig hjælp til at bygge toilettet om.\n\nVores terapeut har set, at du kan komme ind på toilettet med din rollator, når du bruger et lille trin og en støttestang.\n\n' +
  rule + '\n\nVi kommer forbi om to måneder og ser, hvordan det går.' + END;
describe('decisionType: the law\'s test of need, said to nobody, is no grant beside a refusal', () => {
  it('"Der skal ydes hjælp til ombygning af boligen, når det er nødvendigt for …" leaves the refusal', () =>
    expect(type(toilet('Der skal ydes hjælp til ombygning af boligen, når det er nødvendigt for, at boligen kan bruges som hjem, men ikke når et hjælpemiddel kan løse problemet.'))).toBe('afslag'));
  it('"Der ydes hjælp til boligindretning, når dette skønnes nødvendigt …" leaves the refusal', () =>
    expect(type(toilet('Der ydes hjælp til boligindretning, når dette skønnes nødvendigt for at gøre boligen egnet som opholdssted.'))).toBe('afslag'));
  it('a grant to the reader because it is necessary ("Vi giver dig dog en støttestang …, fordi det er nødvendigt") stays partial', () =>
    expect(type(toilet('Vi giver dig dog en støttestang ved toilettet, fordi det er nødvendigt for, at du kan rejse dig sikkert.'))).toBe('delvis'));
  it('the refusal letter still has its follow-up', () =>
    expect(present(toilet('Der skal ydes hjælp til ombygning af boligen, når det er nødvendigt for, at boligen kan bruges som hjem.'), 'opfoelgning', opts)).toBe(true));
});

const mail = (ask: string, grant: string) =>
  'Fra: Lone Berg\nTil: Ali Hansen\nEmne: Din bostøtte\n\nHej Ali\n\nTak for din besked i mandags. ' + ask + '\n\n' + grant +
  ' Støtten skal bruges til at få styr på papirerne, mens du skifter job.\n\nVi tales ved i januar og ser på, hvordan det er gået.' + END;
const raise = 'Din bostøtte sættes op fra 3 til 5 timer om ugen fra den 1. november og frem til nytår.';
describe('decisionType: more help wished for by the reader and then raised is the grant of the wish', () => {
  it('"du gerne vil have flere timer" … "sættes op fra 3 til 5 timer" is a grant', () =>
    expect(type(mail('Du fortalte, at du gerne vil have flere timer, mens du skifter job.', 'Det siger jeg ja til. ' + raise))).toBe('bevilling'));
  it('"du vil gerne have mere støtte" … "sættes op" is a grant', () =>
    expect(type(mail('Du skrev, at du vil gerne have mere støtte i den næste tid.', 'Det er godkendt. ' + raise))).toBe('bevilling'));
  it('the municipality\'s own wish ("vi vil gerne have flere oplysninger") before a raise on its own review stays a change', () =>
    expect(type(mail('Vi har talt om, hvordan det går med dig, og vi vil gerne have flere oplysninger fra din læge.', 'Vi har vurderet din støtte igen. ' + raise))).toBe('aendring'));
});

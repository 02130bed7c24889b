/**
 * Round 53: decisionType where delvis is the answer or the label — a cheaper or plainer aid than the one applied for (a bath
 * lift by its compound name, a motor-assisted kind against the plain kind), the whole amount applied for said not to be
 * granted, a yes and a no per item as the only result, a no that keeps only the help going on, a refusal past the reasons
 * after help that only continues, the open door of a café ("skal ikke visiteres") and the law's conditions under their own
 * heading, batches dy, dz and ea measured once unseen before they were fixed. Written for these tests in our own words,
 * each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nMette Holm\n';
const letter = (body: string) => 'AFGØRELSE\n\nKære Bent\n\n' + body + END;

describe('decisionType: another, plainer aid than the one applied for', () => {
  it('a bath lift applied for ("badekarlift"), a bath board granted, is partial', () =>
    expect(type(letter('Du har søgt om en badekarlift til dit badeværelse.\n\nKommunen bevilger dig et badekarbræt efter servicelovens § 112. Brættet kommer i næste uge.'))).toBe('delvis'));
  it('a bath lift applied for and a bath lift granted stays a grant', () =>
    expect(type(letter('Du har søgt om en badekarlift til dit badeværelse.\n\nKommunen bevilger dig en badekarlift efter servicelovens § 112. Liften kommer i næste uge.'))).toBe('bevilling'));
  it('a motor-assisted tricycle applied for, a plain tricycle granted, is partial', () =>
    expect(type(letter('Du har søgt om en el-assisteret trehjulet cykel.\n\nDu får en trehjulet cykel efter servicelovens § 112. Den bliver leveret fra depotet.'))).toBe('delvis'));
  it('a plain tricycle applied for and a motor-assisted one granted stays a grant', () =>
    expect(type(letter('Du har søgt om en trehjulet cykel.\n\nDu får en el-assisteret trehjulet cykel efter servicelovens § 112. Den bliver leveret fra depotet.'))).toBe('bevilling'));
});

describe('decisionType: the whole amount applied for said not to be granted', () => {
  const body = (said: string) =>
    'I har søgt om dækning af merudgifter til Liva.\n\nFra 1. april får I 900 kr. om måneden efter barnets lov § 86.\n\nSådan har vi regnet\nDiætkost: 600 kr. om måneden.\nKørsel: 300 kr. om måneden.\n' + said;
  it('"Vi har ikke godkendt hele det beløb, I har søgt om til kost" after a grant is partial', () =>
    expect(type(letter(body('Vi har ikke godkendt hele det beløb, I har søgt om til kost, fordi vi kun dækker forskellen.')))).toBe('delvis'));
  it('"Vi har godkendt hele det beløb, I har søgt om" stays a grant', () =>
    expect(type(letter(body('Vi har godkendt hele det beløb, I har søgt om til kost og kørsel.')))).toBe('bevilling'));
});

describe('decisionType: a yes and a no per item as the only result', () => {
  const items = (second: string) =>
    'Kommunen · Hjælpemidler\n\nAng. kørestol og badestol\n\nKort fortalt:\n- Kørestol: ja.\nHentes på depotet i uge 12.\n' + second + '\n\nHvorfor:\nTerapeuten har set dig gå indendørs.' + END;
  it('"- Badestol: nej, ikke nu." beside "- Kørestol: ja." is partial', () => expect(type(items('- Badestol: nej, ikke nu.'))).toBe('delvis'));
  it('two yeses with a short note stay a grant', () => expect(type(items('- Badestol: ja, også den.'))).not.toBe('delvis'));
});

describe('decisionType: a no that keeps only the help going on', () => {
  it('"svaret er nej – du fortsætter med de 2 dage, du har i dag" is a refusal', () =>
    expect(type(letter('Du spurgte, om du kan komme i værkstedet 4 dage om ugen i stedet for 2. Svaret er nej – du fortsætter med de 2 dage, du har i dag, efter servicelovens § 104.\n\nBegrundelse\nDu bliver hurtigt træt.'))).toBe('afslag'));
  it('a no to one thing beside a new grant of another stays partial', () =>
    expect(type(letter('Du har søgt om hjælp til indkøb og tøjvask. Vi bevilger dig hjælp til tøjvask, men vi kan ikke bevilge hjælp til indkøb.\n\nBegrundelse\nDu kan selv bestille varer på nettet.'))).toBe('delvis'));
});

describe('decisionType: a refusal past the reasons after help that only continues', () => {
  const body = (turn: string) =>
    'Du har søgt om at komme på ventelisten til en plejebolig.\n\nDin hjælp fortsætter\nDu får fortsat hjemmepleje tre gange om dagen.\n\nVurdering\nVisitator har været på besøg og set, at du selv kan gå med rollator.\nDu klarer selv at spise.\nDin søn kommer hver dag.\n\n' + turn;
  it('the applied thing refused further down is a refusal, not a partial grant', () =>
    expect(type(letter(body('Derfor kan vi ikke imødekomme din ansøgning om en plejebolig.')))).toBe('afslag'));
  it('a new grant beside the continued help, then the refusal, stays partial', () =>
    expect(type(letter('Du har søgt om at komme på ventelisten til en plejebolig og om et nødkald.\n\nVi bevilger dig et nødkald.\nDu får fortsat hjemmepleje tre gange om dagen.\n\nVurdering\nVisitator har været på besøg.\n\nDerfor kan vi ikke imødekomme din ansøgning om en plejebolig.'))).toBe('delvis'));
});

describe('decisionType: what is not a refusal inside a grant', () => {
  const grant = 'Du har søgt om madservice, og det får du. Du får 5 hovedretter om ugen.\n\n';
  it('"Her skal du ikke visiteres – du kan bare ringe" (a café anyone can use) leaves the grant whole', () =>
    expect(type(letter(grant + 'Vil du hellere spise med andre, har Cafe Lyngen åbent hver dag. Her skal du ikke visiteres – du kan bare møde op.'))).toBe('bevilling'));
  it('"at du ikke visiteres til en plejebolig" still refuses', () =>
    expect(type(letter('Du har søgt om en plejebolig.\n\nUdvalget har besluttet, at du ikke visiteres til en plejebolig.\n\nBegrundelse\nDu klarer dig i dit hjem.'))).toBe('afslag'));
  const alteration = (heading: string) =>
    'Kommunen bevilger følgende ændringer i din bolig efter servicelovens § 116:\n1. Fjernelse af dørtrin ved altanen\n2. En rampe ved hoveddøren\n\n' + heading + '\nRenovering, der alene er en forbedring af boligens standard, dækkes ikke.\n\nVurdering\nDu kan ikke komme over dørtrinene med din rollator.';
  it('the law quoted under "Lovens betingelser" refuses nothing', () => expect(type(letter(alteration('Lovens betingelser')))).toBe('bevilling'));
  it('the same rule said to the reader without that heading still refuses a part', () =>
    expect(type(letter('Kommunen bevilger følgende ændringer i din bolig efter servicelovens § 116:\n1. Fjernelse af dørtrin ved altanen\n2. En rampe ved hoveddøren\n\nNyt gulv i køkkenet dækkes ikke, da det er almindelig vedligeholdelse.'))).toBe('delvis'));
});

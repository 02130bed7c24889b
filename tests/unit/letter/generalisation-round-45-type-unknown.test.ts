/**
 * Round 45: results told with no decision word, read as "ukendt" before: the help told as starting at a set time
 * ("du begynder … på torsdag", "du kan starte … den 3."), a helper told as coming at a set time ("Fra mandag kommer der
 * en … og hjælper dig"), the help the citizen has kept against the ask ("Vi fortsætter med de tre timer, som du har nu,
 * og ikke flere"), and the asked verb said back negated a few sentences after the ask. The result sentence of such a
 * grant also counts against the amount applied for. Batches dn–dp measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const opts = { date: new Date('2026-03-01T12:00:00') };
const type = (t: string) => analyzeLetter(t, opts).decisionType;

describe('the help told as starting at a set time', () => {
  it('"Du begynder på holdtræningen … på torsdag" grants', () =>
    expect(type('Kære Inger\n\nTak for snakken i tirsdags. Du begynder på holdtræningen i Aktivitetshuset på torsdag klokken 13, og en chauffør henter dig.')).toBe('bevilling'));
  it('starting work again on Monday is no grant', () =>
    expect(type('Kære Inger\n\nTak for snakken i tirsdags. Du begynder på arbejde igen på mandag, fortalte du, og det glæder vi os over.')).not.toBe('bevilling'));
  it('"du kan starte at svømme i varmtvandsbassinet den 3. marts" grants', () =>
    expect(type('Hej Mikkel\n\nSom aftalt: du kan starte at svømme i varmtvandsbassinet den 3. marts. Instruktøren hedder Pia.')).toBe('bevilling'));
  it('starting school on a date is no grant', () =>
    expect(type('Hej Mikkel\n\nSom aftalt: du starter i skole den 3. marts efter din sygemelding. Lærerne ved besked.')).not.toBe('bevilling'));
});

describe('a helper told as coming at a set time', () => {
  it('"Hver fredag kommer Tove fra hjemmeplejen og hjælper dig" grants', () =>
    expect(type('Kære Holger\n\nDu bad om hjælp til indkøb én gang om ugen. Hver fredag kommer Tove fra hjemmeplejen og hjælper dig med indkøbet.')).toBe('bevilling'));
  it('a helper who came last week is no grant', () =>
    expect(type('Kære Holger\n\nDu bad om hjælp til indkøb én gang om ugen. Sidste fredag kom Tove fra hjemmeplejen og hjalp dig med indkøbet.')).not.toBe('bevilling'));
  it('the helper coming once a week after an ask for twice is a partial grant', () =>
    expect(type('Kære Holger\n\nDu har søgt om hjælp til bad to gange om ugen. Fra næste måned kommer der en fra plejeteamet og hjælper dig i bad én gang om ugen.')).toBe('delvis'));
  it('the helper coming as often as asked is a grant', () =>
    expect(type('Kære Holger\n\nDu har søgt om hjælp til bad to gange om ugen. Fra næste måned kommer der en fra plejeteamet og hjælper dig i bad to gange om ugen.')).toBe('bevilling'));
});

describe('what the citizen has kept against the ask', () => {
  it('"Vi fortsætter med de tre timer, som du har nu, og ikke flere" refuses', () =>
    expect(type('Hej Sara\n\nDu har spurgt, om du kan få bostøtte fem timer om ugen. Vi fortsætter med de tre timer, som du har nu, og ikke flere.')).toBe('afslag'));
  it('the three hours kept with two more laid on is no refusal', () =>
    expect(type('Hej Sara\n\nDu har spurgt, om du kan få bostøtte fem timer om ugen. Vi fortsætter med de tre timer, som du har nu, og lægger to timer oven i.')).not.toBe('afslag'));
  it('"Aflastningen forbliver hos familien Berg, som den er i dag – mere bliver det ikke" refuses', () =>
    expect(type('Kære Jens og Ulla\n\nI har bedt om en ekstra weekend i aflastning hver måned. Aflastningen forbliver hos familien Berg, som den er i dag – mere bliver det ikke i år.')).toBe('afslag'));
  it('the hours kept on ("Vi bliver ved med de tre timer om ugen") keep their scope in the refusal', () =>
    expect(analyzeLetter('Hej Sara\n\nDu har spurgt, om du kan få bostøtte fem timer om ugen. Vi bliver ved med de tre timer om ugen, som du har nu, og ikke flere.', opts).elements.omfang.present).toBe(true));
  it('the asked hours in a plain refusal are no scope', () =>
    expect(analyzeLetter('Hej Sara\n\nDu har spurgt, om du kan få bostøtte fem timer om ugen. Det kan vi ikke give dig.', opts).elements.omfang.present).toBe(false));
  it('the relief kept as today with nothing asked is no refusal', () =>
    expect(type('Kære Jens og Ulla\n\nTak for mødet i sidste uge. Aflastningen forbliver hos familien Berg, som den er i dag – det er vi alle glade for.')).not.toBe('afslag'));
});

describe('the asked verb said back negated a few sentences after the ask', () => {
  it('"Vi ender med ikke at dække udgiften" refuses', () =>
    expect(type('Kære Bodil\n\nDu har bedt os om at dække udgiften til en el-scooter. En scooter hører under reglerne om hjælpemidler. Vi ender med ikke at dække udgiften.')).toBe('afslag'));
  it('someone else not covering it is no refusal of ours', () =>
    expect(type('Kære Bodil\n\nDu har bedt os om at dække udgiften til en el-scooter. En scooter hører under reglerne om hjælpemidler. Din forsikring ender med ikke at dække udgiften, skriver du.')).not.toBe('afslag'));
});

/**
 * Round 40: grants and refusals told without a decision word (a worker from the provider coming from a date, a move
 * into a placement, "svaret bliver nej", "kan ikke være med til", "ikke grundlag for et …"), changes read as grants
 * (help said to be adjusted, the amount had today set after the new one) and a refused increase read as a change (asked
 * as a question, answered by the amount kept), batches db/dc/dd measured once unseen before they were fixed. Written for
 * these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('a worker from the provider coming regularly from a date', () => {
  it('"Fra tirsdag den 4. marts kommer en hjælper fra hjemmeplejen hver aften" is a grant', () =>
    expect(
      type(
        'Kære Gunnar\n\nTak for snakken i sidste uge.\n\nFra tirsdag den 4. marts kommer en hjælper fra hjemmeplejen hver aften og hjælper dig i seng.\n\nHjælpen gives efter ældrelovens § 10.',
      ),
    ).toBe('bevilling'));
  it('a relative visiting from a date grants nothing', () =>
    expect(
      type(
        'Kære Gunnar\n\nTak for snakken i sidste uge.\n\nFra tirsdag den 4. marts kommer din nevø fra Odense hver aften og hjælper dig i seng.\n\nDet er dejligt at høre.',
      ),
    ).toBe('ukendt'));
});

describe('the answer said to be no', () => {
  const letter = (answer: string) =>
    `Kære Lis\n\nVi har læst din ansøgning om et sænkebord til køkkenet.\n\nDu kan lave mad siddende ved det bord, du har, og ergoterapeuten har vist dig, hvordan. ${answer}\n\nVenlig hilsen`;
  it('"Svaret er derfor nej" refuses', () => expect(type(letter('Svaret er derfor nej.'))).toBe('afslag'));
  it('the citizen who "har svaret nej" to an offer is no refusal', () =>
    expect(type(letter('Du har selv svaret nej til et besøg af en terapeut.'))).toBe('ukendt'));
});

describe('the municipality that cannot take part', () => {
  const letter = (who: string) =>
    `Kære Aksel\n\nDu har søgt om tilskud til en ny el-cykel.\n\n${who} kan ikke være med til at betale for cyklen.\n\nVenlig hilsen`;
  it('"Vi kan ikke være med til at betale" refuses', () => expect(type(letter('Vi'))).toBe('afslag'));
  it('the citizen who cannot take part refuses nothing', () =>
    expect(
      type(
        'Kære Aksel\n\nDu har søgt om tilskud til en ny el-cykel.\n\nDu kan ikke være med til at cykle med klubben længere, og det ved vi er svært.\n\nVenlig hilsen',
      ),
    ).toBe('ukendt'));
});

describe('no ground for the thing itself, in an inverted main clause', () => {
  it('"Derfor er der ikke grundlag for en plads" refuses', () =>
    expect(
      type(
        'Kære Vibeke\n\nDu har søgt om en plads i et bofællesskab.\n\nDu klarer selv din medicin og din økonomi, og din bostøtte hjælper med resten. Derfor er der ikke grundlag for en plads i bofællesskabet.',
      ),
    ).toBe('afslag'));
  it('a relative "der" describing costs is no refusal', () =>
    expect(
      type(
        'Kære Vibeke\n\nDu har spurgt til dine udgifter.\n\nDet er de udgifter, der ikke dækkes af regionen, du kan sende til os.',
      ),
    ).toBe('ukendt'));
});

describe('a move into a placement or housing told as what happens', () => {
  it('"Viktor flytter ind på opholdsstedet Lærkereden den 2. april" is a grant', () =>
    expect(
      type(
        'Kære Mette og Jakob\n\nTak for mødet i onsdags.\n\nViktor flytter ind på opholdsstedet Lærkereden den 2. april. Det sker med jeres samtykke efter barnets lov § 46.',
      ),
    ).toBe('bevilling'));
  it('a move not into a placement grants nothing', () =>
    expect(
      type(
        'Kære Mette og Jakob\n\nTak for mødet i onsdags.\n\nViktor flytter ind på sit nye værelse hos jer den 2. april, har I fortalt.',
      ),
    ).toBe('ukendt'));
  it('"Du skal ikke flytte på plejehjem" refuses', () =>
    expect(
      type('Kære Ruth\n\nDin søn har søgt om en plejehjemsplads til dig.\n\nDu skal ikke flytte på plejehjem nu. Du klarer dig godt med hjemmeplejen.'),
    ).toBe('afslag'));
});

describe('a question for more answered by the amount kept', () => {
  const letter = (answer: string) =>
    `Kære Simon\n\nDu spurgte i januar, om du kunne få 6 timers bostøtte om ugen i stedet for de 4 timer, du har nu. ${answer}\n\nHvorfor?\nDu klarer selv dine indkøb.`;
  it('"Det bliver ved de 4 timer" refuses the increase', () => expect(type(letter('Det bliver ved de 4 timer.'))).toBe('afslag'));
  it('the question alone is no change of the help', () => expect(type(letter('Vi har talt med din bostøtte.'))).not.toBe('aendring'));
  it('a new lower amount from a date without a question stays a change', () =>
    expect(
      type(
        'Kære Simon\n\nVi har set på din bostøtte igen. Fra 1. april får du 3 timers bostøtte om ugen i stedet for de 4 timer, du har nu.\n\nHvorfor?\nDu klarer selv dine indkøb.',
      ),
    ).toBe('aendring'));
});

describe('the citizen\'s help said to be adjusted', () => {
  const letter = (adjusted: string) =>
    `Kære Henning\n\n${adjusted}\n\nDu får hjælp til bad to gange om ugen og hjælp til at komme i seng hver aften.\n\nHjælpen gives efter ældrelovens § 10.`;
  it('"Vi har justeret din hjemmehjælp" is a change', () =>
    expect(type(letter('Efter dit fald har vi justeret din hjemmehjælp.'))).toBe('aendring'));
  it('"Din hjælp er nu tilpasset" is a change', () => expect(type(letter('Din hjælp er nu tilpasset, så den passer til dig.'))).toBe('aendring'));
  it('an aid fitted to the citizen is no change', () =>
    expect(type(letter('Din nye kørestol er tilpasset dine mål af terapeuten.'))).toBe('bevilling'));
});

describe('the amount had today told after the new amount', () => {
  const letter = (today: string) =>
    `Kære Louise\n\nMalthe har haft det godt i skolen.\n\nFra den 1. maj dækker vi tabt arbejdsfortjeneste efter barnets lov § 87 for 15 timer om ugen. ${today}\n\nVenlig hilsen`;
  it('"I dag får du dækket 30 timer" is a change', () => expect(type(letter('I dag får du dækket 30 timer om ugen.'))).toBe('aendring'));
  it('less had today than now granted is a grant', () => expect(type(letter('I dag får du dækket 10 timer om ugen.'))).toBe('bevilling'));
  it('"Til og med april er den som nu på 30 timer" is a change', () =>
    expect(type(letter('Til og med april er den som nu på 30 timer om ugen.'))).toBe('aendring'));
});

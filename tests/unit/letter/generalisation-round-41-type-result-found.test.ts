/**
 * Round 41: grants, refusals and changes read as unknown, and changes read as grants (the answer to the application
 * told in the next breath with any verb; a thing delivered or set going as the result; a change told positively, the
 * new level from a date set against the help the citizen has had; a placement without consent that replaces a measure
 * the child has had), batches de/df/dg measured once unseen before they were fixed. Written for these tests in our own
 * words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('the answer told in the next breath', () => {
  it('a short "det"-answer with any verb after an application is a refusal', () =>
    expect(type('Kære Bent\n\nDu har bedt os om at dække en ny trappelift til dit sommerhus. Det kan vi ikke gøre i år.\n\nHvad vi har lagt vægt på\n\nDu bor i sommerhuset få uger om året.')).toBe('afslag'));
  it('an answer that only puts the decision off is no refusal', () =>
    expect(type('Kære Bent\n\nDu har bedt os om at dække en ny trappelift til dit sommerhus. Det kan vi ikke sige noget om endnu.\n\nVi ringer til dig, når vi har talt med ergoterapeuten.')).not.toBe('afslag'));
  it('a yes inside the question\'s own sentence, after a comma, is a grant', () =>
    expect(type('Kære Mona\n\nDu spurgte, om din datter kunne komme i aflastning hos familien Berg, og det kan hun godt.\n\nVi har lagt vægt på, at du er alene med tre børn.')).toBe('bevilling'));
  it('the same sentence going on to something else is no answer', () =>
    expect(type('Kære Mona\n\nDu spurgte, om din datter kunne komme i aflastning hos familien Berg, og det kan du læse mere om nedenfor.\n\nVi har lagt vægt på, at du er alene med tre børn.')).not.toBe('bevilling'));
  it('a no after a dash in the question\'s sentence is a refusal', () =>
    expect(type('Kære Helge\n\nDu har spurgt, om vi vil betale for en plads på højskolen – det vil vi desværre ikke.\n\nBegrundelse\n\nEt højskoleophold er ikke en hjælp efter serviceloven.')).toBe('afslag'));
  it('the asked verb said back negated by the municipality is a refusal', () =>
    expect(type('Kære Lone\n\nDu har spurgt, om kommunen kan køre dig til frisøren hver måned. Efter mit besøg er mit svar til dig, at kommunen ikke kører dig til frisøren.\n\nDu kan bruge Flextur.')).toBe('afslag'));
  it('the same verb negated inside what the citizen told is no refusal', () =>
    expect(type('Kære Lone\n\nDu har spurgt, om kommunen kan køre dig til frisøren hver måned. Du skrev, at din nabo ikke kører dig mere, og at kommunen ikke kører nogen til frisøren.\n\nJeg kommer forbi i næste uge.')).not.toBe('afslag'));
  it('"Svaret er nej" after the question is a refusal, "både ja og nej" is not', () => {
    expect(type('Kære Ove\n\nDu har søgt om en el-scooter. Svaret er nej.\n\nDu kan gå med rollator.')).toBe('afslag');
    expect(type('Kære Ove\n\nDu har søgt om en el-scooter og en rollator. Svaret er både ja og nej.\n\nDu får rollatoren.')).not.toBe('afslag');
  });
});

describe('a thing delivered or set going as the result', () => {
  it('an aid said to be brought home to the citizen, in the passive, is a grant', () =>
    expect(type('Hej Agnes\n\nTak for din mail. Toiletstolen med armlæn bliver leveret hjem til dig på torsdag.\n\nRing, hvis den ikke passer.')).toBe('bevilling'));
  it('a service described in a relative clause is no grant', () =>
    expect(type('Hej Agnes\n\nTak for din mail. Mange bruger en privat madordning, der bliver bragt ud til dig hver dag.\n\nRing, hvis du vil høre mere.')).not.toBe('bevilling'));
  it('help set going with its object between is a grant', () =>
    expect(type('Kære Per og Tina\n\nVi har talt med Magnus og jer om morgenerne. Det er netop det, et forløb hos familiekonsulenten kan hjælpe med, så det sætter vi nu i gang.\n\nMålet er rolige morgener.')).toBe('bevilling'));
  it('help not set going is no grant', () =>
    expect(type('Kære Per og Tina\n\nVi har talt med Magnus og jer om morgenerne. Et forløb hos familiekonsulenten sætter vi ikke i gang.\n\nMålet er rolige morgener.')).not.toBe('bevilling'));
});

describe('a change told positively', () => {
  it('a new amount from a date, after the amount had since a time, is a change', () =>
    expect(type('Kære Jonna\n\nDu har haft hjælp til rengøring 2 timer om ugen siden januar 2025. Fra den 1. april 2026 kommer hjælperen 1 time om ugen.\n\nVi har lagt vægt på, at du nu selv kan tørre støv af.')).toBe('aendring'));
  it('a grant told first with "du har fået … siden" as background stays a change, not a grant', () =>
    expect(type('Kære Jonna\n\nDu har fået hjælp til indkøb 1 gang om ugen siden maj 2024. Fremover bliver indkøbet 1 gang hver anden uge, og du får 2 besøg om måneden.\n\nDu handler nu selv en del.')).toBe('aendring'));
  it('more help applied for and granted from a date stays a grant', () =>
    expect(type('Kære Jonna\n\nDu har haft hjælp til rengøring 1 time om ugen siden januar 2025. Du har søgt om mere hjælp. Fra den 1. april 2026 får du 2 timer om ugen.\n\nVi har lagt vægt på din nye diagnose.')).toBe('bevilling'));
  it('"fra fire til to besøg" in words is a reduction', () =>
    expect(type('Kære Knud\n\nDin hjemmepleje går fra fire til to besøg om ugen fra den 1. maj 2026.\n\nDu klarer nu selv at tage tøj på.')).toBe('aendring'));
  it('"fra fem til to" without a unit is no reduction', () =>
    expect(type('Kære Knud\n\nDu får hjælp til rengøring hver anden uge efter ældreloven. Holdet i dit område er gået fra fem til to faste hjælpere.\n\nDu har svært ved at bukke dig.')).toBe('bevilling'));
  it('a place from a date set against the day the citizen has used till now is a change', () =>
    expect(type('Kære Sune\n\nFra mandag den 2. marts 2026 kommer du i Værestedet Fyrtårnet to dage om ugen. Fredagen, som du hidtil har haft i huset, bliver din dag på produktionsskolen.\n\nFormålet er stadig et fast fællesskab.')).toBe('aendring'));
  it('the same start with nothing had before is a grant', () =>
    expect(type('Kære Sune\n\nFra mandag den 2. marts 2026 kommer du i Værestedet Fyrtårnet to dage om ugen. Fredagen bliver din dag på produktionsskolen.\n\nFormålet er et fast fællesskab.')).toBe('bevilling'));
  it('help that falls away is a change; a worry that falls away in a relative clause is not', () => {
    expect(type('Kære Ruth\n\nDu har fået det meget bedre efter træningen. Aftenbesøgene på hverdage falder bort, fordi du nu selv tager strømperne af.\n\nDu har selv sagt, at du er tryg ved det.')).toBe('aendring');
    expect(type('Kære Ruth\n\nVi bevilger dig en rollator efter serviceloven. Det er en bekymring, der falder væk, når du kan gå sikkert.\n\nDu har selv sagt, at du er tryg ved det.')).toBe('bevilling');
  });
  it('the citizen\'s help laid out anew from a date is a change; an aid\'s looks are not', () => {
    expect(type('Kære Erna\n\nFra 1. april 2026 ser din hjemmehjælp sådan ud:\n\n- Bad 1 gang om ugen\n- Rengøring hver 3. uge\n\nDu klarer nu selv opvasken.')).toBe('aendring');
    expect(type('Kære Erna\n\nVi bevilger dig en ny rollator. Din nye rollator ser sådan ud: grå, med kurv og bremser.\n\nDu klarer nu selv at gå ture.')).toBe('bevilling');
  });
});

describe('a placement without consent that replaces a measure', () => {
  const letter = (second: string) =>
    `Kære Dorte\n\nBørne- og ungeudvalget har besluttet, at Noah anbringes uden for hjemmet uden samtykke efter barnets lov § 47. ${second}\n\nBegrundelse\n\nNoah har ikke været i skole i tre måneder.`;
  it('replacing ("erstatter") the relief care he has had is a change', () =>
    expect(type(letter('Anbringelsen sker på Egely og erstatter den aflastning, Noah har haft hver anden weekend.'))).toBe('aendring'));
  it('taking the place of support under way since a time is a change', () =>
    expect(type(letter('Anbringelsen træder i stedet for den kontaktperson, som har været i gang siden august 2025.'))).toBe('aendring'));
  it('with no measure before, the placement stays a grant', () =>
    expect(type(letter('Anbringelsen sker på Egely, hvor Noah får sit eget værelse.'))).toBe('bevilling'));
});

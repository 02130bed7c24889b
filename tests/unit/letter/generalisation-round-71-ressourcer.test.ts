/**
 * Round 71: ressourcer — a denial whose objects are joined by "eller", self-reliance as what an aid would bring about, a
 * question whether a named child can, a liking of a place of stay said as a view, a walk a visitor watched, a self-care
 * task after "og", a grip gained on everyday life, an aid moved "selv" after a modal, people and places at work or school
 * one is glad of, a good friend, settling in with an intensifier, a liking kept up, bills paid in the perfect, a liking
 * given as the reason for a wish, and no absence for a while.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nHvis du vil klage\nDu kan klage inden 4 uger efter, at du har fået brevet.\n\nMed venlig hilsen\nKarin Due\nSagsbehandler\n';
const letter = (mid: string) => 'Svar på din ansøgning\n\nKære Erik\n\nVi har truffet afgørelse efter servicelovens § 112. ' + mid + END;
const child = (mid: string) => 'Afgørelse om støtte\n\nKære Lise og Tom\n\nVi har truffet afgørelse efter barnets lov § 32. ' + mid + END;

describe('ressourcer: a denial with objects joined by "eller" before "uden hjælp"', () => {
  it('"kan ikke komme op af badekarret eller toilettet uden hjælp" is a limit', () =>
    expect(present(letter('Lægen skriver, at du ikke kan komme op af badekarret eller toilettet uden hjælp fra en anden.'), 'ressourcer', opts)).toBe(false));
  it('"kunne ikke flytte sig fra kørestolen eller sengen uden hjælp" is a limit', () =>
    expect(present(letter('Ved besøget kunne hun ikke flytte sig fra kørestolen eller sengen uden hjælp.'), 'ressourcer', opts)).toBe(false));
  it('a new clause with "men" keeps the skill: "kan ikke gå på trappen, men klarer badet uden hjælp"', () =>
    expect(present(letter('Du kan ikke gå på trappen, men du klarer badet uden hjælp.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: self-reliance as the effect an aid would have', () => {
  it('"den vil ikke gøre dig mere selvhjulpen"', () =>
    expect(present(letter('Løftebordet kan ikke bruges i dit smalle køkken, og det vil ikke gøre dig mere selvhjulpen.'), 'ressourcer', opts)).toBe(false));
  it('"kan gøre hende selvstændig i badet" as what the aid shall do', () =>
    expect(present(letter('Vi bevilger en badestol, som kan gøre hende selvstændig i badet.'), 'ressourcer', opts)).toBe(false));
  it('a state the citizen is in stays one: "du er selvhjulpen i køkkenet"', () =>
    expect(present(letter('Ved besøget så vi, at du er selvhjulpen i køkkenet.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: a question whether a child named by first name can', () => {
  it('"ser på, om Silke kan klare flere dage"', () =>
    expect(present(child('Vi følger op til sommer og ser på, om Silke kan klare flere dage hjemme.'), 'ressourcer', opts)).toBe(false));
  it('"Om Viggo kan klare sig selv i klubben, vurderer vi senere"', () =>
    expect(present(child('Om Viggo kan klare sig selv i klubben, vurderer vi til efteråret.'), 'ressourcer', opts)).toBe(false));
  it('a statement with the name stays one: "Silke kan klare sig selv i klubben"', () =>
    expect(present(child('Pædagogen fortæller, at Silke kan klare sig selv i klubben.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: liking a place of stay, reported as said', () => {
  it('"Mathias fortalte den 3. maj, at han godt kan lide at være hos familien Bak"', () =>
    expect(present(child('Mathias fortalte den 3. maj, at han godt kan lide at være hos familien Bak, fordi de har en kat.'), 'ressourcer', opts)).toBe(false));
  it('"Ida har sagt, at hun kan godt lide at være på Lærkereden"', () =>
    expect(present(child('Ida har sagt til sin pædagog, at hun kan godt lide at være på Lærkereden.'), 'ressourcer', opts)).toBe(false));
  it('liking to do something stays one: "han har sagt, at han godt kan lide at tegne"', () =>
    expect(present(child('Mathias har sagt, at han godt kan lide at tegne og bygge med klodser.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: a walk a visitor watched, with its distance', () => {
  it('"så fysioterapeuten dig gå ca. 250 meter med stokken"', () =>
    expect(present(letter('På besøget så fysioterapeuten dig gå ca. 250 meter med stokken ned til postkassen.'), 'ressourcer', opts)).toBe(true));
  it('"vi observerede hende gå et par hundrede meter"', () =>
    expect(present(letter('Under afprøvningen observerede vi hende gå et par hundrede meter uden at stoppe.'), 'ressourcer', opts)).toBe(true));
  it('a watched fall is no walk: "så dig falde efter 20 meter"', () =>
    expect(present(letter('På besøget så fysioterapeuten dig falde efter 20 meter på fortovet.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: a self-care task after "og", the subject further back', () => {
  it('"hun tog fat i håndtaget og kunne vaske sig selv stående"', () =>
    expect(present(letter('Ved afprøvningen tog hun fat i håndtaget og kunne vaske sig selv stående ved vasken.'), 'ressourcer', opts)).toBe(true));
  it('"du satte dig på sengekanten og kan klæde dig selv på"', () =>
    expect(present(letter('Terapeuten beskriver, at du satte dig på sengekanten og kan klæde dig selv på om morgenen.'), 'ressourcer', opts)).toBe(true));
  it('a purpose is no skill: "så du kan sidde ned og kan vaske dig selv"', () =>
    expect(present(letter('Vi bevilger en badetaburet, så du kan sidde ned og kan vaske dig selv.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: a grip gained on everyday life', () => {
  it('"I har fået langt bedre styr på aftenerne"', () =>
    expect(present(child('Støtten nedsættes, fordi I har fået langt bedre styr på aftenerne.'), 'ressourcer', opts)).toBe(true));
  it('"har du nu fået godt styr på dine aftaler"', () =>
    expect(present(letter('Efter et år med bostøtte har du nu fået godt styr på dine aftaler.'), 'ressourcer', opts)).toBe(true));
  it('a grip not gained does not count: "I har ikke fået bedre styr på aftenerne"', () =>
    expect(present(child('Støtten fortsætter, fordi I ikke har fået bedre styr på aftenerne.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: an aid moved or handled "selv" after a modal', () => {
  it('"Oskar kan skubbe kørestolen selv på flad vej"', () =>
    expect(present(child('Fysioterapeuten skriver, at Oskar kan skubbe kørestolen selv på flad vej.'), 'ressourcer', opts)).toBe(true));
  it('"hun kan sagtens åbne døren selv"', () =>
    expect(present(letter('Ergoterapeuten så, at hun kan sagtens åbne døren selv, når den er let.'), 'ressourcer', opts)).toBe(true));
  it('a question is no skill: "vi ser, om Oskar kan skubbe kørestolen selv"', () =>
    expect(present(child('Om et halvt år ser vi på, om Oskar kan skubbe kørestolen selv.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: people and places at work or school one is glad of', () => {
  it('"du er glad for dine kolleger på lageret"', () =>
    expect(present(letter('Du har fortalt, at du er glad for dine kolleger på lageret.'), 'ressourcer', opts)).toBe(true));
  it('"Lea er glad for sin modtageklasse"', () =>
    expect(present(child('Lea er glad for sin modtageklasse på Nordskolen.'), 'ressourcer', opts)).toBe(true));
  it('not glad: "Lea er ikke glad for sin modtageklasse"', () =>
    expect(present(child('Lea er ikke glad for sin modtageklasse på Nordskolen.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: a good friend', () => {
  it('"har fået en god veninde i klubben"', () =>
    expect(present(child('Lea har fået en god veninde i klubben.'), 'ressourcer', opts)).toBe(true));
  it('"Han har en nær ven på vejen"', () =>
    expect(present(child('Han har en nær ven på vejen, som han ses med.'), 'ressourcer', opts)).toBe(true));
  it('a friend missing is no network: "han har ikke en god ven"', () =>
    expect(present(child('Lærerne fortæller, at han ikke har en god ven i klassen.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: settling in with an intensifier', () => {
  it('"Sebastian er faldet virkelig godt til i børnehaven"', () =>
    expect(present(child('Sebastian er faldet virkelig godt til i børnehaven.'), 'ressourcer', opts)).toBe(true));
  it('"nu er hun faldet helt fint til"', () =>
    expect(present(child('Efter flytningen er hun faldet helt fint til på det nye sted.'), 'ressourcer', opts)).toBe(true));
  it('not settled: "Sebastian er ikke faldet rigtig godt til"', () =>
    expect(present(child('Sebastian er ikke faldet rigtig godt til i børnehaven.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: a liking kept up, with an adverb between', () => {
  it('"Karl kan stadig godt lide at lave mad"', () =>
    expect(present(letter('Karl kan stadig godt lide at lave mad, når nogen står ved siden af.'), 'ressourcer', opts)).toBe(true));
  it('"hun kan også rigtig godt lide at strikke"', () =>
    expect(present(letter('Din datter fortæller, at hun kan også rigtig godt lide at strikke.'), 'ressourcer', opts)).toBe(true));
  it('a liking lost: "han kan ikke længere lide at gå ud"', () =>
    expect(present(letter('Karl kan ikke længere lide at gå ud alene.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: bills paid by the citizen, in the perfect or the past', () => {
  it('"du siden foråret selv har betalt dine regninger"', () =>
    expect(present(letter('Det kom frem på mødet, at du siden foråret selv har betalt dine regninger til tiden.'), 'ressourcer', opts)).toBe(true));
  it('"hun betalte selv sin husleje hver måned"', () =>
    expect(present(letter('Hele sidste år betalte hun selv sin husleje hver måned.'), 'ressourcer', opts)).toBe(true));
  it('a helper who paid is no skill: "Bostøtten har betalt dine regninger"', () =>
    expect(present(letter('Bostøtten har betalt dine regninger, mens du var indlagt.'), 'ressourcer', opts)).toBe(false));
});

describe('ressourcer: a liking given as the reason for a wish', () => {
  it('"hun gerne vil blive boende, fordi hun er glad for sin nye skole"', () =>
    expect(present(child('Freja har sagt, at hun gerne vil blive boende hos plejefamilien, fordi hun er glad for sin nye skole.'), 'ressourcer', opts)).toBe(false));
  it('"vil helst beholde sin støtteperson, da han kan lide at snakke med hende"', () =>
    expect(present(child('Anton vil helst beholde sin støtteperson, da han kan lide at snakke med hende.'), 'ressourcer', opts)).toBe(false));
  it('the same liking said on its own stays one: "Freja er glad for sin nye skole"', () =>
    expect(present(child('Plejefamilien fortæller, at Freja er glad for sin nye skole.'), 'ressourcer', opts)).toBe(true));
});

describe('ressourcer: no absence for a while', () => {
  it('"har ifølge skolen ikke haft fravær siden jul"', () =>
    expect(present(child('Anton har ifølge skolen ikke haft fravær siden jul.'), 'ressourcer', opts)).toBe(true));
  it('"Freja har næsten intet fravær i år"', () =>
    expect(present(child('Lærerne skriver, at Freja har næsten intet fravær i år.'), 'ressourcer', opts)).toBe(true));
  it('much absence is no resource: "har haft meget fravær siden jul"', () =>
    expect(present(child('Anton har haft meget fravær siden jul.'), 'ressourcer', opts)).toBe(false));
});

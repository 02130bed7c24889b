/**
 * Round 53: faktiske-oplysninger, formaal, begrundelse, klagevejledning, bisidder and partshoering, batches dy, dz and ea
 * measured once unseen before they were fixed. Written for these tests in our own words, each with a look-alike.
 *
 * faktiske-oplysninger: what the staff who come have seen, told with "ifølge" ("Ifølge dagholdet …"), a report read
 * through and its writer quoted in the present ("I rapporten skriver Bente, at …") are facts; the rules as a source
 * ("ifølge kvalitetsstandarden"), a title under a plural closing ("Mange hilsner"), a diagnosis inside the aim under a
 * purpose label or inside a "med det formål, at" clause are not.
 * formaal: what the aid "vil gøre dig i stand til" is its aim; "så du kan være sikker på, at din sag …" is a step of the case.
 * begrundelse: the application named in a relative clause of our own sentence leaves our "fordi" ours; the handling
 * alone under the heading ("Kommunen har foretaget en revurdering af Deres sag.") and a cause inside the aim under the
 * purpose label are no reasons.
 * klagevejledning: a complaint label that only says the guidance is left out tells nothing on how to complain.
 * bisidder: a letter sent "efter fuldmagt fra" someone tells who acts, not the right.
 * partshoering: "Et bad om ugen svarer til …" is no answer asked for; a parent's correction without "at" and an agreement
 * with the verb first ("Ellers var I enige") answer a document got to read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

type Id = 'faktiske-oplysninger' | 'formaal' | 'begrundelse' | 'klagevejledning' | 'bisidder' | 'partshoering';
const el = (t: string, id: Id) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements[id].present;
const END = '\n\nVenlig hilsen\nOle Bak\nVisitator\n';

describe('faktiske-oplysninger', () => {
  const change = (s: string) => 'Kære Poul\n\nDine middagsbesøg stopper fra 1. april.\n\n' + s + ' Derfor stopper besøgene.' + END;
  it('"Ifølge dagholdet har du …" tells what the staff have seen', () =>
    expect(el(change('Ifølge dagholdet har du i en måned selv varmet din mad.'), 'faktiske-oplysninger')).toBe(true));
  it('"ifølge kvalitetsstandarden" names a rule, not a fact', () =>
    expect(el(change('Ifølge kvalitetsstandarden gives middagsbesøg kun ved særligt behov.'), 'faktiske-oplysninger')).toBe(false));
  const report = (s: string) => 'Kære Lene og Jan\n\nFamiliebehandlingen fortsætter hver anden uge.\n\n' + s + END;
  it('a report read through and its writer quoted in the present are facts', () =>
    expect(el(report('Jeg har læst statusrapporten fra Familiehuset igennem. I rapporten skriver Bente, at I nu selv holder fast i rutinerne.'), 'faktiske-oplysninger')).toBe(true));
  it('a report still to be written is no fact', () =>
    expect(el(report('Familiehuset vil lave en statusrapport til sommer.'), 'faktiske-oplysninger')).toBe(false));
  const mail = (close: string) => 'Hej Inge\n\nDu får et forløb i træningscentret 2 gange om ugen i 6 uger.\n\n' + close + '\nKaren\nFysioterapeut, Træning\n';
  it('a title under a plural closing ("Mange hilsner") is the sender, not a fact', () =>
    expect(el(mail('Mange hilsner'), 'faktiske-oplysninger')).toBe(false));
  it('the same title inside the letter body, with what she saw, is a fact', () =>
    expect(el('Hej Inge\n\nFysioterapeuten så ved besøget, at du går usikkert på trappen.\n\nDu får et forløb 2 gange om ugen.\n\nMange hilsner\nKaren\n', 'faktiske-oplysninger')).toBe(true));
  const field = (aimLine: string) => 'BEVILLING\n\nYdelse\nMerudgifter\n\nFormål\n\n' + aimLine + '\n\nBeløb\n900 kr. om måneden' + END;
  it('a diagnosis inside the aim under the purpose label is no finding', () =>
    expect(el(field('At dække de ekstra udgifter, Maja har på grund af sin epilepsi, så hun kan leve som andre børn.'), 'faktiske-oplysninger')).toBe(false));
  it('the same diagnosis told as a fact of the case counts', () =>
    expect(el(field('Maja har epilepsi og fik tre anfald i januar.'), 'faktiske-oplysninger')).toBe(true));
  it('an event inside a "med det formål, at" clause is the aim the help had', () =>
    expect(el('Kære Erik\n\nHjælpen blev givet med det formål, at du kunne klare dig hjemme efter operationen. Hjælpen stopper nu.' + END, 'faktiske-oplysninger')).toBe(false));
  it('the same event told as what happened counts', () =>
    expect(el('Kære Erik\n\nDu blev opereret i hoften i januar. Hjælpen stopper nu.' + END, 'faktiske-oplysninger')).toBe(true));
});

describe('formaal', () => {
  const grant = (s: string) => 'Kære Hans\n\nDu får tilskud til en el-scooter efter servicelovens § 113.\n\n' + s + END;
  it('what the aid "vil gøre dig i stand til" is its aim', () =>
    expect(el(grant('Vi har lagt vægt på, at scooteren vil gøre dig i stand til at handle selv.'), 'formaal')).toBe(true));
  it('"vil ikke gøre dig i stand til" is no aim', () =>
    expect(el(grant('En almindelig cykel vil ikke gøre dig i stand til at handle selv.'), 'formaal')).toBe(false));
  const refusal = (s: string) => 'Kære Mona\n\nVi kan ikke give dig støtte til bil.\n\n' + s + END;
  it('"så du kan være sikker på, at din sag …" is a step of the case', () =>
    expect(el(refusal('En kollega har læst sagen med, så du kan være sikker på, at din sag er set grundigt igennem.'), 'formaal')).toBe(false));
  it('help that lets the citizen be safe at home keeps its aim', () =>
    expect(el('Kære Mona\n\nDu får et nødkald. Nødkaldet skal gøre, at du kan være tryg i din bolig.' + END, 'formaal')).toBe(true));
});

describe('begrundelse', () => {
  const partial = (s: string) => 'Kære Sara og Ali\n\nI får 900 kr. om måneden til merudgifter.\n\n' + s + END;
  it('our "fordi" after the application in a relative clause is our reason', () =>
    expect(el(partial('Vi har ikke dækket hele det beløb, I har søgt om til medicin, fordi regionen allerede betaler insulinen.'), 'begrundelse')).toBe(true));
  it('the citizen\'s own "fordi" after the application stays theirs', () =>
    expect(el(partial('I har søgt om mere til medicin, fordi I synes, at udgiften er stor.'), 'begrundelse')).toBe(false));
  const heading = (s: string) => 'Kære Kim\n\nDin støtte efter § 85 stopper 1. maj.\n\nBegrundelse\n\n' + s + END;
  it('the handling alone under the reasons heading is no reason', () =>
    expect(el(heading('Kommunen har foretaget en revurdering af din sag.'), 'begrundelse')).toBe(false));
  it('a fact under the same heading is a reason', () =>
    expect(el(heading('Du bor nu selv og klarer din økonomi og dine indkøb uden hjælp.'), 'begrundelse')).toBe(true));
  const field = (aimLine: string) => 'BEVILLING\n\nYdelse\nMerudgifter\n\nFormål\n\n' + aimLine + '\n\nBeløb\n900 kr. om måneden' + END;
  it('a cause inside the aim under the purpose label is no reason', () =>
    expect(el(field('At dække de ekstra udgifter, Maja har på grund af sin sygdom, så hun kan leve som andre børn.'), 'begrundelse')).toBe(false));
  it('a reason of its own after the label counts', () =>
    expect(el(field('Maja får beløbet, fordi hendes glutenfri kost koster 900 kr. mere om måneden end almindelig kost.'), 'begrundelse')).toBe(true));
});

describe('klagevejledning', () => {
  const letter = (s: string) => 'BEVILLING\n\nYdelse:    Dagtilbud\nOmfang:    3 dage om ugen\n\nKlagevejledning:    ' + s + END;
  it('a label that only says the guidance is left out tells nothing on how', () =>
    expect(el(letter('Du har fået det, du søgte om. Derfor er der ingen klagevejledning.'), 'klagevejledning')).toBe(false));
  it('a label with the way to complain is the guidance', () =>
    expect(el(letter('Du kan klage til kommunen inden 4 uger. Klagen går videre til Ankestyrelsen.'), 'klagevejledning')).toBe(true));
});

describe('bisidder', () => {
  const top = (line: string) => 'Visitationen\n\nTil Lone Dahl\n' + line + '\n\nKære Lone\n\nDin far får rengøring hver 14. dag.' + END;
  it('a letter sent "efter fuldmagt fra" someone tells who acts', () =>
    expect(el(top('(sendt til dig efter fuldmagt fra Per Dahl)'), 'bisidder')).toBe(false));
  it('the right to give a power of attorney still counts', () =>
    expect(el(top('Din far kan altid give en anden fuldmagt til at tale hans sag.'), 'bisidder')).toBe(true));
});

describe('partshoering', () => {
  const bath = (s: string) => 'Kære Else\n\nDu får fortsat bad 1 gang om ugen.\n\n' + s + END;
  it('"Et bad om ugen svarer til serviceniveauet" asks for no answer', () =>
    expect(el(bath('Et bad om ugen svarer til serviceniveauet.'), 'partshoering')).toBe(false));
  it('asking for the party\'s comments is a hearing', () =>
    expect(el(bath('Vi bad dig om dine bemærkninger til notatet fra besøget, før vi besluttede noget.'), 'partshoering')).toBe(true));
  const child = (s: string) => 'Kære Ida\n\nDu kan flytte til plejefamilien fra 1. maj.\n\nDu og din far fik begge undersøgelsen at læse. ' + s + END;
  it('a parent\'s correction and an agreement with the verb first answer the document', () =>
    expect(el(child('Din far bad os rette en dato. Ellers var I enige i det, der står.'), 'partshoering')).toBe(true));
  it('the document got to read with nothing said back is no hearing', () =>
    expect(el(child('Den ligger også i jeres e-Boks.'), 'partshoering')).toBe(false));
});

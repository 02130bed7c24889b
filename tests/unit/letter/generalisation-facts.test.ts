/**
 * Phrasing classes of the case-bound building blocks (begrundelse, faktiske-oplysninger,
 * omfang, ressourcer), each with look-alikes that must stay absent. The sentences are written
 * for these tests the way caseworkers write — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';


// The law's criteria said again with a modal and the law's own object ("ikke i væsentlig grad
// vil kunne afhjælpe de varige følger af Deres nedsatte funktionsevne"): the possessive is the
// law's wording, not a fact of the case.
describe('begrundelse: the criteria of the law restated with a modal', () => {
  it.each([
    'Du får afslag på en el-scooter.\n\nBegrundelse\nVi vurderer, at en el-scooter ikke i væsentlig grad vil kunne afhjælpe de varige følger af din nedsatte funktionsevne.',
    'Du får afslag på en badebænk.\n\nBegrundelse\nDet er vores vurdering, at en badebænk heller ikke i væsentlig grad kunne lette Deres daglige tilværelse i hjemmet.',
    'Du får afslag på en badebænk.\n\nBegrundelse\nVi vurderer, at badebænken ikke vil kunne lette din hverdag i væsentlig grad.',
    'Du får afslag på en rollator.\n\nBegrundelse\nVi vurderer, at en rollator ikke i betydelig grad kan lette hans daglige livsførelse.',
  ])('hollow: %s', (t) => {
    const a = analyzeLetter(t);
    expect(a.elements.begrundelse.present).toBe(false);
    expect(a.elements.begrundelse.problem).toBe('kun-regel');
  });
  it.each([
    'Du får afslag på en el-scooter. En el-scooter vil ikke i væsentlig grad kunne lette din daglige tilværelse, fordi du allerede har en elkørestol, som du bruger hver dag.',
    'Du får afslag på en el-scooter. En el-scooter vil ikke i væsentlig grad kunne lette din daglige tilværelse, da du kun går ud to gange om ugen og bliver kørt af din søn.',
  ])('the criterion with a concrete reason still counts: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// A cause inside what the citizen wrote in the application ("De har i Deres ansøgning
// anført, at De på grund af Deres sygdom har ekstra udgifter") is the citizen's reason for
// applying, not the authority's reason for the decision.
describe('begrundelse: a cause inside the citizen’s own account', () => {
  it.each([
    'Du får afslag på merudgifter. I din ansøgning skriver du, at du på grund af din sygdom har ekstra udgifter til vask. Du opfylder ikke betingelserne.',
    'Du får afslag på merudgifter. Du har i ansøgningen nævnt, at udgifterne skyldes din diabetes. Du opfylder ikke betingelserne.',
    'Du får afslag på merudgifter. Det fremgår af din ansøgning, at du som følge af din gigt køber særligt tøj. Betingelserne er ikke opfyldt.',
    'I får afslag på aflastning. I har på mødet fortalt, at I ønsker aflastning, fordi I er trætte. Betingelserne er ikke opfyldt.',
    'Deres ansøgning imødekommes ikke. De har i Deres ansøgning anført, at De grundet Deres allergi køber dyrere fødevarer. De opfylder ikke lovens betingelser.',
  ])('not a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it.each([
    // The authority's own voice after the report.
    'Du får hjælp til rengøring. Du har oplyst, at du har ondt i ryggen, og vi giver dig derfor hjælp, fordi du ikke kan støvsuge.',
    // A professional's statement is a fact the authority relies on, not the citizen's account.
    'Du får afslag på en el-scooter. Af lægens udtalelse fremgår det, at du på grund af din gigt ikke kan gå længere end 100 meter, og vi vurderer derfor, at en el-scooter ikke er nødvendig, fordi du har en elkørestol.',
  ])('still a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
});

// The talks or the visit named as the basis, without what came out of them, give no reason;
// with what was seen or said they do.
describe('begrundelse: the talks named as the basis', () => {
  it.each([
    'Vi har på baggrund af vores samtaler i marts besluttet at bevilge Sofie en kontaktperson efter barnets lov § 32.',
    'På baggrund af mødet med jer har vi besluttet at give jer aflastning en weekend om måneden.',
  ])('not a reason: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it('with what was seen it is one', () => {
    const t = 'Du får hjælp til bad. På baggrund af besøget, hvor vi så, at du ikke kan stå uden støtte, har vi besluttet at bevilge hjælp til bad.';
    expect(present(t, 'begrundelse')).toBe(true);
  });
});

describe('faktiske-oplysninger: meetings, reports and measurements as caseworkers write them', () => {
  it.each([
    // A meeting that took place, with its date or month.
    'Vi holdt møde med dig og din kontaktperson den 4. marts 2025, hvor vi gennemgik din plan.',
    'Du havde en samtale med os den 2. maj om din økonomi.',
    'Vi mødtes med dig og din datter den 12. juni.',
    'På mødet i september fortalte du om dine gode og dårlige dage.',
    // Told with the speaker after the verb.
    'Her fortalte din kontaktperson, at du nu selv møder op i skolen hver dag.',
    'På netværksmødet sagde din mor, at Oskar sover dårligt.',
    // A professional's dated measurement or examination, the date before the verb.
    'Bandagisten har den 10. marts målt dine fødder.',
    'Optikeren har den 3. februar 2025 undersøgt dit syn.',
    'Du blev den 3. marts opereret i knæet.',
    // An institution reporting.
    'Skolen har meldt om mange dage med fravær siden jul.',
    'Børnehaven har påpeget, at Alma ofte er sulten om morgenen.',
    // The citizen's own dated message about a fact.
    'Tak for din mail af 3. februar, hvor du skrev, at du flytter den 1. marts.',
    // A diagnosis in lay words.
    'Du har sukkersyge og dårligt syn.',
  ])('a fact: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
  it.each([
    // What was applied for, what is wished for, where to turn.
    'Tak for jeres ansøgning af 30. august om betaling af psykologbehandling til Noah.',
    'Du har søgt om et forløb hos en fysioterapeut.',
    'I vil gerne have, at Emil kan tale med en psykolog.',
    'Du kan kontakte din egen læge, som kan henvise dig til en fysioterapeut.',
    'I kan også kontakte PPR via skolen.',
    // What is still to come, and the municipality telling.
    'Vi holder et møde med dig den 4. maj.',
    'Vi holder en ny samtale med dig i marts.',
    'Vi fortalte dig, at du kan klage.',
    // A wish, also with a date in it.
    'Du skrev, at du gerne vil starte den 1. marts.',
    'Her sagde du, at du gerne vil have mere hjælp.',
    // Information without content, and help that ended.
    'Vi har vurderet din sag ud fra de foreliggende oplysninger.',
    'Du havde hjælp til bad indtil den 1. maj.',
    'Vi har den 4. maj modtaget din ansøgning.',
  ])('no fact: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
});

// Network and abilities named in passing: the relative with a name or a clause before the
// verb, a relative nearby or looking in, leisure and abilities said along the way — and what
// only looks like one: a relative's worry, an open question, a relative who goes somewhere, a
// friend named only as the source of a tip, the home itself.
describe('ressourcer named in passing', () => {
  it.each([
    'Du får hjælp til rengøring. Din datter Anne bor tæt på og kommer og handler ind for dig.',
    'Du får afløsning. Din datter Lene kommer hver søndag og er hos sin far det meste af dagen.',
    'Du får hjælp til bad. Din søn, som bor i Vejle, kommer hver weekend og hjælper med haven.',
    'Du får hjælp til bad. Din nevø kigger forbi et par gange om ugen.',
    'Du får hjælp til bad. Din søster ringer til dig hver dag.',
    'Du får hjælp til bad. Din svigersøn slår græsset om sommeren.',
    'Du får hjælp til bad. Dine børn skiftes til at køre dig til lægen.',
    'Du får hjælp til bad. Naboen hjælper med at tage skraldet ned.',
    'Du får en kontaktperson. Han er glad for at gå til fodbold.',
    'Du får hjælp til bad. Du klarer selv påklædningen, når du sidder ned.',
    'I får aflastning. Mormor passer Emil, når I skal til møder.',
    'Du får afslag. Hun har en god veninde i klassen.',
    'Du får afslag. Om morgenen kan du selv tage tøj på.',
  ])('a resource: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // A relative's worry, an open question.
    'Vi har afslået ansøgningen. Din datter er bekymret for, om du kan klare dig.',
    'Vi har afslået ansøgningen. Vi skal vurdere, om du selv kan tage bad.',
    // The relative applies, goes somewhere, is not near.
    'Vi har afslået ansøgningen. Din datter har søgt om et hjælpemiddel til dig.',
    'Vi har afslået ansøgningen. Din mand kommer hver tirsdag i dagcenter.',
    'Vi har afslået ansøgningen. Din søn bor ikke tæt på.',
    'Du får afløsning. Din mand er hos os på aflastning hver anden uge.',
    // A friend or neighbour only as where a tip came from.
    'I får afslag. I vil gerne have, at hun kan tale med en psykolog, som hun kender fra en veninde.',
    'Du får afslag. Du har hørt om tilbuddet fra en nabo.',
    // The house is not a resource.
    'Du får afslag på en trappelift. Dit hus har et gæsteværelse i stueetagen.',
  ])('no resource: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// Recurring goods granted per period ("1 par om året", "3 pakker om måneden") are a scope; a
// one-off aid, a vague "et par timer", what was applied for and how long a thing lasts are not.
describe('omfang: recurring goods per period', () => {
  it.each([
    'Du får støtte til ét par ortopædiske sko om året.',
    'Du får bevilget 3 pakker bleer om måneden.',
    'Du får 2 sæt arbejdstøj om året.',
    'Du får 60 stk. kateterposer om måneden.',
  ])('a scope: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    'Du får hjælp et par timer om ugen.',
    'Du får hjælp et par gange om ugen.',
    'Du får et par ortopædiske sko.',
    'Du har søgt om 2 par sko om året. Du får afslag.',
    'Du får en ny kørestol. Den holder normalt 5 år.',
    'Vi bevilger 1 par sko. Du betaler 1.015 kr. pr. par.',
  ])('no scope: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

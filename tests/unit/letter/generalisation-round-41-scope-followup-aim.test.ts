/**
 * Round 41: omfang not read from what people in general do, the helper's visits so far, the citizen's own sport
 * training, a year before a count or the need added up; but read from a helper "hos dig hver morgen", a time put
 * first ("Hver anden fredag kommer der en"), a field for the new amount after a recalculation, an application
 * answered "og det er det, du får" and a new amount with its own end date. opfoelgning from the end date of help that
 * is stepped down; formaal not from the writer's explanation, who delivers the help or what a refusal weighs, but
 * from what an aid "skal gøre det lettere" to do. Batches de/df/dg measured once unseen before they were fixed.
 * Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const GRANT = 'Kære Else\n\nDu får hjælp til rengøring og personlig pleje efter ældrelovens § 10.\n\n';
const REFUSAL = 'Kære Henrik\n\nDu får afslag på støtte til køb af bil efter servicelovens § 114.\n\n';

describe('omfang: quantities that are no help granted', () => {
  it('what many people do privately is no scope', () =>
    expect(el(`${GRANT}Mange vælger selv et privat firma, der gør rent hver anden uge.`).omfang.present).toBe(false));
  it('the helper who cleans every other week is the scope', () =>
    expect(el(`${GRANT}En hjælper fra hjemmeplejen gør rent hos dig 1 time hver anden uge.`).omfang.present).toBe(true));
  it('the visits the home care has paid so far are no scope', () =>
    expect(el(`${GRANT}Siden du kom hjem fra sygehuset, har hjemmeplejen været hos dig fire gange i døgnet.`).omfang.present).toBe(false));
  it('the visits the home care pays from now on are the scope', () =>
    expect(el(`${GRANT}Fremover kommer hjemmeplejen hos dig fire gange i døgnet.`).omfang.present).toBe(true));
  it('a child who plays as a forward and trains twice a week is no scope', () =>
    expect(el('Kære Mette og Jonas\n\nOskar får en kontaktperson efter barnets lov § 32.\n\nOskar er en hurtig angriber og træner to gange om ugen.').omfang.present).toBe(false));
  it('a teenager who trains handball three times a week is no scope', () =>
    expect(el('Kære Mette og Jonas\n\nOskar får en kontaktperson efter barnets lov § 32.\n\nOskar træner håndbold tre gange om ugen i byens klub.').omfang.present).toBe(false));
  it('training on the team twice a week, granted, is the scope', () =>
    expect(el('Kære Knud\n\nDu får vedligeholdende træning efter servicelovens § 86.\n\nDu træner på holdet i træningscentret to gange om ugen.').omfang.present).toBe(true));
  it('a year before "flere gange … om natten" is no count', () =>
    expect(el('Kære Line\n\nNoah anbringes uden samtykke efter barnets lov § 47.\n\nNaboerne så i foråret 2025 flere gange Noah alene på gaden om natten.').omfang.present).toBe(false));
  it('a respite amount from a month and year on is the scope', () =>
    expect(el('Kære Line\n\nNoah får aflastning efter barnets lov § 32.\n\nFra marts 2026 kommer Noah i aflastning 2 weekender om måneden.').omfang.present).toBe(true));
  it('the need added up after the sentence that names it is no scope', () =>
    expect(el(`Kære Bjarne\n\nDu får personlig og praktisk hjælp efter servicelovens § 83.\n\nVed besøget gennemgik vi din uge. Du har brug for hjælp til bad, tøjvask og rengøring. Det blev i alt til omkring 6 timer om ugen.`).omfang.present).toBe(false));
  it('the sum granted in so many words is the scope', () =>
    expect(el(`Kære Bjarne\n\nDu får personlig og praktisk hjælp efter servicelovens § 83.\n\nVed besøget gennemgik vi din uge. Du har brug for hjælp til bad, tøjvask og rengøring. Det blev i alt til omkring 6 timer om ugen, som vi bevilger.`).omfang.present).toBe(true));
  it('a follow-up rhythm going on from the first follow-up is no scope', () =>
    expect(el('Kære Pernille\n\nEmil anbringes i familiepleje med dit samtykke efter barnets lov § 46.\n\nFørste opfølgning bliver i maj 2026, og derefter mindst hver 6. måned.').omfang.present).toBe(false));
});

describe('omfang: granted help said in other ways', () => {
  it('the home care "hos dig hver morgen" is one visit a day', () =>
    expect(el(`${GRANT}Fra mandag kommer hjemmeplejen hos dig hver morgen mellem kl. 8 og 9.`).omfang.present).toBe(true));
  it('a son who comes "hos dig hver morgen" is no scope', () =>
    expect(el(`${GRANT}Fra mandag kommer din søn hos dig hver morgen, før han kører på arbejde.`).omfang.present).toBe(false));
  it('"Hver anden fredag kommer der en" and cleans is a scope', () =>
    expect(el(`${GRANT}Hver anden fredag kommer der en og støvsuger og vasker gulv.`).omfang.present).toBe(true));
  it('"Hver torsdag kommer der en besøgsven" is no scope', () =>
    expect(el(`${GRANT}Hver torsdag kommer der en besøgsven fra Ældre Sagen til en kop kaffe.`).omfang.present).toBe(false));
  it('the field for the amount after a recalculation is the scope in force', () =>
    expect(el('Kære Rasmus\n\nVi har genberegnet din merudgiftsydelse efter servicelovens § 100.\n\nYdelse før genberegning: 900 kr. pr. måned\nYdelse efter genberegning: 600 kr. pr. måned\n\nPosten til medicin (300 kr. pr. måned) bortfalder.').omfang.present).toBe(true));
  it('only the amount before the recalculation is no scope', () =>
    expect(el('Kære Rasmus\n\nVi har genberegnet din merudgiftsydelse efter servicelovens § 100.\n\nYdelse før genberegning: 900 kr. pr. måned\n\nPosten til medicin (300 kr. pr. måned) bortfalder.').omfang.present).toBe(false));
  it('an application answered "og det er det, du får" grants its amount', () =>
    expect(el('Kære Ali\n\nDu får beskyttet beskæftigelse efter servicelovens § 103.\n\nDu har søgt om et værkstedstilbud 4 dage om ugen, og det er det, du får, altså 5 timer om dagen.').omfang.present).toBe(true));
  it('an application "og det er det, du helst vil have" grants nothing', () =>
    expect(el('Kære Ali\n\nDu får beskyttet beskæftigelse efter servicelovens § 103.\n\nDu har søgt om et værkstedstilbud, og det er det, du helst vil have: 5 timer om dagen.').omfang.present).toBe(false));
});

describe('omfang and opfoelgning: help stepped down with an end date of its own', () => {
  const STEPPED = 'Kære Sara\n\nDin støtte fra kontaktpersonen bliver nedsat.\n\nDu har haft Lasse som kontaktperson 5 timer om ugen efter barnets lov § 32. Fra 1. april 2026 bliver det til 3 timer om ugen, og støtten slutter den 31. oktober 2026.';
  it('the lower amount is the scope that goes on', () => expect(el(STEPPED).omfang.present).toBe(true));
  it('its end date says how long the help lasts', () => expect(el(STEPPED).opfoelgning.present).toBe(true));
  const ENDS = 'Kære Sara\n\nDin støtte fra kontaktpersonen stopper.\n\nDu har haft Lasse som kontaktperson efter barnets lov § 32. Din kontaktperson 5 timer om ugen stopper, og støtten slutter den 31. oktober 2026.';
  it('help that stops keeps no scope', () => expect(el(ENDS).omfang.present).toBe(false));
  it('the date help stops is no follow-up', () => expect(el(ENDS).opfoelgning.present).toBe(false));
  it('a grant that ends on a date states its duration', () =>
    expect(el('Kære Sara\n\nDu får en kontaktperson efter barnets lov § 32.\n\nStøtten slutter den 30. juni 2026, når du er færdig med skolen.').opfoelgning.present).toBe(true));
});

describe('formaal: purposes that are not the help\'s', () => {
  it('the writer explaining step by step "så du kan følge med" is no aim', () =>
    expect(el(`${REFUSAL}Lad mig forklare reglerne trin for trin, så du kan følge med i min vurdering.`).formaal.present).toBe(false));
  it('help given "så du kan passe dit arbejde" is an aim', () =>
    expect(el('Kære Henrik\n\nDu får støtte til køb af bil efter servicelovens § 114.\n\nStøtten gives, så du kan passe dit arbejde i Aarhus.').formaal.present).toBe(true));
  it('a choice of who delivers, "om hjælpen skal komme fra kommunen", is no aim', () =>
    expect(el(`${GRANT}Du kan selv vælge, om hjælpen skal komme fra kommunen eller fra et privat firma.`).formaal.present).toBe(false));
  it('"Hjælpen skal gøre dig i stand til …" is an aim', () =>
    expect(el(`${GRANT}Hjælpen skal gøre dig i stand til selv at klare badet igen.`).formaal.present).toBe(true));
  it('in a refusal, the outcome of a fact weighed is no aim', () =>
    expect(el(`${REFUSAL}Vi har lagt vægt på, at din arbejdsgiver lader dig arbejde hjemme to dage om ugen, så du kan undgå myldretiden.`).formaal.present).toBe(false));
  it('in a grant, help weighed "så du kan føle dig tryg" is an aim', () =>
    expect(el(`${GRANT}Vi har lagt vægt på, at du får faste hjælpere, så du kan føle dig tryg om morgenen.`).formaal.present).toBe(true));
});

describe('formaal: what the aid shall make easier', () => {
  const AID = 'Hej Poul\n\nDu får en rollator og en badebænk efter servicelovens § 112.\n\n';
  it('"De skal gøre det lettere og mere sikkert for dig at …" is an aim', () =>
    expect(el(`${AID}De skal gøre det lettere og mere sikkert for dig at gå ture og tage bad.`).formaal.present).toBe(true));
  it('"Det skal gøre det lettere for os at planlægge" is no aim for the citizen', () =>
    expect(el(`${AID}Skriv gerne dit telefonnummer på sedlen. Det skal gøre det lettere for os at planlægge leveringen.`).formaal.present).toBe(false));
});

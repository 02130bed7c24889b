/**
 * Round 47: the aim of help that ends said as "var tanken, at du …" and "skulle sikre, at du …", but not a "så du kan"
 * after what a relative arranged (formaal); a line that announces the reasons below it, a price limit in the law set
 * against the price just stated and a causal "når" before "er der ikke tale om et behov" are reasons, while the family's
 * own reason for coming to us and "Deres funktionsevne" inside the restated criterion are not (begrundelse);
 * colleagues one has, moving about freely and a distance cycled now are resources (ressourcer); a relative writing as
 * "fuldmægtig" or named in a mail's subject line gives no view of the citizen's, nor does a specialist named after a
 * possessive, while the application's own "fordi" does (borgerens-synspunkter); time given to answer before the
 * decision is a hearing (partshoering); "Ønsker De sagen prøvet" with a deadline from receipt is the complaint deadline
 * (klagefrist); "Som du fortalte i telefonen, har du …" is a fact, "kræfterne" is no illness (faktiske-oplysninger).
 * Batches dq–ds measured once unseen before they were fixed. Written for these tests in our own words, each with a
 * look-alike.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';

const el = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).elements;
const ENDS = 'Kære Bent\n\nDin støtte efter servicelovens § 85 stopper med udgangen af april.\n\n';
const ALARM = 'Kære Rut\n\nDu får ikke et nødkald fra kommunen.\n\n';

describe('formaal: the aim of help that ends, and a relative\'s own arrangement', () => {
  it('"var tanken, at du skulle …" names the aim of the help that ends', () =>
    expect(el(`${ENDS}Da du fik bostøtten, var tanken, at du skulle lære at betale dine regninger til tiden.`).formaal.present).toBe(true));
  it('"Det var ikke tanken, at vi …" is no aim', () =>
    expect(el(`${ENDS}Det var ikke tanken, at vi skulle sende brevet så sent.`).formaal.present).toBe(false));
  it('"Den skulle sikre, at du …" names what the help was to secure', () =>
    expect(el(`${ENDS}Støtten kom i gang efter din indlæggelse. Den skulle sikre, at du fik åbnet din post hver uge.`).formaal.present).toBe(true));
  it('"Vi skulle sikre os, at du fik brevet" is the office\'s care, no aim of the help', () =>
    expect(el(`${ENDS}Vi skulle sikre os, at du fik brevet i god tid.`).formaal.present).toBe(false));
  it('"din søn har sat en lampe op, så du kan se trappen" is the family\'s doing, not the help\'s aim', () =>
    expect(el(`${ALARM}Din søn har sat en lampe op i gangen, så du kan se trappen om natten.`).formaal.present).toBe(false));
});

const REFUSE = 'Kære Erik\n\nDu får afslag på hjælp til rengøring efter servicelovens § 83.\n\n';
describe('begrundelse: reasons announced, a price limit, a causal "når", the family\'s own reason, the criterion', () => {
  it('"Her er hvorfor:" with the facts listed below gives the reasons', () =>
    expect(el(`Kære Ole\n\nDit tilbud i værkstedet stopper 1. juni. Her er hvorfor:\n\n- Du er begyndt på en uddannelse på handelsskolen fire dage om ugen.\n- Værkstedet har kun åbent på de dage, hvor du har undervisning.\n`).begrundelse.present).toBe(true));
  it('"Her er hvad du skal gøre:" with steps below is no reason', () =>
    expect(el(`Kære Ole\n\nDu får en ny kørestol. Her er hvad du skal gøre:\n\n- Ring til depotet og aftal et tidspunkt.\n- Tag den gamle stol med, når du henter den nye.\n`).begrundelse.present).toBe(false));
  it('a price stated, then the law\'s lower limit with "så … ikke", is the reason', () =>
    expect(el(`Kære Lis\n\nTak for din mail om puden.\n\nPuden koster 320 kr. Efter servicelovens § 113 kan vi kun give tilskud til forbrugsgoder, der koster over 500 kr., så den kan vi desværre ikke være med til at betale.\n`).begrundelse.present).toBe(true));
  it('the same rule with no price of the thing stated is the rule alone', () =>
    expect(el(`Kære Lis\n\nTak for din mail om puden.\n\nEfter servicelovens § 113 kan vi kun give tilskud til forbrugsgoder, der koster over 500 kr., så den kan vi ikke give tilskud til.\n`).begrundelse.present).toBe(false));
  it('"Når … , er der ikke tale om et behov, som …" ties the facts to the refusal', () =>
    expect(el(`${REFUSE}Når du selv støvsuger og din datter vasker gulve hver uge, er der ikke tale om et behov, som kommunen skal dække.`).begrundelse.present).toBe(true));
  it('"Når du har fået stolen, ringer vi" is only a time', () =>
    expect(el(`${REFUSE}Når du har fået stolen, ringer vi til dig og hører, hvordan det går.`).begrundelse.present).toBe(false));
  it('"I har selv henvendt jer til os, fordi …, og fordi …" is the family\'s reason for asking', () =>
    expect(el(`Kære Maja og Tim\n\nI har selv henvendt jer til os, fordi morgenerne med Ida ofte ender i skænderier, og fordi I gerne vil have hjælp til at få en god start på dagen.\n\nVi har bevilget familiebehandling efter barnets lov § 32. Betingelserne er opfyldt.\n`).begrundelse.present).toBe(false));
  it('"idet Deres funktionsevne ikke vurderes at være betydeligt og varigt nedsat" restates the criterion', () =>
    expect(el(`Kære Hr. Holm\n\nDe får afslag på støtte til bil efter servicelovens § 114.\n\nDet er kommunens vurdering, at De ikke opfylder betingelserne, idet Deres funktionsevne ikke vurderes at være betydeligt og varigt nedsat.\n`).begrundelse.present).toBe(false));
});

const AIDS = 'Kære Inga\n\nDu får en badestol efter servicelovens § 112.\n\n';
describe('ressourcer: colleagues, moving about freely, a distance cycled now', () => {
  it('"hvor du har faste kolleger" is a network', () =>
    expect(el(`${ENDS}Du er startet i job på lageret, hvor du har faste kolleger og spiser frokost med dem.`).ressourcer.present).toBe(true));
  it('"har ingen kolleger" is not', () =>
    expect(el(`${ENDS}Du arbejder alene på lageret og har ingen kolleger at tale med.`).ressourcer.present).toBe(false));
  it('"Du går jo selv fint rundt i lejligheden" is what the citizen manages', () =>
    expect(el(`${AIDS}Du går jo selv fint rundt i lejligheden med din rollator, så det er kun badet, der er svært.`).ressourcer.present).toBe(true));
  it('"Du går usikkert rundt" is a limit', () =>
    expect(el(`${AIDS}Du går usikkert rundt i lejligheden og har brug for at holde fast.`).ressourcer.present).toBe(false));
  it('"Du cykler i dag … ca. 6 km hver vej" is what the citizen manages', () =>
    expect(el(`${AIDS}Du cykler i dag på din egen cykel til og fra genbrugsbutikken, ca. 6 km hver vej.`).ressourcer.present).toBe(true));
  it('"Du cykler kun 1 km" is a limit', () =>
    expect(el(`${AIDS}Du cykler kun 1 km, før du må stå af og hvile dig.`).ressourcer.present).toBe(false));
});

describe('borgerens-synspunkter: the relative as proxy, a specialist, the application\'s reason', () => {
  it('a letter to a son as "fuldmægtig for" his mother: his account is not hers', () =>
    expect(el(`Til Jan Lund\n(søn og fuldmægtig for Ruth Lund, Kirkevej 2)\n\nKære Jan\n\nDu skrev den 3. marts, at din mor gerne vil have en rollator.\n\nVi bevilger en rollator efter servicelovens § 112.\n`)['borgerens-synspunkter'].present).toBe(false));
  it('the same to the citizen herself is her view', () =>
    expect(el(`Til Ruth Lund\nKirkevej 2\n\nKære Ruth\n\nDu skrev den 3. marts, at du gerne vil have en rollator.\n\nVi bevilger en rollator efter servicelovens § 112.\n`)['borgerens-synspunkter'].present).toBe(true));
  it('a mail to a daughter with "til din far" in its subject line: her account is not his', () =>
    expect(el(`Emne: Rollator til din far\n\nHej Lene\n\nSom vi talte om, hvor du fortalte, at din far er blevet usikker på benene, får han nu en rollator.\n`)['borgerens-synspunkter'].present).toBe(false));
  it('"Emmas neurolog har beskrevet, at …" is the doctor\'s account, not the child\'s', () =>
    expect(el(`Kære Sara og Mikkel\n\nAflastningen for Emma ændres til et døgntilbud efter barnets lov § 84.\n\nEmmas neurolog har i en udtalelse af 4. marts beskrevet, at Emma har anfald om natten.\n`)['borgerens-synspunkter'].present).toBe(false));
  it('"Du har søgt, fordi du …" gives the citizen\'s own reason', () =>
    expect(el(`Kære Per\n\nDu får halvdelen af prisen på en el-cykel efter servicelovens § 113.\n\nDu har søgt, fordi du bliver træt i benene på vej til arbejde.\n`)['borgerens-synspunkter'].present).toBe(true));
  it('"Du har søgt." with no reason is no view', () =>
    expect(el(`Kære Per\n\nDu får halvdelen af prisen på en el-cykel efter servicelovens § 113.\n\nDu har søgt den 2. februar.\n`)['borgerens-synspunkter'].present).toBe(false));
});

const CUT = 'Kære Sonja\n\nDin merudgiftsydelse efter servicelovens § 100 nedsættes fra 900 til 500 kr. om måneden.\n\n';
describe('partshoering: time given to answer before the decision', () => {
  it('"Du fik beregningen tilsendt og fik 14 dage til at sige, hvis noget var forkert" is a hearing', () =>
    expect(el(`${CUT}Du fik beregningen tilsendt den 5. februar og fik 14 dage til at sige, hvis noget var forkert.`).partshoering.present).toBe(true));
  it('"Du har 14 dage til at sige til" in the decision is no hearing', () =>
    expect(el(`${CUT}Du har 14 dage til at sige til, hvis du vil have beløbet udbetalt på en anden konto.`).partshoering.present).toBe(false));
});

describe('klagefrist: the wish to have the case tried', () => {
  it('"Ønsker De sagen prøvet, skal henvendelse ske … inden 4 uger fra modtagelsen" is the deadline', () =>
    expect(el(`Kære Fru Dam\n\nDe får afslag på en el-scooter efter servicelovens § 112.\n\nØnsker De sagen prøvet, skal henvendelse ske til Ankestyrelsen inden 4 uger fra modtagelsen af dette brev.\n`).klagefrist.present).toBe(true));
  it('"Ønsker De hjælpemidlet leveret, skal henvendelse ske inden 4 uger" is no complaint deadline', () =>
    expect(el(`Kære Fru Dam\n\nDe får en el-scooter efter servicelovens § 112.\n\nØnsker De hjælpemidlet leveret, skal henvendelse ske til depotet inden 4 uger fra modtagelsen af dette brev.\n`).klagefrist.present).toBe(false));
});

const BATH = 'Hej Ove\n\nDu får en badebænk fra vores depot.\n\n';
describe('faktiske-oplysninger: what was told in a named talk, and strength that is no illness', () => {
  it('"Som du fortalte i telefonen i mandags, har du …" reports what came out of the call', () =>
    expect(el(`${BATH}Som du fortalte i telefonen i mandags, har du svært ved at stå op, når du vasker dig.`)['faktiske-oplysninger'].present).toBe(true));
  it('"Som du ved, har vi …" reports nothing', () =>
    expect(el(`${BATH}Som du ved, har vi lang leveringstid lige nu.`)['faktiske-oplysninger'].present).toBe(false));
  it('"Du er i behandling for kræft" is a fact of the case', () =>
    expect(el(`${BATH}Du er i behandling for kræften i tarmen og er meget træt.`)['faktiske-oplysninger'].present).toBe(true));
  it('"få kræfterne igen" is an aim, not an illness', () =>
    expect(el(`${BATH}Træningen skal hjælpe dig til at få kræfterne igen.`)['faktiske-oplysninger'].present).toBe(false));
});

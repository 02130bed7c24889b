/**
 * Round 69: begrundelse, faktiske-oplysninger and hovedhensyn — the citizen's feeling with a degree word, the application's
 * own grounds, the help's form changed, a service a matter "hører under", the formal "De skriver i ansøgningen", an event
 * of the citizen's life inside a reported feeling, and a visit by a role named by a diagnosis (facts); the § 112 and § 114
 * criteria and a shrunk need said back, an amount that "svarer til dit behov", an assessment "vurderes det, om" still to
 * come, "er en følge af" a named cause and a fronted "Da" before a name (reasons); "det, der tippede det" (main
 * consideration). Written for these tests in our own words, each with a look-alike.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

const opts = { date: new Date('2026-05-01T12:00:00') };
const END = '\n\nKlagevejledning\nDu kan klage inden 4 uger efter, at du har fået afgørelsen.\n\nMed venlig hilsen\nBirthe Lund\nSagsbehandler\n';
const FACTS = 'faktiske-oplysninger';
const REASON = 'begrundelse';

// A refusal of more help whose only reason is the standard: nothing else in it is a fact of the case.
const refusal = (middle: string) =>
  'Afgørelse om hjælp\n\nKære Gudrun Holm\n\nDu får ikke mere hjælp end i dag.\n\n' + middle +
  '\n\nAfgørelsen er truffet efter servicelovens § 83. Du opfylder ikke kommunens kriterier for mere hjælp.' + END;

describe('faktiske-oplysninger: the reporter\'s own feeling with a degree word is the citizen\'s view', () => {
  it('"du har oplyst, at du er meget træt om eftermiddagen" is no fact', () =>
    expect(present(refusal('Du har oplyst, at du er meget træt om eftermiddagen og gerne vil have en hvil.'), FACTS, opts)).toBe(false));
  it('"Du har fortalt, at du er så bange for at falde i badet" is no fact', () =>
    expect(present(refusal('Du har fortalt, at du er så bange for at falde i badet.'), FACTS, opts)).toBe(false));
  it('a carer who tells that the child is very happy there reports a fact', () =>
    expect(present(refusal('Plejefamilien fortæller, at Emil er rigtig glad for at komme der og selv rydder op efter maden.'), FACTS, opts)).toBe(true));
});

describe('faktiske-oplysninger: the applicant\'s reason in the application\'s sentence is their view', () => {
  it('"Du har søgt om en el-scooter, fordi du bliver forpustet på vej til købmanden" is no fact', () =>
    expect(present(refusal('Du har søgt om en el-scooter, fordi du bliver forpustet på vej til købmanden.'), FACTS, opts)).toBe(false));
  it('"Hun har ansøgt om en badebænk, da hun har svært ved at stå op" is no fact', () =>
    expect(present(refusal('Hun har ansøgt om en badebænk, da hun har svært ved at stå op i længere tid.'), FACTS, opts)).toBe(false));
  it('the same difficulty seen by the therapist on a dated visit is a fact', () =>
    expect(present(refusal('Du har søgt om en badebænk. Ergoterapeuten så ved besøget den 4. marts 2026, at du har svært ved at stå op.'), FACTS, opts)).toBe(true));
});

// A change of family treatment with no facts of the family in it.
const moved = (middle: string) =>
  'Ændring af familiebehandling\n\nKære Line\n\nFamiliebehandlingen til dig og Noah ændres fra 1. juni 2026. ' + middle +
  '\n\nÆndringen sker, fordi kommunens familieteam i Vest lukker den 31. maj 2026.\n\nAfgørelsen er truffet efter barnets lov § 32.' + END;

describe('faktiske-oplysninger: the help\'s form changed from or to a kind of service', () => {
  it('"omlægges fra hjemmebesøg til samtaler på kontoret" is no fact', () =>
    expect(present(moved('Støtten omlægges fra hjemmebesøg til samtaler på Rådhuset.'), FACTS, opts)).toBe(false));
  it('"skifter fra hjemmebesøg til et gruppeforløb" is no fact', () =>
    expect(present(moved('Behandlingen skifter fra hjemmebesøg til et gruppeforløb hver torsdag.'), FACTS, opts)).toBe(false));
  it('a home visit held with what was seen is a fact', () =>
    expect(present(moved('Ved hjemmebesøget den 2. april 2026 så vi, at Noah sover uroligt.'), FACTS, opts)).toBe(true));
});

const grant = (middle: string) =>
  'Bevilling af familiebehandling\n\nKære Sanne og Ole\n\nI får familiebehandling efter barnets lov § 32, 2 timer hver uge.\n\n' +
  'Andet\n' + middle + '\n\nSpørgsmål kan rettes til mig på telefon 70 10 20 30.\n\nMed venlig hilsen\nKim Dahl\nRådgiver\n';

describe('faktiske-oplysninger: a service named as where a matter belongs', () => {
  it('"Den slags hører under skolen og Pædagogisk Psykologisk Rådgivning" is no fact', () =>
    expect(present(grant('Lærings­vanskeligheder hører under skolen og Pædagogisk Psykologisk Rådgivning.'), FACTS, opts)).toBe(false));
  it('"Det falder ind under PPR" is no fact', () =>
    expect(present(grant('Spørgsmålet om lektiehjælp falder ind under PPR og skolens ledelse.'), FACTS, opts)).toBe(false));
  it('what PPR wrote in a dated statement is a fact', () =>
    expect(present(grant('PPR har i en udtalelse af 3. april 2026 beskrevet, at Ida har svært ved at koncentrere sig.'), FACTS, opts)).toBe(true));
});

const formal = (middle: string) =>
  'Vedr. ansøgning om rollator\n\nDe har ansøgt om en rollator. ' + middle +
  '\n\nKommunen kan ikke imødekomme ansøgningen, da De ikke opfylder betingelserne efter servicelovens § 112.' + END;

describe('faktiske-oplysninger: the formal "De" writing in the application is the applicant', () => {
  it('"De skriver i ansøgningen, at De har svært ved at gå" is no fact', () =>
    expect(present(formal('De skriver i ansøgningen, at De har svært ved at gå til bussen.'), FACTS, opts)).toBe(false));
  it('"De har i ansøgningen skrevet, at …" is no fact', () =>
    expect(present(formal('De har i ansøgningen skrevet, at De går usikkert på grusstien.'), FACTS, opts)).toBe(false));
  it('the therapists who write in their note are a source', () =>
    expect(present(formal('Terapeuterne skriver i deres notat af 2. marts 2026, at De går usikkert på grusstien.'), FACTS, opts)).toBe(true));
});

describe('faktiske-oplysninger: an event of the citizen\'s life, with when, inside the reported feeling', () => {
  it('"…, at du føler dig alene, efter at din kone døde i marts" is a fact', () =>
    expect(present(refusal('Du har fortalt, at du føler dig alene, efter at din kone døde i marts.'), FACTS, opts)).toBe(true));
  it('"…, at du er ked af det, siden du flyttede for to år siden" is a fact', () =>
    expect(present(refusal('Du har fortalt, at du er ked af det, siden du flyttede fra gården for to år siden.'), FACTS, opts)).toBe(true));
  it('the feeling alone is the view', () =>
    expect(present(refusal('Du har fortalt, at du føler dig alene om aftenen.'), FACTS, opts)).toBe(false));
});

describe('faktiske-oplysninger: a role named by a diagnosis that visited', () => {
  it('"Demenskoordinator Lis Holm var hos jer den 2. februar" is a fact', () =>
    expect(present(refusal('Demenskoordinator Lis Holm var hos jer den 2. februar 2026 og så jeres hverdag.'), FACTS, opts)).toBe(true));
  it('"Demensteamet var på besøg i sidste uge og så, at …" is a fact', () =>
    expect(present(refusal('Demensteamet var på besøg i sidste uge og så, at Aksel selv smører sin mad.'), FACTS, opts)).toBe(true));
  it('the same role pointed to is no fact', () =>
    expect(present(refusal('Du kan kontakte demenskoordinatoren, hvis du får brug for en pause.'), FACTS, opts)).toBe(false));
});

// A refusal where the reasons sentence is the one tested.
const refused = (reason: string) =>
  'Afslag på hjælpemiddel\n\nKære Hans Berg\n\nDu har søgt om et hjælpemiddel.\n\n' + reason + '\n\nDu får derfor afslag.\n\n' +
  'Afgørelsen er truffet efter servicelovens § 112.' + END;

describe('begrundelse: the § 112 criteria said back with the negation on the assessing verb', () => {
  it('"Kommunen vurderer ikke, at en badestol i væsentlig grad kan lette din daglige tilværelse" is no reason', () =>
    expect(present(refused('Kommunen vurderer ikke, at en badestol i væsentlig grad kan lette din daglige tilværelse.'), REASON, opts)).toBe(false));
  it('"Vi vurderer ikke, at puden i væsentlig grad vil kunne afhjælpe de varige følger af din nedsatte funktionsevne" is no reason', () =>
    expect(present(refused('Vi vurderer ikke, at puden i væsentlig grad vil kunne afhjælpe de varige følger af din nedsatte funktionsevne.'), REASON, opts)).toBe(false));
  it('with a fact of the case after "fordi" it is a reason', () =>
    expect(present(refused('Kommunen vurderer ikke, at en badestol i væsentlig grad kan lette din daglige tilværelse, fordi du i dag står op under hele badet uden at støtte dig.'), REASON, opts)).toBe(true));
});

const car = (reason: string) =>
  'Afslag på støtte til bil\n\nKære Mads\n\nDu får ikke støtte til køb af bil efter servicelovens § 114.\n\n' + reason + END;

describe('begrundelse: the § 114 criterion of work said back', () => {
  it('"at du ikke i væsentlig grad vil have lettere ved at fastholde dit arbejde" is no reason', () =>
    expect(present(car('Det er kommunens vurdering, at du ikke i væsentlig grad vil have lettere ved at fastholde dit arbejde med en bil.'), REASON, opts)).toBe(false));
  it('"at hun ikke i betydelig grad vil få lettere ved at passe sin uddannelse" is no reason', () =>
    expect(present(car('Kommunen vurderer, at hun ikke i betydelig grad vil få lettere ved at passe sin uddannelse med en bil.'), REASON, opts)).toBe(false));
  it('what the citizen does every day, tied with "fordi", is a reason', () =>
    expect(present(car('Vi giver afslag, fordi du i dag cykler de 3 km til dit arbejde hver dag og tager toget om vinteren.'), REASON, opts)).toBe(true));
});

const cut = (reason: string) =>
  'Vedr.: Socialpædagogisk støtte\n\nStøtten efter servicelovens § 85 nedsættes fra 4 timer om ugen til 2 timer om ugen fra 1. juni 2026.\n\n' + reason + END;

describe('begrundelse: a need said to have shrunk, with nothing of what changed', () => {
  it('"vurderet, at behovet for støtte er mindsket" is no reason', () =>
    expect(present(cut('Forvaltningen har vurderet, at behovet for støtte er mindsket, og at støtten kan nedsættes til det nævnte niveau.'), REASON, opts)).toBe(false));
  it('"Dit støttebehov vurderes at være reduceret." is no reason', () =>
    expect(present(cut('Det vurderes, at dit støttebehov er reduceret.'), REASON, opts)).toBe(false));
  it('a shrunk need with what changed is a reason', () =>
    expect(present(cut('Vi vurderer, at behovet for støtte er mindsket, fordi du nu selv betaler dine regninger og handler ind hver uge.'), REASON, opts)).toBe(true));
});

const extra = (reason: string) =>
  'Merudgifter til Alma\n\nI får 300 kr. om måneden til særlig kost fra 1. juni 2026.\n\nAfgørelsen er truffet efter barnets lov § 86.\n\n' + reason + END;

describe('begrundelse: the expense said to follow from a named cause of this case', () => {
  it('"Merudgifterne er en følge af Almas cøliaki." is a reason', () =>
    expect(present(extra('Merudgifterne er en følge af Almas cøliaki.'), REASON, opts)).toBe(true));
  it('"Udgiften er en direkte konsekvens af hendes mælkeallergi." is a reason', () =>
    expect(present(extra('Udgiften til særlig kost er en direkte konsekvens af hendes mælkeallergi.'), REASON, opts)).toBe(true));
  it('the law\'s generic "følge af den nedsatte funktionsevne" is no reason', () =>
    expect(present(extra('Merudgifterne er en følge af den nedsatte funktionsevne.'), REASON, opts)).toBe(false));
});

const partial = (reason: string) =>
  'Afgørelse om samværstilbud\n\nKære Ruth\n\nDu har søgt om at komme i dagcentret 4 dage om ugen. Du får 2 dage om ugen, mandag og torsdag. Vi giver afslag på de 2 andre dage.\n\n' +
  'Afgørelsen er truffet efter servicelovens § 104.\n\n' + reason + END;

describe('begrundelse: an amount said to match the need is the verdict only', () => {
  it('"Vi har vurderet, at 2 dage om ugen svarer til dit behov." is no reason', () =>
    expect(present(partial('Vi har vurderet, at 2 dage om ugen svarer til dit behov.'), REASON, opts)).toBe(false));
  it('"Kommunen har fundet, at to dage om ugen passer til dit behov." is no reason', () =>
    expect(present(partial('Kommunen har fundet, at to dage om ugen passer til dit behov.'), REASON, opts)).toBe(false));
  it('with why it matches, it is a reason', () =>
    expect(present(partial('Vi har vurderet, at 2 dage om ugen svarer til dit behov, fordi du går til gymnastik tirsdag og i kirkekoret onsdag.'), REASON, opts)).toBe(true));
});

const plan = (middle: string) =>
  'Bevilling af familiebehandling\n\nKære Jens og Maria\n\nI har søgt om familiebehandling. Kommunen bevilger jer familiebehandling efter barnets lov § 32.\n\n' +
  'Opfølgning\nForløbet varer 6 måneder. ' + middle + '\n\nMed venlig hilsen\nKim Dahl\nRådgiver\n';

describe('begrundelse: an assessment still to come, after a fronted time or occasion', () => {
  it('"Ved statusmødet vurderes det, om målene er nået" is no reason', () =>
    expect(present(plan('Ved statusmødet i oktober vurderes det, om målene er nået, og om forløbet skal fortsætte.'), REASON, opts)).toBe(false));
  it('"Til efteråret vurderer vi, om …" is no reason', () =>
    expect(present(plan('Til efteråret vurderer vi, om I stadig har brug for behandlingen.'), REASON, opts)).toBe(false));
  it('an assessment made, tied to the help with "fordi", is a reason', () =>
    expect(present(plan('Vi bevilger forløbet, fordi Oscar ikke har været i skole i tre uger og sover meget uroligt.'), REASON, opts)).toBe(true));
});

// (No reasons heading: under one, any fact counts as the reason, the cue or not.)
const child = (reason: string) =>
  'Afslag på tabt arbejdsfortjeneste\n\nTil Karen og Peter\n\nKommunen giver afslag på tabt arbejdsfortjeneste efter servicelovens § 42.\n\n' + reason + END;

describe('begrundelse: "Da" before a name is causal like "da hun"', () => {
  it('"Da Liva kan passes i vuggestuen …, er det ikke en nødvendig konsekvens …" is a reason', () =>
    expect(present(child('Da Liva kan passes i vuggestuen hele dagen, og personalet kan klare hendes sonde, er det ikke en nødvendig konsekvens af hendes sygdom, at hun passes hjemme.'), REASON, opts)).toBe(true));
  it('"…, da Mikkel allerede har en kontaktperson i klubben" is a reason', () =>
    expect(present(child('Vi giver afslag, da Mikkel allerede har en kontaktperson i klubben tre dage om ugen.'), REASON, opts)).toBe(true));
  it('the temporal "Da Jonna og jeg var på besøg …" alone is no reason', () =>
    expect(present(child('Da Jonna og jeg var på besøg den 3. marts 2026, talte vi om jeres hverdag.'), REASON, opts)).toBe(false));
});

const weighed = (middle: string) =>
  'Afslag på støtte til bil\n\nKære Lars\n\nDu får ikke støtte til køb af bil efter servicelovens § 114.\n\n' + middle + END;

describe('hovedhensyn: what tipped it, said as "det" or "balancen"', () => {
  it('"Det, der tippede det for os, var, at …" names the main consideration', () =>
    expect(present(weighed('Det, der tippede det for os, var, at du i dag selv cykler til dit arbejde hver dag.'), 'hovedhensyn', opts)).toBe(true));
  it('"Det, der tipper balancen, er, at …" names the main consideration', () =>
    expect(present(weighed('Det, der tipper balancen, er, at du kører med kollegaen til lageret alle hverdage.'), 'hovedhensyn', opts)).toBe(true));
  it('the party\'s own "det, der tippede det for dig" does not', () =>
    expect(present(weighed('Du skrev, at det, der tippede det for dig, var de lange ventetider på stationen.'), 'hovedhensyn', opts)).toBe(false));
});

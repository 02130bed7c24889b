/**
 * Round 16: phrasing classes behind the misses on the blind batches ae, af and ag (ag: careful
 * letters in the writer's own voice, without any stock phrase). Written for these tests in our own
 * words; every widened phrasing has a look-alike that must stay absent.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const type = (t: string) => analyzeLetter(t, { date: new Date('2026-03-01T12:00:00') }).decisionType;

describe('aktindsigt: the right to see the papers, in plain words', () => {
  it.each([
    'Du kan altid se det, vi har skrevet ned om dig. Sig til, så sender vi det.',
    'I har ret til at læse alt, hvad der er skrevet i Noahs sag.',
    'Du kan til enhver tid bede om at få alle papirer i din sag.',
    'I kan få alle dokumenter i sagen udleveret, hvis I beder om det.',
    'Du må gerne se alt, vi har noteret om dig.',
    'Alle papirer i sagen kan du få tilsendt, bare du ringer.',
    'Du kan når som helst få kopi af alt, hvad der står i din sag.',
  ])('present: %s', (t) => expect(present(t, 'aktindsigt')).toBe(true));
  it.each([
    'Her kan du læse, hvad hjælpen består af, og hvornår den starter.',
    'Vi kan se det i din sag, at du tidligere har haft hjemmehjælp.',
    'Du kan få alt det, du har brug for, fra hjemmeplejen.',
    'Vi har gennemgået alle dokumenter i sagen, før vi traf afgørelsen.',
  ])('absent: %s', (t) => expect(present(t, 'aktindsigt')).toBe(false));
});

describe('bisidder: someone along or someone to carry the case, in plain words', () => {
  it.each([
    'Du må tage en, du har tillid til, med til møder.',
    'Du må gerne have din søster Lene eller en anden med til samtaler.',
    'I kan også tage en med, der kan hjælpe jer.',
    'Du er velkommen til at have en med til møderne, som kan støtte dig.',
    'Du kan også bede en anden om at tage sig af sagen for dig.',
    'Du kan give en anden lov til at handle for dig, fx din nevø.',
    'Du kan lade din datter tale for dig.',
    'Du kan også få en anden til at hjælpe dig, fx en fra patientforeningen.',
    'Du kan fortsat bruge din advokat, og det er gratis for dig.',
  ])('present: %s', (t) => expect(present(t, 'bisidder')).toBe(true));
  it.each([
    'Du kan tage din rollator med til mødet på rådhuset.',
    'Du kan tage en kop kaffe med til mødet, hvis du vil.',
    'Du kan få naboen til at hjælpe dig med indkøb om fredagen.',
    'Det taler for dig, at du selv har fundet en praktikplads.',
  ])('absent: %s', (t) => expect(present(t, 'bisidder')).toBe(false));
});

describe('hovedhensyn: what filled, bore or was thought of most, in the writer\'s own words', () => {
  const grant = 'Du får hjælp til bad en gang om ugen. ';
  it.each([
    'For mig har to ting fyldt mest: at du falder i badet, og at din mand ikke kan løfte dig.',
    'Det, der har fyldt mest for udvalget, er, at Ida trives i plejefamilien.',
    'Det var to ting, der bar beslutningen: dit fald i marts og din svimmelhed.',
    'Det, der for os bærer afgørelsen, er ergoterapeutens test af din balance.',
    'Vi har tænkt mest på, at du ikke kan stå på et ben uden at holde fast.',
    'Mest har vi skelet til, at du selv har peget på de samme ting som lægen.',
    'Det, som har talt mest for os, er, at du bliver udmattet efter en halv time.',
    'Det, jeg især har vejet, er, at Oliver selv har sagt, at han har det godt hjemme.',
    'Det, der i sidste ende afgjorde det, var, at du kan styre scooteren sikkert.',
  ])('present: %s', (t) => expect(present(grant + t, 'hovedhensyn')).toBe(true));
  it.each([
    'Du har fortalt, at du har tænkt mest på, hvordan du skal klare trappen.',
    'Smerterne har fyldt mest i din hverdag det sidste år.',
  ])('absent: %s', (t) => expect(present(grant + t, 'hovedhensyn')).toBe(false));
});

describe('decision type: the authority gives not, the law restated after "hvorefter", a goal with "så du ikke"', () => {
  it('a refusal with the municipality as subject', () =>
    expect(type('1. Afgørelse\nKommunen giver ikke borgerstyret personlig assistance efter servicelovens § 96. Den hjælp, du har i dag, fortsætter uændret.')).toBe('afslag'));
  it('the law restated after "hvorefter der ydes" grants nothing', () =>
    expect(
      type('Kommunen skal meddele, at der ikke vil kunne bevilges hjælp til ombygning af badeværelset. Afgørelsen er truffet efter servicelovens § 116, stk. 1, hvorefter der ydes hjælp til indretning af bolig til personer med varigt nedsat funktionsevne.'),
    ).toBe('afslag'));
  it('a goal of the help ("…, så du ikke får flere rykkere") refuses nothing', () =>
    expect(type('Du får socialpædagogisk støtte efter servicelovens § 85, i alt 6 timer pr. måned.\n\nMål:\n1. Du betaler selv dine regninger, så du ikke får flere rykkere.')).toBe('bevilling'));
  it('a fronted "Så kan du ikke få" still refuses', () =>
    expect(type('Du har søgt om hjælp til rengøring. Så kan du ikke få hjælp, fordi din mand kan gøre rent.')).toBe('afslag'));
});

describe('klagevejledning: the wish to complain in other orders, and plain guidance without the word', () => {
  it.each([
    'Ønsker du at klage, kan du skrive til os inden 4 uger.',
    'Hvis I vil klage, skal I skrive til os senest 4 uger efter, at I har fået brevet.',
    'Skulle du være utilfreds med noget, kan du kontakte mig inden 4 uger efter, at du har fået brevet, så ser jeg på det igen.',
    'Er du ikke enig, så skriv til mig. Det skal ske inden fire uger, efter at du har fået brevet.',
  ])('present: %s', (t) => expect(present(`Du får hjælp til bad. ${t}`, 'klagevejledning')).toBe(true));
  it.each([
    'Er du utilfreds med leverandøren, kan du ringe til dem.',
    'Du var utilfreds med, at hjælpen blev nedsat for 4 uger siden.',
  ])('absent: %s', (t) => expect(present(`Du får hjælp til bad. ${t}`, 'klagevejledning')).toBe(false));
});

describe('foraeldet-henvisning: servicelovens § 83 in an elderly citizen\'s letter from July 2025 on', () => {
  const on = { date: new Date('2026-03-17T12:00:00') };
  const body = '\n\nKære Ellen\n\nDin praktiske hjælp nedsættes til hver 3. uge. Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2.';
  it.each([
    'TORNBY KOMMUNE\nÆldre og Sundhed – Visitationen',
    'Nordby Kommune\nHjemmeplejen – Myndighed',
    'Sydby Kommune\nSundhed og Omsorg',
  ])('present with the elderly-care letterhead: %s', (head) => expect(present(head + body, 'foraeldet-henvisning', on)).toBe(true));
  it.each([
    'Vestby Kommune\nÆldre- og Handicapforvaltningen',
    'Vestby Kommune\nSocialafdelingen',
  ])('absent with another letterhead: %s', (head) => expect(present(head + body, 'foraeldet-henvisning', on)).toBe(false));
  it('present with the elderly-care department in the signature', () =>
    expect(present('Kære Asta\n\nDu er bevilget madservice efter servicelovens § 83, stk. 1, nr. 3.\n\nVenlig hilsen\nLone Friis\nVisitator, Ældre og Sundhed', 'foraeldet-henvisning', on)).toBe(true));
  it('absent with a signature from another department', () =>
    expect(present('Kære Asta\n\nDu er bevilget praktisk hjælp efter servicelovens § 83, stk. 1, nr. 2.\n\nVenlig hilsen\nLone Friis\nSocialrådgiver, Handicap og Psykiatri', 'foraeldet-henvisning', on)).toBe(false));
  it('absent when the letter says the citizen is below pension age', () =>
    expect(present('Ældre og Sundhed\n\nLars er 52 år og er derfor ikke omfattet af ældreloven. Vi har bevilget hjælpen efter servicelovens § 83, stk. 1, nr. 1.', 'foraeldet-henvisning', on)).toBe(false));
  it.each([
    'Du har siden din 85-års fødselsdag fået hjælp til bad. Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 1.',
    'Du er fyldt 84 år. Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 1.',
  ])('present with the age said in other words: %s', (t) => expect(present(t, 'foraeldet-henvisning', on)).toBe(true));
});

describe('begrundelse: "Hvorfor?" inside the paragraph, the citizen\'s view named as such, the standard that gives', () => {
  it('present: a one-word question opens the reasons', () =>
    expect(
      present('Du får mad bragt ud 7 dage om ugen.\n\nHvorfor? Du fortalte, at du ikke kan stå ved komfuret længe nok, og at du har tabt 4 kilo. Det passer med det, din læge skrev til os den 24. september.', 'begrundelse'),
    ).toBe(true));
  it('absent: the question followed only by the rule', () =>
    expect(present('Du får mad bragt ud 7 dage om ugen.\n\nHvorfor? Du opfylder betingelserne i servicelovens § 83.', 'begrundelse')).toBe(false));
  it('absent: the citizen\'s view and the standard that gives less', () =>
    expect(
      present(
        'Du får rengøring hver 14. dag. Du har søgt om rengøring hver uge.\n\nVurdering\n\nVi var ude hos dig den 19. november 2025. Det er din opfattelse, at der skal gøres rent hver uge, fordi din hund fælder meget.\n\nKommunens kvalitetsstandard for praktisk hjælp giver rengøring hver 14. dag. Derfor kan du ikke få rengøring hver uge.',
        'begrundelse',
      ),
    ).toBe(false));
  it('present: our own facts tied to the result', () =>
    expect(present('Du får rengøring hver 14. dag.\n\nVi var ude hos dig den 19. november 2025. Du kan ikke stå længe på grund af slidgigt i knæene. Derfor får du hjælp til rengøring.', 'begrundelse')).toBe(true));
  it('absent: the § 83 criterion with a generic object', () =>
    expect(present('De får hjælp til indkøb. På baggrund af de foreliggende oplysninger er det vurderet, at De opfylder betingelserne i servicelovens § 83, stk. 1, nr. 2, idet De ikke selv kan udføre opgaven.', 'begrundelse')).toBe(false));
});

describe('begrundelse and decision type: the invitation to ask, the rule in more disguises, a grant noun', () => {
  it.each([
    'Du kan ikke få hjælp til rengøring.\n\nBegrundelse\n\nPå baggrund af de foreliggende oplysninger vurderer vi, at du ikke opfylder betingelserne. Kontakt os gerne, hvis du har spørgsmål til brevet.',
    'De kan ikke optages på ventelisten til plejebolig. Udvalget har vurderet, at De ikke har et så omfattende og varigt behov for pleje og omsorg, at det ikke kan tilgodeses i Deres nuværende bolig.',
    'De kan ikke optages på ventelisten. Udvalget har lagt vægt på, at De ikke opfylder kommunens kriterier for tildeling af plejebolig.',
    'Du får afslag.\n\nBegrundelse\n\nLægen skriver den 2. maj, at Freja har cøliaki. Det er vurderet, at Freja ikke har en betydelig og varigt nedsat funktionsevne. Betingelserne for at yde hjælp efter bestemmelsen er derfor ikke opfyldt.',
  ])('begrundelse absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
  it('begrundelse present: a criterion not met, said with the facts of the case', () =>
    expect(present('Du får afslag på plejebolig. Vi har lagt vægt på, at du selv kan komme op om natten, og at din mand hjælper dig med badet.', 'begrundelse')).toBe(true));
  it('the rules for "tildeling" of a care home grant nothing', () =>
    expect(type('Vi må meddele Dem, at De ikke kan optages på ventelisten til plejebolig. Afgørelsen er truffet efter lov om almene boliger § 54 og kommunens retningslinjer for tildeling af plejebolig.')).toBe('afslag'));
});

describe('own-voice letters, batch aj: weight, rights, reconsideration, result, reasons', () => {
  const refusal = 'Du får ikke en el-scooter. ';
  it.each([
    'Tungest vejer for os, at din læge gerne vil have, at du bruger dine ben.',
    'Det, der talte mest for at give dig støtten, var, at du selv bad om hjælp til posten.',
    'Den afgørende grund til vores nej er neuropsykologens vurdering af din hukommelse.',
    'Det, vi har lagt allermest i vægtskålen, er Elias\' egne ord om weekenderne.',
  ])('hovedhensyn present: %s', (t) => expect(present(refusal + t, 'hovedhensyn')).toBe(true));
  it.each([
    'Vil du se, hvad der står om dig i sagen, så sender vi dig gerne det hele.',
    'Du kan altid få lov til at læse de papirer, vi har i din sag.',
    'Du kan til enhver tid få kopi af de papirer, vi har i sagen.',
  ])('aktindsigt present: %s', (t) => expect(present(refusal + t, 'aktindsigt')).toBe(true));
  it('aktindsigt absent: what the letter says about the decision', () =>
    expect(present(refusal + 'Her kan du se, hvad der står i reglerne om el-scootere.', 'aktindsigt')).toBe(false));
  it.each([
    'Du må gerne have din søn eller en anden med, når vi taler om din sag.',
    'Du kan give ham lov til at føre sagen for dig.',
  ])('bisidder present: %s', (t) => expect(present(refusal + t, 'bisidder')).toBe(true));
  it('genvurdering present: "en gang til"', () =>
    expect(present(refusal + 'Er du uenig, skal din klage være hos os inden fire uger. Vi ser så på sagen en gang til, før den går til Ankestyrelsen.', 'genvurdering')).toBe(true));
  it.each([
    ['Jeg må desværre skrive til dig, at kommunen ikke giver dig en el-scooter.', 'afslag'],
    ['Ved hoveddøren får du, hvad du har søgt om: rampen laves. Badeværelset bygger vi ikke om.', 'delvis'],
  ])('decision type: %s ⇒ %s', (t, want) => expect(type(t)).toBe(want));
  it.each([
    'Kommunen betaler som udgangspunkt ikke for psykologbehandling, da det hører under sundhedsvæsenet.',
    'Det er vurderet, at det ikke er en nødvendig konsekvens af Livas nedsatte funktionsevne, at hun passes i hjemmet.',
  ])('begrundelse absent (a rule for everyone, the criterion said back): %s', (t) => expect(present('Du får afslag. ' + t, 'begrundelse')).toBe(false));
  it.each([
    'Familiebehandlingen ophører, da målene i handleplanen er nået.',
    'Vi giver afslag, fordi udgifterne efter vores vurdering ikke er en nødvendig følge af Viktors handicap, men udgifter, som mange familier med en dreng på 9 år har.',
  ])('begrundelse present: %s', (t) => expect(present('Du får afslag. ' + t, 'begrundelse')).toBe(true));
  it('faktiske-oplysninger present: a dated status', () =>
    expect(present(refusal + 'Karinas status af 10. september viser, at du selv har styr på posten.', 'faktiske-oplysninger')).toBe(true));
});

describe('batches al and am: more own-voice weights, rights and reconsideration; the rule said back; merge fields', () => {
  const change = 'Din bostøtte nedsættes fra 5 til 3 timer om ugen. ';
  it.each([
    'Det er netop det, der har gjort udslaget for os.',
    'Det, som udvalget fandt tungest, var din datters beskrivelse af nætterne.',
    'Det, vi har lagt mest i, er nattevagternes notater.',
    'Det, der i sidste ende bestemmer udfaldet, er beløbet.',
    'Mest har det betydet for os, hvad din fysioterapeut skriver.',
    'Det, vi har lyttet mest til, er din egen beskrivelse af ugen.',
    'Det har fyldt mest, da vi besluttede det her: det er dig selv, der har sagt det.',
    'Det, der har gjort forskellen i vores vurdering, er skolens udtalelse.',
    'Vi har især hæftet os ved, at du nu selv handler ind.',
  ])('hovedhensyn present: %s', (t) => expect(present(change + t, 'hovedhensyn')).toBe(true));
  it.each([
    'Vi gennemgår så sagen én gang til, før den går videre til Ankestyrelsen.',
    'Vi gennemgår så sagen på ny, og ændrer vi ikke afgørelsen, sender vi klagen til Ankestyrelsen.',
    'Vi ser så på sagen med friske øjne.',
  ])('genvurdering present: %s', (t) => expect(present(change + 'Er du uenig, kan du klage til os inden fire uger. ' + t, 'genvurdering')).toBe(true));
  it.each([
    'De kan altid bede om at få læst eller tilsendt de papirer, vi har i Deres sag.',
    'Du kan altid bede om at få en kopi af de papirer, vi har om dig.',
  ])('aktindsigt present: %s', (t) => expect(present(change + t, 'aktindsigt')).toBe(true));
  it.each([
    'De er velkommen til at lade Deres bror eller en anden være med i samtaler med os eller handle på Deres vegne.',
  ])('bisidder present: %s', (t) => expect(present(change + t, 'bisidder')).toBe(true));
  it.each([
    'Du og din bisidder Kurt fra LAP deltog i mødet, og I blev hørt over statusudtalelsen.',
    'Bisidderen fik også ordet på mødet.',
  ])('bisidder absent (a bisidder who was there): %s', (t) => expect(present(change + t, 'bisidder')).toBe(false));
  it.each([
    ['Vi har desværre måttet sige nej til tabt arbejdsfortjeneste.', 'afslag'],
    ['I har søgt om aflastning hver 14. dag. Oliver kan komme i aflastning hos familien Brask én weekend om måneden. Den anden weekend kan vi ikke give.', 'delvis'],
    ['Nattebesøget stopper – aftenbesøgene fortsætter\n\nVi har besluttet, at besøget kl. 2 om natten stopper. Du får fortsat to besøg hver aften.', 'aendring'],
  ])('decision type: %s ⇒ %s', (t, want) => expect(type(t)).toBe(want));
  it.each([
    'Det er på baggrund af de foreliggende oplysninger vurderet, at De er omfattet af kvalitetsstandardens hovedregel, og at der ikke foreligger særlige forhold, der kan begrunde en fravigelse heraf.',
    'Kommunen vurderer, at Lasse har behov for særlig støtte, og at støtten er af væsentlig betydning for at imødekomme barnets behov.',
    'Vi vurderer ikke, at der er behov for aflastning, og vi kan derfor ikke imødekomme din ansøgning.',
    'Det vurderes, at der på nuværende tidspunkt ikke foreligger et særligt behov for støtte. Vurderingen er foretaget på baggrund af sagens foreliggende oplysninger.',
    'Under henvisning til ansøgning modtaget den 5. februar om fast kontaktperson meddeles det herved, at ansøgningen ikke kan imødekommes.',
    'Du opfylder ikke betingelserne, da din funktionsevne ikke er nedsat i et sådant omfang, at du i væsentlig grad er forhindret i at skaffe og fastholde arbejde uden bil.',
  ])('begrundelse absent (the rule said back): %s', (t) => expect(present('Du får afslag. ' + t, 'begrundelse')).toBe(false));
  it.each([
    'Grunden er, at du allerede får bostøtte 4 timer om ugen, og at din bostøttemedarbejder kan følge dig til lægen.',
  ])('begrundelse present: %s', (t) => expect(present('Du får afslag. ' + t, 'begrundelse')).toBe(true));
  it('begrundelse absent: the citizen\'s account with "pga."', () =>
    expect(present('Du får madservice 7 dage om ugen. Du har fortalt mig, at du ikke længere kan stå ved komfuret pga. dine rygsmerter.', 'begrundelse')).toBe(false));
  it('klagevejledning absent: only an unfilled merge field', () =>
    expect(present('Du får aflastning 1 weekend om måneden.\n\n«Klagevejledning_standardtekst»\n\nMed venlig hilsen', 'klagevejledning')).toBe(false));
});

describe('decision type in journal style: "Afgjort:" as the result field, the passive with "ikke" after', () => {
  it.each([
    // (Round 45: partial. This expected a full grant, but once a week for an application for twice a week is a partial
    // grant told by numbers, as the guide's delvis row says; the full grant is the same amount as applied for.)
    ['Ansøgt: Familiebehandling to gange om ugen.\nAfgjort: Familiebehandling én gang om ugen á 2 timer, efter barnets lov § 32.', 'delvis'],
    ['Ansøgt: Familiebehandling én gang om ugen.\nAfgjort: Familiebehandling én gang om ugen á 2 timer, efter barnets lov § 32.', 'bevilling'],
    ['Ansøgt: Familiebehandling to gange om ugen.\nAfgjort: Familiebehandling én gang om ugen á 2 timer, efter barnets lov § 32. Den anden ugentlige gang gives ikke.', 'delvis'],
    ['Afgjort: Afslag på aflastning.', 'afslag'],
  ])('%s ⇒ %s', (t, want) => expect(type(t)).toBe(want));
});

describe('batches an, ao and ap: two numbered decisions, another body\'s rule, a question, more own words', () => {
  it.each([
    ['AFGØRELSE\n\nOplysninger:\n\nDu bruger ilt. Du er forpustet. Du klarer selv vask. Du bruger iPad. Du ønsker hjælp. Du ønsker indkøb. Datteren bor i Aarhus. Du har KOL. Du har en rollator. Du bor alene.\n\nAFGØRELSE 1 – personlig pleje: BEVILGET\n\nBegrundelse: Du kan ikke selv få strømper på.\n\nAFGØRELSE 2 – indkøb: AFSLAG\n\nBegrundelse: Du kan selv bestille varer på nettet.', 'delvis'],
    ['Vi kan imødekomme jeres ansøgning. I får 600 kr. om måneden efter barnets lov § 86. Kørslen dækkes ikke af regionen, da Aksel ikke opfylder afstandskravet.', 'bevilling'],
    ['Tak for din mail, hvor du spørger, om du kan få 2 timer mere bostøtte om ugen. Vi kan desværre ikke bevilge flere timer. Du fortsætter med den støtte, du har i dag.', 'afslag'],
  ])('decision type: %s ⇒ %s', (t, want) => expect(type(t)).toBe(want));
  const refusal = 'Du får ikke en el-kørestol. ';
  it.each([
    ['aktindsigt', 'Vil du læse det, vi har skrevet om dig i sagen, så sender vi det gerne.'],
    ['bisidder', 'Du kan også tage din søn med, hvis vi skal mødes.'],
    ['bisidder', 'Du må tage en med til vores møder.'],
    ['bisidder', 'Du kan lade en anden, fx en ven, tage sig af kontakten med os.'],
    ['bisidder', 'Du kan også give en anden lov til at snakke med os for dig.'],
    ['genvurdering', 'Er du utilfreds, så skriv til mig inden fire uger. Jeg kigger så på sagen forfra, og kan jeg ikke give dig ret, går den videre til Ankestyrelsen.'],
    ['hovedhensyn', 'Det, der fyldte mest i min vurdering, var din egen beskrivelse.'],
    ['hovedhensyn', 'Det, der til sidst tippede vægtskålen, var lægens brev.'],
    ['hovedhensyn', 'For kommunen har det været afgørende, at du selv kan komme ud.'],
    ['faktiske-oplysninger', 'Da Annette og jeg var hos dig den 11. november, viste du os, at du selv kan komme i bad.'],
  ] as const)('%s present: %s', (id, t) => expect(present(refusal + t, id)).toBe(true));
  it('hovedhensyn absent: a wish met ("Det har vi taget hensyn til")', () =>
    expect(present('Du får beskyttet beskæftigelse 25 timer om ugen. Du bad om, at Jonas ikke skal arbejde om eftermiddagen. Det har vi taget hensyn til.', 'hovedhensyn')).toBe(false));
  it.each([
    'Det er en betingelse for støtte til køb af bil, at ansøger har en varigt nedsat funktionsevne, som i væsentlig grad forringer evnen til at færdes.',
    'Begrundelse\n\nDet er en betingelse for at få dækket merudgifter, at man har en varigt nedsat funktionsevne. Du kan læse reglerne på www.retsinformation.dk.',
  ])('begrundelse absent: %s', (t) => expect(present(refusal + t, 'begrundelse')).toBe(false));
});

describe('decision type, batches aq–as: the result in the writer\'s own words', () => {
  it.each([
    ['Vi kan imødekomme din ansøgning om en rollator, men ikke den model, du har søgt om. Du får i stedet en standardrollator.', 'delvis'],
    ['Du får hjælp til rengøring hver anden uge, ikke hver uge, som du bad om.', 'delvis'],
    ['Du søgte i januar om to ting: at få fjernet dørtrinnene, og at få badekarret revet ned. Den første del får du. Den anden del får du ikke.', 'delvis'],
    ['Du bad om, at hjemmeplejen kommer hver aften, og at nattevagten kigger ind om natten. Hjemmeplejen kommer fremover hver aften ved 21-tiden. Et fast besøg om natten får du ikke.', 'delvis'],
    ['I søgte om aflastning en weekend hver anden uge. Viktor får aflastning én weekend om måneden. Det er mindre, end I bad om.', 'delvis'],
    ['Du kan ikke blive boende på Birkely efter dit 18. år. I stedet får du efterværn i form af en fast kontaktperson 1 gang om ugen.', 'delvis'],
    ['Udvalget behandlede din anmodning om, at Liva kommer hjem. Udvalget har besluttet, at Liva fortsat skal være anbragt på Kastanjegården.', 'afslag'],
    ['Kommunen har derfor besluttet at anbringe Sebastian uden for hjemmet med jeres samtykke. Et sted med voksne døgnet rundt kan give ham et pusterum, han ikke kan få hjemme lige nu.', 'bevilling'],
    ['Udvalget har besluttet, at Noah skal anbringes uden for hjemmet. Den familiebehandling, I har haft, stopper, når anbringelsen begynder.', 'aendring'],
    ['Her er afgørelsen på din ansøgning om ledsagelse. Du søgte om 20 timers ledsagelse om måneden. Vi har bevilget dig 15 timer om måneden.', 'delvis'],
    ['Indsats: Praktisk, pædagogisk støtte i hjemmet\nLovgrundlag: Barnets lov § 32\nOmfang: to ugentlige besøg af 2 timer', 'bevilling'],
  ])('%s ⇒ %s', (t, want) => expect(type(t)).toBe(want));
});

describe('batch ar: more own words for the weight, the rights and the complaint; the weight as the reason', () => {
  const refusal = 'Du får ikke en el-scooter. ';
  it.each([
    ['hovedhensyn', 'Det, udvalget lagde mest i, var lægens brev.'],
    ['hovedhensyn', 'Det vejer derfor tungest for os, at udgiften kan dækkes et andet sted.'],
    ['hovedhensyn', 'Udslaget har givet, at du kan nå det meste til fods.'],
    ['hovedhensyn', 'Det, der gør, at vi nu stopper, er først og fremmest, at du klarer posten selv.'],
    ['hovedhensyn', 'Det, der har talt stærkest for, er Viktors egne ord.'],
    ['hovedhensyn', 'Udvalget har især hæftet sig ved, at Liva selv er i tvivl.'],
    ['begrundelse', 'Mest har det betydet, at du i dag kan komme til de steder, du skal bruge i hverdagen.'],
    ['bisidder', 'Du kan tage en ven eller en fra Scleroseforeningen med til et møde.'],
    ['genvurdering', 'Send klagen til mig inden fire uger. Jeg tager så sagen op igen. Ellers går klagen videre til Ankestyrelsen.'],
    ['aktindsigt', 'Du kan altid få lov at se, hvad der står i Emils sag.'],
    ['klagevejledning', 'Hvad hvis du er uenig?\n\nSå skal du sige det til os inden fire uger efter, at du har fået brevet.'],
  ] as const)('%s present: %s', (id, t) => expect(present(refusal + t, id)).toBe(true));
  it('begrundelse absent: a weight on the rule alone', () =>
    expect(present(refusal + 'Vi har lagt vægt på, at du ikke opfylder betingelserne i servicelovens § 112.', 'begrundelse')).toBe(false));
});

describe('batch au: the weight in still more own words', () => {
  const refusal = 'Du får ikke en el-scooter. ';
  it.each([
    'Det, jeg til sidst har lagt mest til grund for, er din fysioterapeuts test.',
    'Det, vi ikke kunne komme uden om, var risikoen for fald om natten.',
    'Her vejede det tungt, at du selv kan gå til købmanden.',
    'Din egen beskrivelse er det, der har afgjort det for os.',
    'For mig var det vigtigste, at Ida selv har sagt, hvad hun ønsker.',
    'Den vilje, I har vist, vægtede tungest for mig.',
    'Det, jeg har lagt allermest i, er skolens udtalelse.',
    'Det tungeste argument for mig var, at du har en plads på efterskolen.',
    'Lægens brev har været det bærende i vores vurdering.',
    'Mest af alt har jeg skelet til, at du nu selv betaler dine regninger.',
  ])('present: %s', (t) => expect(present(refusal + t, 'hovedhensyn')).toBe(true));
  it.each([
    'For dig var det vigtigste, at du kunne køre til stranden om sommeren.',
    'Du har fortalt, at for dig var det vigtigste, at du kunne blive boende.',
  ])('absent (the party\'s own priority): %s', (t) => expect(present(refusal + t, 'hovedhensyn')).toBe(false));
});

describe('batch au: two answers in one letter, help the citizen already has, a copy, a change from a date', () => {
  it.each([
    ['I har søgt om to ting: en rampe og en bruseniche. Rampen får I. Badeværelset kan vi ikke ombygge.', 'delvis'],
    ['Arne får en varm hovedret leveret hver dag. Hjælp til indkøb kan vi derimod ikke give.', 'delvis'],
    ['Vi har desværre måttet sige nej til BPA. I dag får du hjælp fra hjemmeplejen morgen, middag og aften.', 'afslag'],
    ['Din mor får en kopi. Fra 1. marts 2026 ser du Ahmed én gang hver anden uge i stedet for hver uge.', 'aendring'],
    ['Fra i dag får du hjælp til bad to gange om ugen.', 'bevilling'],
  ])('%s ⇒ %s', (t, want) => expect(type(t)).toBe(want));
  it('hovedhensyn absent: "Ifølge dig selv er det vigtigste, at …"', () =>
    expect(present('Du får træning to gange om ugen. Ifølge dig selv er det vigtigste, at du kan komme ud i haven.', 'hovedhensyn')).toBe(false));
});

describe('batch au: complaint guidance under other headings, more reconsideration and company', () => {
  const change = 'Din hjælp om morgenen bliver mindre. ';
  it.each([
    ['klagefrist', 'Hvis du mener, vi tager fejl\n\nRing eller skriv til os inden 4 uger efter, at du har fået dette brev.'],
    ['genvurdering', 'Vil du klage?\n\nSå skriv eller ring til mig inden fire uger, efter du har fået brevet. Jeg ser sagen igennem igen med frisk blik. Giver jeg dig ikke ret, sender jeg klagen til Ankestyrelsen.'],
    ['genvurdering', 'Hvis I er uenige\n\nI kan klage inden for 4 uger. Send klagen til os – vi kigger på den én gang til. Ændrer vi ikke mening, går klagen til Ankestyrelsen.'],
    ['genvurdering', 'Du kan klage inden 4 uger. Vi ser sagen igennem på ny, og hvis du ikke får ret, ender den hos Ankestyrelsen.'],
    ['bisidder', 'I kan tage en bekendt eller en fra Dansk Handicap Forbund med, når vi skal tale om sagen.'],
  ] as const)('%s present: %s', (id, t) => expect(present(`${change}\n\n${t}`, id)).toBe(true));
});

describe('batch au: the rule said back in a standard letter, what the help holds, the party\'s account under the heading', () => {
  it.each([
    'De får ikke hjælp. Det er vurderet, at De ikke har et behov for praktisk hjælp, som De ikke selv kan dække, og at betingelserne for at modtage hjælp derfor ikke er opfyldt.',
    'Du får afslag, da du ikke vurderes at være i målgruppen for støtte efter serviceloven.',
    'Ansøgningen imødekommes ikke.\n\nBegrundelse:\n\nForvaltningen har i vurderingen inddraget de oplysninger, der er fremkommet i sagen. I har på mødet den 4. juni oplyst, at I er meget trætte, og at Emils søvn er dårlig.',
    'Du får ledsagelse 12 timer om måneden. Det betyder, at en ledsager kan tage med dig til koncerter og i svømmehallen.',
  ])('begrundelse absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

/**
 * The party's own words told in any voice, a hearing told as what happened, and results stated
 * through costs or the rule's conditions. Sentences written for these tests in the ways
 * caseworkers write, not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter } from '../../../lib/letter/index';
import { present } from './present';

const type = (text: string) => analyzeLetter(text).decisionType;
const CHILD = 'Afgørelse om støtte efter barnets lov § 32.\n\n';

describe('borgerens-synspunkter: reported speech by the party', () => {
  it.each([
    'Du gav på mødet udtryk for, at du er meget træt om aftenen.',
    'De har i Deres ansøgning anført, at De har ekstra udgifter til vask.',
    'Tak for din mail af 3. februar, hvor du skrev, at du flytter til Aarhus.',
    'Du skrev også, at du gerne vil blive på værkstedet.',
    'I har i ansøgningen skrevet, at Ida har haft det svært siden skilsmissen.',
    'Du har i ansøgningen og på mødet den 17. september påpeget, at trappen er svær for dig.',
    'Borgeren har ved besøget tilkendegivet, at hun ønsker at blive boende.',
    `${CHILD}Noah har over for sin advokat sagt, at han ikke vil flytte. Vi har talt med Noah to gange.`,
    `${CHILD}Natasja Holm oplyste, at hun ikke er enig i anbringelsen.`,
    'Kære Villy\n\nVilly gav på mødet udtryk for, at han savner sit kor.',
  ])('a view: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));

  it.each([
    'Du har fået oplyst, at hjælpen starter mandag.',
    'Du får hjælp, fordi lægen har skrevet, at du ikke kan gå på trapper.',
    'Lægen har oplyst, at du har ondt i ryggen.',
    'Kære Inger\n\nDin datter Anne har fortalt, at du falder ofte.',
    `${CHILD}Skolen har skrevet, at Emil ofte kommer for sent.`,
    `${CHILD}Jobcenter Birkemose har oplyst, at faren er sygemeldt.`,
    'Hvis du har skrevet, at du vil klage, sender vi klagen videre.',
    'I ansøgningen har lægen skrevet, at du har brug for en rollator.',
  ])('not the party’s view: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('partshoering: the hearing told as what happened', () => {
  it('a document sent, then the answer', () => {
    expect(present('Vi sendte jer den 7. januar 2025 vores beregning. I svarede den 13. januar, at I er uenige i afslaget.', 'partshoering')).toBe(true);
    expect(present('Vi har sendt dig notatet fra besøget. Vi har ikke hørt fra dig.', 'partshoering')).toBe(true);
  });
  it('a section headed "Høring"', () => {
    expect(present('Du får hjælp til bad.\n\nHøring\n\nDu har set oplysningerne i sagen.', 'partshoering')).toBe(true);
  });
  it.each([
    'Vi har sendt dig en kopi af bevillingen til leverandøren.',
    'Du svarede, at du gerne vil have hjælpen om morgenen.',
    'Vi sendte dig en klagevejledning. Du har ikke klaget.',
  ])('no hearing: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('decision type: conditions and costs', () => {
  it('a grant verb after "for at" names the rule, not a grant', () => {
    expect(type('Betingelserne for at bevilge psykologbehandling er ikke opfyldt, og vi må derfor give afslag.')).toBe('afslag');
    expect(type('Der er ikke grundlag for at bevilge en ny kørestol.')).toBe('afslag');
  });
  it('some of the costs covered, the rest not', () => {
    expect(type('Vi har besluttet, at I får dækket nogle af udgifterne. Udgifterne til kost kan vi ikke dække.')).toBe('delvis');
    expect(type('Du får dækket udgiften til kørsel til sygehuset.')).toBe('bevilling');
  });
});

describe('decision type: facts behind a refusal are no grant', () => {
  it.each([
    'Vi må meddele dig, at du ikke kan få madservice. Afgørende for vores vurdering er, at du sammen med din datter får et varmt måltid hver dag.',
    'Vi kan ikke imødekomme ansøgningen. Vi har lagt vægt på, at Sofie får den pasning, hun har brug for, i børnehaven.',
    'Ansøgningen kan ikke imødekommes. De modtager fortsat den bevilgede hjælp fra hjemmeplejen.',
    'Ansøgningen kan ikke imødekommes. Afgørelsen følger kommunens retningslinjer, godkendt af Social- og Sundhedsudvalget.',
  ])('afslag: %s', (t) => expect(type(t)).toBe('afslag'));
  it.each([
    'Fordi du ikke kan stå selv, får du hjælp til bad to gange om ugen.',
    'Vi har lagt vægt på, at du ikke kan stå, og du får derfor hjælp til bad.',
  ])('a grant after the reason: %s', (t) => expect(type(t)).toBe('bevilling'));
});

describe('views and hearings told about others', () => {
  it('a relative’s wish, told as "hun ønsker", is not the citizen’s view', () => {
    expect(present('Deres datter har telefonisk oplyst, at hun er bekymret, og at hun ønsker, at De kommer på plejehjem.', 'borgerens-synspunkter')).toBe(false);
    expect(present('Borgeren oplyser, at hun ønsker at blive boende.', 'borgerens-synspunkter')).toBe(true);
  });
  it('heard at the meeting', () => {
    expect(present('Noah blev af udvalget hørt på mødet. Begge forældre var til stede og blev hørt.', 'partshoering')).toBe(true);
    expect(present('Mødet blev holdt på rådhuset.', 'partshoering')).toBe(false);
  });
  it('the review this letter is the outcome of is no follow-up', () => {
    expect(present('Vedr.: Revisitation af praktisk hjælp\n\nDu får fremover rengøring hver 14. dag.', 'opfoelgning')).toBe(false);
    expect(present('Du får rengøring hver 14. dag. Vi laver en ny revurdering af din hjælp om et år.', 'opfoelgning')).toBe(true);
  });
  it('how long something has been is no duration of help', () => {
    expect(present('Du mener ikke, det er rimeligt, da du har boet i huset i 40 år.', 'opfoelgning')).toBe(false);
    expect(present('Du har haft en kontaktperson i 2 år. Du får nu en kontaktperson i 6 måneder.', 'opfoelgning')).toBe(true);
  });
});

describe('decision type: permissions, letters to come, and what others report', () => {
  it('permission granted is a grant; the rest refused makes it partial', () => {
    expect(type('Vi har givet dig tilladelse til at fjerne badekarret efter servicelovens § 116.')).toBe('bevilling');
    expect(type('Vi har givet dig tilladelse til en bruseniche. Vi har ikke bevilget nye fliser.')).toBe('delvis');
  });
  it('an offer in a separate letter is not granted here', () => {
    expect(type('Udvalget har besluttet at give afslag på et botilbud. Tilbuddet om bostøtte er en selvstændig afgørelse, som du får i et særskilt brev.')).toBe('afslag');
  });
  it('what the parents fear for their child is no grant', () => {
    expect(type('Vi kan ikke imødekomme ansøgningen. I er bekymrede for, at Emil får lavt blodsukker om eftermiddagen.')).toBe('afslag');
    expect(type('Vi har fortalt dig, at du får hjælp til bad fra 1. maj.')).toBe('bevilling');
  });
  it('a question heading about the facts ends the statement of the result', () => {
    const t = 'Hvad har vi besluttet?\n\nVi kan ikke imødekomme din ansøgning.\n\nHvilke oplysninger har vi brugt?\n\nDu får i dag hjælp til bad to gange om ugen.';
    expect(type(t)).toBe('afslag');
  });
});

describe('opfoelgning, partshoering and views in more words', () => {
  it.each([
    'Du får genoptræning. Vi kigger på forløbet igen i starten af december.',
    'Når arbejdet er færdigt, kommer ergoterapeuten ud og ser, om indretningen virker efter hensigten.',
    'Barnets plan følges op hver tredje måned.',
    'Du får hjælp til bad.\n\nHvornår ser vi på det igen?\n\nI foråret.',
  ])('a follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Det fremgår af udtalelsen, at Mads er i en periode med ny medicinering.',
    'Det fremgår af slutstatus, at målene i barnets plan er nået.',
    'Hvis du er uenig, ser vi på sagen igen, og hvis vi fastholder afgørelsen, sender vi klagen videre.',
  ])('no follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it('the information read aloud on the phone is a hearing', () => {
    expect(present('Vi ringede til jer den 26. januar og læste oplysningerne fra testen op.', 'partshoering')).toBe(true);
    expect(present('Du har læst pjecen om hjælpemidler.', 'partshoering')).toBe(false);
  });
  it('a wish in the perfect', () => {
    expect(present('Du har ønsket at komme til at bo på Lindegården.', 'borgerens-synspunkter')).toBe(true);
  });
});

describe('case-system letters: field labels, drafts, reviews ahead', () => {
  it('a field label with a note in brackets is a heading, and the citizen’s wishes under it a view', () => {
    const t = 'Borgerens ønsker for fremtiden (med borgerens egne ord)\n\n"Jeg vil gerne selv kunne klare min post."';
    expect(present(t, 'borgerens-synspunkter')).toBe(true);
  });
  it.each([
    'I fik et udkast til afgørelsen den 2. marts. Thomas ringede den 5. marts og sagde, at I ikke er enige.',
    'Vi ringede til dig den 15. september og gennemgik skolens udtalelse med dig, inden vi traf afgørelsen.',
    'Du havde ikke yderligere bemærkninger til oplysningerne.',
  ])('a hearing: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    'Vi vurderer behovet for en el-kørestol igen, når Ida starter i 4. klasse.',
    'Ergoterapeuten kommer forbi ca. 3 uger efter levering og ser sammen med dig, om rollatoren passer.',
  ])('a follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it('a placement that replaces help the family has had changes that help', () => {
    expect(type('Udvalget har besluttet, at Liva anbringes uden for hjemmet. Anbringelsen træder i stedet for den familiebehandling, som familien har modtaget siden marts.')).toBe('aendring');
    expect(type('Du får en rollator i stedet for den stok, du har søgt om.')).not.toBe('aendring');
  });
});

describe('grown-up children, addressees on their own line, open-ended help', () => {
  it('"Din datter" alone does not make an older citizen’s letter a child’s case', () => {
    const t = 'Afgørelse om hjælp efter ældrelovens § 10\n\nKære Arne\n\nDin datter Lene har oplyst, at du helst vil have besøg hver aften.';
    expect(present(t, 'borgerens-synspunkter')).toBe(false);
    expect(present(`${CHILD}Din datter Ida har sagt, at hun gerne vil i aflastning.`, 'borgerens-synspunkter')).toBe(true);
  });
  it('the names on the line after a bare "Til" are the addressees', () => {
    expect(present('Til\nArne og Inger Villadsen\n\nInger har fortalt, at hun gerne vil passe Arne hjemme.', 'borgerens-synspunkter')).toBe(true);
  });
  it.each([
    'Du får hjælp til bad frem til videre 1 gang ugentligt.',
    'Det fremgår af handleplanen af 14. november, at du flytter i botilbud.',
    'På opfølgningsmødet den 10. juni gennemgik vi målene i planen.',
  ])('no follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it.each([
    'Forløbet forventes at vare ca. 4 måneder.',
    'Handleplanen følges op hver 6. måned.',
  ])('a follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
});

describe('decision type: blurred results', () => {
  it.each([
    ['Hvad har du søgt om?\n\nDu har søgt om rengøring hver uge.\n\nHvad har vi besluttet?\n\nDu får hjælp til rengøring hver 14. dag.', 'delvis'],
    ['Du har søgt om en el-scooter.\n\nVi har bevilget dig en udendørs rollator.\n\nHvorfor?\n\nDu kan gå 200 meter med stok. Et el-køretøj er derfor ikke nødvendigt, og vi kan ikke bevilge el-scooteren.', 'delvis'],
    ['Du har søgt om dækning af merudgifter. Du får 850 kr. om måneden.\n\nBegrundelse\n\nMedicin: Godkendt fuldt ud.\n\nHudplejeprodukter: Ikke godkendt, fordi andre også har den udgift.', 'delvis'],
    ['Du får et tilskud på 50 % af prisen på en standard elcykel, dog højst 9.000 kr. Den resterende del af prisen skal du selv betale.', 'delvis'],
    ['Vi må desværre meddele dig, at vi ikke kan forlænge din bostøtte. Den nuværende hjælp fortsætter som hidtil og gælder til og med den 30. november.', 'afslag'],
    ['De har anmodet om, at Deres hjælp til bad øges fra to til tre gange ugentligt. Deres anmodning kan ikke imødekommes.', 'afslag'],
    ['Du har søgt om tabt arbejdsfortjeneste, så du kan gå ned fra 37 til 30 timer om ugen. Din ansøgning kan ikke imødekommes. Det fremgår af børnehavens udtalelse af 24. februar, at hun får fysioterapi i børnehavetiden.', 'afslag'],
    ['Som lovet: Ja til madservice. Du får leveret 7 hovedretter om ugen. Du fortalte, at du ikke længere kan stå ved komfuret. Du får madservice, fordi vægttabet viser, at du ikke får mad nok.', 'bevilling'],
    ['Vi skriver til dig, fordi tidspunktet for dit bad bliver lavet om. Du får stadig bad 2 gange om ugen.', 'aendring'],
    ['Ydelse: Helhedspleje\nTidligere omfang: 2 besøg dagligt\nNyt omfang: 4 besøg dagligt\n\nVurdering:\n\nDerfor øges din hjælp fra 2 til 4 besøg dagligt.', 'aendring'],
  ])('%s → %s', (t, expected) => expect(type(t)).toBe(expected));
  it('a grant stays a grant when a later refusal is about something not applied for', () => {
    expect(type('Du har søgt om en rollator. Vi har bevilget dig en rollator.\n\nHvorfor?\n\nKommunen kan ikke bevilge almindelige sko, da de er almindeligt indbo.')).toBe('bevilling');
  });
});

describe('words between the verb and what was said; corrections as the answer', () => {
  it.each([
    'Du har skrevet i din ansøgning, at du gerne vil have støtte til du er færdig med din HF.',
    `${CHILD}Emil har sagt til sin rådgiver, at han godt kan lide at være hos Lone og Per. Vi har talt med Emil.`,
  ])('a view: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it('minutes sent and no corrections received is a hearing', () => {
    expect(present('Vi sendte dig mødereferatet den 27. maj, og du havde mulighed for at komme med rettelser inden den 3. juni. Vi har ikke modtaget rettelser.', 'partshoering')).toBe(true);
    expect(present('Vi sendte dig et skema. Du kan få hjælp til at udfylde det.', 'partshoering')).toBe(false);
  });
});

describe('decision type: tables and asked-for grants', () => {
  it('a table of applied against granted amounts with a lower granted row is partial', () => {
    const t = 'Afgørelse om merudgifter\n\nResultatet ses i tabellen:\n\nUdgift\n\nAnsøgt\n\nBevilget\n\nTøj og sko\n\n400 kr./md.\n\n200 kr./md.\n\nKørsel\n\n420 kr./md.\n\n420 kr./md.\n\nBeløbet på 620 kr. om måneden udbetales fra 1. oktober.';
    expect(type(t)).toBe('delvis');
    expect(type(t.replace('200 kr./md.', '400 kr./md.'))).toBe('bevilling');
  });
  it('the grant asked for in a that-clause is not granted', () => {
    expect(type('Din søn har på dine vegne søgt om, at du bliver godkendt til en plejebolig. Udvalget har besluttet, at du ikke kan godkendes til plejebolig.')).toBe('afslag');
  });
});

describe('batch r: formal "De", field labels, stated age, guidance left out', () => {
  it('"De bevilges" is the formal you, not help that exists already', () => {
    expect(type('Der er truffet afgørelse om, at De bevilges et individuelt træningsforløb. Deres anmodning om varig holdtræning imødekommes ikke.')).toBe('delvis');
  });
  it('"Revisitation: senest august 2026" as a field is the follow-up, not a review of existing help', () => {
    expect(type('Ydelse 1: Rengøring\nAfgørelse: Bevilget\nRevisitation: senest august 2026\n\nYdelse 2: Indkøb\nAfgørelse: Afslag')).toBe('delvis');
  });
  it('"Ansøger har anført, at …" is the party’s view', () => {
    expect(present('Ansøger har anført, at bussen ikke kører tæt nok på.', 'borgerens-synspunkter')).toBe(true);
  });
  it('a report sent "til gennemsyn" is a hearing', () => {
    expect(present('Du har den 14. maj fået statusrapporten til gennemsyn og har svaret, at du er enig.', 'partshoering')).toBe(true);
  });
  it('the duration of another offer is no follow-up', () => {
    expect(present('Vi anbefaler jer at melde jer til forældrekurset, som holdes hver torsdag i 8 uger.', 'opfoelgning')).toBe(false);
  });
  it('complaint guidance said to be left out is none', () => {
    expect(present('Da De har fået fuldt medhold i Deres ansøgning, vedlægges ikke klagevejledning.', 'klagevejledning')).toBe(false);
  });
  it('a stated age under pension age keeps servicelovens § 83 current', () => {
    const t = 'Du får praktisk hjælp efter servicelovens § 83, stk. 1, nr. 2. Du er 47 år, og da du ikke har nået folkepensionsalderen, gælder serviceloven.';
    expect(analyzeLetter(t, { date: new Date('2025-09-01') }).elements['foraeldet-henvisning'].present).toBe(false);
  });
});

describe('batch s: roles, inverted speakers, empty fields, phone calls, visits', () => {
  it('a role is not the right to a bisidder', () => {
    expect(present('De har som værge og partsrepræsentant ret til aktindsigt.', 'bisidder')).toBe(false);
    expect(present('Din søn har med din fuldmagt søgt om en plejebolig.', 'bisidder')).toBe(false);
    expect(present('Du må altid have en voksen, du stoler på, med som bisidder.', 'bisidder')).toBe(true);
    expect(present('Du kan give en anden fuldmagt til at føre sagen.', 'bisidder')).toBe(true);
  });
  it('"sagde Peter, at …" after a fronted time, Peter being the one the letter is about', () => {
    expect(present('Værge for Peter Andersen\n\nVedr.: Peter Andersen\n\nPå mødet den 16. september sagde Peter, at han godt kan klare sig med færre besøg.', 'borgerens-synspunkter')).toBe(true);
    expect(present('Kære Inger\n\nPå mødet sagde lægen, at du har ondt.', 'borgerens-synspunkter')).toBe(false);
  });
  it('an empty follow-up field is none; a label with its text on the next line is one', () => {
    expect(present('Ydelse: Botilbud\nAfgørelse: Afslag\nOpfølgning: —\n', 'opfoelgning')).toBe(false);
    expect(present('Opfølgning:\nErgoterapeuten kontakter dig ca. 3 måneder efter installationen.', 'opfoelgning')).toBe(true);
    expect(present('Du fortalte, at du er faldet to gange i sommer, senest den 30. juli.', 'opfoelgning')).toBe(false);
    expect(present('Hjælpemiddelcentret kommer ud 4 uger efter levering og tjekker, at stolen er indstillet rigtigt.', 'opfoelgning')).toBe(true);
  });
  it('a phone call that told the findings, or read the status aloud, is a hearing', () => {
    expect(present('Jeg ringede til dig den 22. september og fortalte, hvad funktionsvurderingen viste.', 'partshoering')).toBe(true);
    expect(present('Vi ringede til dig den 14. april og læste bostøttens status op.', 'partshoering')).toBe(true);
    expect(present('Jeg ringede til dig for at aftale et tidspunkt.', 'partshoering')).toBe(false);
  });
});

describe('klagefrist two sentences after the complaint', () => {
  it('counts from receipt', () => {
    expect(present('Du har selv ret til at klage. Det kan din mor også. Ring eller skriv til Ungeteamet inden 4 uger efter, at du har fået brevet.', 'klagefrist')).toBe(true);
    expect(present('Du har selv ret til at klage. Det kan din mor også. Hjælpen starter inden 4 uger.', 'klagefrist')).toBe(false);
  });
});

describe('the grocery scheme: delivery in a grant, other help when help ends', () => {
  it('is how shopping help is delivered in a grant', () => {
    expect(present('Du får hjælp til indkøb en gang om ugen. Varerne bestilles gennem kommunens indkøbsordning, hvor varerne leveres til døren.', 'vejledning-andre-ydelser')).toBe(false);
  });
  it('points elsewhere when the shopping help ends', () => {
    expect(present('Din hjælp til indkøb ophører den 1. marts. Du kan i stedet bruge kommunens indkøbsordning, hvor varerne leveres til døren.', 'vejledning-andre-ydelser')).toBe(true);
  });
});

describe('batch t: decisions, plans, periods, drafts and spokespersons', () => {
  it('"truffet afgørelse om, at Alberte kan komme i døgnaflastning" grants; "skift af sengetøj" is a task', () => {
    expect(type('Vi har truffet afgørelse om, at Alberte kan komme i døgnaflastning 1 weekend om måneden. Den øvrige del af ansøgningen får I afslag på.')).toBe('delvis');
    expect(type('Du får den hjælp, du har søgt om.\n\nIndsats\n\nRengøring af bad og køkken, skift af sengetøj')).toBe('bevilling');
  });
  it.each([
    'Din kontaktpersonordning ophører den 30. september, som det står i din ungeplan.',
    'Jeg har derfor genberegnet jeres merudgiftsydelse.',
    'Med ansøgningen er fremsendt udskrift fra apoteket for perioden oktober–december 2023.',
  ])('no follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
  it('a review announced with "næste gang" is a follow-up', () => {
    expect(present('Næste gang vi ser på afløsningen, er ved revisitationen i maj 2026.', 'opfoelgning')).toBe(true);
  });
  it('a draft sent to the parents is a hearing; someone speaking for you is a bisidder', () => {
    expect(present('Vi sendte et udkast til denne afgørelse til jer den 10. juni. Jens ringede den 13. juni.', 'partshoering')).toBe(true);
    expect(present('Du har ret til at få en anden til at tale på dine vegne.', 'bisidder')).toBe(true);
  });
});

describe('batch u: ten caseworkers’ habits', () => {
  it.each([
    'Vi sendte dig notatet fra mødet den 24. oktober. Du kunne sende bemærkninger. Vi hørte ikke fra dig.',
    'Et udkast til beregningen blev fremsendt til dig den 12. august med frist for bemærkninger til den 22. august.',
    'Undersøgelsen har været fremsendt til dig, og du har telefonisk meddelt, at du ikke havde bemærkninger til denne.',
    'Den 26. februar læste jeg det hele op for dig og din mor, før jeg besluttede noget.',
  ])('a hearing: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it('"Partshøring: Ikke relevant." is none', () => {
    expect(present('Ydelse: Tabt arbejdsfortjeneste\nPartshøring: Ikke relevant.\n', 'partshoering')).toBe(false);
  });
  it('a parent speaks in a child’s case; "gav du udtryk for" is the party', () => {
    expect(present(`${CHILD}Mor oplyser, at hun har været nødt til at gå ned i tid.`, 'borgerens-synspunkter')).toBe(true);
    expect(present('Kære Inger\n\nMor oplyser, at hun er bekymret.', 'borgerens-synspunkter')).toBe(false);
    expect(present('Som vi talte om på mødet, gav du udtryk for, at du helst vil have besøg om eftermiddagen.', 'borgerens-synspunkter')).toBe(true);
  });
  it('"se papirerne i din sag" is aktindsigt', () => {
    expect(present('Du må gerne se papirerne i din sag. Skriv til os.', 'aktindsigt')).toBe(true);
  });
  it('a refusal in one long formal sentence opened by "Idet …"', () => {
    expect(type('Idet kommunen har modtaget din ansøgning om rengøring, skal det herved meddeles, at forvaltningen ikke har fundet grundlag for at imødekomme ansøgningen. Det er din opfattelse, at du ikke længere kan støvsuge.')).toBe('afslag');
  });
  it('"Noahs aflastning bliver ændret" changes it', () => {
    expect(type('Noahs aflastning bliver ændret\n\nFra 1. marts er Noah i aflastning 1 weekend om måneden. I dag er det 2 weekender om måneden.')).toBe('aendring');
  });
  it.each([
    'Vi ringer til dig i uge 46. Så ser vi, om du stadig har brug for hjælpen.',
    'Når arbejdet er udført, besøger ergoterapeuten Dem for at sikre, at indretningen fungerer.',
  ])('a follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Jeg vil gerne forklare, hvordan vi er nået frem til vores afgørelse.',
    'Revisitation ved hjemmebesøg 18.11.2025. Borger har gennemført forløbet.',
    'Hjælpen ophører.\n\nOpfølgning:\nIngen planlagt.',
  ])('no follow-up: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

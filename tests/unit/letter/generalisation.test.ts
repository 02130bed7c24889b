/**
 * Phrasings seen in real municipal letters (revisitation, legal wording, informal mails,
 * HTML bullets), written for these tests — not taken from the evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLetter, htmlToText } from '../../../lib/letter/index';
import { present } from './present';

const type = (text: string) => analyzeLetter(text).decisionType;

describe('decision type: revisitation and reductions', () => {
  it.each([
    ['Vi har revurderet din hjælp. Du får fremover rengøring hver 3. uge i stedet for hver 2. uge.', 'aendring'],
    ['Din aflastning bliver sat ned til 1 weekend om måneden.', 'aendring'],
    ['Afgørelse efter revisitation\n\nKære Bent\n\nDu får hjælp til bad 1 gang om ugen.', 'aendring'],
    ['Vi har revisiteret din hjælp, og du får fortsat hjælp til indkøb, men ikke til tøjvask.', 'aendring'],
    // Not a change: the applied-for amount, and a future look at the help.
    ['Du får 2 timer om ugen i stedet for de 3 timer, du søgte om.', 'delvis'],
    ['Du får hjælp til rengøring hver 14. dag. Vi revurderer hjælpen om et år.', 'bevilling'],
    // A refusal that points to an open offer stays a refusal.
    ['Du får afslag på dagcenter. Du er altid velkommen i caféen, som ikke kræver visitation.', 'afslag'],
  ])('%s → %s', (text, expected) => expect(type(text)).toBe(expected));
});

describe('opfoelgning in plain and informal words', () => {
  it.each([
    'Du får bostøtte 2 timer om ugen. Støtten gælder til 31. marts 2026.',
    'Du får tilskud. Tilskuddet genberegnes en gang om året. Næste gang er i januar 2027.',
    'Du får hjælp til bad. Vi ser på din hjælp igen i september.',
    'Du får en badebænk. Terapeuten kommer forbi og ser, om den fungerer.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Du får en plejebolig. Vi skal tilbyde dig en plejebolig inden for 2 måneder.',
    'Vi har revurderet din hjælp. Hjælpen til rengøring ophører den 1. maj.',
    'Din kontaktperson stopper. Du har haft en kontaktperson i 2 år.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('rights in legal wording', () => {
  it.each([
    ['Du kan lade dig repræsentere eller bistå af andre, jf. forvaltningslovens § 8.', 'bisidder'],
    ['Forældremyndighedsindehaveren har ret til gratis advokatbistand.', 'bisidder'],
    // (Round 67: a støtteperson counts when taken along to meetings; the parents' own støtteperson during a placement
    // alone is other help, see generalisation-round-67-reasons-facts-representative.)
    ['Du kan tage en støtteperson med til møderne om anbringelsen.', 'bisidder'],
    ['I har haft lejlighed til at udtale jer over for udvalget, før afgørelsen blev truffet.', 'partshoering'],
    ['Hun har haft lejlighed til at udtale sig, før afgørelsen blev truffet.', 'partshoering'],
    ['Du kan altid bede om at se sagens akter.', 'aktindsigt'],
    ['Du har ret til at se de oplysninger, vi har om dig.', 'aktindsigt'],
    ['Du kan få indsigt i sagen ved at skrive til os.', 'aktindsigt'],
    ['Er du uenig, kan du klage til mig inden 4 uger.', 'klagevejledning'],
    ['Du er altid velkommen i caféen på plejecentret. Det kræver ikke visitation.', 'vejledning-andre-ydelser'],
  ] as const)('%s → %s', (t, id) => expect(present(t, id)).toBe(true));
  it('does not take "you can see" in general for aktindsigt', () => {
    expect(present('Du kan se mere om hjælpen på kommunens hjemmeside.', 'aktindsigt')).toBe(false);
  });
});

describe('omfang is the scope of the help granted now', () => {
  it.each([
    'Du får hjælp til indkøb. Du har allerede fast bostøtte 3 timer om ugen.',
    'Du får en kontaktperson. Du har en mentor to gange om ugen i forvejen.',
    'Du får støtte til transport. Du har fleksjob 4 dage om ugen.',
    'Du får en plejebolig. Du får i dag hjemmepleje 6 gange i døgnet.',
  ])('no granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(false));
  it.each([
    'Du får fra i dag hjælp til bad 2 gange om ugen.',
    'Du har hidtil fået 3 timer om ugen, men fremover får du 2 timer om ugen.',
  ])('granted scope: %s', (t) => expect(present(t, 'omfang')).toBe(true));
});

describe('begrundelse: a restated condition is not a reason', () => {
  it.each([
    'Hjælpen ophører.\n\nBegrundelse\nDa De ikke længere opfylder betingelserne i servicelovens § 85, ophører støtten.',
    'Du får afslag. Vi har lagt vægt på, at du ikke opfylder betingelserne for hjælpen. Du kan derfor ikke få hjælp til rengøring.',
  ])('hollow: %s', (t) => {
    const a = analyzeLetter(t);
    expect(a.elements.begrundelse.present).toBe(false);
    expect(a.elements.begrundelse.problem).toBe('kun-regel');
  });
  it('a consequence with a reason of its own still counts', () => {
    const t = 'Du får afslag. Du opfylder ikke betingelserne. Derfor får du ikke hjælp, fordi du selv kan gøre rent med en robotstøvsuger.';
    expect(present(t, 'begrundelse')).toBe(true);
  });
});

describe('borgerens-synspunkter', () => {
  it.each([
    'Hvis De ønsker at klage, skal De skrive til os.',
    'Hvis I er uenige i afgørelsen, kan I klage.',
    'Ønsker du at deltage i mødet, så ring til os.',
  ])('procedural, not a view: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
  it.each([
    'Kære Per\n\nInger sagde selv ved mødet, at hun gerne vil blive i sin lejlighed.',
    'Du har oplyst, at du ønsker at klare rengøringen selv.',
    'I ønsker, at Emil kommer i aflastning hver anden weekend.',
  ])('a view: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it('reads views and resources in HTML bullet lists', () => {
    const { text } = htmlToText(
      '<p>Du får ikke hjælp til rengøring.</p><h2>Det har vi lagt vægt på</h2><ul><li>Din nabo handler ind for dig</li><li>Du fortalte os, at du gerne vil klare dig selv</li></ul>',
    );
    const a = analyzeLetter(text);
    expect(a.elements.ressourcer.present).toBe(true);
    expect(a.elements['borgerens-synspunkter'].present).toBe(true);
  });
});

describe('faktiske-oplysninger', () => {
  it.each([
    'Vi har modtaget din ansøgning om hjælp til rengøring.',
    'Dit rehabiliteringsforløb er afsluttet.',
  ])('routine, not a fact: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
  it.each([
    'Du bor alene i en lejlighed på 1. sal uden elevator.',
    'Elcyklen koster 380 kr.',
    'Vi har modtaget en lægeerklæring fra din egen læge.',
  ])('a fact: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
});

describe('foraeldet-henvisning for pension age after ældreloven', () => {
  const letter = 'Du får hjælp til personlig pleje efter servicelovens § 83. Du er 79 år og folkepensionist.';
  it('flags SEL § 83 for a pensioner in a letter dated after 1 July 2025 (unverified mapping: info)', () => {
    const a = analyzeLetter(letter, { date: new Date('2025-09-01T12:00:00') });
    expect(a.elements['foraeldet-henvisning'].present).toBe(true);
    expect(a.findings.find((f) => f.ruleId === 'foraeldet-henvisning')?.severity).toBe('info');
  });
  it('leaves it before 1 July 2025, and for a førtidspensionist of 50', () => {
    expect(present(letter, 'foraeldet-henvisning', { date: new Date('2025-03-01T12:00:00') })).toBe(false);
    const young = 'Du får hjælp til personlig pleje efter servicelovens § 83. Du er 50 år og på førtidspension.';
    expect(present(young, 'foraeldet-henvisning', { date: new Date('2025-09-01T12:00:00') })).toBe(false);
  });
});

// Resources as municipal letters phrase them (own abilities, network, motivation), and what
// only looks like one: a purpose, something the citizen lacks, a choice or a duty.
describe('ressourcer', () => {
  it.each([
    'Du klarer det meste af den personlige pleje selv.',
    'Du laver selv mad, når du har gode dage.',
    'Din datter hjælper dig med indkøb hver fredag.',
    'Du har et godt netværk, som kommer jævnligt.',
    'Du får hjælp af din ægtefælle til at komme i bad.',
    'Du er motiveret for at træne.',
    'Du kan godt gå korte ture med din rollator.',
    'Pågældende er i stand til at smøre sin egen mad.',
    'Emil trives i skolen og har gode venner.',
    'I er omsorgsfulde forældre, og I har samarbejdet godt med os.',
    'Ved funktionsvurderingen havde du ingen begrænsninger i at spise og drikke.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Du får et toiletstativ, så du selv kan klare toiletbesøg.',
    'Du har ikke et netværk, der kan hjælpe dig.',
    'Din datter kan ikke hjælpe dig, fordi hun bor i Aarhus.',
    'Du kan selv vælge, om hjælpen skal komme fra kommunen eller et privat firma.',
    'Du kan fortsat få hjælp til rengøring.',
    'Du har tidligere fået bevilget en badebænk.',
    'Vi ser manglende motivation for at træne.',
    'Emil trives ikke i skolen.',
    'Du kan selv hente hjælpemidlet på depotet.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

// Reasons in other shapes: a list introduced by a cue, a calculation, impersonal wording.
describe('begrundelse in other shapes', () => {
  it.each([
    'Du får afslag på rengøring.\n\nVi har lagt vægt på:\n• at du selv kan støvsuge\n• at din søn gør rent hver uge',
    'Du får afslag på dækning af merudgifter. Dine merudgifter er 210 kr. om måneden og dermed under grænsen på 586 kr.',
    'Din hjælp til indkøb ophører. Det vurderes, at De nu selv kan handle i Brugsen, som ligger 200 meter fra Deres bolig.',
    'Afslag på ledsagelse, henset til at du selv kører bil og kommer til dine aktiviteter.',
  ])('present: %s', (t) => expect(present(t, 'begrundelse')).toBe(true));
  it.each([
    'Du får afslag.\n\nVi har lagt vægt på:\n• at du ikke opfylder betingelserne\n• kvalitetsstandarden',
    'Du får afslag. Vi har lagt vægt på følgende:\n• Din ansøgning\n\nDu kan klage inden 4 uger.',
  ])('absent: %s', (t) => expect(present(t, 'begrundelse')).toBe(false));
});

// Guidance to other help, other offices and other laws (RSL § 5), and what is not.
describe('vejledning-andre-ydelser', () => {
  it.each([
    'Vi har samtidig vejledt dig om muligheden for boligstøtte.',
    'Hvis du ønsker hjælp til økonomien, kan du søge om helbredstillæg hos pensionsafdelingen.',
    'Vi vil anbefale dig at tale med din egen læge om genoptræning.',
    'Vi gør opmærksom på, at du kan få servicefradrag, hvis du køber rengøring privat.',
    'Der er mulighed for at søge om et ledsagerkort.',
    'De kan rette henvendelse til Udbetaling Danmark om boligstøtte.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'De har mulighed for at søge om hjælp igen, hvis Deres situation ændrer sig.',
    'Hjælpen gives af Familierådgivningen.',
    'Du kan rette henvendelse til visitationen, hvis du har spørgsmål.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

// A scope of help that stops, or of a placement or a home, is not a granted scope.
describe('omfang: help that stops and placements', () => {
  it.each([
    'Vi har revurderet din hjælp. Din hjælp til rengøring 1 time hver 14. dag ophører den 1. maj.',
    'Emil anbringes på en døgninstitution, hvor han bor 7 døgn om ugen.',
    'Du har fået tilbudt en plejebolig, hvor personalet kommer 3 gange i døgnet.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
  it('keeps the new scope in a reduction', () => {
    expect(present('Din hjælp nedsættes fra 3 timer til 2 timer om ugen.', 'omfang')).toBe(true);
  });
});

describe('ressourcer: past observations, acknowledged progress, own things; not goals or wishes', () => {
  it.each([
    'Ved besøget kunne du selv tage strømperne på.',
    'Hun så, at du kan sætte dig på toilettet uden hjælp.',
    'Udvalget anerkender, at I møder op til alle samvær.',
    'Du har været stoffri siden januar.',
    'Du kan indtil videre bruge din egen kørestol i stuen.',
    'Din kæreste kører dig til træning.',
    'Du er mentalt frisk og holder selv styr på din medicin.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    'Målet med forløbet er, at du igen selv kan klare dit bad og din påklædning.',
    'Formålet er, at Ida på sigt bliver i stand til at tage bussen alene.',
    'Du fortalte, at du gerne vil have mere tid til at se dine venner.',
    'Du savner din familie i Jylland.',
    'Din tante har ringet til os med sin bekymring.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('vejledning-andre-ydelser: alternatives offered or arranged privately; not the sender', () => {
  it.each([
    'Du får afslag på indkøbsordning. Du kan desuden bestille dagligvarer hos et supermarked, der bringer ud.',
    'Vi kan ikke bevilge en plejeseng, men kommunen er villig til at se på en vendepude.',
    'Et ekstra greb ved sengen tilbyder vi gerne.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Jobcenter og Borgerservice\nTorvet 1\n\nKære Ole\n\nDu får afslag på en rollator.',
    'Du får afslag på en rollator.\n\nMed venlig hilsen\nAnne Berg\nBorgerservice',
    'Du får afslag. Du kan kontakte Karin Holm på telefon 12 34 56 78, hvis du har spørgsmål.',
    'Det er frivilligt, om du vil deltage i mødet.',
    'Du får madservice. Du kan selv bestille maden i appen.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('borgerens-synspunkter: passive and journal style; a pronoun that points to someone else', () => {
  it.each([
    'Ved besøget blev det oplyst, at der ønskes hjælp til at komme i bad.',
    'Emma selv har fortalt, at hun gerne vil blive i klassen.',
    'Borgeren oplyser, at hun savner at komme ud.',
    'Kære Lone\n\nVi har talt med Inger i går. Hun fortalte, at hun gerne vil blive boende.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    'Din datter ringede til os i mandags. Hun fortalte, at du er faldet to gange.',
    'Sygeplejersken var på besøg i sidste uge. Hun sagde, at du har brug for mere hjælp.',
    'Hvis der ønskes aktindsigt, kan du skrive til os.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('opfoelgning in e-mail style; formaal of the application in a refusal', () => {
  it.each([
    'Du får 1 session om ugen. Vi tager en snak om det igen efter sommerferien.',
    'Du får bostøtte. Vi holder en ny samtale med dig i marts.',
    'Du får hjælp til indkøb. Vi ser på det igen om et halvt år.',
  ])('opfoelgning present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each(['Du får hjælp til indkøb. Vi tager en snak, når hjælpen er startet.', 'Du får hjælp. Vi holder samtalen i vores kontor.'])(
    'opfoelgning absent: %s',
    (t) => expect(present(t, 'opfoelgning')).toBe(false),
  );
  it('a purpose clause in the application sentence of a refusal is not the purpose of help', () => {
    expect(present('Du har søgt om en trappelift, så du kan komme op på første sal. Du får afslag.', 'formaal')).toBe(false);
    expect(present('Du har søgt om en rollator, så du kan gå ture. Du får en rollator.', 'formaal')).toBe(true);
  });
});

describe('aktindsigt needs a verb of seeing or access', () => {
  it.each(['Du har ret til at se alle sagens akter.', 'Du kan få adgang til dine sagsakter.', 'I kan bede om kopi af sagens dokumenter.'])(
    'present: %s',
    (t) => expect(present(t, 'aktindsigt')).toBe(true),
  );
  it.each([
    'Fastholder vi afgørelsen, sender vi klagen og sagens akter til Ankestyrelsen.',
    'Vi har fået indsigt i dine forhold gennem samtalerne.',
  ])('absent: %s', (t) => expect(present(t, 'aktindsigt')).toBe(false));
});

describe('faktiske-oplysninger: not the sender, the rights paragraph, courtesy or what comes next', () => {
  it.each([
    'Du får en rollator.\n\nMed venlig hilsen\nCamilla Berg\nErgoterapeut',
    'Du får en rollator. Du kan tage en bisidder med til møder og samtaler med os.',
    'Tak for samtalen i telefonen i går. Du får madservice.',
    'Du får hjælp til bad. Vi følger op med et nyt hjemmebesøg i marts.',
    'Kommunen oplyser hermed, at hjælpen starter den 1. maj.',
    'Vi har besluttet at lave en børnefaglig undersøgelse.',
  ])('absent: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false));
  it.each([
    'Ergoterapeuten så ved besøget, at du ikke kan komme op af badekarret.',
    'Ved hjemmebesøget den 2. maj fortalte du, at du falder om natten.',
  ])('present: %s', (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true));
});

describe('vejledning-andre-ydelser: a bare office or benefit name is a fact; help under the complaint heading is about the complaint', () => {
  it.each([
    'Du modtager førtidspension fra Udbetaling Danmark. Du får afslag på bostøtte.',
    'Du spiser i caféen på centret hver dag. Du får afslag på madservice.',
    'Du får afslag.\n\nKlagevejledning\nDu kan klage inden 4 uger. DUKH kan rådgive dig gratis om din sag.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
  it.each(['Du får afslag. Du kan søge om boligstøtte hos Udbetaling Danmark.', 'Du får afslag. Jobcentret kan hjælpe dig med et fleksjob.'])(
    'present: %s',
    (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true),
  );
});

describe('formaal, omfang, ressourcer: the purpose of a step, administration, will and leisure', () => {
  it.each([
    'Du får en rollator. Vi sender dig notatet, så du kan komme med bemærkninger.',
    'Vi har indhentet oplysninger fra din læge med henblik på at vurdere din ansøgning.',
    'Du får en rollator, der er egnet til formålet.',
    'Du kan få aktindsigt, så du kan se, hvad vi har lagt vægt på.',
  ])('formaal absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
  it('formaal present: the purpose of the help', () => {
    expect(present('Du får en rollator, så du kan gå ture i nærområdet.', 'formaal')).toBe(true);
  });
  it.each([
    'Du får tilskud til merudgifter. Tilskuddet udbetales en gang om måneden.',
    'Du får en rollator. Den kan udskiftes hvert 5. år.',
    'Du får en kontaktperson. Vi følger op 1 gang om året.',
  ])('omfang absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
  it.each(['Du vil gerne selv kunne lave din morgenmad.', 'Emil har gode kammerater i klassen.', 'Sara går til håndbold om tirsdagen.'])(
    'ressourcer present: %s',
    (t) => expect(present(t, 'ressourcer')).toBe(true),
  );
});

describe('gaps found with new dev letters: receipt of the letter, the case named without content, journal style, daily life', () => {
  it('receiving the letter in a deadline sentence is no grant', () => {
    expect(type('Vi kan desværre ikke give jer aflastning. Hvis I er uenige, kan I klage. Skriv til os inden 4 uger fra I har fået denne mail.')).toBe('afslag');
  });
  it('"Deres ansøgning" in boilerplate is not a concrete reason', () => {
    expect(present('Kommunen har på baggrund af de foreliggende oplysninger foretaget en konkret og individuel vurdering af Deres ansøgning.', 'begrundelse')).toBe(false);
  });
  it.each(['Borger oplyser, at hun savner sin have.', 'Borger var enig i ændringen af hjælpen.'])('journal style view: %s', (t) =>
    expect(present(t, 'borgerens-synspunkter')).toBe(true),
  );
  it.each(['Noah går i SFO til kl. 16 hver dag.', 'Du arbejder 15 timer om ugen i en genbrugsbutik.', 'Du modtager førtidspension.'])(
    'daily-life fact: %s',
    (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true),
  );
});

describe('second batch of gaps: continuation, visits under any name, other help\'s purpose, satisfaction, transport', () => {
  it.each(['Din støtte fortsætter i 2026\n\nKære Ib\n\nVi har besluttet, at støtten fortsætter 3 timer om ugen.', 'Bevillingen forlænges til 31. december 2026.'])(
    'continuation is a grant: %s',
    (t) => expect(type(t)).toBe('bevilling'),
  );
  it.each(['Ved opfølgningsbesøget den 3. maj fortalte du, at du sover dårligt.', 'Personalet i dagcentret skriver, at du deltager i gymnastik.'])(
    'faktiske present: %s',
    (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true),
  );
  it('the purpose of other help the letter points to is not the purpose of this help', () => {
    expect(present('Din ledsagelse ophører. Du kan søge om et ledsagerkort, så du kan tage en ledsager gratis med i biografen.', 'formaal')).toBe(false);
  });
  it('satisfaction with a place is no resource; transport the citizen can use is', () => {
    expect(present('Du sagde, at du er glad for at bo der.', 'ressourcer')).toBe(false);
    expect(present('Du kan tage bussen til træningen.', 'ressourcer')).toBe(true);
    expect(present('Ved besøget gik du 300 meter med stok.', 'ressourcer')).toBe(true);
  });
});

describe('standard paragraphs: data protection and the provider\'s contact line', () => {
  const gdpr = 'Du får bostøtte. Vi behandler oplysninger fra dig og fra andre myndigheder efter databeskyttelsesforordningen.';
  it('the data-protection paragraph is neither a fact nor guidance', () => {
    expect(present(gdpr, 'faktiske-oplysninger')).toBe(false);
    expect(present(gdpr, 'vejledning-andre-ydelser')).toBe(false);
  });
  it("the provider's mail address is a contact line, not other help", () => {
    expect(present('Du får bostøtte. Du kan kontakte Bostøtten Nord på mail bostoette@eksempel.dk.', 'vejledning-andre-ydelser')).toBe(false);
    expect(present('Du får afslag. Du kan kontakte Røde Kors om en besøgsven.', 'vejledning-andre-ydelser')).toBe(true);
  });
});

describe('borgerens-synspunkter: feelings, preferences and written comments', () => {
  it.each(['Du er bekymret for at falde om natten.', 'I er trætte og vil helst have hjælp om aftenen.', 'I din mail af 3. maj skriver du, at du savner dine naboer.', 'Du svarede, at du er enig i beskrivelsen.'])(
    'present: %s',
    (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true),
  );
  it.each([
    'Hvis du vil klage, skriver du til os inden 4 uger.',
    'Hvis du er bekymret for noget, kan du ringe til os.',
    'Skriver du til os, svarer vi inden 5 dage.',
    'Du svarede ikke på vores brev.',
  ])('absent: %s', (t) =>
    expect(present(t, 'borgerens-synspunkter')).toBe(false),
  );
});

describe('ressourcer: walks taken, not the goal of becoming independent', () => {
  it.each(['Det blev oplyst, at der fortsat gås en kort tur dagligt med rollator.', 'Du går en tur med hunden hver morgen.'])('present: %s', (t) =>
    expect(present(t, 'ressourcer')).toBe(true),
  );
  it.each(['Der ønskes hjælp til at blive selvhjulpen igen.', 'Du får en rollator, så du kan gå ture igen.', 'Du kan ikke længere gå ture alene.'])(
    'absent: %s',
    (t) => expect(present(t, 'ressourcer')).toBe(false),
  );
});

describe('right for the right reason: kin named without support, abilities stated as purpose or consideration', () => {
  it.each(['Din mand har demens og er i dagcenter om tirsdagen.', 'Ellas søskende har brug for tid med jer.', 'Noah trækker sig fra sine venner.'])(
    'ressourcer absent: %s',
    (t) => expect(present(t, 'ressourcer')).toBe(false),
  );
  it.each(['Din mand hjælper dig med at tage strømper på.', 'Du ses med dine venner i klubben hver torsdag.'])('ressourcer present: %s', (t) =>
    expect(present(t, 'ressourcer')).toBe(true),
  );
  it.each([
    'Du får ledsagelse. Formålet med ledsagelsen er, at du kan deltage i sociale aktiviteter.',
    'Du får afslag. Vi har lagt vægt på, at du kan bruge offentlig transport til dine ture.',
  ])('vejledning-andre-ydelser absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('right for the right reason: history, own activities, conditions and offers', () => {
  it.each(['Du har siden marts 2024 haft aflastning to dage om ugen.', 'Du er begyndt at gå til træning to gange om ugen.'])('omfang absent: %s', (t) =>
    expect(present(t, 'omfang')).toBe(false),
  );
  it.each(['Når du bor i et botilbud, kan du ikke samtidig få ledsagelse.', 'Vi har besluttet at tilbyde dig et rehabiliteringsforløb på 12 uger.'])(
    'faktiske-oplysninger absent: %s',
    (t) => expect(present(t, 'faktiske-oplysninger')).toBe(false),
  );
});

describe('faktiske-oplysninger: a meeting needs a date or what was said; a service that "har" something is no report', () => {
  it.each(['Som vi talte om i telefonen, får du hjælp til rengøring.', 'Hjemmeplejen har brug for en nøgleboks hos dig.'])('absent: %s', (t) =>
    expect(present(t, 'faktiske-oplysninger')).toBe(false),
  );
  it.each(['Vi talte med dig i går, og du fortalte, at du falder om natten.', 'Skolen har oplyst, at Ida ofte kommer for sent.', 'Vi besøgte dig den 4. marts.'])(
    'present: %s',
    (t) => expect(present(t, 'faktiske-oplysninger')).toBe(true),
  );
});

describe('fourth batch: reports in a plural source, private services', () => {
  it('a report in "deres status" is a fact', () => {
    expect(present('Opholdsstedet skriver i deres status, at du er god til at holde aftaler.', 'faktiske-oplysninger')).toBe(true);
  });
  it.each(['Du får afslag. Supermarkedet tilbyder udbringning, så du kan få varerne bragt op.', 'Du får afslag på rengøring. Du kan købe hjælp hos et privat rengøringsfirma.'])(
    'vejledning-andre-ydelser present: %s',
    (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true),
  );
  it('the delivery of granted food is not a private service', () => {
    expect(present('Du får madservice. Maden bringes ud hver mandag og torsdag.', 'vejledning-andre-ydelser')).toBe(false);
  });
});

describe('fifth batch: free choice of provider, the purpose of help that ends', () => {
  it('free choice of provider is not other help; buying help privately is', () => {
    expect(present('Du får hjælp til bad. Du kan også benytte en privat leverandør, hvis du vil.', 'vejledning-andre-ydelser')).toBe(false);
    expect(present('Du får afslag. Du kan købe hjælp hos en privat leverandør for egen regning.', 'vejledning-andre-ydelser')).toBe(true);
  });
  it('the help named with its purpose', () => {
    expect(present('Din bostøtte stopper. Du fik støtten i 2024 for at lære at betale dine regninger.', 'formaal')).toBe(true);
    expect(present('Hjælpen stopper. Kontakt os for at klage.', 'formaal')).toBe(false);
  });
});

describe('omfang: a rule said impersonally is no granted scope', () => {
  it('"man kan få …" states the rule', () => {
    expect(present('Din rengøring ændres. Efter kvalitetsstandarden kan man få rengøring hver 14. dag.', 'omfang')).toBe(false);
    expect(present('Du får rengøring hver 14. dag.', 'omfang')).toBe(true);
  });
});

describe('faktiske-oplysninger: an opinion or feeling told is a view, not a fact', () => {
  it.each(['Du har fortalt, at du synes, det er for lang tid at vente.', 'Du fortalte, at du er bange for at blive alene.'])('absent: %s', (t) =>
    expect(present(t, 'faktiske-oplysninger')).toBe(false),
  );
  it('a told fact still counts', () => {
    expect(present('Du har fortalt, at du er faldet to gange i badet.', 'faktiske-oplysninger')).toBe(true);
  });
});

/**
 * Round 14: purpose, resources, partshøring and guidance to other help in the caseworker's own
 * words, with the look-alikes that must stay absent. Written for these tests, not taken from the
 * evaluation letters.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('formaal: the help "skal sørge for", a person\'s task and an ability regained', () => {
  it.each([
    'Du får rengøring hver 3. uge. Rengøringen skal sørge for, at dit køkken og bad er til at være i.',
    'Du får bostøtte 2 timer om ugen. Bostøtten skal sørge for, at du kommer af sted til dine aftaler.',
    'Din kontaktperson stopper. Da Jonas begyndte i marts, skulle han hjælpe dig med at komme op om morgenen.',
    'Du får en ståstøtte. Med stolen og bordet skulle du igen kunne lave din egen mad.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // The citizen's own duty, and a doctor's forecast without help.
    'Du får hjælp til bad. Du skal sørge for, at døren er låst op, når hjemmeplejen kommer.',
    'Du får en rollator. Lægen mener, at du efter operationen skal igen kunne gå.',
    // The goal only pointed at, never said.
    'Du har nået det, Mette skulle hjælpe dig med. Derfor stopper støtten.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('ressourcer: a key holder, an ability gained or shown, own care done oneself', () => {
  it.each([
    'Du får et nødkald. Din søn Anders bor i nabobyen og har nøgle til lejligheden.',
    'Du får en ny autostol. Sofie kan nu selv sidde uden støtte i ryggen i en halv time.',
    'Du får dækket merudgifter. Noah tæller selv sine kulhydrater og siger til, når han er sulten.',
    'Støtten stopper. Han har selv fået kontakt til en psykolog, som han går hos hver anden uge.',
    'Du får BPA. Vi har lagt vægt på, at du allerede har vist, at du kan lede dine hjælpere.',
  ])('present: %s', (t) => expect(present(t, 'ressourcer')).toBe(true));
  it.each([
    // A key in a key box, the home care's key, and a task the citizen shall not do.
    'Du får et nødkald. Nøgleboksen har en nøgle til din hoveddør.',
    'Du får et nødkald. Hjemmeplejen, som har nøgle til huset, kommer, når du trykker.',
    'Du får hjælp til medicin. Du skal ikke selv måle dit blodsukker; det gør sygeplejersken.',
  ])('absent: %s', (t) => expect(present(t, 'ressourcer')).toBe(false));
});

describe('partshoering: the draft read in plain words, and a named party\'s correction', () => {
  it.each([
    'Din støtte stopper. Du og din far fik lov at læse udkastet til brevet den 3. marts.',
    'Du får tilskud. Vi sendte jer vores beregning den 4. maj. Jeres mor ringede og gjorde os opmærksom på, at medicinen manglede.',
    'Du får tilskud. Vi sendte dig vores beregning den 2. juni. Din far skrev og rettede beløbet for bleer.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // Reading what was decided, and a call with no document sent to the party.
    'Du får tilskud. Du kan læse om reglerne på kommunens hjemmeside.',
    'Du får tilskud. Lægen ringede og gjorde os opmærksom på, at du er blevet opereret.',
    // A parcel sent, not a case document.
    'Du får en badebænk. Vi sendte dig en pakke den 2. juni. Din søn ringede og rettede adressen.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('vejledning-andre-ydelser: conditional offers, another case, clubs and waiting lists', () => {
  it.each([
    'Du får hjælp til bad. Har du brug for en gribetang, kan du låne den i hjælpemiddeldepotet.',
    'Du får BPA om dagen. Om natten kan du få nødkald. Kontakt visitationen, hvis du vil søge om det.',
    'Du får en rampe. Vi har samtidig oprettet en sag om et toiletsæde med armlæn.',
    'Din træning stopper. Vil du træne videre, har DGI Seniorsport Nordby hold i hallen om torsdagen.',
    'Du får afslag på plejebolig. De kan skrive Karen op til en ældrebolig på Solvej.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får hjælp til bad. Har du brug for en ny tid, kan du ringe til os.',
    'Din træning fortsætter. Du går til seniorsport i DGI om tirsdagen.',
    'Du får hjælp. Du må gerne skrive det op til næste besøg.',
    'Du får afslag på en el-scooter. Hvis du vil søge om det igen, skal du kontakte os.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

describe('borgerens-synspunkter: the citizen\'s own words with where they were said', () => {
  it('present: a name with "selv" and the occasion between', () =>
    expect(present('Du får afslag på plejebolig. Vi har hæftet os ved, at Karl selv under samtalen sagde, at han vil blive i huset.', 'borgerens-synspunkter')).toBe(true));
  it.each([
    // The relative's own words, and "selv" about doing, not saying.
    'Du får afslag på plejebolig. Din søn ringede. Han sagde selv under samtalen, at han er bekymret.',
    'Du får hjælp. Du kan selv i løbet af ugen sige til, hvornår det passer.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

describe('opfoelgning: the grant\'s period with both dates', () => {
  it.each([
    'Du får tabt arbejdsfortjeneste 10 timer om ugen. Bevillingen gælder fra 1. februar 2026 til 31. juli 2026.',
    'Du får bostøtte. Støtten er bevilget fra den 1. april til den 30. september 2026.',
    'Du får aflastning. Aflastningen bevilges fra 1.5.2026 til og med 31.10.2026.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    // A start date only, past help, and a past grant in a letter that ends it.
    'Du får hjælp til bad. Hjælpen gælder fra 1. marts.',
    'Din støtte ophører. Du har haft støtte fra 1. marts til 31. august.',
    'Din bostøtte stopper. Støtten blev bevilget fra 1. marts 2025 til 31. august 2025 og er ikke forlænget.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('omfang: the new scope after "herefter" in a letter that changes the help', () => {
  it.each([
    'Vi har besluttet, at din hjælp ændres. Du modtager herefter hjælp til bad 2 gange ugentligt. Hjælpen til indkøb ophører.',
    'Din hjælp ændres. Morgenhjælpen ophører. Herefter får du rengøring hver 3. uge.',
  ])('present: %s', (t) => expect(present(t, 'omfang')).toBe(true));
  it.each([
    // What the citizen has today, and the past training, beside a change.
    'Din hjælp ændres. Du modtager i dag hjælp til bad 2 gange ugentligt. Herefter ophører hjælpen til indkøb.',
    'Din træning ophører. Du har trænet 2 gange om ugen i 12 uger, og herefter ophører træningen.',
  ])('absent: %s', (t) => expect(present(t, 'omfang')).toBe(false));
});

describe('round 14, blind batches aa/ab: purpose in the past and hoped for, hearings in plain words', () => {
  it.each([
    ['Du får madservice. Maden skal sørge for, at du får noget varmt at spise hver dag.', 'formaal'],
    ['Træningen stopper. Da du begyndte, var det for, at du igen kunne gå op ad trappen selv.', 'formaal'],
    ['Du får familiebehandling. Hvad vi håber, forløbet fører til: at morgenerne bliver roligere.', 'formaal'],
    ['Du får bostøtte 4 timer om ugen. Timerne skal bruges på at få styr på regningerne.', 'formaal'],
    ['Anbringelsen fortsætter. I og Jonas fik ordet, før udvalget trak sig tilbage.', 'partshoering'],
    ['Dagene ændres. Før vi besluttede det, fik du og din mor tilsendt referatet fra mødet, så I kunne sige til, hvis noget var forkert.', 'partshoering'],
    ['Træningen stopper. Du fik terapeutens slutstatus med hjem, så du kunne sige til, hvis du så det anderledes.', 'partshoering'],
    ['Din kontaktperson stopper. Du og dine forældre fik statusudtalelsen sendt, så I kunne sige jeres mening.', 'partshoering'],
    ['Anbringelsen fortsætter. Udvalget vil behandle Noahs anbringelse igen senest i maj 2027.', 'opfoelgning'],
    ['Din hjælp ophører. Du kan desuden selv varme mad og tørre støv af.', 'ressourcer'],
    ['Dørtrinnet bevilges. En trækstang kan udleveres som hjælpemiddel fra depotet.', 'vejledning-andre-ydelser'],
    ['Du får hjælp til bad. Du kan få en badebænk fra hjælpemiddeldepotet; ring, hvis du vil høre mere.', 'vejledning-andre-ydelser'],
  ] as const)('present: %s → %s', (t, id) => expect(present(t, id)).toBe(true));
  it.each([
    ['Du får afslag. Var det for, at du kunne klage, at du ringede?', 'formaal'],
    ['Du får madservice. Du skal selv sørge for, at maden kommer i køleskabet.', 'formaal'],
    ['Du får hjælp til bad. Vi sendte dig en folder om bad, så du kunne sige til, hvis du ville have en anden tid.', 'partshoering'],
    ['Du får hjælp. Hvis du klager, behandler vi sagen igen inden 4 uger.', 'opfoelgning'],
    ['Du får hjælp. Du kan også selv vælge leverandør.', 'ressourcer'],
    ['Du får en rollator. Du kan få den udleveret fra hjælpemiddeldepotet.', 'vejledning-andre-ydelser'],
  ] as const)('absent: %s → %s', (t, id) => expect(present(t, id)).toBe(false));
});

describe('round 14 look-alikes: merge fields, what another body does not cover, the new scope "i stedet"', () => {
  it.each([
    ['Du får aflastning 1 weekend om måneden.\n\nOpfølgning\nVi følger op på aflastningen «Opfølgningsdato».', 'opfoelgning'],
    ['Du får aflastning 1 weekend om måneden. Vi følger op på aflastningen [dato].', 'opfoelgning'],
    ['Du får 400 kr. om måneden. Beløbet dækker strimler, som ikke dækkes af regionen.', 'vejledning-andre-ydelser'],
    ['Vi har ændret din hjælp. Hjemmeplejen kommer ikke længere hver aften. I stedet får du hjælp til bad tre gange om ugen.', 'vejledning-andre-ydelser'],
  ] as const)('absent: %s → %s', (t, id) => expect(present(t, id)).toBe(false));
  it.each([
    ['Du får aflastning 1 weekend om måneden.\n\nOpfølgning\nVi følger op på aflastningen i marts 2027.', 'opfoelgning'],
    ['Du får 400 kr. om måneden. Teststrimler dækkes af regionen, og dem kan du få via egen læge.', 'vejledning-andre-ydelser'],
  ] as const)('present: %s → %s', (t, id) => expect(present(t, id)).toBe(true));
});

describe('round 14, last look: a child\'s play, a wish by name, the next visit', () => {
  it.each([
    ['Du får en plads i specialbørnehaven. Ida kan lege længe alene med sine dukker.', 'ressourcer'],
    ['Du får familiebehandling. Vi har lagt vægt på Saras eget ønske om, at der bliver mere ro om aftenen.', 'borgerens-synspunkter'],
    ['Du får afslag på plejebolig. Vi kommer igen i marts for at høre, hvordan vinteren er gået.', 'opfoelgning'],
  ] as const)('present: %s → %s', (t, id) => expect(present(t, id)).toBe(true));
  it.each([
    ['Du får en plads. Lægen er nysgerrig på, om medicinen virker.', 'ressourcer'],
    ['Du får afslag. Hvis det er dit eget ønske om at klage, skal du skrive til os.', 'borgerens-synspunkter'],
    ['Du får hjælp til bad. Hjemmeplejen kommer igen i aften.', 'opfoelgning'],
  ] as const)('absent: %s → %s', (t, id) => expect(present(t, id)).toBe(false));
});

describe('round 14 look-alikes: what the help shall make possible, and one\'s own person from a place', () => {
  it.each([
    ['Du får en rampe. Rampen skal gøre, at du kan komme ud i haven.', 'ressourcer'],
    ['Din støtte nedsættes. Du må gerne tage din mentor fra Headspace med til møderne.', 'vejledning-andre-ydelser'],
  ] as const)('absent: %s → %s', (t, id) => expect(present(t, id)).toBe(false));
  it.each([
    ['Du får en rampe. Du kan selv komme rundt i huset med rollator.', 'ressourcer'],
    ['Du får afslag. Du kan få gratis rådgivning hos Headspace.', 'vejledning-andre-ydelser'],
  ] as const)('present: %s → %s', (t, id) => expect(present(t, id)).toBe(true));
});

describe('opfoelgning: in a refusal, the run of help the citizen already gets elsewhere', () => {
  it('absent: another body\'s treatment "frem til sommer"', () =>
    expect(present('Du får afslag på psykolog. Maja er allerede i et behandlingsforløb i psykiatrien med samtaler hver uge frem til sommer.', 'opfoelgning')).toBe(false));
  it('present: the refused increase beside the help that runs on to a date', () =>
    expect(present('Du får afslag på forhøjelse. Din nuværende støtte gælder frem til 31. maj 2026, hvor vi ser på den igen.', 'opfoelgning')).toBe(true));
});

describe('omfang: the days of sheltered work granted', () => {
  it('present: "Du skal arbejde 3 dage om ugen" in a § 103 grant', () =>
    expect(present('Du får plads i beskyttet beskæftigelse efter servicelovens § 103 på Værkstedet. Du skal arbejde 3 dage om ugen, 5 timer om dagen.', 'omfang')).toBe(true));
  it('absent: the citizen\'s own job beside other help', () =>
    expect(present('Du får en kontaktperson efter servicelovens § 85. Du skal arbejde 4 dage om ugen i dit fleksjob.', 'omfang')).toBe(false));
});

describe('vejledning: private options on the refused part and other applications pointed to', () => {
  it.each([
    'Cyklen bevilges uden motor. Ønsker I alligevel el-assist, kan det eftermonteres for egen regning hos forhandleren.',
    'Du får en bil. Vil du hellere have en større model, kan du selv betale forskellen.',
    'Du får afslag på plejebolig. Der henvises i øvrigt til muligheden for at søge en ældrebolig.',
    'Du får hjælp til bad. Har du lyst, kan du tale med træningscentret om et hold for faldforebyggelse.',
  ])('present: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(true));
  it.each([
    'Du får afslag. Udgiften til medicinen er for egen regning.',
    'Du får hjælp til bad. Ved besøget talte vi om faldforebyggelse i hjemmet.',
  ])('absent: %s', (t) => expect(present(t, 'vejledning-andre-ydelser')).toBe(false));
});

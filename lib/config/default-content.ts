import type { Checklist, Hint, Tip } from './content-schema';

/**
 * The embedded "Ugens Tip", hints and checklists, written from the two guidance documents
 * (seeds/: "Metode til god sagsbehandling på ældreområdet" and its roll-out guide). A
 * municipality's support persons replace or extend them in the Studio; these are a start.
 * Legal references only where domain.md has verified them.
 */

export const DEFAULT_TIPS: Tip[] = [
  {
    id: 'begrundelse-i-egne-ord',
    title: 'Begrundelsen skal handle om borgeren',
    body:
      'En god begrundelse forklarer, **hvorfor** afgørelsen blev, som den blev – med borgerens egne forhold. ' +
      'At gengive reglen eller skrive "du opfylder ikke betingelserne" er ikke en begrundelse.\n\n' +
      'Prøv denne rækkefølge:\n' +
      '- hvilke regler afgørelsen bygger på (forvaltningsloven § 24, stk. 1)\n' +
      '- hvilke hensyn der har været afgørende ("vi har lagt vægt på …")\n' +
      '- hvilke konkrete oplysninger i sagen vi har lagt til grund',
    tags: ['begrundelse', 'afgørelse'],
  },
  {
    id: 'formaal-med-hjaelpen',
    title: 'Skriv formålet med hjælpen',
    body:
      'Når formålet står i afgørelsen, ved borgeren, hvad hjælpen skal føre til – og leverandøren ved, hvad de skal arbejde hen imod. ' +
      'Skriv det konkret: *"Formålet er, at du igen selv kan klare dit bad"* siger mere end *"at vedligeholde dit funktionsniveau"*.\n\n' +
      'Husk at formålet og borgerens ressourcer også skal med i bestillingen til leverandøren.',
    tags: ['formål', 'leverandør'],
  },
  {
    id: 'borgerens-ressourcer',
    title: 'Se efter det, borgeren selv kan',
    body:
      'Metoden sætter fokus på borgerens **ressourcer**, ikke kun begrænsninger. Hvad kan borgeren selv, og hvem i netværket hjælper allerede?\n\n' +
      'Skriv det i afgørelsen, og skriv også, hvad borgeren selv har sagt om sin situation og sine ønsker. ' +
      'Det gør afgørelsen lettere at forstå og lettere at følge op på.',
    tags: ['ressourcer', 'inddragelse'],
  },
  {
    id: 'partshoering-foer-afgoerelsen',
    title: 'Partshøring før afgørelsen',
    body:
      'Har du oplysninger, som borgeren ikke kender, og som taler imod borgeren og har stor betydning for afgørelsen? ' +
      'Så skal borgeren have mulighed for at udtale sig, **før** du træffer afgørelsen (forvaltningsloven § 19).\n\n' +
      'Skriv i afgørelsen, at borgeren er hørt – eller hvorfor det ikke var nødvendigt. ' +
      'Manglende partshøring kan gøre afgørelsen ugyldig.',
    tags: ['partshøring', 'retssikkerhed'],
  },
  {
    id: 'klagevejledning-der-passer',
    title: 'En klagevejledning, der passer',
    body:
      'Ved afslag, delvis bevilling og nedsættelse skal afgørelsen have en klagevejledning (forvaltningsloven § 25). Tjek at den:\n' +
      '1. nævner fristen på **4 uger** fra borgeren har modtaget afgørelsen\n' +
      '2. siger, at klagen sendes til kommunen, som vurderer sagen igen, før den sendes videre\n' +
      '3. nævner Ankestyrelsen som klageinstans\n\n' +
      'Fortæl også om retten til aktindsigt og til at have en bisidder med.',
    tags: ['klagevejledning', 'retssikkerhed'],
  },
  {
    id: 'serviceniveau-er-en-ramme',
    title: 'Serviceniveauet er en ramme, ikke et facit',
    body:
      'Kvalitetsstandarden beskriver det typiske omfang, men **borgeren skal altid have en konkret, individuel vurdering**. ' +
      'Ligger behovet uden for rammen, er det ikke et afslag i sig selv – så skal sagen til visitationsudvalget.\n\n' +
      'Skriv i afgørelsen, hvordan du har vurderet netop denne borgers behov.',
    tags: ['serviceniveau', 'visitation'],
  },
  {
    id: 'omfang-i-tal',
    title: 'Skriv omfanget, så det kan måles',
    body:
      '"Efter behov" eller "rengøring" alene fortæller ikke borgeren, hvad hun får. Skriv omfanget som en mængde pr. periode: ' +
      '*"1 time hver 14. dag"* eller *"2 besøg dagligt"*.\n\n' +
      'Skriv også, hvornår hjælpen følges op, så både borgeren og leverandøren ved, hvornår der ses på den igen.',
    tags: ['omfang', 'opfølgning'],
  },
  {
    id: 'brug-logbogen',
    title: 'Brug logbogen – to taster, ét minut',
    body:
      'Noter en god eller svær erfaring med metoden, eller et spørgsmål, lige når det sker: **Alt+Shift+L**. ' +
      'Logbogen bliver på din computer, og CPR-numre skjules automatisk.\n\n' +
      'Tag dine notater med til opsamlingsmødet, som holdes hver 4.–6. uge. Det er her, metoden bliver bedre.',
    tags: ['logbog', 'opfølgning'],
  },
];

export const DEFAULT_HINTS: Hint[] = [
  {
    id: 'uden-for-rammen',
    text:
      'Ligger det bevilgede omfang uden for serviceniveauet, skal afgørelsen træffes af visitationsudvalget. ' +
      'Husk, at rammen er vejledende: borgeren skal have en konkret, individuel vurdering.',
    target: {},
  },
  {
    id: 'andre-muligheder',
    text:
      'Overvej hjælp efter andre regler eller fra andre myndigheder, og vejled borgeren om det (retssikkerhedsloven § 5, helhedsvurdering).',
    target: {},
  },
];

export const DEFAULT_CHECKLISTS: Checklist[] = [
  {
    id: 'foer-afgoerelsen-sendes',
    title: 'Før afgørelsen sendes',
    when: 'foer-afgoerelse',
    target: {},
    items: [
      { id: 'retsgrundlag', text: 'Afgørelsen nævner de regler, den bygger på (lov og §).' },
      { id: 'begrundelse', text: 'Begrundelsen handler om borgerens egne forhold, ikke kun reglen.' },
      { id: 'hovedhensyn', text: 'De hensyn, der var afgørende, står der ("vi har lagt vægt på …").' },
      { id: 'oplysninger', text: 'De konkrete oplysninger, afgørelsen bygger på, er nævnt.' },
      { id: 'formaal', text: 'Formålet med hjælpen er beskrevet.' },
      { id: 'omfang', text: 'Omfanget står som en mængde pr. periode, og opfølgningen er aftalt.' },
      { id: 'ressourcer', text: 'Borgerens ressourcer og egne synspunkter er beskrevet.' },
      { id: 'partshoering', text: 'Borgeren er partshørt – eller det er forklaret, hvorfor det ikke var nødvendigt.' },
      { id: 'rettigheder', text: 'Borgeren er vejledt om aktindsigt og bisidder.' },
      { id: 'klagevejledning', text: 'Klagevejledningen nævner 4 uger, genvurdering i kommunen og Ankestyrelsen.' },
      { id: 'cpr', text: 'Der står ikke CPR-numre i brødteksten.' },
      { id: 'sprog', text: 'Resultatet står først, sætningerne er korte, og fagord er forklaret.' },
    ],
  },
  {
    id: 'udrulning-forberedelse',
    title: 'Tjekliste: forberedelse af indføringen',
    when: 'udrulning-forberedelse',
    target: {},
    items: [
      { id: 'lokale-rammer', text: 'Har lederne taget stilling til de lokale rammer for indføringen af metoden?' },
      { id: 'beslutninger-meldt-ud', text: 'Er ledelsens beslutninger meldt ud til de relevante dele af organisationen?' },
      { id: 'maal', text: 'Er der formuleret mål for, hvad kommunen vil opnå med metoden?' },
      { id: 'aktivitetsplan', text: 'Er der en aktivitetsplan med aktiviteter, tidspunkter, deltagere og ansvarlige?' },
      {
        id: 'it-og-vaerktoejer',
        text: 'Er der taget stilling til, hvordan metoden spiller sammen med eksisterende værktøjer og it-systemer?',
      },
    ],
  },
  {
    id: 'udrulning-indfoering',
    title: 'Tjekliste: aktiviteter under indføringen',
    when: 'udrulning-indfoering',
    target: {},
    items: [
      { id: 'motivation', text: 'Er sagsbehandlerne motiverede til at bruge metoden?' },
      { id: 'forstaaelse', text: 'Forstår sagsbehandlerne metodens indhold og betydning for sagsbehandlingen?' },
      { id: 'fortrolighed', text: 'Er alle sagsbehandlere fortrolige med at bruge metoden?' },
      { id: 'feedback', text: 'Har alle prøvet at drøfte og få feedback på en sag, der er behandlet med metoden?' },
      { id: 'spoergsmaal', text: 'Er der samlet op og givet svar på spørgsmål?' },
      { id: 'kvalitet', text: 'Har lederne fulgt op på, hvordan kvaliteten i sagsbehandlingen udvikler sig?' },
      { id: 'samarbejdspartnere', text: 'Er relevante samarbejdspartnere (fx leverandører) informeret om metoden?' },
    ],
  },
  {
    id: 'traeningsmoede',
    title: 'Tjekliste: træningsmøde',
    when: 'traeningsmoede',
    target: {},
    items: [
      { id: 'to-sager', text: 'To sager er udvalgt og sendt ud før mødet.' },
      { id: 'gruppe', text: 'Gruppen er på 5–7 sagsbehandlere, og der er sat 2–3 timer af.' },
      { id: 'naeste-gang', text: 'Det er aftalt, hvem der leverer sager til næste møde.' },
    ],
  },
  {
    id: 'opfoelgningsmoede',
    title: 'Tjekliste: opsamlingsmøde (hver 4.–6. uge)',
    when: 'opfoelgningsmoede',
    target: {},
    items: [
      { id: 'logboeger', text: 'Sagsbehandlerne har taget deres logbogsnotater med.' },
      { id: 'gode-og-svaere', text: 'Der er samlet op på både gode erfaringer og kritik.' },
      { id: 'ugens-tip', text: 'Emner til de næste "Ugens Tip" er valgt ud fra spørgsmålene.' },
    ],
  },
];

/* global window */
/* Nexus demo (fictional): the data the single-page app renders. Every person, address and
 * phone number here is made up; there are no CPR numbers. */
(function () {
  'use strict';

  var LEVELS = {
    0: 'Ingen/ubetydelige begrænsninger',
    1: 'Lette begrænsninger',
    2: 'Moderate begrænsninger',
    3: 'Svære begrænsninger',
    4: 'Totale begrænsninger',
    9: 'Ikke relevant',
  };

  // FSIII funktionsevnetilstande (J1–J5) with the sub-areas the demo shows.
  var AREAS = [
    { code: 'J1', name: 'Egenomsorg', items: ['Vaske sig', 'Kropspleje', 'Af- og påklædning', 'Spise', 'Drikke', 'Varetage egen sundhed'] },
    { code: 'J2', name: 'Praktiske opgaver', items: ['Lave mad', 'Lave husligt arbejde', 'Skaffe sig varer og tjenesteydelser'] },
    { code: 'J3', name: 'Mobilitet', items: ['Forflytte sig', 'Gå', 'Bevæge sig omkring', 'Færden i forskellige omgivelser', 'Bruge transportmidler'] },
    { code: 'J4', name: 'Mentale funktioner', items: ['Hukommelse', 'Orienteringsevne', 'Energi og handlekraft', 'Udføre daglige rutiner'] },
    { code: 'J5', name: 'Samfundsliv', items: ['Samfundsliv', 'Relationer og netværk'] },
  ];

  var CATALOGUE = {
    Ældre: [
      { name: 'Praktisk hjælp - rengøring', code: 'H1b' },
      { name: 'Praktisk hjælp - tøjvask', code: 'H1b' },
      { name: 'Praktisk hjælp - indkøb', code: 'H1b' },
      { name: 'Personlig pleje', code: 'H1' },
      { name: 'Madservice', code: 'H1c' },
      { name: 'Rehabiliteringsforløb', code: 'H2' },
      { name: 'Afløsning i hjemmet', code: 'H3' },
    ],
    Voksne: [
      { name: 'Socialpædagogisk støtte', code: '' },
      { name: 'Bostøtte i eget hjem', code: '' },
      { name: 'Ledsageordning', code: '' },
      { name: 'Praktisk hjælp - rengøring', code: 'H1b' },
    ],
  };

  var LAWS = [
    'Ældreloven § 10',
    'Ældreloven § 13',
    'Ældreloven § 14',
    'Ældreloven § 16',
    'Serviceloven § 83, stk. 1, nr. 1',
    'Serviceloven § 83, stk. 1, nr. 2',
    'Serviceloven § 85',
    'Serviceloven § 97',
  ];

  var DECISION_TYPES = ['Bevilling', 'Delvis bevilling', 'Afslag', 'Ændring', 'Ophør'];
  var AREA_NAMES = ['Ældre', 'Voksne', 'Sundhed'];

  function fsiii(levels, own) {
    // levels: flat list, one per sub-area in AREAS order; own: the citizen's own view per area code.
    var i = 0;
    return AREAS.map(function (area) {
      return {
        code: area.code,
        name: area.name,
        rows: area.items.map(function (item) {
          var level = levels[i++];
          return {
            name: item,
            level: level,
            udfoerelse: level === 0 ? 'Udfører selv' : level >= 3 ? 'Udfører ikke selv' : 'Udfører dele selv',
            betydning: level >= 2 ? 'Oplever begrænsninger' : 'Oplever ikke begrænsninger',
          };
        }),
        own: own[area.code] || '',
      };
    });
  }

  var citizens = {
    4711: {
      id: '4711',
      name: 'Aase Mikkelsen',
      initials: 'AM',
      age: 82,
      born: '1944',
      address: 'Kastanjevej 7, st. tv., 9999 Bøgelund',
      phone: '11 44 55 66',
      contact: { name: 'Bent Mikkelsen', relation: 'Søn', phone: '11 44 55 77' },
      doctor: 'Lægehuset ved Torvet',
      team: 'Hjemmepleje Syd',
      flags: ['Bor alene', 'Rollator', 'Nøgleboks'],
      bevillinger: [
        { ydelse: 'Personlig pleje – morgen', tid: '1 besøg dagligt', periode: '01.03.2026 –', leverandoer: 'Bøgelund Hjemmepleje', status: 'Aktiv' },
        { ydelse: 'Madservice', tid: '7 hovedretter om ugen', periode: '15.05.2026 –', leverandoer: 'Køkkenet Bøgely', status: 'Aktiv' },
        { ydelse: 'Praktisk hjælp - rengøring', tid: '1 time hver 14. dag', periode: 'Kladde', leverandoer: 'Bøgelund Hjemmepleje', status: 'Under visitation' },
      ],
      forloeb: [
        { navn: 'Ældreloven – helhedspleje', start: '01.03.2026', status: 'Aktivt' },
        { navn: 'Sygepleje (sundhedsloven § 138)', start: '12.08.2026', status: 'Aktivt' },
        { navn: 'Hjælpemidler – rollator', start: '04.02.2025', status: 'Afsluttet' },
      ],
      observations: [
        { dato: '23.11.2026', tekst: 'Aase var frisk og havde selv lavet morgenmad.' },
        { dato: '20.11.2026', tekst: 'Svimmel ved forflytning fra seng. Sygeplejen orienteret.' },
      ],
      funktionsevne: fsiii([1, 2, 1, 0, 0, 1, 2, 3, 3, 2, 2, 2, 2, 3, 1, 0, 1, 1, 1, 1], {
        J1: 'Jeg kan godt selv, men jeg er bange for at falde i badet.',
        J2: 'Jeg kan ikke længere gøre rent. Støvsugeren er for tung.',
        J3: 'Jeg går med rollator inde og ude. Trapper er svære.',
      }),
      egenVurdering:
        'Aase fortæller, at hun gerne vil blive ved med at bo hjemme. Hun vil selv stå for at lave mad og tørre støv af, men har brug for hjælp til gulve og badeværelse. Hun ønsker rengøring hver uge, fordi hun får besøg af sine børnebørn i weekenderne.',
      bevilling: {
        omraade: 'Ældre',
        lovgrundlag: 'Ældreloven § 10',
        indsats: 'Praktisk hjælp - rengøring',
        fsiii: 'H1b',
        omfang: '1 time hver 14. dag',
        afgoerelsestype: 'Delvis bevilling',
        ansoegningsdato: '14.10.2026',
        leverandoer: 'Bøgelund Hjemmepleje',
        start: '01.12.2026',
        revurdering: '01.06.2027',
        bemaerkning: 'Borgeren har søgt om rengøring hver uge. Bevilges hver 14. dag jf. serviceniveau.',
      },
      letter: [
        { h: 'Afgørelse om praktisk hjælp til rengøring' },
        { p: 'Kære Aase Mikkelsen' },
        { p: 'Du har den 14. oktober 2026 søgt om hjælp til rengøring hver uge. Vi har nu behandlet din ansøgning.' },
        { h: 'Afgørelse' },
        { p: 'Du får hjælp til rengøring i 1 time hver 14. dag. Du får ikke rengøring hver uge, som du har søgt om. Hjælpen starter den 1. december 2026.' },
        { p: 'Afgørelsen er truffet efter servicelovens § 83, stk. 1, nr. 2.' },
        { h: 'Begrundelse' },
        { p: 'Du opfylder ikke betingelserne for at få rengøring hver uge.' },
        { p: 'Vi har besøgt dig den 28. oktober 2026. Du har fortalt, at du gerne vil blive boende i dit hjem, og at du selv kan lave mad og tørre støv af.' },
        { p: 'Hjælpen omfatter støvsugning og gulvvask i de rum, du bruger dagligt, samt rengøring af badeværelse. Det er endvidere en forudsætning for leveringen af hjælpen, at du selv stiller de nødvendige rengøringsmidler og redskaber til rådighed, og at der er ryddet, så medarbejderen kan komme til at gøre rent.' },
        { h: 'Klagevejledning' },
        { p: 'Hvis du vil klage over afgørelsen, skal du gøre det inden 8 uger. Du skal sende klagen til Ankestyrelsen.' },
        { p: 'Med venlig hilsen\nKirsten Dahl\nVisitator, Visitationen\nBøgelund Kommune' },
      ],
    },
    5120: {
      id: '5120',
      name: 'Poul Vestergaard',
      initials: 'PV',
      age: 88,
      born: '1938',
      address: 'Møllebakken 22, 9999 Bøgelund',
      phone: '11 66 77 88',
      contact: { name: 'Hanne Vestergaard', relation: 'Datter', phone: '11 66 77 99' },
      doctor: 'Bøgelund Lægecenter',
      team: 'Hjemmepleje Nord',
      flags: ['Demens (let)', 'Bor med ægtefælle'],
      bevillinger: [
        { ydelse: 'Praktisk hjælp - tøjvask', tid: '1 gang om ugen', periode: '10.01.2026 –', leverandoer: 'Renhold Bøgelund ApS', status: 'Aktiv' },
        { ydelse: 'Personlig pleje', tid: '2 besøg dagligt', periode: 'Kladde', leverandoer: 'Bøgelund Hjemmepleje', status: 'Under visitation' },
      ],
      forloeb: [
        { navn: 'Ældreloven – helhedspleje', start: '10.01.2026', status: 'Aktivt' },
        { navn: 'Demenskoordinator', start: '02.09.2026', status: 'Aktivt' },
      ],
      observations: [{ dato: '24.11.2026', tekst: 'Poul havde svært ved at finde sit tøj. Hustruen er træt.' }],
      funktionsevne: fsiii([3, 3, 3, 1, 1, 2, 3, 3, 2, 2, 1, 2, 2, 3, 3, 3, 2, 3, 1, 1], {
        J1: 'Min kone hjælper mig, men hun kan ikke mere.',
        J4: 'Jeg glemmer tingene, men jeg har det godt.',
      }),
      egenVurdering:
        'Poul synes selv, at han klarer sig godt. Hans hustru Grethe fortæller, at hun ikke længere kan hjælpe ham med bad og påklædning, fordi hun selv har dårlig ryg.',
      bevilling: {
        omraade: 'Ældre',
        lovgrundlag: 'Ældreloven § 10',
        indsats: 'Personlig pleje',
        fsiii: 'H1',
        omfang: '2 besøg dagligt',
        afgoerelsestype: 'Bevilling',
        ansoegningsdato: '02.11.2026',
        leverandoer: 'Bøgelund Hjemmepleje',
        start: '01.12.2026',
        revurdering: '01.03.2027',
        bemaerkning: 'Morgen- og aftenbesøg. Hustruen aflastes.',
      },
      letter: [
        { h: 'Afgørelse om personlig pleje' },
        { p: 'Kære Poul Vestergaard' },
        { p: 'Din datter Hanne har på dine vegne den 2. november 2026 søgt om hjælp til personlig pleje. Du har givet fuldmagt til, at hun kan søge for dig.' },
        { h: 'Afgørelse' },
        { p: 'Du får hjælp til personlig pleje efter behov. Hjælpen starter den 1. december 2026. Afgørelsen er truffet efter ældrelovens § 10.' },
        { h: 'Begrundelse' },
        { p: 'Vi har lagt vægt på, at du har svært ved at klare bad og påklædning selv, og at din hustru ikke længere kan hjælpe dig. Det viste vores besøg hos jer den 12. november 2026.' },
        { p: 'Du har selv fortalt, at du gerne vil klare mest muligt selv. Du kan selv børste tænder og spise, når maden er gjort klar.' },
        { p: 'Formålet med hjælpen er, at du kan blive boende hjemme sammen med din hustru, og at hun bliver aflastet.' },
        { p: 'Vi følger op på hjælpen senest den 1. marts 2027.' },
        { h: 'Dine rettigheder' },
        { p: 'Du har ret til at se akterne i din sag, og du kan tage en bisidder med til møder med kommunen.' },
        { h: 'Klagevejledning' },
        { p: 'Du kan klage over afgørelsen inden 4 uger efter, at du har fået den. Du skal sende klagen til Bøgelund Kommune, Visitationen. Vi vurderer så afgørelsen igen. Hvis vi fastholder den, sender vi klagen videre til Ankestyrelsen.' },
        { p: 'Med venlig hilsen\nKirsten Dahl\nVisitator, Visitationen\nBøgelund Kommune' },
      ],
    },
    6032: {
      id: '6032',
      name: 'Jannik Storm',
      initials: 'JS',
      age: 34,
      born: '1992',
      address: 'Havnegade 40, 3. mf., 9999 Bøgelund',
      phone: '11 88 99 00',
      contact: { name: 'Lise Storm', relation: 'Søster', phone: '11 88 99 11' },
      doctor: 'Lægerne i Havnegade',
      team: 'Bostøtteteamet',
      flags: ['ADHD', 'Egen bolig'],
      bevillinger: [
        { ydelse: 'Socialpædagogisk støtte', tid: '5 timer om ugen', periode: '01.02.2025 –', leverandoer: 'Bostøtteteamet', status: 'Aktiv' },
      ],
      forloeb: [
        { navn: 'Serviceloven § 85 – bostøtte', start: '01.02.2025', status: 'Aktivt' },
        { navn: 'Jobcenter – ressourceforløb', start: '15.08.2025', status: 'Aktivt' },
      ],
      observations: [{ dato: '19.11.2026', tekst: 'Jannik har selv betalt regninger i denne måned.' }],
      funktionsevne: fsiii([0, 0, 0, 0, 0, 1, 1, 2, 2, 0, 0, 0, 1, 0, 0, 1, 2, 2, 2, 1], {
        J4: 'Jeg har svært ved at få struktur på ugen, men det går bedre.',
        J5: 'Jeg vil gerne i praktik.',
      }),
      egenVurdering:
        'Jannik fortæller, at han nu selv kan handle ind og betale regninger. Han vil gerne have mindre støtte, men er nervøs for at miste overblikket over post fra myndigheder.',
      bevilling: {
        omraade: 'Voksne',
        lovgrundlag: 'Serviceloven § 85',
        indsats: 'Socialpædagogisk støtte',
        fsiii: '',
        omfang: '3 timer om ugen',
        afgoerelsestype: 'Ændring',
        ansoegningsdato: '21.10.2026',
        leverandoer: 'Bostøtteteamet',
        start: '01.01.2027',
        revurdering: '01.07.2027',
        bemaerkning: 'Nedsættelse fra 5 til 3 timer om ugen efter opfølgning.',
      },
      letter: [
        { h: 'Afgørelse om ændring af din socialpædagogiske støtte' },
        { p: 'Kære Jannik Storm' },
        { p: 'Vi har fulgt op på din støtte. Vi har besluttet at ændre din socialpædagogiske støtte fra 5 til 3 timer om ugen fra den 1. januar 2027. Afgørelsen er truffet efter servicelovens § 85.' },
        { h: 'Begrundelse' },
        { p: 'Vi har lagt vægt på, at du nu selv handler ind og betaler dine regninger. Det fremgår af opfølgningsmødet den 4. november 2026 og af notater fra Bostøtteteamet.' },
        { p: 'Du har sagt, at du gerne vil have mindre støtte, men at du fortsat har brug for hjælp til post fra myndigheder. Det indgår i de 3 timer.' },
        { p: 'Formålet med støtten er, at du kan klare din hverdag i egen bolig og komme i praktik.' },
        { p: 'Vi sendte dig et udkast den 10. november 2026, så du kunne kommentere oplysningerne. Du har ikke haft bemærkninger.' },
        { h: 'Klagevejledning' },
        { p: 'Du kan klage inden 4 uger efter, at du har modtaget afgørelsen. Send klagen til Bøgelund Kommune, Socialafdelingen. Vi ser på sagen igen, og fastholder vi afgørelsen, sender vi den til Ankestyrelsen.' },
        { p: 'Med venlig hilsen\nRasmus Krogh\nSagsbehandler, Socialafdelingen\nBøgelund Kommune' },
      ],
    },
  };

  window.NX_DATA = {
    levels: LEVELS,
    catalogue: CATALOGUE,
    laws: LAWS,
    decisionTypes: DECISION_TYPES,
    areaNames: AREA_NAMES,
    citizens: citizens,
    order: ['4711', '5120', '6032'],
    user: { name: 'Kirsten Dahl', role: 'Visitator', org: 'Visitationen, Bøgelund Kommune' },
  };
})();

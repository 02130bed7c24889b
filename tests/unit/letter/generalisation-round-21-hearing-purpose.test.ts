/**
 * Round 21: the hearing, the purpose and the follow-up in other words than the corpus letters
 * (the caseworker's own voice, the result told indirectly). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { present } from './present';

describe('partshoering: the hearing told as what happened', () => {
  it.each([
    // The answer joined to "fik … tilsendt" in the perfect.
    'Du fik notatet tilsendt den 3. maj og har svaret, at du er enig i det.',
    // What was written down, sent on as "det", then the party's answer.
    'Jeg skrev ned, hvad jeg havde set under besøget, og sendte det til dig den 2. juni. Du ringede og sagde, at det var rigtigt.',
    // The relative first, and the chance to write back.
    'Dine forældre og du fik mit notat fra samtalen og kunne skrive tilbage, hvis noget var forkert.',
    // A relative answering on the party's behalf.
    'Vi sendte dig ergoterapeutens vurdering den 3. marts. Din datter ringede for dig og sagde, at vurderingen passer.',
    'Vi sendte jer psykologens udtalelse den 1. april. Jeres far skrev, at han var enig.',
    // By phone: which parts we meant to grant, also to a parent by name.
    'Vi ringede til dig den 2. maj og fortalte, hvilke udgifter vi ville dække.',
    'Den 4. juni ringede jeg til Henrik og forklarede, hvad vi ville bevilge, og hvorfor.',
  ])('present: %s', (t) => expect(present(t, 'partshoering')).toBe(true));
  it.each([
    // A body called, not the party.
    'Jeg ringede til Hjemmeplejen og fortalte, hvad vi ville gøre.',
    // A named person called about something else.
    'Jeg ringede til Henrik den 4. juni og fortalte, hvad der var sket med bilen.',
    // Answers to a form or an aid sent, not a case document.
    'Du fik en pjece om hjælpemidler og har svaret på spørgeskemaet.',
    'Vi har bestilt rollatoren og sendt den til dig. Du har svaret, at du er glad for den.',
    'Din mor og du fik en kalender og kunne skrive, hvis I havde spørgsmål.',
    'Vi sendte dig en blanket. Din mor ringede og sagde, at hun ville hjælpe dig med at udfylde den.',
  ])('absent: %s', (t) => expect(present(t, 'partshoering')).toBe(false));
});

describe('formaal: the aim for a person by name, and what the help works towards', () => {
  it.each([
    // The help's aim for the child or the adult by name.
    'Du får en kontaktperson 3 timer om ugen. Kontaktpersonen skal hjælpe Emil med at komme i gang med fritidsaktiviteter.',
    'Du får et botilbud. Opholdet skal give Jonas en rolig hverdag med faste rammer.',
    // Of help that ends, with an adverb of when it began.
    'Støtten slutter. Den skulle oprindeligt hjælpe Sara med at få en fast døgnrytme.',
    'Støtten stopper. Støtten skulle dengang hjælpe dig med at komme op om morgenen.',
    // What the citizen and the helper shall work on, and what the help works towards.
    'Du får bostøtte 4 timer om ugen. I timerne skal du og Karina arbejde på, at du selv kan åbne din post.',
    'Du får aflastning. At I kan holde sammen på familien, det er det, vi arbejder hen imod.',
  ])('present: %s', (t) => expect(present(t, 'formaal')).toBe(true));
  it.each([
    // A message or a key given to a person, and the caseworker's or the citizen's own task.
    'Du får en kontaktperson. Leverandøren skal give Emil besked om tidspunktet.',
    'Du får en kontaktperson. Du skal give Emil en nøgle til opgangen.',
    'Du får bostøtte. Sagsbehandleren skal hjælpe Karina med at planlægge opstarten.',
    'Du får aflastning. Vi skal give Peter svar inden fredag.',
    // Work on the case, not the help's goal.
    'Vi arbejder på at finde en ny leverandør til dig.',
  ])('absent: %s', (t) => expect(present(t, 'formaal')).toBe(false));
});

describe('opfoelgning: the next look in plain words', () => {
  it.each([
    // Help had "når" is still to come, in a change.
    'Vi har ændret din hjælp. Vi ser på ordningen igen, når du har haft den i to måneder.',
    // Someone coming again at a time to hear how it goes.
    'Du får aflastning. Karen kommer igen i september og hører, hvordan det går med dagcentret.',
    // All meeting again; "til jul." / "efter jul." is Christmas and ends the sentence.
    'Du får en kontaktperson. Vi mødes alle igen efter jul.',
    'Vi har ændret støtten. Vi forventer, at forløbet kan afsluttes til jul. Vi holder næste statusmøde i uge 40.',
    // A look after a while, the sum worked out anew, whether the help goes on.
    'Du får en badebænk. Terapeuten ser igen efter en måneds tid, om den passer.',
    'Du får et tilskud på 600 kr. om måneden. Vi regner beløbet om hvert år i januar.',
    'Du får besøg to gange om ugen. Du hører fra os i uge 12, hvor vi ser på, om støtten skal fortsætte.',
  ])('present: %s', (t) => expect(present(t, 'opfoelgning')).toBe(true));
  it.each([
    'Vi har ændret din hjælp. Du har haft hjælp til bad i to år.',
    // The help's own round, not a look.
    'Du får hjælp til aftensmad. Hjemmeplejen kommer igen i aften og ser til dig.',
    'Du får et tilskud. Vi har regnet ud, at beløbet er 600 kr.',
    'Du får en kontaktperson. Hvis vi skal mødes alle igen, kan du tage en bisidder med.',
    'Vi har ændret din hjælp, og støtten ophører. Vi forventer, at du er klar til jul. Vi mødes ikke igen.',
  ])('absent: %s', (t) => expect(present(t, 'opfoelgning')).toBe(false));
});

describe('borgerens-synspunkter: record-style labels for the citizen’s own account', () => {
  it.each([
    'Ændring af besøg.\nBorgers holdning: Ringede 3/5 og ville gerne have besøget senere på dagen.',
    'Afslag på ledsagelse.\nBorgers beskrivelse: Ønsker hjælp til at komme til koncerter.',
  ])('present: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(true));
  it.each([
    // An empty field, and someone else's description.
    'Afslag på ledsagelse.\nBorgers beskrivelse: —',
    'Afslag på ledsagelse.\nBorgers holdning: Ikke oplyst.',
    'Afslag på ledsagelse. Lægens beskrivelse af borgerens funktionsevne er vedlagt.',
  ])('absent: %s', (t) => expect(present(t, 'borgerens-synspunkter')).toBe(false));
});

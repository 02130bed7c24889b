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

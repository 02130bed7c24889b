/** A complaint deadline other than 4 weeks from receipt ("8 uger", "14 dage", "4 uger fra brevets dato"). */
import type { RuleDefinition } from './types';
import { GOOD_AFSLAG } from './sample-letters';

export const rule: RuleDefinition = {
  id: 'klagefrist-forkert',
  description: 'Finder en klagefrist, der ikke er 4 uger fra modtagelsen (fx "8 uger", "14 dage" eller "4 uger fra brevets dato").',
  severity: 'error',
  message: 'Klagefristen er skrevet som "{found}". Den skal være 4 uger fra den dag, borgeren har fået afgørelsen.',
  why: 'Klagefristen er 4 uger fra den dag, borgeren har fået afgørelsen (retssikkerhedslovens § 67). En forkert frist kan få borgeren til at klage for sent eller gøre afgørelsen angribelig.',
  examples: {
    valid: [GOOD_AFSLAG, 'Du kan klage. Fristen for at klage er fire uger fra den dag, du har modtaget afgørelsen.'],
    invalid: [
      GOOD_AFSLAG.replace('inden 4 uger', 'inden 8 uger'),
      'Du kan klage over afgørelsen. Klagen skal være modtaget senest 14 dage efter, at du har fået brevet.',
      'Du kan klage over afgørelsen. Klagen skal være modtaget inden 4 uger fra brevets dato.',
    ],
  },
  check(letter) {
    const e = letter.elements.klagefrist;
    if (e.problem !== 'forkert-frist' || !e.evidence) return [];
    return [{ ...e.evidence, vars: { found: letter.slice(e.evidence) }, suggestion: 'Du skal klage inden 4 uger fra den dag, du har fået afgørelsen.' }];
  },
};

/** Registry of built-in rules (one file each, id = file name). The meta-test checks it is complete. */
import type { RuleDefinition } from './types';
import { rule as manglendeByggesten } from './manglende-byggesten';
import { rule as klagefristForkert } from './klagefrist-forkert';
import { rule as klageDirekte } from './klage-direkte-til-ankestyrelsen';
import { rule as begrundelseKunRegel } from './begrundelse-kun-regel';
import { rule as omfangEfterBehov } from './omfang-efter-behov';
import { rule as foraeldetHenvisning } from './foraeldet-henvisning';
import { rule as cprNummer } from './cpr-nummer';
import { rule as lix } from './lix';
import { rule as langSaetning } from './lang-saetning';
import { rule as langtAfsnit } from './langt-afsnit';
import { rule as formelTiltale } from './formel-tiltale';
import { rule as kancellisprog } from './kancellisprog';
import { rule as resultatSent } from './resultat-sent';

export const RULES: readonly RuleDefinition[] = [
  manglendeByggesten,
  klagefristForkert,
  klageDirekte,
  begrundelseKunRegel,
  omfangEfterBehov,
  foraeldetHenvisning,
  cprNummer,
  lix,
  langSaetning,
  langtAfsnit,
  formelTiltale,
  kancellisprog,
  resultatSent,
];

export type { RuleDefinition, RawFinding } from './types';

/**
 * What Sidevogn read from the case screen. Every field is optional: a screen shows what it
 * shows. Values are trimmed text as the host displays them, never names or CPR numbers
 * (profiles only point at work fields, and the panel never stores this object).
 */
export interface CaseContext {
  /** Site profile id that matched, e.g. `demo-dubu`. */
  siteId: string;
  /** Screen id within the profile, e.g. `afgoerelse`. */
  screenId: string;
  /** Human label of the screen ("Afgørelse om støttende indsats"). */
  screenLabel: string;
  /** Legal area as read (`aeldre` | `voksne` | `boern`) or undefined. */
  sagsomraade?: CaseArea;
  /** Legal basis as written on screen, e.g. "Barnets lov § 32, stk. 1, nr. 3". */
  lovgrundlag?: string;
  /** Intervention name or code as written on screen. */
  indsats?: string;
  /** Scope as written on the form, e.g. "1 time hver 14. dag". */
  omfang?: string;
  /** Decision type as chosen on screen, free text (mapped to DecisionType by lib/letter). */
  afgoerelsestype?: string;
  /** Date the application arrived, as written on screen. */
  ansoegningsdato?: string;
  /** Whether a letter editor was found on the screen. */
  hasLetterEditor: boolean;
}

export type CaseArea = 'aeldre' | 'voksne' | 'boern';

/** The context fields a site profile can read (all but the ids and flags). */
export const CONTEXT_FIELDS = [
  'sagsomraade',
  'lovgrundlag',
  'indsats',
  'omfang',
  'afgoerelsestype',
  'ansoegningsdato',
] as const;
export type ContextField = (typeof CONTEXT_FIELDS)[number];

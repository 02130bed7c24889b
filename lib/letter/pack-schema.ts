import { z } from 'zod';
import { DEFAULT_RULE_DATA } from './default-rules';
import { CASE_AREAS, DECISION_TYPES, ELEMENT_IDS } from './types';
import { findRegexProblems } from './regex-check';

/**
 * Rule settings in the config pack: everything a support person may tune in the decision
 * letter check, as data. A pack may give only the parts it changes: the input is merged over
 * the defaults (objects key by key, lists replaced whole), then validated.
 */

const severitySchema = z.enum(['error', 'warning', 'info'], { message: 'skal være error, warning eller info' });
const decisionTypeSchema = z.enum(['bevilling', 'delvis', 'afslag', 'aendring', 'ukendt'], { message: `skal være en af ${DECISION_TYPES.join(', ')}` });
const areaSchema = z.enum(['aeldre', 'voksne', 'boern'], { message: `skal være en af ${CASE_AREAS.join(', ')}` });
const elementIdSchema = z.enum(ELEMENT_IDS, { message: 'er ikke et kendt byggesten-id' });

function compiles(source: string): boolean {
  try {
    new RegExp(source.replace(/\{(num|unit|period)\}/g, '(?:x)'), 'iu');
    return true;
  } catch {
    return false;
  }
}

/** A regular expression as text (flags i and u are added). */
const regexSchema = z.string().min(1, 'må ikke være tomt').refine(compiles, { message: 'er ikke et gyldigt regulært udtryk' });
const phraseSchema = z.string().trim().min(1, 'en frase må ikke være tom');

export const phraseListSchema = z.object({
  /** Plain phrases; `*` at the end of a word (or the start of the phrase) lets the word go on ("bevilg*", "børnefaglig* undersøgelse*"). */
  phrases: z.array(phraseSchema).default([]),
  /** Regular expressions for what a phrase cannot say. */
  patterns: z.array(regexSchema).default([]),
});

/** When a building block is required; it is when ANY condition holds (all fields of a condition must hold). */
export const requiredConditionSchema = z.object({
  decisionTypes: z.array(decisionTypeSchema).optional(),
  areas: z.array(areaSchema).optional(),
  /** Only when the screen's lovgrundlag or the letter matches this expression. */
  lawCited: regexSchema.optional(),
  /** Not when the screen's lovgrundlag or the letter matches this expression. */
  unlessLawCited: regexSchema.optional(),
  /** Required whenever this other building block is required or present. */
  withElement: elementIdSchema.optional(),
});

export const elementSettingsSchema = phraseListSchema.extend({
  /** Headings that open a section about this building block. */
  headings: z.array(phraseSchema).default([]),
  requiredWhen: z.array(requiredConditionSchema).default([]),
  /** Severity of the finding when the block is required and missing. */
  severity: severitySchema,
  message: z.string().min(1, 'skal have en besked'),
  why: z.string().min(1, 'skal have en begrundelse med kilde'),
  link: z.string().url('skal være en gyldig adresse').optional(),
  /** Id of a standard text (standardTexts) offered for copying. */
  standardText: z.string().optional(),
});

const exampleSchema = z.union([
  z.string().min(1),
  z.object({
    text: z.string().min(1),
    afgoerelsestype: z.string().optional(),
    sagsomraade: areaSchema.optional(),
    lovgrundlag: z.string().optional(),
    omfang: z.string().optional(),
    date: z.iso.date('skal være en dato som 2025-03-12').optional(),
  }),
]);
export type RuleExample = z.infer<typeof exampleSchema>;

export const examplesSchema = z.object({
  valid: z.array(exampleSchema).default([]),
  invalid: z.array(exampleSchema).default([]),
});

/** Per built-in rule: on/off, severity and texts; `examples` are run in addition to the rule's own. */
export const ruleOverrideSchema = z.object({
  enabled: z.boolean().default(true),
  severity: severitySchema.optional(),
  message: z.string().min(1).optional(),
  why: z.string().min(1).optional(),
  link: z.string().url('skal være en gyldig adresse').optional(),
  examples: examplesSchema.default({ valid: [], invalid: [] }),
});

/** A rule written entirely in the pack. */
export const customRuleSchema = phraseListSchema.extend({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'skal være små bogstaver, tal og bindestreger'),
  description: z.string().min(1, 'skal have en dansk beskrivelse'),
  /** `forbudt-frase`: a finding at each match. `paakraevet-frase`: a finding when no match and the conditions hold. */
  kind: z.enum(['forbudt-frase', 'paakraevet-frase'], { message: 'skal være forbudt-frase eller paakraevet-frase' }),
  requiredWhen: z.array(requiredConditionSchema).default([]),
  severity: severitySchema,
  message: z.string().min(1),
  why: z.string().min(1),
  suggestion: z.string().optional(),
  link: z.string().url().optional(),
  enabled: z.boolean().default(true),
  examples: examplesSchema.refine((e) => e.valid.length > 0 && e.invalid.length > 0, {
    message: 'en regel skal have mindst ét gyldigt og ét ugyldigt eksempel',
  }),
});

const listsSchema = z.object({
  hollowReasons: phraseListSchema,
  concreteReasons: phraseListSchema,
  vagueScope: phraseListSchema,
  scopeParts: z.object({ num: regexSchema, unit: regexSchema, period: regexSchema }),
  directComplaint: phraseListSchema,
  committeeDecision: phraseListSchema,
  childCase: phraseListSchema,
  /** The letter is about a person of pension age (ældreloven applies instead of SEL §§ 83–86). */
  elderlyCase: phraseListSchema,
  formalAddressVerbs: phraseListSchema,
});

const elementsShape = Object.fromEntries(ELEMENT_IDS.map((id) => [id, elementSettingsSchema])) as Record<
  (typeof ELEMENT_IDS)[number],
  typeof elementSettingsSchema
>;

const strictRuleSettingsSchema = z.object({
  thresholds: z.object({
    sentenceWords: z.number().int('skal være et helt tal').min(5, 'skal være mindst 5'),
    paragraphWords: z.number().int('skal være et helt tal').min(20, 'skal være mindst 20'),
    lixWarning: z.number().min(10, 'skal være mindst 10').max(80, 'skal være højst 80'),
    lixMinWords: z.number().int().min(0),
    resultWithinWords: z.number().int().min(10, 'skal være mindst 10'),
  }),
  lixBands: z
    .array(z.object({ below: z.number().optional(), label: z.string().min(1) }))
    .min(1, 'skal have mindst ét bånd'),
  elements: z.object(elementsShape),
  lists: listsSchema,
  decisionCues: z.object({ bevilling: phraseListSchema, afslag: phraseListSchema, delvis: phraseListSchema, aendring: phraseListSchema }),
  bureaucraticWords: z.array(
    z.object({
      word: phraseSchema,
      alternative: z.string().min(1, 'skal have et alternativ'),
      /** False when the word/alternative pair is not from a source we have read. */
      verified: z.boolean().default(false),
      source: z.string().optional(),
    }),
  ),
  outdatedReferences: z.array(
    z.object({
      /** Key in lawAliases ("serviceloven"). */
      law: z.string().min(1),
      /** Section number as written after §, e.g. "52" or "83 a". */
      section: z.string().regex(/^\d+(?: ?[a-z])?$/, 'skal være et paragrafnummer som 52 eller 83 a'),
      /** Optional expression the text after the section must match (e.g. "stk. 3, nr. 7"). */
      subsection: regexSchema.optional(),
      replacement: z.string().min(1),
      area: areaSchema,
      /** The reference is outdated in letters dated on or after this day. */
      from: z.iso.date('skal være en dato som 2024-01-01'),
      verified: z.boolean().default(false),
      note: z.string().optional(),
    }),
  ),
  lawAliases: z.record(z.string(), z.array(phraseSchema)),
  standardTexts: z.array(
    z.object({ id: z.string().min(1), title: z.string().min(1), text: z.string().min(1), element: elementIdSchema.optional() }),
  ),
  rules: z.record(z.string(), ruleOverrideSchema).default({}),
  customRules: z.array(customRuleSchema).default([]),
}).superRefine((settings, ctx) => {
  // Each pattern compiles alone (regexSchema), but the check joins them; refuse packs whose
  // joined expressions would not compile, with the path of the culprit.
  for (const p of findRegexProblems(settings, DEFAULT_RULE_DATA)) ctx.addIssue({ code: 'custom', path: p.path, message: p.message });
});

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge key by key; anything else (lists, numbers, text) replaces. */
export function mergeOverDefaults(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeOverDefaults(base[k], v);
  return out;
}

export const ruleSettingsSchema = z.preprocess(
  (input) => mergeOverDefaults(DEFAULT_RULE_DATA, input ?? {}),
  strictRuleSettingsSchema,
);
export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export type ElementSettings = z.infer<typeof elementSettingsSchema>;
export type PhraseList = z.infer<typeof phraseListSchema>;
export type RequiredCondition = z.infer<typeof requiredConditionSchema>;
export type CustomRule = z.infer<typeof customRuleSchema>;

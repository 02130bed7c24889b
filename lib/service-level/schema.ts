import { z } from 'zod';
import { FRAME_PERIODS, SCOPE_UNITS } from './units';

/*
 * The service-level catalogue: the municipality's kvalitetsstandarder as data.
 *
 * Support persons edit this in the Studio, so every message is Danish and says what to
 * write. Messages live on the schema itself (zod 4 lets a schema-level message win over any
 * parse-level error map), which keeps them when the catalogue is parsed as part of a whole
 * config pack. Objects are strict: a misspelt field name ("maks" for "max") would otherwise
 * be dropped silently and the frame would look wider than the municipality decided.
 */

/** Builds a zod `error` function giving a Danish message for a missing or mistyped value. */
function typeError(expected: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `mangler (skriv ${expected})` : `skal være ${expected}`);
}

const objectError = (what: string) => (issue: { code?: string; input?: unknown; keys?: string[] }) => {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    return `ukendt${keys.length > 1 ? 'e' : ''} felt${keys.length > 1 ? 'er' : ''} i ${what}: ${keys.join(', ')}`;
  }
  return issue.input === undefined ? `mangler (${what})` : `skal være ${what}`;
};

const text = (what: string) => z.string({ error: typeError(what) }).trim().min(1, { error: `må ikke være tom (${what})` });
const optionalText = (what: string) => z.string({ error: typeError(what) }).trim().optional();
const textList = (what: string) => z.array(text(what), { error: typeError(`en liste af ${what}`) });

const positiveNumber = (what: string) =>
  z
    .number({ error: typeError(`et tal (${what})`) })
    .refine((n) => Number.isFinite(n) && n >= 0, { error: `skal være et tal på 0 eller mere (${what})` });

const isoDate = (what: string) =>
  z.iso.date({ error: (issue) => (issue.input === undefined ? `mangler (${what}, ÅÅÅÅ-MM-DD)` : `skal være en dato som 2026-03-01 (${what})`) });

/** Legal areas, as in CaseContext.sagsomraade. */
export const AREAS = ['aeldre', 'voksne', 'boern'] as const;
export const areaSchema = z.enum(AREAS, { error: 'skal være aeldre, voksne eller boern' });
export type Area = z.infer<typeof areaSchema>;

/** Who may grant: inside the frame usually the caseworker, outside it a leader or committee. */
export const DECIDERS = ['sagsbehandler', 'teamleder', 'visitationsudvalg', 'boerne-og-ungeudvalg'] as const;
export const deciderSchema = z.enum(DECIDERS, {
  error: 'skal være sagsbehandler, teamleder, visitationsudvalg eller boerne-og-ungeudvalg',
});
export type Decider = z.infer<typeof deciderSchema>;

export const unitSchema = z.enum(SCOPE_UNITS, { error: `skal være en af enhederne ${SCOPE_UNITS.join(', ')}` });
export const framePeriodSchema = z.enum(FRAME_PERIODS, { error: `skal være en af perioderne ${FRAME_PERIODS.join(', ')}` });

/**
 * One rule of the frame: "højst 1 time hver 14. dag" is { max: 1, unit: 'timer', period: '14 dage' }.
 * Without a period the rule is a total for the whole grant ("i alt højst 10 samtaler").
 */
export const frameRuleSchema = z
  .strictObject(
    {
      label: optionalText('en kort betegnelse, fx "rengøring"'),
      min: positiveNumber('mindste mængde').optional(),
      max: positiveNumber('største mængde').optional(),
      unit: unitSchema,
      period: framePeriodSchema.optional(),
      note: optionalText('en note'),
    },
    { error: objectError('en rammeregel med min/max, unit og period') },
  )
  .superRefine((rule, ctx) => {
    if (rule.min === undefined && rule.max === undefined) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'mangler: en rammeregel skal have min, max eller begge' });
    }
    if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `skal være mindst lige så stor som min (${rule.min})` });
    }
  });
export type FrameRule = z.infer<typeof frameRuleSchema>;

const durationAmountSchema = z.strictObject(
  {
    amount: positiveNumber('varighed'),
    unit: z.enum(['dage', 'uger', 'måneder', 'år'], { error: 'skal være dage, uger, måneder eller år' }),
  },
  { error: objectError('en varighed med amount og unit') },
);
export type DurationAmount = z.infer<typeof durationAmountSchema>;

export const durationSchema = z.strictObject(
  {
    typical: durationAmountSchema.optional(),
    max: durationAmountSchema.optional(),
    note: optionalText('en note'),
  },
  { error: objectError('en varighed') },
);

export const providerSchema = z.strictObject(
  {
    names: textList('leverandører'),
    freeChoice: z.boolean({ error: typeError('true eller false (frit valg)') }),
    note: optionalText('en note'),
  },
  { error: objectError('leverandør med names og freeChoice') },
);

export const priceSchema = z.strictObject(
  {
    /** Price in kroner per `unit`: the municipality's unit price, used for estimated costs. */
    amountKr: positiveNumber('pris i kroner'),
    unit: unitSchema,
    note: optionalText('en note'),
  },
  { error: objectError('en pris med amountKr og unit') },
);
export type Price = z.infer<typeof priceSchema>;

export const userPaymentSchema = z.strictObject(
  {
    kind: z.enum(['ingen', 'fast', 'indkomstafhængig'], { error: 'skal være ingen, fast eller indkomstafhængig' }),
    amountKr: positiveNumber('egenbetaling i kroner').optional(),
    unit: unitSchema.optional(),
    note: optionalText('en note'),
  },
  { error: objectError('egenbetaling med kind') },
);

export const competenceSchema = z.strictObject(
  {
    insideFrame: z.array(deciderSchema).min(1, { error: 'skal nævne mindst én, der kan bevilge inden for rammen' }),
    outsideFrame: z.array(deciderSchema).min(1, { error: 'skal nævne mindst én, der afgør uden for rammen' }),
    note: optionalText('en note'),
  },
  { error: objectError('kompetence med insideFrame og outsideFrame') },
);

export const deadlineSchema = z.strictObject(
  {
    amount: z
      .number({ error: typeError('et helt antal') })
      .int({ error: 'skal være et helt antal' })
      .positive({ error: 'skal være mindst 1' }),
    unit: z.enum(['dage', 'uger', 'måneder'], { error: 'skal være dage, uger eller måneder' }),
    /** Only for unit 'dage': working days (Mon–Fri without public holidays) or calendar days. */
    dayKind: z.enum(['arbejdsdage', 'kalenderdage'], { error: 'skal være arbejdsdage eller kalenderdage' }).optional(),
    note: optionalText('en note'),
  },
  { error: objectError('sagsbehandlingsfrist med amount og unit') },
);
export type ProcessingDeadlineRule = z.infer<typeof deadlineSchema>;

export const followUpSchema = z.strictObject(
  {
    amount: positiveNumber('opfølgningsinterval'),
    unit: z.enum(['uger', 'måneder', 'år'], { error: 'skal være uger, måneder eller år' }),
    note: optionalText('en note'),
  },
  { error: objectError('opfølgning med amount og unit') },
);

const FSIII_CODE = /^[A-J]\d{1,2}[a-z]?(\.\d{1,2})?$/i;
const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;

/** One indsats of the catalogue, with its frame and who may grant it. */
export const catalogueEntrySchema = z.strictObject(
  {
    id: z
      .string({ error: typeError('et id med små bogstaver, tal og bindestreg') })
      .regex(ENTRY_ID, { error: 'kun små bogstaver a-z, tal og bindestreg (fx "praktisk-hjaelp-rengoering")' }),
    area: areaSchema,
    name: text('navnet på indsatsen'),
    aliases: textList('andre navne').default([]),
    fsiii: z
      .string({ error: typeError('en FSIII-kode som H1b') })
      .regex(FSIII_CODE, { error: 'skal være en FSIII-kode som H1b' })
      .optional(),
    legalBasis: z
      .array(text('en lovhenvisning som "Serviceloven § 85"'), { error: typeError('en liste af lovhenvisninger') })
      .min(1, { error: 'skal have mindst én lovhenvisning' }),
    targetGroup: text('målgruppen'),
    purpose: text('formålet'),
    includes: textList('hvad der indgår').default([]),
    excludes: textList('hvad der ikke indgår').default([]),
    frame: z.array(frameRuleSchema, { error: typeError('en liste af rammeregler') }).default([]),
    frameNote: optionalText('en note om rammen'),
    duration: durationSchema.optional(),
    providers: providerSchema.optional(),
    price: priceSchema.optional(),
    userPayment: userPaymentSchema.optional(),
    competence: competenceSchema,
    processingDeadline: deadlineSchema.optional(),
    followUp: followUpSchema.optional(),
    standardUrl: z.url({ error: 'skal være en webadresse (https://…)' }).optional(),
    approved: isoDate('godkendelsesdato').optional(),
    validFrom: isoDate('gyldig fra').optional(),
    validTo: isoDate('gyldig til').optional(),
    notes: textList('noter').default([]),
  },
  { error: objectError('en indsats') },
).superRefine((entry, ctx) => {
  if (entry.validFrom && entry.validTo && entry.validFrom > entry.validTo) {
    ctx.addIssue({ code: 'custom', path: ['validTo'], message: `skal ligge efter gyldig fra (${entry.validFrom})` });
  }
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** The catalogue: all indsatser of the municipality. `isExample` marks Sidevogn's example data. */
export const catalogueSchema = z
  .strictObject(
    {
      isExample: z.boolean({ error: typeError('true eller false') }).default(true),
      note: optionalText('en note'),
      municipality: optionalText('kommunens navn'),
      version: optionalText('en version'),
      entries: z.array(catalogueEntrySchema, { error: typeError('en liste af indsatser') }).default([]),
    },
    { error: objectError('et katalog med entries') },
  )
  .superRefine(
    (catalogue, ctx) => {
      // Runs even when other fields are wrong (see `when`), so the data may be partly invalid.
      const entries: unknown = catalogue && typeof catalogue === 'object' ? (catalogue as { entries?: unknown }).entries : undefined;
      if (!Array.isArray(entries)) return;
      const seen = new Map<string, number>();
      entries.forEach((entry: unknown, index) => {
        const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
        if (typeof id !== 'string') return;
        const first = seen.get(id);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['entries', index, 'id'], message: `id "${id}" er allerede brugt af entries[${first}]` });
        } else seen.set(id, index);
      });
    },
    // Report duplicate ids together with every other error, not only once the rest is fixed.
    { when: () => true },
  );
export type Catalogue = z.infer<typeof catalogueSchema>;

import { CHECKLIST_WHEN } from '../../lib/config/content-schema';
import { DECIDERS } from '../../lib/service-level/schema';
import { FRAME_PERIODS, SCOPE_UNITS } from '../../lib/service-level/units';

/** Choices for the Studio's select boxes: value and the Danish text a user reads. */
export type Options<T extends string> = readonly (readonly [T | '', string])[];

export const AREA_OPTIONS: Options<'aeldre' | 'voksne' | 'boern'> = [
  ['', 'Alle områder'],
  ['aeldre', 'Ældre'],
  ['voksne', 'Voksne'],
  ['boern', 'Børn og unge'],
];

export const REQUIRED_AREA_OPTIONS: Options<'aeldre' | 'voksne' | 'boern'> = AREA_OPTIONS.slice(1);

export const WHEN_LABELS: Record<(typeof CHECKLIST_WHEN)[number], string> = {
  'foer-afgoerelse': 'Før en afgørelse sendes',
  'udrulning-forberedelse': 'Udrulning: forberedelse',
  'udrulning-indfoering': 'Udrulning: indføring',
  traeningsmoede: 'Træningsmøde',
  opfoelgningsmoede: 'Opfølgningsmøde',
};

export const WHEN_OPTIONS: Options<(typeof CHECKLIST_WHEN)[number]> = CHECKLIST_WHEN.map((w) => [w, WHEN_LABELS[w]] as const);

export const SEVERITY_OPTIONS: Options<'error' | 'warning' | 'info'> = [
  ['error', 'Fejl'],
  ['warning', 'Advarsel'],
  ['info', 'Oplysning'],
];

export const DECIDER_LABELS: Record<(typeof DECIDERS)[number], string> = {
  sagsbehandler: 'Sagsbehandler',
  teamleder: 'Teamleder',
  visitationsudvalg: 'Visitationsudvalg',
  'boerne-og-ungeudvalg': 'Børne- og ungeudvalg',
};

export const UNIT_OPTIONS: Options<(typeof SCOPE_UNITS)[number]> = SCOPE_UNITS.map((u) => [u, u] as const);
export const PERIOD_OPTIONS: Options<(typeof FRAME_PERIODS)[number]> = [
  ['', 'i alt (ingen periode)'],
  ...FRAME_PERIODS.map((p) => [p, `pr. ${p}`] as const),
];

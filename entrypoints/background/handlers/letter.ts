import type { Handler } from '../router';
import { getStoredConfig, type ConfigDeps } from '../../../lib/config/service';
import { browserConfigDeps } from './config';
import {
  analyzeLetter,
  ELEMENT_GROUPS,
  ELEMENT_LABELS,
  ruleSettingsSchema,
  type ElementId,
  type Finding,
  type RuleSettings,
} from '../../../lib/letter';
import { assessCase, compareLetterScope, type Catalogue, type CatalogueEntry } from '../../../lib/service-level';
import type { CheckFinding, CheckGroup, CheckResponse, LetterCheckContext } from '../../../lib/messaging/letter';

/**
 * The decision-letter check in the background: the content script sends the letter's text
 * and the screen's fields, we run the letter engine with the effective pack's rule settings
 * plus the service-level scope checks, and answer with everything the Afgørelsestjek tab
 * shows. Keeping this here keeps the case system's page responsive while the caseworker types.
 */

/** The parts of the effective pack the check needs. `key` changes whenever the pack may have changed. */
export interface LetterPack {
  key: string;
  rules: unknown;
  catalogue: Catalogue;
}

export interface LetterHandlerDeps {
  getPack: () => Promise<LetterPack>;
  now?: () => Date;
}

/** Building blocks whose presence is the problem (a CPR number, an outdated reference). */
const UNWANTED: ReadonlySet<ElementId> = new Set<ElementId>(['cpr', 'foraeldet-henvisning']);
/** An automatic catalogue match must be at least this sure before its frame judges the letter. */
export const MIN_ENTRY_SCORE = 0.5;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/*
 * The pack comes out of storage as a fresh object on every read, but the letter engine caches
 * its compiled settings (all the regular expressions) by object identity. So we keep one
 * parsed settings object per pack version, and even across versions while the rules are the
 * same. A service-worker restart only costs one recompile.
 */
let cache: { key: string; rulesJson: string; settings: RuleSettings; catalogue: Catalogue } | undefined;

function settingsFor(pack: LetterPack): { settings: RuleSettings; catalogue: Catalogue } {
  if (cache && cache.key === pack.key) return cache;
  const rulesJson = JSON.stringify(pack.rules ?? {});
  const settings = cache && cache.rulesJson === rulesJson ? cache.settings : parseRules(pack.rules);
  const catalogue = cache && JSON.stringify(cache.catalogue) === JSON.stringify(pack.catalogue) ? cache.catalogue : pack.catalogue;
  cache = { key: pack.key, rulesJson, settings, catalogue };
  return cache;
}

function parseRules(rules: unknown): RuleSettings {
  const parsed = ruleSettingsSchema.safeParse(rules ?? {});
  if (!parsed.success) throw new Error('Regelindstillingerne i konfigurationspakken er ugyldige, så brevet kan ikke tjekkes. Kontakt din støtteperson.');
  return parsed.data;
}

/** Forgets the cached settings (tests). */
export function resetLetterSettingsCache(): void {
  cache = undefined;
}

/** "2026-11-20" is a calendar day here, not midnight UTC. */
function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function pickEntry(catalogue: Catalogue, context: LetterCheckContext, today: Date): CatalogueEntry | undefined {
  if (!context.indsats && !context.lovgrundlag && !context.entryId) return undefined;
  const assessment = assessCase(catalogue, context, today, context.entryId);
  if (context.entryId) return assessment.entry;
  const best = assessment.matches[0];
  return best && best.score >= MIN_ENTRY_SCORE ? best.entry : undefined;
}

function toCheckFinding(f: Finding | CheckFinding): CheckFinding {
  const out: CheckFinding = { ruleId: f.ruleId, severity: f.severity, message: f.message, why: f.why, start: f.start, end: f.end };
  if (f.suggestion) out.suggestion = f.suggestion;
  return out;
}

/** Builds the handlers over the given dependencies (tests pass a pack directly). */
export function createLetterHandlers(deps: LetterHandlerDeps = browserLetterDeps()): { 'letter/check': Handler<'letter/check'> } {
  return {
    'letter/check': async ({ text, context, date }) => {
      const pack = await deps.getPack();
      const { settings, catalogue } = settingsFor(pack);
      const today = (deps.now ?? (() => new Date()))();
      const analysis = analyzeLetter(text, {
        context: { afgoerelsestype: context.afgoerelsestype, sagsomraade: context.sagsomraade, lovgrundlag: context.lovgrundlag, omfang: context.omfang },
        settings,
        date: parseDate(date),
      });
      const entry = pickEntry(catalogue, context, today);
      const scopeFindings = text.trim() ? compareLetterScope({ entry, formScope: context.omfang, letterText: text }) : [];
      const findings = [...analysis.findings, ...scopeFindings]
        .map(toCheckFinding)
        .sort((a, b) => a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.ruleId.localeCompare(b.ruleId));
      const groups: CheckGroup[] = ELEMENT_GROUPS.map((g) => ({
        id: g.id,
        label: g.label,
        elements: g.elements.map((id) => {
          const r = analysis.elements[id];
          const el: CheckGroup['elements'][number] = { id, label: ELEMENT_LABELS[id], present: r.present, required: r.required };
          if (UNWANTED.has(id)) el.unwanted = true;
          if (r.problem) el.problem = r.problem;
          return el;
        }),
      }));
      const response: CheckResponse = {
        decisionType: analysis.decisionType,
        decisionTypeSource: analysis.decisionTypeSource,
        lix: analysis.lix,
        lixBands: settings.lixBands.map((b) => (b.below === undefined ? { label: b.label } : { below: b.below, label: b.label })),
        elements: analysis.elements,
        findings,
        groups,
        standardTexts: settings.standardTexts.map((s) => (s.element ? { id: s.id, title: s.title, text: s.text, element: s.element } : { id: s.id, title: s.title, text: s.text })),
        textLength: text.length,
      };
      if (entry) response.entry = { id: entry.id, name: entry.name };
      return response;
    },
  };
}

/** The effective pack from the config service (storage.local in the extension; tests pass a Map store). */
export function browserLetterDeps(configDeps: () => ConfigDeps = browserConfigDeps): LetterHandlerDeps {
  return {
    getPack: async () => {
      const stored = await getStoredConfig(configDeps());
      const { pack } = stored.effective;
      return { key: `${stored.status.updatedAt}|${pack.meta.version}`, rules: pack.rules, catalogue: pack.catalogue };
    },
  };
}

export const letterHandlers = createLetterHandlers();

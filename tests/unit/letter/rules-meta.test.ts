/**
 * Meta-test (refined-github style): every rule file is registered, named for its id,
 * documented in Danish, and its examples pass; every element id has a detector file.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ELEMENT_IDS, RULES, defaultRuleSettings, runRuleExamples, analyzeLetter } from '../../../lib/letter/index';

const dir = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const NOT_RULES = new Set(['index', 'types', 'sample-letters']);
const ruleFiles = readdirSync(dir('../../../lib/letter/rules/'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((f) => !NOT_RULES.has(f));

describe('rule registry', () => {
  it('registers every rule file, and the id is the file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it('has unique ids', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  // Every rule's examples, run once for all rules (each run compiles the pack and checks every example).
  let failures: ReturnType<typeof runRuleExamples> | undefined;
  const exampleFailures = () => (failures ??= runRuleExamples(defaultRuleSettings));

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('is documented in Danish', () => {
        expect(rule.description.length).toBeGreaterThan(20);
        expect(rule.message.length).toBeGreaterThan(10);
        expect(rule.why.length).toBeGreaterThan(20);
        // Danish text: Danish letters or common Danish words.
        expect(/[æøå]|\b(?:og|der|som|at|en|et)\b/i.test(rule.description)).toBe(true);
      });

      it('has at least one valid and one invalid example', () => {
        expect(rule.examples.valid.length).toBeGreaterThan(0);
        expect(rule.examples.invalid.length).toBeGreaterThan(0);
      });

      it('examples pass: valid → no finding of this rule, invalid → at least one', () => {
        const mine = exampleFailures().filter((f) => f.ruleId === rule.id);
        expect(mine).toEqual([]);
        // (The first of these pays for the one run over all rules' examples: allow for a busy host.)
      }, 30_000);
    });
  }
});

describe('element detectors', () => {
  it('has one detector file per element id', () => {
    const files = readdirSync(dir('../../../lib/letter/elements/'))
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'common.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...ELEMENT_IDS].sort());
  });

  it('has Danish messages and a source for every element in the default settings', () => {
    for (const id of ELEMENT_IDS) {
      const e = defaultRuleSettings.elements[id];
      expect(e.message, id).toMatch(/\S{3,}/);
      expect(e.why, id).toMatch(/§|Metode|retssikkerhed|forvaltning|databeskyttelse|barnets lov/i);
    }
  });
});

describe('findings', () => {
  it('all have the one finding shape with offsets inside the text', () => {
    const text = 'Kære De\n\nVi har behandlet Deres ansøgning. De kan klage inden 8 uger direkte til Ankestyrelsen. CPR 070761-0018. Såfremt De er uenig, kan De ringe.';
    const a = analyzeLetter(text);
    expect(a.findings.length).toBeGreaterThan(3);
    for (const f of a.findings) {
      expect(Object.keys(f).sort()).toEqual(expect.arrayContaining(['ruleId', 'severity', 'message', 'why', 'start', 'end']));
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThanOrEqual(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(f.message).not.toMatch(/\{\w+\}/);
    }
  });
});

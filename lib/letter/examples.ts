/**
 * Runs every rule's examples (the built-in ones and those the pack adds) under the given
 * settings. A pack whose examples fail must not load: a changed phrase list or threshold
 * that breaks an example is caught before it reaches caseworkers.
 */
import { buildLetter, runRules } from './analyze';
import { compileSettings } from './compile';
import type { RuleExample, RuleSettings } from './pack-schema';
import { RULES } from './rules/index';

export interface ExampleFailure {
  ruleId: string;
  /** The example text (shortened). */
  example: string;
  expected: 'valid' | 'invalid';
  /** What the rule did instead, in Danish. */
  got: string;
  /** One Danish line for error lists. */
  message: string;
}

function short(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 77)}…` : t;
}

function runOne(settings: RuleSettings, ruleId: string, example: RuleExample, expected: 'valid' | 'invalid'): ExampleFailure | undefined {
  const ex = typeof example === 'string' ? { text: example } : example;
  const letter = buildLetter(ex.text, {
    settings,
    context: { afgoerelsestype: ex.afgoerelsestype, sagsomraade: ex.sagsomraade, lovgrundlag: ex.lovgrundlag, omfang: ex.omfang },
    date: ex.date ? new Date(`${ex.date}T12:00:00Z`) : new Date('2025-06-01T12:00:00Z'),
  });
  const findings = runRules(letter, ruleId);
  if (expected === 'valid' && findings.length > 0) {
    const got = `${findings.length} fund: ${findings[0]!.message}`;
    return { ruleId, example: short(ex.text), expected, got, message: `eksemplet "${short(ex.text)}" skulle være i orden, men gav ${got}` };
  }
  if (expected === 'invalid' && findings.length === 0) {
    return { ruleId, example: short(ex.text), expected, got: 'ingen fund', message: `eksemplet "${short(ex.text)}" skulle give et fund, men gav ingen` };
  }
  return undefined;
}

/** All example failures under these settings; empty when every example behaves. */
export function runRuleExamples(input?: RuleSettings): ExampleFailure[] {
  const settings = compileSettings(input).settings;
  const failures: ExampleFailure[] = [];
  for (const rule of RULES) {
    if (settings.rules[rule.id]?.enabled === false) continue;
    const extra = settings.rules[rule.id]?.examples ?? { valid: [], invalid: [] };
    for (const ex of [...rule.examples.valid, ...extra.valid]) {
      const f = runOne(settings, rule.id, ex, 'valid');
      if (f) failures.push(f);
    }
    for (const ex of [...rule.examples.invalid, ...extra.invalid]) {
      const f = runOne(settings, rule.id, ex, 'invalid');
      if (f) failures.push(f);
    }
  }
  for (const rule of settings.customRules) {
    if (!rule.enabled) continue;
    for (const ex of rule.examples.valid) {
      const f = runOne(settings, rule.id, ex, 'valid');
      if (f) failures.push(f);
    }
    for (const ex of rule.examples.invalid) {
      const f = runOne(settings, rule.id, ex, 'invalid');
      if (f) failures.push(f);
    }
  }
  return failures;
}

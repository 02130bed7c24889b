import type { ConfigPack } from './pack-schema';

/**
 * Checks that run on a pack after its schema passed. The main one runs the examples that
 * rules carry (valid/invalid texts): a pack whose rule settings make an example fail does not
 * load. Domains plug their checks in here, so lib/config does not need to know rule internals.
 */
export interface PackCheck {
  /** Shown in front of the check's errors when it throws. */
  name: string;
  /** Returns Danish error lines (`rules.<id>: eksempel … fandt ikke …`); empty when all is well. */
  run: (pack: ConfigPack) => string[];
}

const registered: PackCheck[] = [];

/** Adds a check to every later `loadPack` (idempotent by name). */
export function registerPackCheck(check: PackCheck): void {
  const index = registered.findIndex((c) => c.name === check.name);
  if (index >= 0) registered[index] = check;
  else registered.push(check);
}

/** The checks `loadPack` runs by default. */
export function defaultPackChecks(): readonly PackCheck[] {
  return registered;
}

/**
 * Adapts a rule-example runner (the letter engine's `runRuleExamples(settings)`) to a check.
 * The runner may return strings or objects with a message (and a rule id); both are accepted
 * so the two sides can evolve separately.
 */
export function ruleExamplesCheck(
  runRuleExamples: (settings: ConfigPack['rules']) => unknown,
): PackCheck {
  return {
    name: 'rules',
    run: (pack) => {
      const result = runRuleExamples(pack.rules);
      const list = Array.isArray(result)
        ? result
        : result && typeof result === 'object' && Array.isArray((result as { failures?: unknown }).failures)
          ? (result as { failures: unknown[] }).failures
          : [];
      return list.map((item) => {
        if (typeof item === 'string') return item.startsWith('rules') ? item : `rules: ${item}`;
        const f = (item ?? {}) as { ruleId?: unknown; message?: unknown };
        const where = typeof f.ruleId === 'string' ? `rules.${f.ruleId}` : 'rules';
        return `${where}: ${typeof f.message === 'string' ? f.message : 'et eksempel fejlede'}`;
      });
    },
  };
}

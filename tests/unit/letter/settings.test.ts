import { describe, expect, it } from 'vitest';
import { analyzeLetter, defaultRuleSettings, ruleSettingsSchema, runRuleExamples, type RuleSettings } from '../../../lib/letter/index';
import { compileSettings } from '../../../lib/letter/compile';
import { DEFAULT_RULE_DATA } from '../../../lib/letter/default-rules';
import { findRegexProblems } from '../../../lib/letter/regex-check';

const parse = (input: unknown): RuleSettings => ruleSettingsSchema.parse(input);

describe('ruleSettingsSchema', () => {
  it('gives the full defaults for an empty object', () => {
    const s = parse({});
    expect(s.thresholds.sentenceWords).toBe(25);
    expect(s.elements.klagevejledning.phrases.length).toBeGreaterThan(5);
    expect(s.bureaucraticWords.some((w) => w.word === 'såfremt' && w.verified === false)).toBe(true);
    expect(s.outdatedReferences.some((o) => o.section === '52' && o.area === 'boern')).toBe(true);
    expect(s.standardTexts.find((t) => t.id === 'klagevejledning')?.text).toContain('4 uger');
  });

  it('merges a partial pack over the defaults (objects by key, lists replaced)', () => {
    const s = parse({ thresholds: { sentenceWords: 20 }, elements: { bisidder: { phrases: ['støtteperson'] } } });
    expect(s.thresholds.sentenceWords).toBe(20);
    expect(s.thresholds.paragraphWords).toBe(defaultRuleSettings.thresholds.paragraphWords);
    expect(s.elements.bisidder.phrases).toEqual(['støtteperson']);
    expect(s.elements.bisidder.message).toBe(defaultRuleSettings.elements.bisidder.message);
  });

  it('rejects broken values with Danish messages and exact paths', () => {
    const r = ruleSettingsSchema.safeParse({
      elements: { formaal: { patterns: ['(['], severity: 'kritisk' } },
      thresholds: { sentenceWords: 2 },
      outdatedReferences: [{ law: 'serviceloven', section: 'x', replacement: 'y', area: 'boern', from: '2024' }],
    });
    expect(r.success).toBe(false);
    const lines = r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'elements.formaal.patterns.0: er ikke et gyldigt regulært udtryk',
        'elements.formaal.severity: skal være error, warning eller info',
        'thresholds.sentenceWords: skal være mindst 5',
        'outdatedReferences.0.section: skal være et paragrafnummer som 52 eller 83 a',
        'outdatedReferences.0.from: skal være en dato som 2024-01-01',
      ]),
    );
  });

  it('requires custom rules to carry valid and invalid examples', () => {
    const r = ruleSettingsSchema.safeParse({
      customRules: [{ id: 'ingen-borger', description: 'Skriv du, ikke borgeren', kind: 'forbudt-frase', phrases: ['borgeren'], severity: 'info', message: 'Skriv du', why: 'Klarsprog', examples: { valid: ['Du får hjælp.'] } }],
    });
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.error.issues[0]!.message).toMatch(/mindst ét gyldigt og ét ugyldigt eksempel/);
  });
});

describe('settings change the analysis', () => {
  it('thresholds and on/off work, cached per settings object', () => {
    const text = 'Du får hjælp til rengøring og indkøb hver uge, fordi du ikke selv kan bære tunge ting eller gøre rent på grund af din ryg.';
    expect(analyzeLetter(text).findings.some((f) => f.ruleId === 'lang-saetning')).toBe(false);
    const strict = parse({ thresholds: { sentenceWords: 10 } });
    expect(analyzeLetter(text, { settings: strict }).findings.some((f) => f.ruleId === 'lang-saetning')).toBe(true);
    const off = parse({ thresholds: { sentenceWords: 10 }, rules: { 'lang-saetning': { enabled: false } } });
    expect(analyzeLetter(text, { settings: off }).findings.some((f) => f.ruleId === 'lang-saetning')).toBe(false);
  });

  it('severity, message and link overrides reach the findings', () => {
    const s = parse({ rules: { 'cpr-nummer': { severity: 'warning', message: 'Fjern CPR-nummeret.', link: 'https://intra.example.dk/cpr' } } });
    const f = analyzeLetter('CPR 070761-0018', { settings: s }).findings.find((x) => x.ruleId === 'cpr-nummer')!;
    expect(f.severity).toBe('warning');
    expect(f.message).toBe('Fjern CPR-nummeret.');
    expect(f.why).toContain('https://intra.example.dk/cpr');
  });

  it('accepts partial settings objects directly (e.g. a pack part that was {})', () => {
    expect(analyzeLetter('Du får afslag.', { settings: {} as RuleSettings }).decisionType).toBe('afslag');
  });

  it('runs declarative custom rules from the pack', () => {
    const s = parse({
      customRules: [
        { id: 'ingen-borgeren', description: 'Skriv "du" til borgeren, ikke "borgeren"', kind: 'forbudt-frase', phrases: ['borgeren'], severity: 'info', message: 'Skriv "du" i stedet for "borgeren".', why: 'Klarsprog.', examples: { valid: ['Du får hjælp.'], invalid: ['Borgeren får hjælp.'] } },
        { id: 'sagsnummer', description: 'Brevet skal have et sagsnummer', kind: 'paakraevet-frase', patterns: ['sagsnr\\.?\\s*\\d'], severity: 'warning', message: 'Skriv sagsnummeret.', why: 'Borgeren skal kunne henvise til sagen.', examples: { valid: ['Sagsnr. 2025-1'], invalid: ['Du får hjælp.'] } },
      ],
    });
    const ids = analyzeLetter('Borgeren får hjælp.', { settings: s }).findings.map((f) => f.ruleId);
    expect(ids).toContain('ingen-borgeren');
    expect(ids).toContain('sagsnummer');
    expect(runRuleExamples(s)).toEqual([]);
  });
});

describe('runRuleExamples', () => {
  it('passes with the defaults', () => {
    expect(runRuleExamples(defaultRuleSettings)).toEqual([]);
  });

  it('names the rule and example that fail when a pack breaks them', () => {
    const broken = parse({ elements: { klagefrist: { phrases: ['xyzzy'] } }, bureaucraticWords: [] });
    const failures = runRuleExamples(broken);
    const ids = new Set(failures.map((f) => f.ruleId));
    expect(ids.has('klagefrist-forkert')).toBe(true);
    expect(ids.has('kancellisprog')).toBe(true);
    const f = failures.find((x) => x.ruleId === 'kancellisprog')!;
    expect(f.expected).toBe('invalid');
    expect(f.got).toBe('ingen fund');
    expect(f.message).toMatch(/skulle give et fund/);
  });

  it('runs the extra examples a pack adds to a built-in rule', () => {
    const s = parse({ rules: { 'lang-saetning': { examples: { valid: [], invalid: ['Kort sætning.'] } } } });
    const failures = runRuleExamples(s);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ ruleId: 'lang-saetning', expected: 'invalid', example: 'Kort sætning.' });
  });
});

describe('pack regular expressions that only break when joined', () => {
  const check = (input: unknown) => ruleSettingsSchema.safeParse(input);

  it('refuses duplicate group names and back-references, in Danish and with the path', () => {
    const r = check({ elements: { formaal: { patterns: ['(?<a>x)', '(?<a>y)'] } } });
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(['elements', 'formaal', 'patterns', 0]);
    expect(issue.message).toMatch(/navngivne grupper/);
    expect(check({ lists: { scopeParts: { num: '(?<n>\\d+)' } } }).success).toBe(false);
    expect(check({ customRules: [] , elements: { formaal: { patterns: ['(a)\\1'] } } }).success).toBe(false);
  });

  it('finds no problem in the built-in rule data checked in full (the pack schema trusts it)', () => {
    expect(findRegexProblems(parse({}))).toEqual([]);
  });

  it('trusts a list only while it and the scope parts are exactly the built-in ones', () => {
    const parts = defaultRuleSettings.lists.scopeParts;
    const clash = { phrases: [], patterns: ['(a)\\1'] };
    const settings = (over: object) => ({ ...parse({}), elements: { ...parse({}).elements, formaal: { ...parse({}).elements.formaal, ...clash } }, ...over });
    const builtIn = { elements: { formaal: clash }, lists: { scopeParts: parts } };
    expect(findRegexProblems(settings({}), builtIn)).toEqual([]);
    expect(findRegexProblems(settings({}), {}).map((p) => p.path.join('.'))).toEqual(['elements.formaal.patterns.0']);
    const otherParts = { ...parse({}).lists, scopeParts: { ...parts, num: '\\d+' } };
    expect(findRegexProblems(settings({ lists: otherParts }), builtIn).map((p) => p.path.join('.'))).toEqual(['elements.formaal.patterns.0']);
    // A pack that changes a built-in list is checked in full.
    expect(check({ elements: { formaal: { patterns: [...DEFAULT_RULE_DATA.elements.formaal.patterns, '(a)\\1'] } } }).success).toBe(false);
  });

  it('keeps [\\b] (backspace in a class) valid and compilable', () => {
    const r = check({ elements: { formaal: { patterns: ['[\\b]x'], requiredWhen: [{ lawCited: '[\\b]§' }] } } });
    expect(r.success).toBe(true);
    expect(() => compileSettings(r.data!)).not.toThrow();
  });

  it('never lets a pack through that makes the compiler throw (random pattern fragments)', () => {
    const fragments = ['(?<a>x)', '(?<b>y)', '\\b', '[\\b]', '(a)', '\\1', '\\k<a>', 'x|y', '(?:z)', '[^.]', '\\p{L}+', '{num}', '(?=q)', '.*?'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 200; i++) {
      const patterns = Array.from({ length: 1 + rand(3) }, () => Array.from({ length: 1 + rand(3) }, () => fragments[rand(fragments.length)]).join(''));
      const r = check({ elements: { formaal: { patterns } } });
      if (r.success) expect(() => compileSettings(r.data), patterns.join(' , ')).not.toThrow();
    }
    // 200 whole packs compiled: about 3.5 s alone, more on a busy machine.
  }, 30_000);
});

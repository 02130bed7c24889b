import type { RuleSettings } from '../../lib/letter/pack-schema';
import { RULES } from '../../lib/letter/rules/index';
import { Checkbox, FieldErrors, NumberInput, SelectInput, TextArea, TextInput, Notice, EditButton, ConfirmButton } from './fields';
import { RuleListsEditor } from './RuleListsEditor';
import { errorsAt, pathKey, removeAt, replaceAt, uniqueId, type PathErrors } from './model';
import { SEVERITY_OPTIONS } from './options';

export interface RulesSectionProps {
  rules: RuleSettings;
  errors: PathErrors;
  /** Lines from loading the whole pack that concern the rules (failing rule examples). */
  exampleFailures: readonly string[];
  onChange: (rules: RuleSettings) => void;
}

type Thresholds = RuleSettings['thresholds'];
type RuleOverride = RuleSettings['rules'][string];
type OverridePatch = Partial<Pick<RuleOverride, 'enabled' | 'severity' | 'message' | 'why'>>;

/**
 * Applies a change to a built-in rule's override. Empty texts and "Standard" severity remove
 * the key (strict schemas; the rule's own text or severity is used again).
 */
export function patchOverride(old: RuleOverride | undefined, patch: OverridePatch): RuleOverride {
  const next: RuleOverride = { ...(old ?? { enabled: true, examples: { valid: [], invalid: [] } }), ...patch };
  if (next.severity === undefined) delete next.severity;
  for (const key of ['message', 'why'] as const) {
    if (key in patch && !next[key]?.trim()) delete next[key];
  }
  return next;
}
const THRESHOLDS: readonly [keyof Thresholds, string, string][] = [
  ['sentenceWords', 'Lang sætning (ord)', 'En sætning med flere ord end dette markeres.'],
  ['paragraphWords', 'Langt afsnit (ord)', 'Et afsnit med flere ord end dette markeres.'],
  ['lixWarning', 'LIX-grænse', 'Fra denne LIX gives en advarsel (45 = svær tekst).'],
  ['lixMinWords', 'LIX kun fra (ord)', 'LIX er upålidelig for meget korte tekster.'],
  ['resultWithinWords', 'Resultatet inden for (ord)', 'Afgørelsens resultat skal stå tidligt i brevet.'],
];

/** Rule settings of the decision-letter check: switches, thresholds, word lists and standard texts. */
export function RulesSection({ rules, errors, exampleFailures, onChange }: RulesSectionProps) {
  const set = <K extends keyof RuleSettings>(key: K, value: RuleSettings[K]) => onChange({ ...rules, [key]: value });
  const overrides = rules.rules;
  const setOverride = (id: string, patch: OverridePatch) => set('rules', { ...overrides, [id]: patchOverride(overrides[id], patch) });

  return (
    <section class="st-section" aria-labelledby="st-rules-h" data-testid="section-rules">
      <h2 id="st-rules-h">Regler for afgørelsestjek</h2>
      <p class="st-lead">
        Hver regel har eksempler på gode og dårlige tekster. Når du ændrer en indstilling, køres eksemplerne igen; fejler et eksempel,
        kan pakken ikke gemmes.
      </p>
      {exampleFailures.length ? (
        <Notice kind="error" testId="rule-example-failures">
          <p>
            <strong>Regeleksempler, der fejler ({exampleFailures.length}):</strong>
          </p>
          <ul>
            {exampleFailures.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <fieldset class="st-fieldset">
        <legend>Regler</legend>
        <table class="st-table">
          <thead>
            <tr>
              <th scope="col">Regel</th>
              <th scope="col">Til</th>
              <th scope="col">Alvor</th>
            </tr>
          </thead>
          <tbody>
            {RULES.map((rule) => {
              const o = overrides[rule.id];
              return (
                <tr key={rule.id} data-testid="rule-row" data-rule-id={rule.id}>
                  <td>
                    <strong>{rule.id}</strong>
                    <br />
                    <span class="st-hint">{rule.description}</span>
                    <FieldErrors path={pathKey('rules', 'rules', rule.id)} errors={errorsAt(errors, 'rules', 'rules', rule.id)} />
                    <details class="st-details" data-testid={`rule-texts-${rule.id}`}>
                      <summary>
                        Egen besked og begrundelse{o?.message || o?.why ? ' (ændret)' : ''}
                      </summary>
                      <TextArea
                        label="Besked"
                        hint="Tom: regelens egen besked bruges. Pladsholdere som {lix} udfyldes stadig."
                        rows={2}
                        value={o?.message ?? ''}
                        placeholder={rule.message}
                        onInput={(message) => setOverride(rule.id, { message })}
                        path={pathKey('rules', 'rules', rule.id, 'message')}
                        errors={errorsAt(errors, 'rules', 'rules', rule.id, 'message')}
                        testId={`rule-message-${rule.id}`}
                      />
                      <TextArea
                        label="Hvorfor (med kilde)"
                        hint="Tom: regelens egen begrundelse bruges."
                        rows={2}
                        value={o?.why ?? ''}
                        placeholder={rule.why}
                        onInput={(why) => setOverride(rule.id, { why })}
                        path={pathKey('rules', 'rules', rule.id, 'why')}
                        errors={errorsAt(errors, 'rules', 'rules', rule.id, 'why')}
                        testId={`rule-why-${rule.id}`}
                      />
                    </details>
                  </td>
                  <td>
                    <Checkbox label={`Slå ${rule.id} til`} checked={o?.enabled !== false} onChange={(enabled) => setOverride(rule.id, { enabled })} testId={`rule-enabled-${rule.id}`} />
                  </td>
                  <td>
                    <SelectInput
                      label={`Alvor for ${rule.id}`}
                      value={o?.severity ?? ''}
                      options={[['', `Standard (${SEVERITY_OPTIONS.find(([v]) => v === rule.severity)?.[1] ?? rule.severity})`], ...SEVERITY_OPTIONS]}
                      onChange={(v) => setOverride(rule.id, { severity: v || undefined })}
                      testId={`rule-severity-${rule.id}`}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Grænser</legend>
        <div class="st-grid">
          {THRESHOLDS.map(([key, label, hint]) => (
            <NumberInput
              key={key}
              label={label}
              hint={hint}
              value={rules.thresholds[key]}
              onChange={(v) => set('thresholds', { ...rules.thresholds, [key]: v as number })}
              path={pathKey('rules', 'thresholds', key)}
              errors={errorsAt(errors, 'rules', 'thresholds', key)}
              testId={`threshold-${key}`}
            />
          ))}
        </div>
      </fieldset>

      <RuleListsEditor rules={rules} errors={errors} onChange={onChange} />

      <fieldset class="st-fieldset">
        <legend>Kommunens standardtekster</legend>
        <p class="st-hint">Fx klagevejledning, partshøring, aktindsigt. Sagsbehandleren kan kopiere dem fra panelet.</p>
        {rules.standardTexts.map((t, i) => (
          <div class="st-card" key={i} data-testid="standard-text">
            <div class="st-grid">
              <TextInput label="Titel" value={t.title} onInput={(title) => set('standardTexts', replaceAt(rules.standardTexts, i, { ...t, title }))} path={pathKey('rules', 'standardTexts', i, 'title')} errors={errorsAt(errors, 'rules', 'standardTexts', i, 'title')} />
              <TextInput label="Id" value={t.id} onInput={(id) => set('standardTexts', replaceAt(rules.standardTexts, i, { ...t, id }))} path={pathKey('rules', 'standardTexts', i, 'id')} errors={errorsAt(errors, 'rules', 'standardTexts', i, 'id')} />
            </div>
            <TextArea label="Tekst" rows={5} value={t.text} onInput={(text) => set('standardTexts', replaceAt(rules.standardTexts, i, { ...t, text }))} path={pathKey('rules', 'standardTexts', i, 'text')} errors={errorsAt(errors, 'rules', 'standardTexts', i, 'text')} />
            <ConfirmButton key={`${i}:${t.id}`} testId="standard-text-delete" question={`Slet standardteksten »${t.title || t.id}«?`} confirmLabel="Ja, slet" onConfirm={() => set('standardTexts', removeAt(rules.standardTexts, i))}>
              Slet <span class="st-sr">standardteksten {t.title}</span>
            </ConfirmButton>
          </div>
        ))}
        <EditButton
          class="st-btn"
          onClick={() => set('standardTexts', [...rules.standardTexts, { id: uniqueId('ny-tekst', rules.standardTexts), title: 'Ny standardtekst', text: '' }])}
        >
          Tilføj standardtekst
        </EditButton>
      </fieldset>
      <p class="st-hint">
        Betingelser (hvornår en byggesten er påkrævet), egne regler, lovnavne og LIX-bånd redigeres under <strong>Rå JSON</strong>.
      </p>
    </section>
  );
}

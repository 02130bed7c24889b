import type { PhraseList, RuleSettings } from '../../lib/letter/pack-schema';
import { ELEMENT_IDS } from '../../lib/letter/types';
import { ELEMENT_LABELS } from '../../lib/letter/element-groups';
import { Checkbox, ListInput, SelectInput, TextArea, TextInput, FieldErrors, EditButton } from './fields';
import { errorLinesUnder, errorsAt, pathKey, removeAt, replaceAt, type PathErrors } from './model';
import { REQUIRED_AREA_OPTIONS, SEVERITY_OPTIONS } from './options';

const LIST_LABELS: Record<string, string> = {
  hollowReasons: 'Tomme begrundelser (nævner kun reglen)',
  concreteReasons: 'Tegn på en konkret begrundelse',
  vagueScope: 'Uklart omfang ("efter behov")',
  elderlyCase: 'Tegn på en ældresag (pensionsalder)',
  directComplaint: 'Klage direkte til Ankestyrelsen',
  committeeDecision: 'Afgjort af børne- og ungeudvalget',
  childCase: 'Tegn på en børnesag',
  formalAddressVerbs: 'Udsagnsord efter "De" (De-tiltale)',
};
const CUE_LABELS: Record<string, string> = { bevilling: 'Bevilling', afslag: 'Afslag', delvis: 'Delvis bevilling', aendring: 'Ændring/ophør' };

/** The phrase lists, building blocks, bureaucratic words and the outdated-reference table. */
export function RuleListsEditor({ rules, errors, onChange }: { rules: RuleSettings; errors: PathErrors; onChange: (rules: RuleSettings) => void }) {
  const set = <K extends keyof RuleSettings>(key: K, value: RuleSettings[K]) => onChange({ ...rules, [key]: value });
  const words = rules.bureaucraticWords;
  const refs = rules.outdatedReferences;

  return (
    <>
      <fieldset class="st-fieldset">
        <legend>Byggesten i en god afgørelse</legend>
        <p class="st-hint">Fraser er almindelig tekst; * sidst i et ord lader ordet fortsætte (bevilg* = bevilget, bevilling; børnefaglig* undersøgelse*).</p>
        {ELEMENT_IDS.map((id) => {
          const el = rules.elements[id];
          const base = ['rules', 'elements', id] as const;
          const errs = errorLinesUnder(errors, ...base);
          return (
            <details key={id} class="st-details" data-testid="element-settings">
              <summary>
                {ELEMENT_LABELS[id] ?? id} {errs.length ? <span class="st-badge st-badge--error">{errs.length} fejl</span> : null}
              </summary>
              <SelectInput label="Alvor, når den mangler" value={el.severity} options={SEVERITY_OPTIONS} onChange={(severity) => severity && set('elements', { ...rules.elements, [id]: { ...el, severity } })} path={pathKey(...base, 'severity')} errors={errorsAt(errors, ...base, 'severity')} />
              <TextArea label="Besked" rows={2} value={el.message} onInput={(message) => set('elements', { ...rules.elements, [id]: { ...el, message } })} path={pathKey(...base, 'message')} errors={errorsAt(errors, ...base, 'message')} />
              <TextArea label="Hvorfor (med kilde)" rows={2} value={el.why} onInput={(why) => set('elements', { ...rules.elements, [id]: { ...el, why } })} path={pathKey(...base, 'why')} errors={errorsAt(errors, ...base, 'why')} />
              <PhraseListFields list={el} base={base} errors={errors} onChange={(list) => set('elements', { ...rules.elements, [id]: { ...el, ...list } })} />
              <ListInput label="Overskrifter" items={el.headings} onChange={(headings) => set('elements', { ...rules.elements, [id]: { ...el, headings } })} errors={errorLinesUnder(errors, ...base, 'headings')} />
            </details>
          );
        })}
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Fraselister</legend>
        {Object.entries(LIST_LABELS).map(([key, label]) => {
          const list = rules.lists[key as keyof typeof LIST_LABELS & keyof RuleSettings['lists']] as PhraseList;
          const base = ['rules', 'lists', key] as const;
          return (
            <details key={key} class="st-details" data-testid="phrase-list">
              <summary>{label}</summary>
              <PhraseListFields list={list} base={base} errors={errors} onChange={(next) => set('lists', { ...rules.lists, [key]: next })} />
            </details>
          );
        })}
        {Object.entries(CUE_LABELS).map(([key, label]) => {
          const list = rules.decisionCues[key as keyof RuleSettings['decisionCues']];
          const base = ['rules', 'decisionCues', key] as const;
          return (
            <details key={key} class="st-details">
              <summary>Ord, der viser afgørelsestypen: {label}</summary>
              <PhraseListFields list={list} base={base} errors={errors} onChange={(next) => set('decisionCues', { ...rules.decisionCues, [key]: next })} />
            </details>
          );
        })}
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Kancellisprog: ord og alternativer</legend>
        <table class="st-table" data-testid="bureaucratic-words">
          <thead>
            <tr>
              <th scope="col">Ord</th>
              <th scope="col">Skriv hellere</th>
              <th scope="col">Kilde tjekket</th>
              <th scope="col">
                <span class="st-sr">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {words.map((w, i) => (
              <tr key={i}>
                <td>
                  <TextInput label={`Ord ${i + 1}`} value={w.word} onInput={(word) => set('bureaucraticWords', replaceAt(words, i, { ...w, word }))} path={pathKey('rules', 'bureaucraticWords', i, 'word')} errors={errorsAt(errors, 'rules', 'bureaucraticWords', i, 'word')} />
                </td>
                <td>
                  <TextInput label={`Alternativ ${i + 1}`} value={w.alternative} onInput={(alternative) => set('bureaucraticWords', replaceAt(words, i, { ...w, alternative }))} path={pathKey('rules', 'bureaucraticWords', i, 'alternative')} errors={errorsAt(errors, 'rules', 'bureaucraticWords', i, 'alternative')} />
                </td>
                <td>
                  <Checkbox label={`Tjekket (${w.word || i + 1})`} checked={w.verified} onChange={(verified) => set('bureaucraticWords', replaceAt(words, i, { ...w, verified }))} />
                </td>
                <td>
                  <EditButton class="st-btn st-btn--small st-btn--danger" onClick={() => set('bureaucraticWords', removeAt(words, i))}>
                    Slet <span class="st-sr">{w.word}</span>
                  </EditButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <EditButton class="st-btn" data-testid="word-add" onClick={() => set('bureaucraticWords', [...words, { word: '', alternative: '', verified: false }])}>
          Tilføj ord
        </EditButton>
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Forældede lovhenvisninger</legend>
        {refs.map((r, i) => {
          const at = (f: string) => ({ path: pathKey('rules', 'outdatedReferences', i, f), errors: errorsAt(errors, 'rules', 'outdatedReferences', i, f) });
          const put = (patch: Partial<typeof r>) => set('outdatedReferences', replaceAt(refs, i, { ...r, ...patch }));
          return (
            <div class="st-card" key={i} data-testid="outdated-reference">
              <div class="st-grid">
                <TextInput label="Lov" hint="Navn i lovnavnelisten, fx serviceloven" value={r.law} onInput={(law) => put({ law })} {...at('law')} />
                <TextInput label="Paragraf" hint="Fx 52 eller 83 a" value={r.section} onInput={(section) => put({ section })} {...at('section')} />
                <SelectInput label="Område" value={r.area} options={REQUIRED_AREA_OPTIONS} onChange={(area) => area && put({ area })} {...at('area')} />
                <TextInput label="Forældet fra" hint="ÅÅÅÅ-MM-DD" value={r.from} onInput={(from) => put({ from })} {...at('from')} />
              </div>
              <TextInput label="Henvis i stedet til" value={r.replacement} onInput={(replacement) => put({ replacement })} {...at('replacement')} />
              <Checkbox label="Kilde tjekket" checked={r.verified} onChange={(verified) => put({ verified })} />
              <EditButton class="st-btn st-btn--small st-btn--danger" onClick={() => set('outdatedReferences', removeAt(refs, i))}>
                Slet <span class="st-sr">henvisningen § {r.section}</span>
              </EditButton>
            </div>
          );
        })}
        <EditButton
          class="st-btn"
          onClick={() => set('outdatedReferences', [...refs, { law: 'serviceloven', section: '', replacement: '', area: 'boern', from: '2024-01-01', verified: false }])}
        >
          Tilføj henvisning
        </EditButton>
      </fieldset>
    </>
  );
}

function PhraseListFields({ list, base, errors, onChange }: { list: PhraseList; base: readonly PropertyKey[]; errors: PathErrors; onChange: (list: PhraseList) => void }) {
  return (
    <div class="st-grid st-grid--2">
      <ListInput label="Fraser" items={list.phrases} onChange={(phrases) => onChange({ ...list, phrases })} errors={errorLinesUnder(errors, ...base, 'phrases')} />
      <div>
        <ListInput label="Mønstre (regulære udtryk)" items={list.patterns} onChange={(patterns) => onChange({ ...list, patterns })} errors={errorLinesUnder(errors, ...base, 'patterns')} />
        <FieldErrors path={pathKey(...base)} errors={errorsAt(errors, ...base)} />
      </div>
    </div>
  );
}

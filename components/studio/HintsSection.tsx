import { useState } from 'preact/hooks';
import type { Hint } from '../../lib/config/content-schema';
import type { SiteProfile } from '../../lib/host/site-profile-schema';
import { SafeMarkdown } from '../common/SafeMarkdown';
import { ItemList, countErrors } from './ItemList';
import { ItemActions, TextArea, TextInput } from './fields';
import { TargetFields } from './TargetFields';
import { errorsAt, moveItem, pathKey, removeAt, replaceAt, uniqueId, type PathErrors } from './model';

export interface HintsSectionProps {
  hints: Hint[];
  profiles: readonly SiteProfile[];
  errors: PathErrors;
  onChange: (hints: Hint[]) => void;
}

/** Hints: short texts shown in the panel on the screens, areas or indsatser they target. */
export function HintsSection({ hints, profiles, errors, onChange }: HintsSectionProps) {
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, hints.length - 1);
  const hint = hints[index];
  const update = (next: Hint) => onChange(replaceAt(hints, index, next));
  const add = () => {
    onChange([...hints, { id: uniqueId('nyt-hint', hints), text: '', target: {} }]);
    setSelected(hints.length);
  };

  return (
    <section class="st-section" aria-labelledby="st-hints-h" data-testid="section-hints">
      <h2 id="st-hints-h">Hints</h2>
      <p class="st-lead">Et hint vises i panelet, når sagen på skærmen passer til det, hintet er rettet mod.</p>
      <ItemList
        title="Hints"
        labels={hints.map((h) => firstLine(h.text) || h.id)}
        errorCounts={countErrors(errors, 'hints', hints.length)}
        selected={index}
        onSelect={setSelected}
        addLabel="Tilføj hint"
        onAdd={add}
        testPrefix="hints"
      >
        {hint ? (
          <div class="st-form" data-testid="hint-form">
            <div class="st-split">
              <TextArea
                label="Tekst"
                rows={6}
                value={hint.text}
                onInput={(text) => update({ ...hint, text })}
                path={pathKey('hints', index, 'text')}
                errors={errorsAt(errors, 'hints', index, 'text')}
                testId="hint-text"
              />
              <div class="st-preview" role="region" aria-label="Forhåndsvisning">
                <p class="st-preview__label">Sådan ser det ud i panelet</p>
                <SafeMarkdown text={hint.text} class="st-md" />
              </div>
            </div>
            <TargetFields
              target={hint.target}
              onChange={(target) => update({ ...hint, target })}
              profiles={profiles}
              errors={errors}
              path={['hints', index, 'target']}
              testPrefix="hint"
            />
            <TextInput
              label="Id"
              value={hint.id}
              onInput={(id) => update({ ...hint, id })}
              path={pathKey('hints', index, 'id')}
              errors={errorsAt(errors, 'hints', index, 'id')}
              testId="hint-id"
            />
            <ItemActions
              name={`hintet ${hint.id}`}
              index={index}
              count={hints.length}
              onMove={(step) => {
                onChange(moveItem(hints, index, step));
                setSelected(index + step);
              }}
              onDelete={() => onChange(removeAt(hints, index))}
              testId="hint-delete"
            />
          </div>
        ) : (
          <p class="st-empty">Der er ingen hints.</p>
        )}
      </ItemList>
    </section>
  );
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 60 ? line.slice(0, 60) + '…' : line;
}

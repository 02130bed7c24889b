import { useState } from 'preact/hooks';
import type { Tip } from '../../lib/config/content-schema';
import { SafeMarkdown } from '../common/SafeMarkdown';
import { ItemList, countErrors } from './ItemList';
import { ItemActions, ListInput, SelectInput, TextArea, TextInput } from './fields';
import { errorsAt, moveItem, pathKey, removeAt, replaceAt, textOrUndefined, uniqueId, withField, type PathErrors } from './model';
import { AREA_OPTIONS } from './options';

export interface TipsSectionProps {
  tips: Tip[];
  /** Validation of the tips part, keyed by path ("tips[2].title"). */
  errors: PathErrors;
  onChange: (tips: Tip[]) => void;
}

/** "Ugens Tip": list, add, edit and delete tips, with a live preview of the text. */
export function TipsSection({ tips, errors, onChange }: TipsSectionProps) {
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, tips.length - 1);
  const tip = tips[index];

  const update = (next: Tip) => onChange(replaceAt(tips, index, next));
  const add = () => {
    const fresh: Tip = { id: uniqueId('nyt-tip', tips), title: '', body: '', tags: [] };
    onChange([...tips, fresh]);
    setSelected(tips.length);
  };
  const err = (field: string) => errorsAt(errors, 'tips', index, field);
  const path = (field: string) => pathKey('tips', index, field);

  return (
    <section class="st-section" aria-labelledby="st-tips-h" data-testid="section-tips">
      <h2 id="st-tips-h">Ugens Tip</h2>
      <p class="st-lead">
        Tips vises i panelet i den periode, de gælder. Skriv kort og konkret. Teksten må bruge **fed**, *kursiv*, punktlister (- ) og
        links til https-adresser.
      </p>
      <ItemList
        title="Tips"
        labels={tips.map((t) => t.title || t.id)}
        errorCounts={countErrors(errors, 'tips', tips.length)}
        selected={index}
        onSelect={setSelected}
        addLabel="Tilføj tip"
        onAdd={add}
        testPrefix="tips"
      >
        {tip ? (
          <div class="st-form" data-testid="tip-form">
            <TextInput label="Overskrift" value={tip.title} onInput={(title) => update({ ...tip, title })} path={path('title')} errors={err('title')} testId="tip-title" />
            <div class="st-split">
              <TextArea
                label="Tekst"
                rows={10}
                value={tip.body}
                onInput={(body) => update({ ...tip, body })}
                path={path('body')}
                errors={err('body')}
                testId="tip-body"
              />
              <div class="st-preview" role="region" aria-label="Forhåndsvisning" data-testid="tip-preview">
                <p class="st-preview__label">Sådan ser det ud i panelet</p>
                <strong>{tip.title}</strong>
                <SafeMarkdown text={tip.body} class="st-md" />
              </div>
            </div>
            <div class="st-grid">
              <TextInput
                label="Gyldig fra"
                hint="Dato (2026-03-02) eller uge (2026-W10). Tom: fra nu."
                value={tip.gyldigFra ?? ''}
                onInput={(v) => update(withField(tip, 'gyldigFra', textOrUndefined(v.trim())))}
                path={path('gyldigFra')}
                errors={err('gyldigFra')}
                testId="tip-from"
              />
              <TextInput
                label="Gyldig til"
                hint="Dato eller uge. Tom: uden slutdato."
                value={tip.gyldigTil ?? ''}
                onInput={(v) => update(withField(tip, 'gyldigTil', textOrUndefined(v.trim())))}
                path={path('gyldigTil')}
                errors={err('gyldigTil')}
                testId="tip-to"
              />
              <SelectInput
                label="Område"
                value={tip.area ?? ''}
                options={AREA_OPTIONS}
                onChange={(v) => update(withField(tip, 'area', v || undefined))}
                path={path('area')}
                errors={err('area')}
                testId="tip-area"
              />
            </div>
            <ListInput label="Emneord" items={tip.tags} onChange={(tags) => update({ ...tip, tags })} path={path('tags')} errors={tagErrors(errors, index)} testId="tip-tags" />
            <TextInput
              label="Id"
              hint="Kun små bogstaver, tal og bindestreg. Bruges til at genkende tippet ved import."
              value={tip.id}
              onInput={(id) => update({ ...tip, id })}
              path={path('id')}
              errors={err('id')}
              testId="tip-id"
            />
            <ItemActions
              name={`tippet "${tip.title || tip.id}"`}
              index={index}
              count={tips.length}
              onMove={(step) => {
                onChange(moveItem(tips, index, step));
                setSelected(index + step);
              }}
              onDelete={() => onChange(removeAt(tips, index))}
              testId="tip-delete"
            />
          </div>
        ) : (
          <p class="st-empty">Der er ingen tips. Tilføj det første.</p>
        )}
      </ItemList>
    </section>
  );
}

function tagErrors(errors: PathErrors, index: number): string[] {
  const prefix = pathKey('tips', index, 'tags');
  return Object.entries(errors)
    .filter(([key]) => key === prefix || key.startsWith(prefix + '['))
    .flatMap(([key, messages]) => messages.map((m) => (key === prefix ? m : `${key.slice(prefix.length)} ${m}`)));
}

import { useState } from 'preact/hooks';
import type { Checklist } from '../../lib/config/content-schema';
import type { SiteProfile } from '../../lib/host/site-profile-schema';
import { ItemList, countErrors } from './ItemList';
import { FieldErrors, ItemActions, SelectInput, TextArea, TextInput, EditButton } from './fields';
import { TargetFields } from './TargetFields';
import { errorsAt, moveItem, pathKey, removeAt, replaceAt, uniqueId, type PathErrors } from './model';
import { WHEN_LABELS, WHEN_OPTIONS } from './options';

export interface ChecklistsSectionProps {
  checklists: Checklist[];
  profiles: readonly SiteProfile[];
  errors: PathErrors;
  onChange: (checklists: Checklist[]) => void;
}

/** Checklists: before a decision is sent, and for the roll-out's phases and meetings. */
export function ChecklistsSection({ checklists, profiles, errors, onChange }: ChecklistsSectionProps) {
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, checklists.length - 1);
  const list = checklists[index];
  const update = (next: Checklist) => onChange(replaceAt(checklists, index, next));
  const add = () => {
    onChange([
      ...checklists,
      { id: uniqueId('ny-tjekliste', checklists), title: '', when: 'foer-afgoerelse', items: [{ id: 'punkt-1', text: '' }], target: {} },
    ]);
    setSelected(checklists.length);
  };

  return (
    <section class="st-section" aria-labelledby="st-checklists-h" data-testid="section-checklists">
      <h2 id="st-checklists-h">Tjeklister</h2>
      <p class="st-lead">Tjeklister før en afgørelse sendes, og til udrulningens faser og møder.</p>
      <ItemList
        title="Tjeklister"
        labels={checklists.map((c) => `${c.title || c.id} (${WHEN_LABELS[c.when] ?? c.when})`)}
        errorCounts={countErrors(errors, 'checklists', checklists.length)}
        selected={index}
        onSelect={setSelected}
        addLabel="Tilføj tjekliste"
        onAdd={add}
        testPrefix="checklists"
      >
        {list ? (
          <div class="st-form" data-testid="checklist-form">
            <TextInput
              label="Titel"
              value={list.title}
              onInput={(title) => update({ ...list, title })}
              path={pathKey('checklists', index, 'title')}
              errors={errorsAt(errors, 'checklists', index, 'title')}
              testId="checklist-title"
            />
            <SelectInput
              label="Hvornår"
              value={list.when}
              options={WHEN_OPTIONS}
              onChange={(when) => when && update({ ...list, when })}
              path={pathKey('checklists', index, 'when')}
              errors={errorsAt(errors, 'checklists', index, 'when')}
              testId="checklist-when"
            />
            <fieldset class="st-fieldset">
              <legend>Punkter</legend>
              <FieldErrors path={pathKey('checklists', index, 'items')} errors={errorsAt(errors, 'checklists', index, 'items')} />
              <ol class="st-points">
                {list.items.map((item, i) => (
                  <li key={i} class="st-point">
                    <TextArea
                      label={`Punkt ${i + 1}`}
                      rows={2}
                      value={item.text}
                      onInput={(text) => update({ ...list, items: replaceAt(list.items, i, { ...item, text }) })}
                      path={pathKey('checklists', index, 'items', i, 'text')}
                      errors={[...errorsAt(errors, 'checklists', index, 'items', i, 'text'), ...errorsAt(errors, 'checklists', index, 'items', i, 'id')]}
                      testId="checklist-item-text"
                    />
                    <ItemActions
                      name={`punkt ${i + 1}`}
                      index={i}
                      count={list.items.length}
                      onMove={(step) => update({ ...list, items: moveItem(list.items, i, step) })}
                      onDelete={() => update({ ...list, items: removeAt(list.items, i) })}
                    />
                  </li>
                ))}
              </ol>
              <EditButton
                class="st-btn"
                data-testid="checklist-item-add"
                onClick={() => update({ ...list, items: [...list.items, { id: uniqueId(`punkt-${list.items.length + 1}`, list.items), text: '' }] })}
              >
                Tilføj punkt
              </EditButton>
            </fieldset>
            <TargetFields
              target={list.target}
              onChange={(target) => update({ ...list, target })}
              profiles={profiles}
              errors={errors}
              path={['checklists', index, 'target']}
              testPrefix="checklist"
            />
            <TextInput
              label="Id"
              value={list.id}
              onInput={(id) => update({ ...list, id })}
              path={pathKey('checklists', index, 'id')}
              errors={errorsAt(errors, 'checklists', index, 'id')}
              testId="checklist-id"
            />
            <ItemActions
              name={`tjeklisten "${list.title || list.id}"`}
              index={index}
              count={checklists.length}
              onMove={(step) => {
                onChange(moveItem(checklists, index, step));
                setSelected(index + step);
              }}
              onDelete={() => onChange(removeAt(checklists, index))}
              testId="checklist-delete"
            />
          </div>
        ) : (
          <p class="st-empty">Der er ingen tjeklister.</p>
        )}
      </ItemList>
    </section>
  );
}

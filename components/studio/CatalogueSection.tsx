import { useState } from 'preact/hooks';
import type { Catalogue, CatalogueEntry } from '../../lib/service-level/schema';
import { ItemList, countErrors } from './ItemList';
import { CatalogueEntryForm } from './CatalogueEntryForm';
import { Checkbox, ItemActions, TextInput } from './fields';
import { errorsAt, moveItem, pathKey, removeAt, replaceAt, textOrUndefined, uniqueId, withField, type PathErrors } from './model';

export interface CatalogueSectionProps {
  catalogue: Catalogue;
  errors: PathErrors;
  onChange: (catalogue: Catalogue) => void;
}

/** The service-level catalogue: the municipality's kvalitetsstandarder, one indsats at a time. */
export function CatalogueSection({ catalogue, errors, onChange }: CatalogueSectionProps) {
  const [selected, setSelected] = useState(0);
  const entries = catalogue.entries;
  const index = Math.min(selected, entries.length - 1);
  const entry = entries[index];
  const setEntries = (next: CatalogueEntry[]) => onChange({ ...catalogue, entries: next });
  const add = () => {
    const fresh: CatalogueEntry = {
      id: uniqueId('ny-indsats', entries),
      area: 'aeldre',
      name: '',
      aliases: [],
      legalBasis: [],
      targetGroup: '',
      purpose: '',
      includes: [],
      excludes: [],
      frame: [],
      competence: { insideFrame: ['sagsbehandler'], outsideFrame: ['visitationsudvalg'] },
      notes: [],
    };
    setEntries([...entries, fresh]);
    setSelected(entries.length);
  };

  return (
    <section class="st-section" aria-labelledby="st-cat-h" data-testid="section-catalogue">
      <h2 id="st-cat-h">Serviceniveau-katalog</h2>
      <p class="st-lead">
        Katalogets rammer vejleder sagsbehandleren. Hver borger skal stadig have en konkret, individuel vurdering.
      </p>
      <div class="st-grid">
        <TextInput
          label="Kommune"
          value={catalogue.municipality ?? ''}
          onInput={(v) => onChange(withField(catalogue, 'municipality', textOrUndefined(v)))}
          path={pathKey('catalogue', 'municipality')}
          errors={errorsAt(errors, 'catalogue', 'municipality')}
        />
        <TextInput
          label="Katalogets version"
          value={catalogue.version ?? ''}
          onInput={(v) => onChange(withField(catalogue, 'version', textOrUndefined(v)))}
          path={pathKey('catalogue', 'version')}
          errors={errorsAt(errors, 'catalogue', 'version')}
        />
      </div>
      <Checkbox
        label="Eksempeldata (ikke kommunens egne kvalitetsstandarder)"
        checked={catalogue.isExample}
        onChange={(isExample) => onChange({ ...catalogue, isExample })}
        testId="catalogue-is-example"
      />
      <ItemList
        title="Indsatser"
        labels={entries.map((e) => `${e.name || e.id}${e.fsiii ? ` (${e.fsiii})` : ''}`)}
        errorCounts={countErrors(errors, 'catalogue.entries', entries.length)}
        selected={index}
        onSelect={setSelected}
        addLabel="Tilføj indsats"
        onAdd={add}
        testPrefix="catalogue"
      >
        {entry ? (
          <>
            <CatalogueEntryForm entry={entry} index={index} errors={errors} onChange={(e) => setEntries(replaceAt(entries, index, e))} />
            <ItemActions
              name={`indsatsen "${entry.name || entry.id}"`}
              index={index}
              count={entries.length}
              onMove={(step) => {
                setEntries(moveItem(entries, index, step));
                setSelected(index + step);
              }}
              onDelete={() => setEntries(removeAt(entries, index))}
              testId="catalogue-delete"
            />
          </>
        ) : (
          <p class="st-empty">Kataloget er tomt.</p>
        )}
      </ItemList>
    </section>
  );
}

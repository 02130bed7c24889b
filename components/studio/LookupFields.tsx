import type { FieldLookup } from '../../lib/host/site-profile-schema';
import { ListInput } from './fields';
import { errorLinesUnder, type PathErrors } from './model';

/**
 * One field lookup of a site profile: the visible labels first, then fallback CSS selectors
 * in order. Both empty (and no value map) means "not read here", and the lookup is removed.
 */
export function LookupFields(props: {
  title: string;
  lookup: FieldLookup | undefined;
  onChange: (lookup: FieldLookup | undefined) => void;
  base: readonly PropertyKey[];
  errors: PathErrors;
  testPrefix?: string;
}) {
  const lookup = props.lookup ?? { labels: [], selectors: [] };
  const put = (next: FieldLookup) => props.onChange(next.labels.length || next.selectors.length || next.map ? next : undefined);
  return (
    <fieldset class="st-fieldset st-fieldset--inner">
      <legend>{props.title}</legend>
      <div class="st-grid st-grid--2">
        <ListInput
          label="Ledetekster på skærmen"
          hint="Teksten ved siden af feltet, fx Indsats. Én pr. linje."
          items={lookup.labels}
          onChange={(labels) => put({ ...lookup, labels })}
          errors={errorLinesUnder(props.errors, ...props.base, 'labels')}
          testId={props.testPrefix ? `${props.testPrefix}-labels` : undefined}
        />
        <ListInput
          label="Reserve-selektorer (CSS)"
          hint="Prøves i rækkefølge, hvis ingen ledetekst passer. Én pr. linje."
          items={lookup.selectors}
          onChange={(selectors) => put({ ...lookup, selectors })}
          errors={errorLinesUnder(props.errors, ...props.base, 'selectors')}
          testId={props.testPrefix ? `${props.testPrefix}-selectors` : undefined}
        />
      </div>
      {lookup.map ? <p class="st-hint">Har også en oversættelse af værdier (map); den redigeres under Rå JSON.</p> : null}
    </fieldset>
  );
}

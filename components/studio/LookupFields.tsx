import { useEffect, useState } from 'preact/hooks';
import type { FieldLookup } from '../../lib/host/site-profile-schema';
import { ListInput, TextArea } from './fields';
import { canonicalJson } from '../../lib/config/canonical-json';
import { errorLinesUnder, mapToText, parseMapText, type PathErrors } from './model';

/**
 * One field lookup of a site profile: the visible labels first, then fallback CSS selectors
 * in order, and an optional map that translates the text read into a value. Labels and
 * selectors both empty (and no value map) means "not read here", and the lookup is removed.
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
      <MapInput
        map={lookup.map}
        onChange={(map) => put(withMap(lookup, map))}
        errors={errorLinesUnder(props.errors, ...props.base, 'map')}
        testId={props.testPrefix ? `${props.testPrefix}-map` : undefined}
      />
    </fieldset>
  );
}

function withMap(lookup: FieldLookup, map: Record<string, string> | undefined): FieldLookup {
  const out = { ...lookup };
  if (map) out.map = map;
  else delete out.map;
  return out;
}

/**
 * The value map as "Skærmtekst = værdi" lines. The typed text is kept as typed (a line being
 * written is not yet valid), and only replaced when the map changes from outside (Rå JSON).
 */
function MapInput(props: { map: Record<string, string> | undefined; onChange: (map: Record<string, string> | undefined) => void; errors: readonly string[]; testId?: string }) {
  const [text, setText] = useState(mapToText(props.map));
  const [lineErrors, setLineErrors] = useState<string[]>([]);
  useEffect(() => {
    if (canonicalJson(parseMapText(text).map ?? null) !== canonicalJson(props.map ?? null)) {
      setText(mapToText(props.map));
      setLineErrors([]);
    }
  }, [props.map]);
  return (
    <TextArea
      label="Oversæt værdier (valgfrit)"
      hint="Skærmtekst = værdi, én pr. linje, fx Børn og unge = boern. Tom: teksten bruges, som den står."
      rows={Math.min(8, Math.max(2, text.split('\n').length + 1))}
      value={text}
      errors={[...lineErrors, ...props.errors]}
      testId={props.testId}
      onInput={(value) => {
        setText(value);
        const parsed = parseMapText(value);
        setLineErrors(parsed.errors);
        props.onChange(parsed.map);
      }}
    />
  );
}

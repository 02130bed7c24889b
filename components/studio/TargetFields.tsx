import type { ContentTarget } from '../../lib/config/content-schema';
import type { SiteProfile } from '../../lib/host/site-profile-schema';
import { SelectInput, TextInput } from './fields';
import { errorsAt, pathKey, textOrUndefined, withField, type PathErrors } from './model';
import { AREA_OPTIONS } from './options';

/**
 * Where a hint or checklist shows: site, screen, area, indsats, legal basis. Every field
 * narrows; empty fields match everything. Sites and screens are picked from the pack's own
 * site profiles, so a typo cannot make a hint silently never show.
 */
export function TargetFields(props: {
  target: ContentTarget;
  onChange: (target: ContentTarget) => void;
  profiles: readonly SiteProfile[];
  errors: PathErrors;
  /** Path of the target in the pack (['hints', 2, 'target']). */
  path: readonly PropertyKey[];
  testPrefix: string;
}) {
  const { target, onChange, profiles, errors, path } = props;
  const site = profiles.find((p) => p.id === target.siteId);
  const screens = site ? site.screens : profiles.flatMap((p) => p.screens);
  const err = (f: string) => errorsAt(errors, ...path, f);
  const p = (f: string) => pathKey(...path, f);
  return (
    <fieldset class="st-fieldset">
      <legend>Hvor vises den?</legend>
      <p class="st-hint">Tomme felter betyder "alle". Alle udfyldte felter skal passe.</p>
      <div class="st-grid">
        <SelectInput
          label="Fagsystem (skærmprofil)"
          value={target.siteId ?? ''}
          options={[['', 'Alle fagsystemer'], ...profiles.map((s) => [s.id, s.name] as const)]}
          onChange={(v) => onChange(withField(withField(target, 'siteId', v || undefined), 'screenId', undefined))}
          path={p('siteId')}
          errors={err('siteId')}
          testId={`${props.testPrefix}-site`}
        />
        <SelectInput
          label="Skærmbillede"
          value={target.screenId ?? ''}
          options={[['', 'Alle skærmbilleder'], ...dedupe(screens.map((s) => [s.id, s.label] as const))]}
          onChange={(v) => onChange(withField(target, 'screenId', v || undefined))}
          path={p('screenId')}
          errors={err('screenId')}
          testId={`${props.testPrefix}-screen`}
        />
        <SelectInput
          label="Område"
          value={target.area ?? ''}
          options={AREA_OPTIONS}
          onChange={(v) => onChange(withField(target, 'area', v || undefined))}
          path={p('area')}
          errors={err('area')}
          testId={`${props.testPrefix}-area`}
        />
        <TextInput
          label="Indsats (navn eller kode)"
          hint="Fx Praktisk hjælp eller H1b. Store og små bogstaver er ligegyldige."
          value={target.indsats ?? ''}
          onInput={(v) => onChange(withField(target, 'indsats', textOrUndefined(v)))}
          path={p('indsats')}
          errors={err('indsats')}
          testId={`${props.testPrefix}-indsats`}
        />
        <TextInput
          label="Lovgrundlag (del af teksten)"
          hint="Fx § 83 eller barnets lov § 32."
          value={target.lovgrundlag ?? ''}
          onInput={(v) => onChange(withField(target, 'lovgrundlag', textOrUndefined(v)))}
          path={p('lovgrundlag')}
          errors={err('lovgrundlag')}
          testId={`${props.testPrefix}-lov`}
        />
      </div>
    </fieldset>
  );
}

function dedupe(options: (readonly [string, string])[]): (readonly [string, string])[] {
  const seen = new Set<string>();
  return options.filter(([id]) => (seen.has(id) ? false : (seen.add(id), true)));
}

import type { ConfigPack } from '../../lib/config/pack-schema';
import { TextArea, TextInput } from './fields';
import { errorsAt, pathKey, type PathErrors } from './model';

/** The pack's name and municipality (version, date and changelog are set when publishing). */
export function MetaFields({ meta, errors, onChange }: { meta: ConfigPack['meta']; errors: PathErrors; onChange: (meta: ConfigPack['meta']) => void }) {
  return (
    <fieldset class="st-fieldset" data-testid="meta-form">
      <legend>Pakkens oplysninger</legend>
      <div class="st-grid">
        <TextInput label="Kommune" value={meta.municipality} onInput={(municipality) => onChange({ ...meta, municipality })} path={pathKey('meta', 'municipality')} errors={errorsAt(errors, 'meta', 'municipality')} testId="meta-municipality" />
        <TextInput label="Pakkens navn" value={meta.name} onInput={(name) => onChange({ ...meta, name })} path={pathKey('meta', 'name')} errors={errorsAt(errors, 'meta', 'name')} testId="meta-name" />
        <TextInput label="Version" hint="Sættes, når du udgiver." value={meta.version} onInput={(version) => onChange({ ...meta, version })} path={pathKey('meta', 'version')} errors={errorsAt(errors, 'meta', 'version')} testId="meta-version" />
      </div>
      <TextArea label="Ændringslog" rows={3} value={meta.changelog} onInput={(changelog) => onChange({ ...meta, changelog })} path={pathKey('meta', 'changelog')} errors={errorsAt(errors, 'meta', 'changelog')} />
    </fieldset>
  );
}

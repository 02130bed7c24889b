import { useState } from 'preact/hooks';
import type { FieldLookup, ScreenProfile, SiteProfile } from '../../lib/host/site-profile-schema';
import { CONTEXT_FIELDS, type ContextField } from '../../lib/host/context';
import { ItemList, countErrors } from './ItemList';
import { LookupFields } from './LookupFields';
import { ItemActions, ListInput, TextInput, FieldErrors, EditButton, SelectInput, ConfirmButton } from './fields';
import { REQUIRED_AREA_OPTIONS } from './options';
import { errorLinesUnder, errorsAt, moveItem, pathKey, removeAt, replaceAt, textOrUndefined, uniqueId, withField, type PathErrors } from './model';

export const FIELD_LABELS: Record<ContextField, string> = {
  sagsomraade: 'Sagsområde',
  lovgrundlag: 'Lovgrundlag',
  indsats: 'Indsats',
  omfang: 'Omfang',
  afgoerelsestype: 'Afgørelsestype',
  ansoegningsdato: 'Ansøgningsdato',
};

export interface SiteProfilesSectionProps {
  profiles: SiteProfile[];
  errors: PathErrors;
  onChange: (profiles: SiteProfile[]) => void;
}

type Fields = SiteProfile['fields'];

type Constants = ScreenProfile['constants'];

/** Sets a screen's fixed value for a field; empty removes it (the field is then read from the screen). */
export function setConstant(constants: Constants, key: ContextField, value: string): Constants {
  const out = { ...constants };
  if (value.trim()) out[key] = value;
  else delete out[key];
  return out;
}

function setLookup(fields: Fields, key: ContextField, lookup: FieldLookup | undefined): Fields {
  const out = { ...fields };
  if (lookup) out[key] = lookup;
  else delete out[key];
  return out;
}

/** Site profiles: how Sidevogn reads a case system's screens (origins, paths, signals, field lookups). */
export function SiteProfilesSection({ profiles, errors, onChange }: SiteProfilesSectionProps) {
  const [selected, setSelected] = useState(0);
  const index = Math.min(selected, profiles.length - 1);
  const profile = profiles[index];
  const update = (next: SiteProfile) => onChange(replaceAt(profiles, index, next));
  const add = () => {
    const fresh: SiteProfile = {
      id: uniqueId('nyt-fagsystem', profiles),
      name: 'Nyt fagsystem',
      origins: ['https://fagsystem.kommune.dk/*'],
      fields: {},
      screens: [{ id: 'afgoerelse', label: 'Afgørelse', paths: ['/*'], signals: [], fields: {}, constants: {} }],
    };
    onChange([...profiles, fresh]);
    setSelected(profiles.length);
  };
  const base = ['siteProfiles', index] as const;

  return (
    <section class="st-section" aria-labelledby="st-sites-h" data-testid="section-site-profiles">
      <h2 id="st-sites-h">Skærmprofiler</h2>
      <p class="st-lead">
        En skærmprofil fortæller Sidevogn, hvor på fagsystemets skærm indsats, lovgrundlag og brevet står. Ledetekster holder bedre end
        CSS-selektorer, når leverandøren ændrer udseendet.
      </p>
      <ItemList
        title="Fagsystemer"
        labels={profiles.map((p) => p.name || p.id)}
        errorCounts={countErrors(errors, 'siteProfiles', profiles.length)}
        selected={index}
        onSelect={setSelected}
        addLabel="Tilføj fagsystem"
        onAdd={add}
        testPrefix="profiles"
      >
        {profile ? (
          <div class="st-form" data-testid="profile-form">
            <div class="st-grid st-grid--2">
              <TextInput label="Navn" value={profile.name} onInput={(name) => update({ ...profile, name })} path={pathKey(...base, 'name')} errors={errorsAt(errors, ...base, 'name')} testId="profile-name" />
              <TextInput label="Id" value={profile.id} onInput={(id) => update({ ...profile, id })} path={pathKey(...base, 'id')} errors={errorsAt(errors, ...base, 'id')} testId="profile-id" />
            </div>
            <ListInput
              label="Adresser (origins)"
              hint="Mønstre som https://*.nexus.kmd.dk/*. Én pr. linje. Giv derefter Sidevogn adgang ovenfor."
              items={profile.origins}
              onChange={(origins) => update({ ...profile, origins })}
              errors={errorLinesUnder(errors, ...base, 'origins')}
              testId="profile-origins"
            />
            <details class="st-details">
              <summary>Felter på alle skærmbilleder</summary>
              {CONTEXT_FIELDS.map((key) => (
                <LookupFields
                  key={key}
                  title={FIELD_LABELS[key]}
                  lookup={profile.fields[key]}
                  onChange={(lookup) => update({ ...profile, fields: setLookup(profile.fields, key, lookup) })}
                  base={[...base, 'fields', key]}
                  errors={errors}
                />
              ))}
              <LookupFields
                title="Brevets editor"
                lookup={profile.letterEditor}
                onChange={(lookup) => update(withField(profile, 'letterEditor', lookup))}
                base={[...base, 'letterEditor']}
                errors={errors}
              />
            </details>
            <h3>Skærmbilleder</h3>
            <FieldErrors path={pathKey(...base, 'screens')} errors={errorsAt(errors, ...base, 'screens')} />
            {profile.screens.map((screen, si) => (
              <ScreenForm
                key={si}
                screen={screen}
                base={[...base, 'screens', si]}
                errors={errors}
                onChange={(next) => update({ ...profile, screens: replaceAt(profile.screens, si, next) })}
                onDelete={() => update({ ...profile, screens: removeAt(profile.screens, si) })}
              />
            ))}
            <EditButton
              class="st-btn"
              data-testid="screen-add"
              onClick={() =>
                update({
                  ...profile,
                  screens: [...profile.screens, { id: uniqueId('nyt-skaermbillede', profile.screens), label: 'Nyt skærmbillede', paths: ['/*'], signals: [], fields: {}, constants: {} }],
                })
              }
            >
              Tilføj skærmbillede
            </EditButton>
            <ItemActions
              name={`fagsystemet "${profile.name}"`}
              index={index}
              count={profiles.length}
              onMove={(step) => {
                onChange(moveItem(profiles, index, step));
                setSelected(index + step);
              }}
              onDelete={() => onChange(removeAt(profiles, index))}
              testId="profile-delete"
            />
          </div>
        ) : (
          <p class="st-empty">Ingen skærmprofiler.</p>
        )}
      </ItemList>
    </section>
  );
}

function ScreenForm(props: { screen: ScreenProfile; base: readonly PropertyKey[]; errors: PathErrors; onChange: (s: ScreenProfile) => void; onDelete: () => void }) {
  const { screen, base, errors, onChange } = props;
  const errs = errorLinesUnder(errors, ...base);
  return (
    <details class="st-details" data-testid="screen-form">
      <summary>
        {screen.label || screen.id} {errs.length ? <span class="st-badge st-badge--error">{errs.length} fejl</span> : null}
      </summary>
      <div class="st-grid st-grid--2">
        <TextInput label="Navn" value={screen.label} onInput={(label) => onChange({ ...screen, label })} path={pathKey(...base, 'label')} errors={errorsAt(errors, ...base, 'label')} />
        <TextInput label="Id" value={screen.id} onInput={(id) => onChange({ ...screen, id })} path={pathKey(...base, 'id')} errors={errorsAt(errors, ...base, 'id')} />
      </div>
      <ListInput
        label="Stier"
        hint="Del af adressen efter domænet; * passer til alt. Fx /sag/*/afgoerelse*. Én pr. linje."
        items={screen.paths}
        onChange={(paths) => onChange({ ...screen, paths })}
        errors={errorLinesUnder(errors, ...base, 'paths')}
      />
      <fieldset class="st-fieldset st-fieldset--inner">
        <legend>Kendetegn (alle skal passe)</legend>
        {screen.signals.map((signal, i) => (
          <div class="st-row" key={i}>
            <TextInput label={`Selektor ${i + 1}`} value={signal.selector} onInput={(selector) => onChange({ ...screen, signals: replaceAt(screen.signals, i, { ...signal, selector }) })} path={pathKey(...base, 'signals', i, 'selector')} errors={errorsAt(errors, ...base, 'signals', i, 'selector')} />
            <TextInput label={`Indeholder tekst ${i + 1}`} value={signal.text ?? ''} onInput={(text) => onChange({ ...screen, signals: replaceAt(screen.signals, i, withField(signal, 'text', textOrUndefined(text))) })} />
            <EditButton class="st-btn st-btn--small st-btn--danger" onClick={() => onChange({ ...screen, signals: removeAt(screen.signals, i) })}>
              Slet <span class="st-sr">kendetegn {i + 1}</span>
            </EditButton>
          </div>
        ))}
        <EditButton class="st-btn st-btn--small" onClick={() => onChange({ ...screen, signals: [...screen.signals, { selector: '' }] })}>
          Tilføj kendetegn
        </EditButton>
      </fieldset>
      {CONTEXT_FIELDS.map((key) => (
        <LookupFields
          key={key}
          title={`${FIELD_LABELS[key]} (kun dette skærmbillede)`}
          lookup={screen.fields[key]}
          onChange={(lookup) => onChange({ ...screen, fields: setLookup(screen.fields, key, lookup) })}
          base={[...base, 'fields', key]}
          errors={errors}
        />
      ))}
      <LookupFields title="Brevets editor (kun dette skærmbillede)" lookup={screen.letterEditor} onChange={(lookup) => onChange(withField(screen, 'letterEditor', lookup))} base={[...base, 'letterEditor']} errors={errors} />
      <fieldset class="st-fieldset st-fieldset--inner" data-testid="screen-constants">
        <legend>Faste værdier (kun dette skærmbillede)</legend>
        <p class="st-hint">Bruges i stedet for at læse feltet, fx sagsområde Børn og unge i et børnesystem. Tom: feltet læses fra skærmen.</p>
        <div class="st-grid">
          {CONTEXT_FIELDS.map((key) =>
            key === 'sagsomraade' ? (
              <SelectInput
                key={key}
                label={FIELD_LABELS[key]}
                value={(screen.constants[key] ?? '') as 'aeldre' | 'voksne' | 'boern' | ''}
                options={[['', 'Læses fra skærmen'], ...REQUIRED_AREA_OPTIONS]}
                onChange={(value) => onChange({ ...screen, constants: setConstant(screen.constants, key, value) })}
                path={pathKey(...base, 'constants', key)}
                errors={errorsAt(errors, ...base, 'constants', key)}
                testId={`screen-constant-${key}`}
              />
            ) : (
              <TextInput
                key={key}
                label={FIELD_LABELS[key]}
                value={screen.constants[key] ?? ''}
                onInput={(value) => onChange({ ...screen, constants: setConstant(screen.constants, key, value) })}
                path={pathKey(...base, 'constants', key)}
                errors={errorsAt(errors, ...base, 'constants', key)}
                testId={`screen-constant-${key}`}
              />
            ),
          )}
        </div>
      </fieldset>
      <ConfirmButton testId="screen-delete" question={`Slet skærmbilledet »${screen.label || screen.id}«?`} confirmLabel="Ja, slet" onConfirm={props.onDelete}>
        Slet skærmbilledet <span class="st-sr">{screen.label}</span>
      </ConfirmButton>
    </details>
  );
}

import type { CatalogueEntry, FrameRule } from '../../lib/service-level/schema';
import { DECIDERS } from '../../lib/service-level/schema';
import { Checkbox, FieldErrors, ListInput, NumberInput, SelectInput, TextArea, TextInput, EditButton } from './fields';
import { errorsAt, pathKey, removeAt, replaceAt, textOrUndefined, type PathErrors } from './model';
import { DECIDER_LABELS, PERIOD_OPTIONS, REQUIRED_AREA_OPTIONS, UNIT_OPTIONS } from './options';

type Obj = Record<string, unknown>;

/**
 * Sets one field of an optional sub-object (price, duration.typical, …). Empty values are
 * removed, and a sub-object left empty is removed too, so an untouched form adds nothing to
 * the pack while a half-filled one is kept and shows what is missing.
 */
export function patchNested(obj: Obj, path: readonly string[], value: unknown): Obj {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const out: Obj = { ...obj };
  const next = rest.length ? patchNested((obj[head] as Obj | undefined) ?? {}, rest, value) : value;
  const empty =
    next === undefined || next === '' || (typeof next === 'object' && next !== null && !Array.isArray(next) && Object.keys(next).length === 0);
  if (empty) delete out[head];
  else out[head] = next;
  return out;
}

function get(obj: unknown, ...path: string[]): unknown {
  let v = obj;
  for (const key of path) v = v && typeof v === 'object' ? (v as Obj)[key] : undefined;
  return v;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

export interface CatalogueEntryFormProps {
  entry: CatalogueEntry;
  index: number;
  errors: PathErrors;
  onChange: (entry: CatalogueEntry) => void;
}

/** One indsats of the catalogue as a form: the frame, who decides, deadlines and prices. */
export function CatalogueEntryForm({ entry, index, errors, onChange }: CatalogueEntryFormProps) {
  const base = ['catalogue', 'entries', index] as const;
  const at = (...path: (string | number)[]) => ({ path: pathKey(...base, ...path), errors: errorsAt(errors, ...base, ...path) });
  const set = (path: string[], value: unknown) => onChange(patchNested(entry as unknown as Obj, path, value) as unknown as CatalogueEntry);
  const setText = (path: string[]) => (v: string) => set(path, textOrUndefined(v));

  const frame = entry.frame;
  const setRule = (i: number, rule: Obj) => set(['frame'], replaceAt(frame, i, rule as unknown as FrameRule));

  return (
    <div class="st-form" data-testid="catalogue-entry-form">
      <fieldset class="st-fieldset">
        <legend>Indsatsen</legend>
        <TextInput label="Navn" value={entry.name} onInput={(v) => set(['name'], v)} {...at('name')} testId="entry-name" />
        <div class="st-grid">
          <TextInput label="Id" hint="Små bogstaver, tal og bindestreg." value={entry.id} onInput={(v) => set(['id'], v)} {...at('id')} testId="entry-id" />
          <SelectInput label="Område" value={entry.area} options={REQUIRED_AREA_OPTIONS} onChange={(v) => set(['area'], v || undefined)} {...at('area')} testId="entry-area" />
          <TextInput label="FSIII-kode" hint="Fx H1b. Tom, hvis ingen." value={entry.fsiii ?? ''} onInput={setText(['fsiii'])} {...at('fsiii')} testId="entry-fsiii" />
        </div>
        <ListInput label="Andre navne (aliaser)" hint="Navne, fagsystemet kan vise for indsatsen. Én pr. linje." items={entry.aliases} onChange={(v) => set(['aliases'], v)} {...at('aliases')} testId="entry-aliases" />
        <ListInput label="Lovgrundlag" hint="Fx Serviceloven § 83. Én pr. linje." items={entry.legalBasis} onChange={(v) => set(['legalBasis'], v)} {...at('legalBasis')} testId="entry-legal" />
        <TextArea label="Målgruppe" rows={3} value={entry.targetGroup} onInput={(v) => set(['targetGroup'], v)} {...at('targetGroup')} testId="entry-target" />
        <TextArea label="Formål" rows={3} value={entry.purpose} onInput={(v) => set(['purpose'], v)} {...at('purpose')} testId="entry-purpose" />
        <div class="st-grid st-grid--2">
          <ListInput label="Indgår" items={entry.includes} onChange={(v) => set(['includes'], v)} {...at('includes')} />
          <ListInput label="Indgår ikke" items={entry.excludes} onChange={(v) => set(['excludes'], v)} {...at('excludes')} />
        </div>
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Rammen (typisk omfang)</legend>
        <p class="st-hint">Fx "højst 1 time hver 14. dag": højst 1, enhed timer, periode 14 dage. Uden periode er det i alt for hele bevillingen.</p>
        <FieldErrors {...at('frame')} />
        <table class="st-table">
          <thead>
            <tr>
              <th scope="col">Betegnelse</th>
              <th scope="col">Mindst</th>
              <th scope="col">Højst</th>
              <th scope="col">Enhed</th>
              <th scope="col">Periode</th>
              <th scope="col">
                <span class="st-sr">Handling</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {frame.map((rule, i) => {
              const r = rule as unknown as Obj;
              const patch = (key: string, value: unknown) => setRule(i, patchNested(r, [key], value));
              return (
                <tr key={i} data-testid="frame-rule">
                  <td>
                    <TextInput label={`Betegnelse, regel ${i + 1}`} value={str(r.label)} onInput={(v) => patch('label', textOrUndefined(v))} {...at('frame', i, 'label')} />
                  </td>
                  <td>
                    <NumberInput label={`Mindst, regel ${i + 1}`} value={num(r.min)} onChange={(v) => patch('min', v)} {...at('frame', i, 'min')} testId="frame-min" />
                  </td>
                  <td>
                    <NumberInput label={`Højst, regel ${i + 1}`} value={num(r.max)} onChange={(v) => patch('max', v)} {...at('frame', i, 'max')} testId="frame-max" />
                  </td>
                  <td>
                    <SelectInput label={`Enhed, regel ${i + 1}`} value={str(r.unit) as never} options={[['', 'Vælg'], ...UNIT_OPTIONS]} onChange={(v) => patch('unit', v || undefined)} {...at('frame', i, 'unit')} />
                  </td>
                  <td>
                    <SelectInput label={`Periode, regel ${i + 1}`} value={str(r.period) as never} options={PERIOD_OPTIONS} onChange={(v) => patch('period', v || undefined)} {...at('frame', i, 'period')} />
                  </td>
                  <td>
                    <EditButton class="st-btn st-btn--small st-btn--danger" onClick={() => set(['frame'], removeAt(frame, i))}>
                      Slet <span class="st-sr">regel {i + 1}</span>
                    </EditButton>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <EditButton class="st-btn" data-testid="frame-add" onClick={() => set(['frame'], [...frame, { max: 1, unit: 'timer', period: 'uge' }])}>
          Tilføj rammeregel
        </EditButton>
        <TextArea label="Note om rammen" rows={2} value={entry.frameNote ?? ''} onInput={setText(['frameNote'])} {...at('frameNote')} />
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Varighed</legend>
        <div class="st-grid">
          <NumberInput label="Typisk varighed" value={num(get(entry, 'duration', 'typical', 'amount'))} onChange={(v) => set(['duration', 'typical', 'amount'], v)} {...at('duration', 'typical', 'amount')} />
          <SelectInput label="Enhed (typisk)" value={str(get(entry, 'duration', 'typical', 'unit')) as never} options={DURATION_UNITS} onChange={(v) => set(['duration', 'typical', 'unit'], v || undefined)} {...at('duration', 'typical', 'unit')} />
          <NumberInput label="Længste varighed" value={num(get(entry, 'duration', 'max', 'amount'))} onChange={(v) => set(['duration', 'max', 'amount'], v)} {...at('duration', 'max', 'amount')} />
          <SelectInput label="Enhed (længste)" value={str(get(entry, 'duration', 'max', 'unit')) as never} options={DURATION_UNITS} onChange={(v) => set(['duration', 'max', 'unit'], v || undefined)} {...at('duration', 'max', 'unit')} />
        </div>
        <TextInput label="Note om varighed" value={str(get(entry, 'duration', 'note'))} onInput={setText(['duration', 'note'])} {...at('duration', 'note')} />
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Leverandør, pris og egenbetaling</legend>
        <ListInput label="Leverandører" items={(get(entry, 'providers', 'names') as string[] | undefined) ?? []} onChange={(v) => set(['providers', 'names'], v.length ? v : undefined)} {...at('providers', 'names')} />
        <Checkbox label="Frit valg af leverandør" checked={get(entry, 'providers', 'freeChoice') === true} onChange={(v) => set(['providers', 'freeChoice'], v ? true : entry.providers ? false : undefined)} />
        <FieldErrors {...at('providers', 'freeChoice')} />
        <FieldErrors {...at('providers')} />
        <div class="st-grid">
          <NumberInput label="Pris (kr.)" value={num(get(entry, 'price', 'amountKr'))} onChange={(v) => set(['price', 'amountKr'], v)} {...at('price', 'amountKr')} testId="entry-price" />
          <SelectInput label="Pris pr." value={str(get(entry, 'price', 'unit')) as never} options={[['', 'Vælg'], ...UNIT_OPTIONS]} onChange={(v) => set(['price', 'unit'], v || undefined)} {...at('price', 'unit')} />
          <SelectInput label="Egenbetaling" value={str(get(entry, 'userPayment', 'kind')) as never} options={PAYMENT_KINDS} onChange={(v) => set(['userPayment', 'kind'], v || undefined)} {...at('userPayment', 'kind')} />
          <NumberInput label="Egenbetaling (kr.)" value={num(get(entry, 'userPayment', 'amountKr'))} onChange={(v) => set(['userPayment', 'amountKr'], v)} {...at('userPayment', 'amountKr')} />
        </div>
        <FieldErrors {...at('price')} />
        <FieldErrors {...at('userPayment')} />
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Hvem afgør</legend>
        <div class="st-grid st-grid--2">
          <DeciderChecks label="Inden for rammen" value={entry.competence?.insideFrame ?? []} onChange={(v) => set(['competence', 'insideFrame'], v)} errors={at('competence', 'insideFrame')} />
          <DeciderChecks label="Uden for rammen" value={entry.competence?.outsideFrame ?? []} onChange={(v) => set(['competence', 'outsideFrame'], v)} errors={at('competence', 'outsideFrame')} />
        </div>
        <FieldErrors {...at('competence')} />
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Frister og opfølgning</legend>
        <div class="st-grid">
          <NumberInput label="Sagsbehandlingsfrist" value={num(get(entry, 'processingDeadline', 'amount'))} onChange={(v) => set(['processingDeadline', 'amount'], v)} {...at('processingDeadline', 'amount')} />
          <SelectInput label="Frist i" value={str(get(entry, 'processingDeadline', 'unit')) as never} options={DEADLINE_UNITS} onChange={(v) => set(['processingDeadline', 'unit'], v || undefined)} {...at('processingDeadline', 'unit')} />
          <SelectInput label="Slags dage" value={str(get(entry, 'processingDeadline', 'dayKind')) as never} options={DAY_KINDS} onChange={(v) => set(['processingDeadline', 'dayKind'], v || undefined)} {...at('processingDeadline', 'dayKind')} />
          <NumberInput label="Opfølgning hver" value={num(get(entry, 'followUp', 'amount'))} onChange={(v) => set(['followUp', 'amount'], v)} {...at('followUp', 'amount')} />
          <SelectInput label="Opfølgning i" value={str(get(entry, 'followUp', 'unit')) as never} options={FOLLOWUP_UNITS} onChange={(v) => set(['followUp', 'unit'], v || undefined)} {...at('followUp', 'unit')} />
        </div>
        <FieldErrors {...at('processingDeadline')} />
        <FieldErrors {...at('followUp')} />
      </fieldset>

      <fieldset class="st-fieldset">
        <legend>Kvalitetsstandard</legend>
        <TextInput label="Link til kvalitetsstandarden" type="url" placeholder="https://" value={entry.standardUrl ?? ''} onInput={setText(['standardUrl'])} {...at('standardUrl')} />
        <div class="st-grid">
          <TextInput label="Godkendt" hint="ÅÅÅÅ-MM-DD" value={entry.approved ?? ''} onInput={setText(['approved'])} {...at('approved')} />
          <TextInput label="Gyldig fra" hint="ÅÅÅÅ-MM-DD" value={entry.validFrom ?? ''} onInput={setText(['validFrom'])} {...at('validFrom')} />
          <TextInput label="Gyldig til" hint="ÅÅÅÅ-MM-DD" value={entry.validTo ?? ''} onInput={setText(['validTo'])} {...at('validTo')} />
        </div>
        <ListInput label="Noter" items={entry.notes} onChange={(v) => set(['notes'], v)} {...at('notes')} />
      </fieldset>
    </div>
  );
}

const DURATION_UNITS = [['', 'Vælg'], ['dage', 'dage'], ['uger', 'uger'], ['måneder', 'måneder'], ['år', 'år']] as const;
const DEADLINE_UNITS = [['', 'Vælg'], ['dage', 'dage'], ['uger', 'uger'], ['måneder', 'måneder']] as const;
const FOLLOWUP_UNITS = [['', 'Vælg'], ['uger', 'uger'], ['måneder', 'måneder'], ['år', 'år']] as const;
const DAY_KINDS = [['', '–'], ['arbejdsdage', 'arbejdsdage'], ['kalenderdage', 'kalenderdage']] as const;
const PAYMENT_KINDS = [['', 'Ikke angivet'], ['ingen', 'Ingen'], ['fast', 'Fast'], ['indkomstafhængig', 'Indkomstafhængig']] as const;

function DeciderChecks(props: {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  errors: { path: string; errors: string[] };
}) {
  return (
    <fieldset class="st-fieldset st-fieldset--inner">
      <legend>{props.label}</legend>
      {DECIDERS.map((d) => (
        <Checkbox
          key={d}
          label={DECIDER_LABELS[d]}
          checked={props.value.includes(d)}
          onChange={(on) => props.onChange(on ? DECIDERS.filter((x) => x === d || props.value.includes(x)) : props.value.filter((x) => x !== d))}
        />
      ))}
      <FieldErrors path={props.errors.path} errors={props.errors.errors} />
    </fieldset>
  );
}

import { useState } from 'preact/hooks';
import type { CaseContext } from '../../lib/host/context';
import type { assessCase } from '../../lib/service-level/assess';
import type { Catalogue, CatalogueEntry } from '../../lib/service-level/schema';
import { SERVICE_LEVEL_REMINDER } from '../../lib/service-level/verdict';
import { EntrySearch } from './EntrySearch';
import { formatIsoDate } from './format';
import { FrameCard } from './FrameCard';
import { VerdictBox } from './VerdictBox';

export interface ServiceLevelTabProps {
  /** `assessCase(catalogue, context, today, pickedEntryId)` for the screen (dates may arrive as text over messaging). */
  assessment: SerializedAssessment;
  /** `searchCatalogue(catalogue, searchQuery)` — computed by the caller (in the panel: by the background). */
  searchResults: CatalogueEntry[];
  /** `describeScope(assessment.scope)`: how the omfang was read. */
  scopeText?: string;
  catalogue: Catalogue;
  context: Partial<CaseContext>;
  /** The search box's text (kept by the caller so it survives re-renders of the panel). */
  searchQuery: string;
  onSearch: (query: string) => void;
  /** An entry chosen by the caseworker, or undefined to go back to the automatic match. */
  onPickEntry: (entryId: string | undefined) => void;
  today: Date;
}

/** An assessment as it survives JSON messaging: the deadline's Date may be a string. */
export type SerializedAssessment = Omit<ReturnType<typeof assessCase>, 'deadline'> & {
  deadline?: Omit<NonNullable<ReturnType<typeof assessCase>['deadline']>, 'deadline'> & { deadline?: Date | string };
};

function isoLocal(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Longest result list; a longer one is not read, it is narrowed by typing. */
const MAX_RESULTS = 12;

/**
 * The Serviceniveau tab: the frame for the indsats on screen, the verdict on the omfang, who
 * decides, the processing deadline, and always the reminder that the frame guides and the
 * citizen gets an individual assessment. Props in, events out; no browser APIs.
 */
export function ServiceLevelTab({ assessment, catalogue, context, searchQuery, onSearch, onPickEntry, today, searchResults, scopeText }: ServiceLevelTabProps) {
  const [searchOpen, setSearchOpen] = useState(false);
  const { entry, verdict, deadline, scope, matches } = assessment;
  const autoId = matches[0]?.entry.id;
  const picked = entry !== undefined && entry.id !== autoId;
  const showSearch = !entry || searchOpen || searchQuery.trim() !== '';
  const typed = searchQuery.trim() !== '';
  const areaEntries = catalogue.entries.filter((e) => !context.sagsomraade || e.area === context.sagsomraade);
  const results = typed ? searchResults.slice(0, MAX_RESULTS) : !entry ? areaEntries.slice(0, MAX_RESULTS * 2) : [];
  const warnings = verdict?.warnings ?? (catalogue.isExample ? ['Kataloget er Sidevogns eksempelkatalog – ikke kommunens eget serviceniveau.'] : []);
  const otherMatches = matches.filter((m) => m.entry.id !== entry?.id).slice(0, 3);

  return (
    <div class="sl">
      {entry ? (
        <p class="sl-found">
          {picked ? (
            <>
              Du har valgt <strong>{entry.name}</strong>.{' '}
              <button type="button" class="sl-link" onClick={() => onPickEntry(undefined)}>
                Brug Sidevogns eget match
              </button>
            </>
          ) : (
            <>
              Indsatsen på skærmen passer til <strong>{entry.name}</strong>
              {matches[0] ? <span class="sl-muted"> ({matches[0].reason})</span> : null}.
            </>
          )}
        </p>
      ) : (
        <p class="sl-notice sl-notice--warn">
          {context.indsats
            ? `Sidevogn fandt ikke «${context.indsats}» i kataloget. Søg efter indsatsen nedenfor.`
            : 'Skærmen viser ingen indsats, Sidevogn kan genkende. Søg efter indsatsen nedenfor.'}
        </p>
      )}

      {verdict && (
        <>
          {context.omfang !== undefined && (
            <p class="sl-scope">
              Omfang på skærmen: <strong>{context.omfang.trim() || '(tomt)'}</strong>
              {scope && (scope.kind === 'rate' || scope.kind === 'total') && scopeText && scopeText !== context.omfang.trim() ? (
                <span class="sl-muted"> – læst som {scopeText}</span>
              ) : null}
            </p>
          )}
          <VerdictBox verdict={verdict} />
        </>
      )}

      {deadline && (
        <p class={`sl-deadline${deadline.overdue ? ' sl-deadline--overdue' : deadline.daysLeft <= 2 ? ' sl-deadline--soon' : ''}`}>
          <span class="sl-deadline__label">Sagsbehandlingsfrist:</span> {deadline.text}
          {context.ansoegningsdato ? <span class="sl-muted"> · ansøgning modtaget {context.ansoegningsdato}</span> : null}
        </p>
      )}

      {warnings.length > 0 && (
        <ul class="sl-warnings" aria-label="Advarsler">
          {warnings.map((w) => (
            <li key={w} class="sl-notice sl-notice--warn">
              <span aria-hidden="true">⚠ </span>
              {w}
            </li>
          ))}
        </ul>
      )}

      <p class="sl-reminder" role="note">
        <strong>Husk: </strong>
        {verdict?.reminder ?? SERVICE_LEVEL_REMINDER}
      </p>

      {entry && <FrameCard entry={entry} />}

      {entry && otherMatches.length > 0 && (
        <section class="sl-others" aria-label="Andre mulige indsatser">
          <p class="sl-label">Andre mulige indsatser</p>
          <ul class="sl-results">
            {otherMatches.map((m) => (
              <li key={m.entry.id}>
                <button type="button" class="sl-result" onClick={() => onPickEntry(m.entry.id)}>
                  <span class="sl-result__name">{m.entry.name}</span>
                  <span class="sl-result__meta">{m.reason}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {showSearch ? (
        <EntrySearch
          query={searchQuery}
          results={results}
          {...(entry ? { currentId: entry.id } : {})}
          browsing={!typed && !entry}
          onSearch={onSearch}
          onPick={(id) => {
            setSearchOpen(false);
            onSearch('');
            onPickEntry(id);
          }}
        />
      ) : (
        <p>
          <button type="button" class="sl-btn" aria-expanded="false" onClick={() => setSearchOpen(true)}>
            Vælg en anden indsats
          </button>
        </p>
      )}
      <p class="sl-foot sl-muted">
        Vurderet {formatIsoDate(isoLocal(today))} ud fra {catalogue.isExample ? 'eksempelkataloget' : 'kommunens katalog'}
        {catalogue.municipality ? ` (${catalogue.municipality}${catalogue.version ? ` ${catalogue.version}` : ''})` : ''}.
      </p>
    </div>
  );
}

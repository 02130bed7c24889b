import { useId } from 'preact/hooks';
import type { CatalogueEntry } from '../../lib/service-level/schema';
import { AREA_LABELS } from './format';

export interface EntrySearchProps {
  query: string;
  results: readonly CatalogueEntry[];
  /** The entry shown now (marked in the list). */
  currentId?: string;
  /** True when the list shows the area's entries because nothing was typed. */
  browsing: boolean;
  onSearch: (query: string) => void;
  onPick: (entryId: string) => void;
}

/** Search the catalogue and pick the entry to show. */
export function EntrySearch({ query, results, currentId, browsing, onSearch, onPick }: EntrySearchProps) {
  const id = useId();
  const countText = browsing
    ? `${results.length} indsatser på området`
    : query.trim() === ''
      ? 'Skriv for at søge.'
      : results.length === 0
        ? 'Ingen indsatser passer til søgningen.'
        : `${results.length} ${results.length === 1 ? 'indsats passer' : 'indsatser passer'}`;
  return (
    <section class="sl-search" aria-label="Søg i kataloget">
      <label class="sl-label" for={`${id}-q`}>
        Søg efter en indsats i kataloget
      </label>
      <input
        id={`${id}-q`}
        class="sl-input"
        type="search"
        value={query}
        autocomplete="off"
        aria-describedby={`${id}-n`}
        placeholder="Fx rengøring, § 85, H1b"
        onInput={(e) => onSearch((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="sl-hint" id={`${id}-n`} role="status">
        {countText}
      </p>
      {results.length > 0 && (
        <ul class="sl-results">
          {results.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                class="sl-result"
                aria-current={entry.id === currentId ? 'true' : undefined}
                onClick={() => onPick(entry.id)}
              >
                <span class="sl-result__name">{entry.name}</span>
                <span class="sl-result__meta">
                  {AREA_LABELS[entry.area]} · {entry.legalBasis[0]}
                  {entry.id === currentId ? ' · vises nu' : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

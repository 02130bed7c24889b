import { useState } from 'preact/hooks';
import type { SiteProfile } from '../../lib/host/site-profile-schema';

/**
 * Buttons that ask the browser for access to a profile's case-system addresses. The request
 * must come straight from the click (browsers require a user gesture), so `onRequest` is
 * called synchronously in the handler, before anything is awaited. Not a pack edit, so it
 * stays usable when policy makes the Studio read-only.
 */
export function HostAccess(props: { profiles: readonly SiteProfile[]; onRequest: (origins: string[]) => Promise<boolean> }) {
  const [result, setResult] = useState<Record<string, string>>({});
  return (
    <div class="st-access" data-testid="host-access">
      <h3>Adgang til fagsystemerne</h3>
      <p class="st-hint">Sidevogn kan kun læse et fagsystems skærm, når browseren har givet adgang til dets adresser.</p>
      <ul class="st-plain">
        {props.profiles.map((p) => (
          <li key={p.id} class="st-row">
            <span>
              <strong>{p.name}</strong> <span class="st-hint">{p.origins.join(', ')}</span>
            </span>
            <button
              type="button"
              class="st-btn st-btn--small"
              data-testid="host-access-grant"
              onClick={() => {
                // Called before any await: the browser only honours the request inside the click.
                const pending = props.onRequest([...p.origins]);
                pending.then(
                  (granted) => setResult((r) => ({ ...r, [p.id]: granted ? 'Adgang givet.' : 'Adgang blev ikke givet.' })),
                  (error: unknown) => setResult((r) => ({ ...r, [p.id]: `Adgang kunne ikke gives: ${error instanceof Error ? error.message : 'ukendt fejl'}` })),
                );
              }}
            >
              Giv adgang <span class="st-sr">til {p.name}</span>
            </button>
            <span role="status" class="st-hint">
              {result[p.id] ?? ''}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

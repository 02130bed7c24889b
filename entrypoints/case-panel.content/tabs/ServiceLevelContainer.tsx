import { useEffect, useState } from 'preact/hooks';
import { ServiceLevelTab } from '../../../components/service-level/ServiceLevelTab';
import type { CaseContext } from '../../../lib/host/context';
import type { Catalogue } from '../../../lib/service-level/schema';
import type { AssessResponse } from '../../../lib/messaging/service-level';
import { send } from '../../../lib/messaging/client';

interface Props {
  catalogue: Catalogue;
  context: CaseContext;
  /** Whether the follow-up dashboard may be offered (policy can switch it off). */
  followup: boolean;
}

/**
 * The Serviceniveau tab in the panel. The assessment comes from the background; this keeps
 * the search text and the caseworker's pick, which belongs to the indsats it was made for.
 */
export function ServiceLevelContainer({ catalogue, context, followup }: Props) {
  const [query, setQuery] = useState('');
  const [pick, setPick] = useState<{ for: string; id: string } | undefined>();
  const [result, setResult] = useState<AssessResponse | undefined>();
  const [error, setError] = useState<string | undefined>();
  const screenKey = `${context.siteId}|${context.screenId}|${context.indsats ?? ''}`;
  const entryId = pick && pick.for === screenKey ? pick.id : undefined;
  const { sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato, siteId, screenId } = context;

  useEffect(() => {
    let live = true;
    send('serviceniveau/assess', { context: { siteId, screenId, sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato }, entryId, query })
      .then((r) => live && (setResult(r), setError(undefined)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [catalogue, siteId, screenId, sagsomraade, lovgrundlag, indsats, omfang, ansoegningsdato, entryId, query]);

  if (!result) return <p class="sv-empty">{error ?? 'Finder rammen …'}</p>;
  return (
    <>
    <ServiceLevelTab
      assessment={result.assessment}
      searchResults={result.searchResults}
      scopeText={result.scopeText}
      catalogue={catalogue}
      context={context}
      searchQuery={query}
      onSearch={setQuery}
      onPickEntry={(id) => setPick(id ? { for: screenKey, id } : undefined)}
      today={new Date()}
    />
    {followup && (
      <p class="sv-more-link">
        <button type="button" class="lb-btn lb-btn--link" data-testid="aabn-opfoelgning" onClick={() => void send('panel/open-page', { page: 'dashboard' })}>
          Åbn opfølgning (tal uden personoplysninger)
        </button>
      </p>
    )}
    </>
  );
}

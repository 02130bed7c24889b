import { useMemo, useState } from 'preact/hooks';
import type { CaseContext } from '../../lib/host/context';
import { assessCase } from '../../lib/service-level/assess';
import { searchCatalogue } from '../../lib/service-level/match';
import { describeScope } from '../../lib/service-level/scope';
import type { Catalogue } from '../../lib/service-level/schema';
import { ServiceLevelTab } from './ServiceLevelTab';

export interface ServiceLevelPanelProps {
  catalogue: Catalogue;
  context: Partial<CaseContext>;
  /** Today; defaults to the current date (tests pass a fixed day). */
  today?: Date;
}

/**
 * The Serviceniveau tab with its own state (search text, the caseworker's pick), for the
 * panel: it only passes the catalogue and the screen's context. A pick belongs to the indsats
 * it was made for, so a new indsats on screen goes back to the automatic match.
 */
export function ServiceLevelPanel({ catalogue, context, today }: ServiceLevelPanelProps) {
  const [query, setQuery] = useState('');
  const [pick, setPick] = useState<{ for: string; id: string } | undefined>();
  const screenKey = `${context.siteId ?? ''}|${context.screenId ?? ''}|${context.indsats ?? ''}`;
  const pickedId = pick && pick.for === screenKey ? pick.id : undefined;
  const day = today ?? new Date();
  const dayKey = `${day.getFullYear()}-${day.getMonth()}-${day.getDate()}`;
  const assessment = useMemo(
    () => assessCase(catalogue, context, day, pickedId),
    // Re-assess when what the screen shows changes, not on every render of the panel.
    [catalogue, context.indsats, context.lovgrundlag, context.sagsomraade, context.omfang, context.ansoegningsdato, pickedId, dayKey],
  );
  return (
    <ServiceLevelTab
      assessment={assessment}
      searchResults={query.trim() ? searchCatalogue(catalogue, query) : []}
      scopeText={assessment.scope ? describeScope(assessment.scope) : undefined}
      catalogue={catalogue}
      context={context}
      searchQuery={query}
      onSearch={setQuery}
      onPickEntry={(id) => setPick(id ? { for: screenKey, id } : undefined)}
      today={day}
    />
  );
}

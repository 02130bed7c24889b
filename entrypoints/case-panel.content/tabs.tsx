import type { PanelTab } from '../../components/panel/Tabs';
import type { CaseContext } from '../../lib/host/context';
import type { ScreenMatch } from '../../lib/host/match-profile';
import type { ResponseOf } from '../../lib/messaging';

/** What a tab needs to build itself. */
export interface TabEnv {
  context: CaseContext;
  match: ScreenMatch;
  effective: ResponseOf<'config/effective'>;
  document: Document;
}

/**
 * The panel's tabs, in order. A feature adds its tab here when it is ready; a feature that
 * policy switched off is left out. There are no placeholder tabs.
 */
export function buildTabs(_env: TabEnv): PanelTab[] {
  return [];
}

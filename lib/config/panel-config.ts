import type { EffectiveConfigMessage } from '../messaging/config';
import type { StoredConfig } from './service';

function firstWarning(stored: StoredConfig): string | undefined {
  const failed = Object.entries(stored.status.sources).filter(([, s]) => s.state === 'fejl');
  if (!failed.length) return undefined;
  const lastGood = failed.some(([, s]) => s.usingLastGood);
  return lastGood
    ? 'En konfigurationspakke kunne ikke indlæses; Sidevogn bruger den senest gode.'
    : 'En konfigurationspakke kunne ikke indlæses; Sidevogn bruger de øvrige kilder.';
}

/**
 * What the panel needs of the resolved config: the pack's parts without the rule settings
 * (they stay in the background, where letters are checked), the policy switches and the
 * status line. Stored next to the full config so a content script can read it straight from
 * storage at page start, without a round trip through the background.
 */
export function toPanelConfig(stored: StoredConfig): EffectiveConfigMessage {
  const { pack, disabledFeatures, statusLine } = stored.effective;
  const warning = firstWarning(stored);
  return {
    meta: pack.meta,
    siteProfiles: pack.siteProfiles,
    catalogue: pack.catalogue,
    tips: pack.tips,
    hints: pack.hints,
    checklists: pack.checklists,
    logbook: pack.logbook,
    disabledFeatures,
    statusLine,
    ...(warning ? { warning } : {}),
  };
}

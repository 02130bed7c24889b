import type { PanelTab } from '../../components/panel/Tabs';
import type { CaseContext } from '../../lib/host/context';
import type { ScreenMatch } from '../../lib/host/match-profile';
import type { ResponseOf } from '../../lib/messaging';
import { LogbookTab } from './tabs/LogbookTab';
import { CheckTab } from '../../components/letter/CheckTab';
import type { LetterCheck } from './letter-check';
import type { TeachMode } from './teach-mode';
import { TeachHost } from './tabs/TeachHost';
import { TipsTabContainer } from './tabs/TipsTabContainer';
import { ServiceLevelContainer } from './tabs/ServiceLevelContainer';

/** What a tab needs to build itself. */
export interface TabEnv {
  context: CaseContext;
  /** The matched site profile and screen (null while teaching a screen no profile knows). */
  match: ScreenMatch | null;
  effective: ResponseOf<'config/effective'>;
  document: Document;
  /** Bumped by the capture shortcut: the logbook focuses its text field. */
  focusToken: number;
  closePanel: () => void;
  /** The letter check reports which building blocks the letter has (for the follow-up figures). */
  onLetterElements: (elements: Record<string, boolean>) => void;
  /** The live letter check of this screen (absent until the panel is mounted). */
  letterCheck?: LetterCheck;
  /** While a support person teaches Sidevogn this screen, the picker is the only tab. */
  teach?: { mode: TeachMode; onSave: () => void; onCancel: () => void };
}

type Feature = ResponseOf<'config/effective'>['disabledFeatures'][number];

/**
 * The panel's tabs, in order. A feature adds its tab here when it is ready; a feature that
 * policy switched off is left out. There are no placeholder tabs.
 */
export function buildTabs(env: TabEnv): PanelTab[] {
  const off = new Set<Feature>(env.effective.disabledFeatures);
  if (env.teach) {
    const { mode, onSave, onCancel } = env.teach;
    return [
      {
        id: 'laer',
        label: 'Lær skærmbilledet',
        content: (
          <TeachHost
            props={{
              fields: mode.fields(),
              picking: mode.picking,
              onStartPick: (f) => mode.startPick(f),
              onCancelPick: () => mode.cancelPick(),
              onChangeLookup: (f, lookup) => mode.changeLookup(f, lookup),
              onSave,
              onCancel,
            }}
          />
        ),
      },
    ];
  }
  const tabs: PanelTab[] = [];
  if (!off.has('serviceniveau') && env.effective.catalogue.entries.length > 0) {
    tabs.push({
      id: 'serviceniveau',
      label: 'Serviceniveau',
      content: <ServiceLevelContainer catalogue={env.effective.catalogue} context={env.context} followup={!off.has('opfoelgning')} />,
    });
  }
  const check = env.letterCheck;
  if (!off.has('afgoerelsestjek') && check && (env.context.hasLetterEditor || check.state.editorFound)) {
    const findings = check.state.analysis?.findings.filter((f) => f.severity !== 'info').length ?? 0;
    tabs.push({
      id: 'afgoerelsestjek',
      label: 'Afgørelsestjek',
      badge: findings > 0 ? String(findings) : undefined,
      content: (
        <CheckTab
          analysis={check.state.analysis}
          checking={check.state.checking}
          error={check.state.error}
          editorFound={check.state.editorFound}
          onShowFinding={(f) => check.showFinding(f)}
          onCopy={(text) => void navigator.clipboard?.writeText(text)}
        />
      ),
    });
  }
  if (!off.has('logbog')) {
    tabs.push({
      id: 'logbog',
      label: 'Logbog',
      content: <LogbookTab context={env.context} focusToken={env.focusToken} onClose={env.closePanel} />,
    });
  }
  if (!off.has('tips')) {
    tabs.push({ id: 'tips', label: 'Tip og tjeklister', content: <TipsTabContainer context={env.context} effective={env.effective} /> });
  }
  return tabs;
}

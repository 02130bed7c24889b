import type { CaseContext } from '../../lib/host/context';
import { ContextSummary } from './ContextSummary';
import { PanelShell } from './PanelShell';
import { Tabs, type PanelTab } from './Tabs';

export interface PanelAppProps {
  context: CaseContext;
  tabs: PanelTab[];
  activeTab: string;
  open: boolean;
  width: number;
  status?: { text: string; tone: 'ok' | 'warning' | 'error' };
  onToggle: () => void;
  onResize: (width: number, final: boolean) => void;
  onSelectTab: (id: string) => void;
  onTeach?: () => void;
}

/** The whole panel: frame, what was read from the screen, and the feature tabs. */
export function PanelApp(props: PanelAppProps) {
  return (
    <div class="sv-root">
      <PanelShell open={props.open} width={props.width} status={props.status} onToggle={props.onToggle} onResize={props.onResize}>
        <ContextSummary context={props.context} onTeach={props.onTeach} />
        {props.tabs.length > 0 && <Tabs tabs={props.tabs} active={props.activeTab} onSelect={props.onSelectTab} />}
      </PanelShell>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { TipsTab } from '../../../components/tips/TipsTab';
import type { CaseContext } from '../../../lib/host/context';
import type { ResponseOf } from '../../../lib/messaging';
import { send } from '../../../lib/messaging/client';
import { checklistsFor, currentTip, hintsFor, previousTips } from '../../../lib/tips/select';

interface Props {
  context: CaseContext;
  effective: ResponseOf<'config/effective'>;
}

type TipsState = ResponseOf<'tips/state-get'>;

/** "Ugens Tip", hints and checklists for this screen; read marks and ticks live in the background. */
export function TipsTabContainer({ context, effective }: Props) {
  const [state, setState] = useState<TipsState>({ readTipIds: [], checklistTicks: {} });
  useEffect(() => {
    void send('tips/state-get', {}).then(setState, () => undefined);
  }, []);
  const today = new Date();
  const area = context.sagsomraade;
  return (
    <TipsTab
      tip={currentTip(effective.tips, today, area)}
      previous={previousTips(effective.tips, today, 5, area)}
      hints={hintsFor(effective.hints, context)}
      checklists={checklistsFor(effective.checklists, context, { hasLetterEditor: context.hasLetterEditor })}
      readTipIds={state.readTipIds}
      ticks={state.checklistTicks}
      onMarkRead={(tipId) => void send('tips/mark-read', { tipId }).then(setState)}
      onTick={(checklistId, itemId, ticked) => void send('tips/tick', { checklistId, itemId, ticked }).then(setState)}
      onResetTicks={(checklistId) => void send('tips/reset-ticks', { checklistId }).then(setState)}
    />
  );
}

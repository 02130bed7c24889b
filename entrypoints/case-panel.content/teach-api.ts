import type { PickerPanelProps } from '../../components/picker/PickerPanel';
import type { createTeachMode } from './teach-mode';

/**
 * The picker is only for support persons teaching a new screen, so it is not part of the
 * content script every case page loads. The background injects `teach-mode.js` into the tab on
 * request; it runs in the same isolated world and leaves this API on globalThis.
 */
export interface TeachApi {
  createTeachMode: typeof createTeachMode;
  renderPicker: (container: Element, props: PickerPanelProps) => void;
  unmountPicker: (container: Element) => void;
  css: string;
}

export const TEACH_GLOBAL = '__sidevognTeach';

export function teachApi(): TeachApi | undefined {
  return (globalThis as Record<string, unknown>)[TEACH_GLOBAL] as TeachApi | undefined;
}

import { h, render } from 'preact';
import { PickerPanel } from '../components/picker/PickerPanel';
import { pickerCss } from '../components/picker/picker.css.ts';
import { createTeachMode } from './case-panel.content/teach-mode';
import { TEACH_GLOBAL, type TeachApi } from './case-panel.content/teach-api';

/** Injected on request into a tab where a support person teaches Sidevogn a screen. */
export default defineUnlistedScript(() => {
  const api: TeachApi = {
    createTeachMode,
    renderPicker: (container, props) => render(h(PickerPanel, props), container),
    unmountPicker: (container) => render(null, container),
    css: pickerCss,
  };
  (globalThis as Record<string, unknown>)[TEACH_GLOBAL] = api;
});

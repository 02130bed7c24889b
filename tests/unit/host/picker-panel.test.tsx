import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { PICKER_FIELDS, PickerPanel, type PickerPanelProps } from '../../../components/picker/PickerPanel';
import { pickerCss } from '../../../components/picker/picker.css';
import { fire, installDom } from '../tips/preact-dom';

let root: HTMLElement;
let restore: () => void;
beforeEach(() => ({ root, restore } = installDom()));
afterEach(() => restore());

const omfang = {
  lookup: { labels: ['Omfang'], selectors: ['#ctl00_omfang', 'input[name="omfang"]'] },
  preview: '2 timer om ugen',
  labelText: 'Omfang',
  warnings: [],
};

function mount(over: Partial<PickerPanelProps> = {}) {
  const props: PickerPanelProps = {
    fields: PICKER_FIELDS.map((f) => ({ ...f, ...(f.field === 'omfang' ? { proposal: omfang } : {}) })),
    onStartPick: vi.fn(),
    onCancelPick: vi.fn(),
    onChangeLookup: vi.fn(),
    onSave: vi.fn(),
    onCancel: vi.fn(),
    ...over,
  };
  act(() => render(h(PickerPanel, props), root));
  return props;
}

const row = (field: string) => root.querySelector(`[data-field="${field}"]`)!;
const button = (scope: Element, label: string) => Array.from(scope.querySelectorAll('button')).find((b) => b.textContent?.includes(label))!;

describe('PickerPanel', () => {
  it('lists the seven fields with a pick button each', () => {
    mount();
    const names = Array.from(root.querySelectorAll('.pk-field__name')).map((n) => n.textContent);
    expect(names).toEqual(['Område', 'Lovgrundlag', 'Indsats', 'Omfang', 'Afgørelsestype', 'Ansøgning modtaget', 'Brevredigering']);
    expect(root.querySelectorAll('.pk-field button').length).toBe(7);
    expect(root.textContent).toContain('1 af 7 felter valgt');
  });

  it('starts and stops picking a field', () => {
    const props = mount();
    act(() => fire(button(row('indsats'), 'Vælg på siden'), 'click'));
    expect(props.onStartPick).toHaveBeenCalledWith('indsats');
    mount({ ...props, picking: 'indsats' });
    expect(row('indsats').querySelector('[role=status]')?.textContent).toContain('Klik på feltet');
    act(() => fire(button(row('indsats'), 'Stop valget'), 'click'));
    expect(props.onCancelPick).toHaveBeenCalled();
  });

  it('shows the proposal, the live value and warnings, and reports edits line by line', () => {
    const props = mount({
      fields: [{ field: 'omfang', label: 'Omfang', proposal: { ...omfang, warnings: ['Feltet er tomt lige nu.'] }, preview: '3 timer om ugen' }],
    });
    const [labels, selectors] = Array.from(row('omfang').querySelectorAll('textarea'));
    expect(labels!.value ?? labels!.textContent).toBe('Omfang');
    expect(selectors!.value ?? selectors!.textContent).toBe('#ctl00_omfang\ninput[name="omfang"]');
    // The live preview wins over the one from the moment of picking.
    expect(row('omfang').querySelector('.pk-preview')?.textContent).toContain('3 timer om ugen');
    expect(row('omfang').querySelector('.pk-warnings')?.textContent).toContain('Feltet er tomt');
    // Every textarea has a visible label.
    for (const t of [labels!, selectors!]) expect(root.querySelector(`label[for="${t.id}"]`)).not.toBeNull();

    (selectors as HTMLTextAreaElement).value = '#ctl00_omfang\n\n  .ny  \n';
    act(() => fire(selectors!, 'input'));
    expect(props.onChangeLookup).toHaveBeenLastCalledWith('omfang', { labels: ['Omfang'], selectors: ['#ctl00_omfang', '.ny'] });
    (labels as HTMLTextAreaElement).value = 'Omfang\nBevilget omfang';
    act(() => fire(labels!, 'input'));
    expect(props.onChangeLookup).toHaveBeenLastCalledWith('omfang', { labels: ['Omfang', 'Bevilget omfang'], selectors: ['#ctl00_omfang', 'input[name="omfang"]'] });
  });

  it('says "ingen værdi" when nothing is read', () => {
    mount({ fields: [{ field: 'indsats', label: 'Indsats', proposal: { ...omfang, preview: '' } }] });
    expect(row('indsats').querySelector('.pk-preview')?.textContent).toContain('(ingen værdi)');
  });

  it('saves only when something is chosen, and cancels', () => {
    const props = mount();
    act(() => fire(button(root, 'Gem i skærmprofil'), 'click'));
    expect(props.onSave).toHaveBeenCalled();
    act(() => fire(button(root, 'Annullér'), 'click'));
    expect(props.onCancel).toHaveBeenCalled();
    mount({ fields: PICKER_FIELDS.map((f) => ({ ...f })) });
    expect(button(root, 'Gem i skærmprofil').hasAttribute('disabled')).toBe(true);
    expect(root.textContent).toContain('0 af 7 felter valgt');
  });

  it('has styles in px only, scoped under .pk', () => {
    expect(pickerCss).not.toMatch(/\d+(\.\d+)?rem\b/);
    const selectors = pickerCss.match(/^[^{}@\n][^{}]*(?=\{)/gm) ?? [];
    expect(selectors.length).toBeGreaterThan(10);
    for (const s of selectors) for (const part of s.split(',')) expect(part.trim()).toMatch(/^\.pk/);
  });
});

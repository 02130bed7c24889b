import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { TipsTab, type TipsTabProps } from '../../../components/tips/TipsTab';
import { tipsCss } from '../../../components/tips/tips.css';
import { DEFAULT_CHECKLISTS, DEFAULT_HINTS, DEFAULT_TIPS } from '../../../lib/config/default-content';
import { fire, installDom } from './preact-dom';

let root: HTMLElement;
let restore: () => void;
beforeEach(() => ({ root, restore } = installDom()));
afterEach(() => restore());

const [tip, ...rest] = DEFAULT_TIPS;
const checklist = DEFAULT_CHECKLISTS[0]!;

function mount(over: Partial<TipsTabProps> = {}) {
  const props: TipsTabProps = {
    tip,
    previous: rest.slice(0, 3),
    hints: DEFAULT_HINTS,
    checklists: [checklist],
    readTipIds: [],
    ticks: {},
    onMarkRead: vi.fn(),
    onTick: vi.fn(),
    onResetTicks: vi.fn(),
    ...over,
  };
  act(() => render(h(TipsTab, props), root));
  return props;
}

const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
const buttons = (label: string) => Array.from(root.querySelectorAll('button')).filter((b) => (b.textContent ?? '').includes(label));

describe('TipsTab', () => {
  it('shows this week\'s tip as safe Markdown, with a read button that reports the tip id', () => {
    const props = mount();
    expect(text()).toContain('Ugens tip');
    expect(root.querySelector('.tp-week__title')?.textContent).toBe(tip!.title);
    // **hvorfor** becomes <strong>, not literal asterisks.
    expect(root.querySelector('.tp-week strong')?.textContent).toBe('hvorfor');
    expect(root.querySelector('.tp-week')?.textContent).not.toContain('**');
    const [btn] = buttons('Markér som læst');
    act(() => fire(btn!, 'click'));
    expect(props.onMarkRead).toHaveBeenCalledWith(tip!.id);
  });

  it('shows "Læst" instead of the button once the tip is read', () => {
    mount({ readTipIds: [tip!.id] });
    expect(root.querySelector('.tp-week .tp-read')?.textContent).toContain('Læst');
    expect(root.querySelector('.tp-week button')).toBeNull();
  });

  it('lists hints for the screen', () => {
    mount();
    const hints = Array.from(root.querySelectorAll('.tp-hint')).map((li) => li.textContent);
    expect(hints).toHaveLength(DEFAULT_HINTS.length);
    expect(hints[0]).toContain('visitationsudvalget');
  });

  it('renders a checklist with ticks from props, reports ticks and resets', () => {
    const props = mount({ ticks: { [checklist.id]: ['retsgrundlag', 'formaal', 'not-an-item'] } });
    const boxes = Array.from(root.querySelectorAll<HTMLInputElement>('.tp-checklist input[type=checkbox]'));
    expect(boxes).toHaveLength(checklist.items.length);
    // linkedom has no `checked` property, so Preact sets the attribute; a browser sets the property.
    expect(boxes.filter((b) => b.checked === true || b.hasAttribute('checked')).length).toBe(2);
    expect(text()).toContain(`2 af ${checklist.items.length} punkter er krydset af`);
    // Each box has a label that names it.
    for (const box of boxes) expect(root.querySelector(`label[for="${box.id}"]`)?.textContent?.length).toBeGreaterThan(5);

    const third = boxes[2]!;
    third.checked = true;
    act(() => fire(third, 'change'));
    expect(props.onTick).toHaveBeenCalledWith(checklist.id, checklist.items[2]!.id, true);
    const first = boxes[0]!;
    first.checked = false;
    act(() => fire(first, 'change'));
    expect(props.onTick).toHaveBeenCalledWith(checklist.id, 'retsgrundlag', false);

    act(() => fire(buttons('Nulstil listen')[0]!, 'click'));
    expect(props.onResetTicks).toHaveBeenCalledWith(checklist.id);
    expect(text()).toContain('ikke pr. sag');
  });

  it('disables reset when nothing is ticked', () => {
    mount();
    expect(buttons('Nulstil listen')[0]!.hasAttribute('disabled')).toBe(true);
  });

  it('keeps earlier tips collapsed until asked, then shows them with their own read state', () => {
    const props = mount({ readTipIds: [rest[0]!.id] });
    const toggle = buttons('Tidligere tips (3)')[0]!;
    const list = root.querySelector('.tp-previous .tp-list')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(list.hasAttribute('hidden')).toBe(true);
    act(() => fire(toggle, 'click'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(list.hasAttribute('hidden')).toBe(false);
    const items = Array.from(list.querySelectorAll('.tp-prev'));
    expect(items.map((li) => li.querySelector('h3')?.textContent)).toEqual(rest.slice(0, 3).map((t) => t.title));
    expect(items[0]!.querySelector('button')).toBeNull();
    act(() => fire(items[1]!.querySelector('button')!, 'click'));
    expect(props.onMarkRead).toHaveBeenCalledWith(rest[1]!.id);
  });

  it('says so when there is no tip this week, and when there is nothing at all', () => {
    mount({ tip: undefined });
    expect(text()).toContain('Der er ikke noget tip i denne uge.');
    mount({ tip: undefined, previous: [], hints: [], checklists: [] });
    expect(text()).toContain('Der er ingen tips, hints eller tjeklister endnu');
    expect(root.querySelector('.tp-week')).toBeNull();
  });

  it('never renders raw HTML from a pack', () => {
    mount({ tip: { ...tip!, body: '<img src=x onerror=alert(1)> **ok**' } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.tp-week')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('has styles in px only, scoped under .tp, using the panel variables', () => {
    expect(tipsCss).not.toMatch(/\d+(\.\d+)?rem\b/);
    expect(tipsCss).toContain('var(--sv-brand');
    const selectors = tipsCss.match(/^[^{}@\n][^{}]*(?=\{)/gm) ?? [];
    expect(selectors.length).toBeGreaterThan(10);
    for (const s of selectors) for (const part of s.split(',')) expect(part.trim()).toMatch(/^\.tp/);
  });
});

import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { parseHTML } from 'linkedom';
import { CheckTab, sortFindings, type CheckTabProps } from '../../../components/letter/CheckTab';
import { checkCss, CHECK_COLOUR_PAIRS } from '../../../components/letter/check.css';
import { createLetterHandlers } from '../../../entrypoints/background/handlers/letter';
import type { CheckResponse } from '../../../lib/messaging/letter';
import { exampleCatalogue } from '../../../lib/service-level';
import { click, installDom, text } from './dom';

const letter = (parseHTML(readFileSync(new URL('../../fixtures/pages/nexus-afgoerelse.html', import.meta.url), 'utf8')).document.querySelector('#nx-brev') as unknown as HTMLTextAreaElement).value;
const context = { sagsomraade: 'aeldre' as const, indsats: 'Praktisk hjælp - rengøring', omfang: '1 time hver 14. dag', afgoerelsestype: 'Delvis bevilling', lovgrundlag: 'Ældreloven § 10' };

let analysis: CheckResponse;
let fromLetter: CheckResponse;
let emptyAnalysis: CheckResponse;
beforeAll(async () => {
  const handlers = createLetterHandlers({ getPack: async () => ({ key: 'k', rules: {}, catalogue: exampleCatalogue() }), now: () => new Date(2026, 10, 20) });
  analysis = await handlers['letter/check']({ text: letter, context, date: '2026-11-20' }, {} as never);
  fromLetter = await handlers['letter/check']({ text: letter, context: {} }, {} as never);
  emptyAnalysis = await handlers['letter/check']({ text: '', context: {} }, {} as never);
});

let root: HTMLElement;
let restore: () => void;
beforeEach(() => {
  ({ root, restore } = installDom());
});
afterEach(() => {
  render(null, root);
  restore();
});

function mount(over: Partial<CheckTabProps> = {}): CheckTabProps {
  const props: CheckTabProps = { analysis, checking: false, editorFound: true, onShowFinding: vi.fn(), onCopy: vi.fn(), ...over };
  act(() => render(h(CheckTab, props), root));
  return props;
}
const buttons = (label: string) => [...root.querySelectorAll('button')].filter((b) => text(b) === label);

describe('CheckTab states', () => {
  it('no editor on this screen', () => {
    mount({ editorFound: false, analysis: undefined });
    expect(text(root)).toContain('Der er ikke noget brev på dette skærmbillede');
    expect(root.querySelector('.lc-finding')).toBeNull();
  });

  it('empty letter invites to write; standard texts are still offered', () => {
    mount({ analysis: emptyAnalysis });
    expect(text(root)).toContain('Begynd at skrive brevet, så tjekker Sidevogn det løbende');
    expect(root.querySelector('.lc-finding')).toBeNull();
    expect(buttons('Kopiér').length).toBe(emptyAnalysis.standardTexts.length);
    mount({ analysis: undefined });
    expect(text(root)).toContain('Begynd at skrive brevet');
  });

  it('checking: a status line, and the last result stays on screen', () => {
    mount({ analysis: undefined, checking: true });
    expect(text(root.querySelector('[role=status]'))).toBe('Tjekker brevet …');
    expect(root.querySelector('.lc')!.getAttribute('aria-busy')).toBe('true');
    mount({ checking: true });
    expect(text(root.querySelector('.lc-progress'))).toBe('Tjekker brevet …');
    expect(root.querySelectorAll('.lc-finding').length).toBe(analysis.findings.length);
  });

  it('error: an alert in Danish', () => {
    mount({ analysis: undefined, error: 'Sidevogn svarede ikke.' });
    expect(text(root.querySelector('[role=alert]'))).toBe('✖ Brevet kunne ikke tjekkes: Sidevogn svarede ikke.');
  });
});

describe('CheckTab with a checked letter', () => {
  it('says where the decision type came from', () => {
    mount();
    expect(text(root.querySelector('.lc-summary__type'))).toBe('Afgørelsestype: Delvis bevilling (fra skærmen)');
    mount({ analysis: fromLetter });
    expect(text(root.querySelector('.lc-summary__type'))).toBe('Afgørelsestype: Delvis bevilling (læst i brevet)');
    mount({ analysis: { ...fromLetter, decisionType: 'ukendt' } });
    expect(text(root.querySelector('.lc-summary__type'))).toMatch(/^Afgørelsestype: Kan ikke ses/);
    // Estimated from the whole letter: said so, and marked in the checklist as something to fix, not as done.
    mount({ analysis: { ...fromLetter, decisionTypeSource: 'estimate' } });
    expect(text(root.querySelector('.lc-summary__type'))).toBe('Afgørelsestype: Delvis bevilling (skønnet ud fra hele brevet – skriv resultatet tydeligt først i brevet)');
    const row = root.querySelector('[data-group=resultat] .lc-el')!;
    expect(row.className).toContain('lc-el--problem');
    expect(text(row.querySelector('.lc-el__mark'))).toBe('!');
  });

  it('lists findings by severity then position, each with its severity in words, Hvorfor? and Vis i brevet', () => {
    const props = mount();
    const items = [...root.querySelectorAll('.lc-finding')];
    expect(items.length).toBe(analysis.findings.length);
    const sorted = sortFindings(analysis.findings);
    expect(items.map((li) => li.getAttribute('data-rule'))).toEqual(sorted.map((f) => f.ruleId));
    const order = { error: 0, warning: 1, info: 2 } as const;
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(order[a.severity] < order[b.severity] || (a.severity === b.severity && a.start <= b.start)).toBe(true);
    }
    const first = items[0]!;
    const sevWord = { error: 'Fejl', warning: 'Advarsel', info: 'Råd' }[sorted[0]!.severity];
    expect(text(first.querySelector('.lc-sev'))).toContain(sevWord);
    expect(first.querySelector('.lc-sev__mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(first.querySelector('.lc-finding__msg'))).toBe(sorted[0]!.message);
    expect(text(first.querySelector('details summary'))).toBe('Hvorfor?');
    expect(text(first.querySelector('.lc-why__text'))).toBe(sorted[0]!.why.replace(/\s+/g, ' ').trim());
    const withSuggestion = items.findIndex((_, i) => sorted[i]!.suggestion);
    if (withSuggestion >= 0) expect(text(items[withSuggestion]!.querySelector('.lc-why__suggestion'))).toContain('Forslag:');
    const frist = items.findIndex((li) => li.getAttribute('data-rule') === 'klagefrist-forkert');
    click([...items[frist]!.querySelectorAll('button')].find((b) => text(b) === 'Vis i brevet'));
    expect(props.onShowFinding).toHaveBeenCalledWith(sorted[frist]);
  });

  it('shows the building blocks grouped like a good decision, with marks and words (not colour alone)', () => {
    mount();
    const groups = [...root.querySelectorAll('.lc-group')].map((g) => g.getAttribute('data-group'));
    expect(groups).toEqual(analysis.groups.map((g) => g.id));
    expect(text(root.querySelector('[data-group=resultat]'))).toContain('Delvis bevilling');
    for (const g of analysis.groups) {
      for (const e of g.elements) {
        const li = root.querySelector(`[data-element="${e.id}"]`)!;
        expect(text(li.querySelector('.lc-el__label'))).toBe(e.label);
        const state = text(li.querySelector('.lc-el__state'));
        if (e.unwanted) expect(state).toBe(e.present ? ': Fundet – bør rettes' : ': Ikke fundet');
        else if (e.present && e.problem) expect(state).toBe(': Med, men skal rettes');
        else if (e.present) expect(state).toBe(': Med');
        else if (e.required) expect(state).toBe(': Mangler');
        else expect(state).toBe(': Ikke krævet her');
      }
    }
    // The Nexus letter says "8 uger": klagefrist is there but wrong, or missing — never plain "Med".
    expect(text(root.querySelector('[data-element=klagefrist] .lc-el__state'))).not.toBe(': Med');
    expect(root.querySelectorAll('.lc-el--missing').length).toBeGreaterThan(0);
  });

  it('LIX meter: value, Danish band, a bar with the band scale, words and sentences', () => {
    mount();
    const lix = root.querySelector('.lc-lix')!;
    expect(text(lix.querySelector('.lc-lix__value'))).toBe(`Lixtal ${Math.round(analysis.lix.value)} – ${analysis.lix.band}`);
    const bar = lix.querySelector('.lc-lix__bar')!;
    expect(bar.getAttribute('role')).toBe('img');
    expect(bar.getAttribute('aria-label')).toContain(analysis.lix.band);
    expect([...bar.querySelectorAll('.lc-lix__band')].map((b) => b.getAttribute('title'))).toEqual(analysis.lixBands.map((b) => b.label));
    expect(text(bar.querySelector('.lc-lix__band--current'))).toBe(analysis.lix.band);
    expect(text(lix)).toContain(`${analysis.lix.words} ord i ${analysis.lix.sentences} sætninger`);
  });

  it('standard texts: Kopiér sends the text out and says it was copied', () => {
    const props = mount();
    const first = analysis.standardTexts[0]!;
    const li = root.querySelector('.lc-text')!;
    expect(text(li.querySelector('.lc-text__title'))).toBe(first.title);
    const button = li.querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe(`Kopiér «${first.title}»`);
    click(button);
    expect(props.onCopy).toHaveBeenCalledWith(first.text);
    expect(text(li.querySelector('[role=status]'))).toMatch(/^Kopieret/);
  });

  it('renders letter text as text, never as markup', () => {
    const evil = { ...analysis, findings: [{ ruleId: 'x', severity: 'error' as const, message: '<img src=x onerror=alert(1)>', why: '<b>why</b>', start: 0, end: 1 }] };
    mount({ analysis: evil });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.lc-why b')).toBeNull();
    expect(text(root)).toContain('<img src=x onerror=alert(1)>');
  });
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

describe('check styles', () => {
  it('are px-only (no rem inside the shadow root) and use the panel variables', () => {
    expect(checkCss).not.toMatch(/\d(\.\d+)?rem\b/);
    expect(checkCss).toContain('var(--sv-ink');
  });
  it('every colour pair meets WCAG AA and is the one the rules use', () => {
    for (const [name, fg, bg] of CHECK_COLOUR_PAIRS) {
      expect(contrast(fg, bg), name).toBeGreaterThanOrEqual(4.5);
      expect(checkCss.includes(fg), name).toBe(true);
    }
  });
});

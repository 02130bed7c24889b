import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { ServiceLevelTab, type ServiceLevelTabProps } from '../../../components/service-level/ServiceLevelTab';
import { serviceLevelCss } from '../../../components/service-level/service-level.css.ts';
import { assessCase, describeScope, exampleCatalogue, searchCatalogue, SERVICE_LEVEL_REMINDER, type Catalogue } from '../../../lib/service-level';
import type { CaseContext } from '../../../lib/host/context';
import { click, installDom, text, typeInto } from './dom';

let root: HTMLElement;
let restore: () => void;
beforeEach(() => {
  ({ root, restore } = installDom());
});
afterEach(() => {
  render(null, root);
  restore();
});

const catalogue = exampleCatalogue();
const today = new Date(2026, 2, 10); // Tuesday 10 March 2026

function mount(context: Partial<CaseContext>, over: Partial<ServiceLevelTabProps> & { entryId?: string; cat?: Catalogue } = {}) {
  const cat = over.cat ?? catalogue;
  const assessment = assessCase(cat, context, today, over.entryId);
  const props: ServiceLevelTabProps = {
    assessment,
    searchResults: searchCatalogue(cat, over.searchQuery ?? ''),
    scopeText: assessment.scope ? describeScope(assessment.scope) : undefined,
    catalogue: cat,
    context,
    searchQuery: '',
    onSearch: vi.fn(),
    onPickEntry: vi.fn(),
    today,
    ...over,
  };
  act(() => render(h(ServiceLevelTab, props), root));
  return props;
}

const reminder = () => root.querySelector('.sl-reminder');

describe('ServiceLevelTab', () => {
  it('inside the frame: green verdict with a mark and a text headline, the caseworker may grant, the reminder', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '1 time hver 14. dag' });
    const verdict = root.querySelector('.sl-verdict')!;
    expect(verdict.getAttribute('data-status')).toBe('inside');
    expect(text(verdict.querySelector('.sl-verdict__headline'))).toBe('✓Inden for rammen');
    expect(verdict.querySelector('.sl-verdict__mark')!.getAttribute('aria-hidden')).toBe('true');
    expect(text(verdict)).toContain('Inden for rammen kan sagsbehandleren bevilge.');
    expect(text(reminder())).toBe(`Husk: ${SERVICE_LEVEL_REMINDER}`);
    expect(text(root)).toContain('Indsatsen på skærmen passer til Praktisk hjælp – rengøring');
  });

  it('outside the frame: names who must decide and why, in plain Danish', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '2 timer om ugen' });
    const verdict = root.querySelector('.sl-verdict')!;
    expect(verdict.getAttribute('data-status')).toBe('outside');
    expect(text(verdict.querySelector('.sl-verdict__headline'))).toBe('!Uden for rammen');
    expect(text(verdict)).toMatch(/2 timer om ugen er over rammen/);
    expect(text(verdict.querySelector('.sl-verdict__who--strong'))).toMatch(/^Uden for rammen skal .+ afgøre sagen\.$/);
    expect(text(reminder())).toContain(SERVICE_LEVEL_REMINDER);
  });

  it('no omfang: "Kan ikke vurderes", still the frame card and the reminder', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Madservice' });
    expect(root.querySelector('.sl-verdict')!.getAttribute('data-status')).toBe('unknown');
    expect(text(root.querySelector('.sl-verdict__headline'))).toBe('?Kan ikke vurderes');
    expect(text(root.querySelector('.sl-card__title'))).toMatch(/Madservice/);
    expect(text(reminder())).toContain(SERVICE_LEVEL_REMINDER);
  });

  it('the frame card shows every heading of a kvalitetsstandard the entry has, and a safe link', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Personlig pleje', omfang: '2 besøg dagligt' });
    const labels = [...root.querySelectorAll('.sl-card__row dt')].map((dt) => text(dt));
    expect(labels).toEqual([
      'Lovgrundlag',
      'Hvem kan få',
      'Formål',
      'Indgår',
      'Indgår ikke',
      'Ramme for omfang',
      'Varighed',
      'Leverandør',
      'Pris',
      'Egenbetaling',
      'Hvem bevilger',
      'Sagsbehandlingsfrist',
      'Opfølgning',
      'Gyldighed',
    ]);
    const card = text(root.querySelector('.sl-card'));
    expect(card).toContain('besøg: højst 4 besøg om dagen');
    expect(card).toContain('typisk 6 måneder');
    expect(card).toContain('Borgeren har frit valg.');
    expect(card).toContain('450 kr. pr. time');
    expect(card).toContain('Ingen egenbetaling');
    expect(card).toContain('Inden for rammen: sagsbehandleren. Uden for rammen: visitationsudvalget.');
    expect(card).toContain('5 arbejdsdage');
    expect(card).toContain('Hver 6. måned');
    expect(card).toContain('godkendt 24. juni 2025');
    const link = root.querySelector('.sl-card__link a')!;
    expect(link.getAttribute('href')).toBe('https://kommune.example/kvalitetsstandarder/helhedspleje');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('warns about the example catalogue and an unverified legal basis', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Personlig pleje', omfang: '2 besøg dagligt' });
    const warnings = [...root.querySelectorAll('.sl-warnings li')].map((li) => text(li));
    expect(warnings.some((w) => /eksempelkatalog/.test(w))).toBe(true);
    expect(warnings.some((w) => /ikke verificeret/.test(w))).toBe(true);
    const own = { ...catalogue, isExample: false, entries: catalogue.entries.map((e) => ({ ...e, notes: [] })) };
    mount({ sagsomraade: 'aeldre', indsats: 'Personlig pleje', omfang: '2 besøg dagligt' }, { cat: own });
    expect(root.querySelector('.sl-warnings')).toBeNull();
  });

  it('shows the processing deadline and days left when the screen has an application date', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Personlig pleje', omfang: '2 besøg dagligt', ansoegningsdato: '06-03-2026' });
    const deadline = root.querySelector('.sl-deadline')!;
    // Received Friday 6 March; 5 working days → Friday 13 March; from Tuesday 10 March: 3 left.
    expect(text(deadline)).toContain('Frist 13. marts 2026 (3 arbejdsdage tilbage)');
    expect(text(deadline)).toContain('ansøgning modtaget 06-03-2026');
    expect(deadline.className).not.toContain('overdue');
    mount({ sagsomraade: 'aeldre', indsats: 'Personlig pleje', omfang: '2 besøg dagligt', ansoegningsdato: '01-02-2026' });
    expect(root.querySelector('.sl-deadline')!.className).toContain('sl-deadline--overdue');
    mount({ sagsomraade: 'aeldre', indsats: 'Personlig pleje', omfang: '2 besøg dagligt' });
    expect(root.querySelector('.sl-deadline')).toBeNull();
  });

  it('no match: says so, lists the area’s entries and a labelled search box; picking sends the id', () => {
    const props = mount({ sagsomraade: 'boern', indsats: 'Noget helt ukendt', omfang: '1 time om ugen' });
    expect(root.querySelector('.sl-verdict')).toBeNull();
    expect(text(root)).toContain('Sidevogn fandt ikke «Noget helt ukendt» i kataloget.');
    expect(text(reminder())).toContain(SERVICE_LEVEL_REMINDER);
    const input = root.querySelector('input[type=search]') as HTMLInputElement;
    const label = root.querySelector(`label[for="${input.id}"]`);
    expect(text(label)).toBe('Søg efter en indsats i kataloget');
    const names = [...root.querySelectorAll('.sl-result__name')].map((n) => text(n));
    expect(names.length).toBe(catalogue.entries.filter((e) => e.area === 'boern').length);
    typeInto(input, 'familie');
    expect(props.onSearch).toHaveBeenCalledWith('familie');
    click(root.querySelector('.sl-result'));
    expect(props.onPickEntry).toHaveBeenCalledWith(catalogue.entries.find((e) => e.area === 'boern')!.id);
  });

  it('search results follow the query the caller passes, and an empty result says so', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, { searchQuery: 'madservice' });
    expect([...root.querySelectorAll('.sl-search .sl-result__name')].map((n) => text(n))).toContain('Madservice');
    mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, { searchQuery: 'zzzqqq' });
    expect(text(root.querySelector('.sl-search'))).toContain('Ingen indsatser passer til søgningen.');
  });

  it('"Vælg en anden indsats" opens the search; a picked entry can go back to the automatic match', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '1 time hver 14. dag' });
    expect(root.querySelector('input[type=search]')).toBeNull();
    click([...root.querySelectorAll('button')].find((b) => text(b) === 'Vælg en anden indsats'));
    expect(root.querySelector('input[type=search]')).not.toBeNull();

    const props = mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '1 time hver 14. dag' }, { entryId: 'madservice' });
    expect(text(root)).toContain('Du har valgt Madservice.');
    click([...root.querySelectorAll('button')].find((b) => text(b) === 'Brug Sidevogns eget match'));
    expect(props.onPickEntry).toHaveBeenCalledWith(undefined);
  });

  it('renders no host-page data it was not given, and no inline event handlers or HTML strings', () => {
    mount({ sagsomraade: 'aeldre', indsats: 'Rengøring', omfang: '<img src=x onerror=alert(1)>' });
    expect(root.querySelector('img')).toBeNull();
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

describe('service-level styles', () => {
  it('are px-only (no rem inside the shadow root)', () => {
    expect(serviceLevelCss).not.toMatch(/\d(\.\d+)?rem\b/);
  });
  it('every verdict colour pair meets WCAG AA', () => {
    for (const status of ['inside', 'outside', 'unknown']) {
      const rule = new RegExp(`\\.sl-verdict--${status} \\{ background: (#[0-9a-f]{6}); border-color: [^;]+; color: (#[0-9a-f]{6}); \\}`).exec(serviceLevelCss);
      expect(rule, status).not.toBeNull();
      expect(contrast(rule![1]!, rule![2]!)).toBeGreaterThanOrEqual(4.5);
      // The body text inside the box uses the ink colour.
      expect(contrast(rule![1]!, '#1b1f24')).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('ServiceLevelPanel (the tab with its own state)', () => {
  it('search → pick shows the picked entry; a new indsats on screen goes back to the automatic match', async () => {
    const { ServiceLevelPanel } = await import('../../../components/service-level/ServiceLevelPanel');
    const ctx = { siteId: 'demo', screenId: 'bevilling', sagsomraade: 'aeldre' as const, indsats: 'Rengøring', omfang: '1 time hver 14. dag' };
    act(() => render(h(ServiceLevelPanel, { catalogue, context: ctx, today }), root));
    expect(text(root.querySelector('.sl-card__title'))).toBe('Praktisk hjælp – rengøring');
    click([...root.querySelectorAll('button')].find((b) => text(b) === 'Vælg en anden indsats'));
    typeInto(root.querySelector('input[type=search]') as HTMLInputElement, 'madservice');
    click([...root.querySelectorAll('.sl-search .sl-result')].find((b) => text(b.querySelector('.sl-result__name')) === 'Madservice'));
    expect(text(root.querySelector('.sl-card__title'))).toBe('Madservice');
    expect(root.querySelector('input[type=search]')).toBeNull();
    act(() => render(h(ServiceLevelPanel, { catalogue, context: { ...ctx, omfang: '2 timer hver 14. dag' }, today }), root));
    expect(text(root.querySelector('.sl-card__title'))).toBe('Madservice');
    act(() => render(h(ServiceLevelPanel, { catalogue, context: { ...ctx, indsats: 'Tøjvask' }, today }), root));
    expect(text(root.querySelector('.sl-card__title'))).toMatch(/tøjvask/i);
  });
});

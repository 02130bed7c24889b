import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { StudioApp, type StudioApi } from '../../../components/studio/StudioApp';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import type { ConfigStatus } from '../../../lib/config/service';
import { check, click, installDom, settle, typeInto } from './dom';

let root: HTMLElement;
let restore: () => void;
beforeEach(() => {
  ({ root, restore } = installDom());
  vi.useFakeTimers();
});
afterEach(() => {
  render(null, root);
  vi.useRealTimers();
  restore();
});

function status(allowLocalEdits: boolean, lockedParts: ConfigStatus['effective']['locks']['lockedParts'] = []): ConfigStatus {
  const sources = { meta: 'indbygget', siteProfiles: 'indbygget', catalogue: 'indbygget', rules: 'indbygget', tips: 'indbygget', hints: 'indbygget', checklists: 'indbygget', logbook: 'indbygget' } as const;
  return {
    sources: { indbygget: { state: 'ok', version: '0.1.0' }, lokal: { state: 'ingen' }, fjern: { state: 'ingen' }, politik: { state: 'ingen' } },
    policy: { present: !allowLocalEdits, errors: allowLocalEdits ? [] : ['fooBar: ukendt politiknøgle (ignoreret)'], allowLocalEdits, disabledFeatures: [], signatureRequired: false },
    effective: { municipality: 'Sidevogn', name: 'Standardpakke', version: '0.1.0', statusLine: 'Konfiguration: Sidevogn – Standardpakke 0.1.0', sources: { ...sources }, locks: { localEditsAllowed: allowLocalEdits, lockedParts, logbookRetentionLocked: false } },
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
}

function fakeApi(allowLocalEdits = true): StudioApi & { saveLocal: ReturnType<typeof vi.fn>; download: ReturnType<typeof vi.fn> } {
  const st = status(allowLocalEdits);
  return {
    status: vi.fn(async () => st),
    exportPack: vi.fn(async (which: 'effective' | 'local') => (which === 'effective' ? { found: true, pack: getEmbeddedPack() } : { found: false })),
    saveLocal: vi.fn(async () => ({ ok: true, errors: [], status: st })),
    importPreview: vi.fn(async () => ({ ok: false as const, errors: ['x'] })),
    refreshRemote: vi.fn(async () => st),
    download: vi.fn(),
    requestHostAccess: vi.fn(async () => true),
    screenDrafts: vi.fn(async () => ({ drafts: [] })),
    deleteScreenDraft: vi.fn(async () => ({ count: 0 })),
  } as never;
}

async function mount(api: StudioApi, initialTab?: 'tips' | 'publish' | 'effective' | 'profiles' | 'rules' | 'raw') {
  act(() => render(h(StudioApp, { api, ...(initialTab ? { initialTab } : {}), now: () => new Date(2026, 2, 2) }), root));
  await settle((ms) => vi.advanceTimersByTimeAsync(ms));
}

const $ = (id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('StudioApp', () => {
  it('adds a tip, shows live path errors, and saves only the tips part', async () => {
    const api = fakeApi();
    await mount(api);
    expect($('studio')!.getAttribute('data-readonly')).toBe('false');
    const before = root.querySelectorAll('[data-testid="tips-item"]').length;
    click($('tips-add'));
    expect(root.querySelectorAll('[data-testid="tips-item"]').length).toBe(before + 1);
    // An empty new tip is invalid: the message names the exact path, and saving is blocked.
    expect($('tip-form')!.textContent).toContain(`tips[${before}].title`);
    expect($('studio-save')!.hasAttribute('disabled')).toBe(true);

    typeInto($('tip-title'), 'Husk formålet');
    typeInto($('tip-body'), 'Skriv **formålet** med hjælpen.');
    expect($('tip-preview')!.querySelector('strong')?.textContent).toBe('Husk formålet');
    expect($('tip-preview')!.querySelector('p strong')?.textContent).toBe('formålet');
    await settle((ms) => vi.advanceTimersByTimeAsync(ms));
    expect($('studio')!.getAttribute('data-dirty')).toBe('true');
    expect($('studio-save')!.hasAttribute('disabled')).toBe(false);

    click($('studio-save'));
    await settle((ms) => vi.advanceTimersByTimeAsync(ms));
    expect(api.saveLocal).toHaveBeenCalledTimes(1);
    const sent = api.saveLocal.mock.calls[0]![0] as Record<string, unknown>;
    expect(Object.keys(sent)).toEqual(['meta', 'tips']);
    expect((sent.tips as { title: string }[]).at(-1)!.title).toBe('Husk formålet');
    expect($('studio-message')!.textContent).toContain('Gemt');
    expect($('studio')!.getAttribute('data-dirty')).toBe('false');
  });

  it('is read-only with a Danish banner when policy forbids local edits', async () => {
    const api = fakeApi(false);
    await mount(api);
    expect($('studio')!.getAttribute('data-readonly')).toBe('true');
    expect($('readonly-banner')!.textContent).toMatch(/skrivebeskyttet/);
    expect($('studio-save')!.hasAttribute('disabled')).toBe(true);
    expect($('studio-editable')!.getAttribute('data-readonly')).toBe('true');
    // Preact sets the readOnly property (a browser reflects it as [readonly]); aria-readonly is explicit.
    expect($('tip-title')!.getAttribute('aria-readonly')).toBe('true');
    expect($('tip-body')!.getAttribute('aria-readonly')).toBe('true');
    expect($('tip-area')!.hasAttribute('disabled')).toBe(true);
    expect($('tips-add')!.hasAttribute('disabled')).toBe(true);
    expect($('tip-delete')!.hasAttribute('disabled')).toBe(true);
    // Browsing stays possible: the list buttons are not disabled.
    const items = root.querySelectorAll('[data-testid="tips-item"]');
    expect(items.length).toBeGreaterThan(1);
    expect(items[1]!.hasAttribute('disabled')).toBe(false);
    click(items[1]!);
    expect(items[1]!.getAttribute('aria-current')).toBe('true');
  });

  it('shows sources, policy errors and locks on the effective tab', async () => {
    const api = fakeApi(false);
    await mount(api, 'effective');
    const rows = [...root.querySelectorAll('[data-testid="effective-part"]')];
    expect(rows.map((r) => r.getAttribute('data-source'))).toEqual(Array(8).fill('indbygget'));
    expect($('policy-errors')!.textContent).toContain('fooBar');
    expect($('policy-allow-local')!.textContent).toMatch(/Ikke tilladt/);
    expect($('clear-local')!.hasAttribute('disabled')).toBe(true);
  });

  it('exports a bumped pack through download', async () => {
    const api = fakeApi();
    await mount(api, 'publish');
    check($('export-bump-minor'));
    typeInto($('export-note'), 'Første udgave');
    click($('export-download'));
    await settle((ms) => vi.advanceTimersByTimeAsync(ms));
    expect(api.download).toHaveBeenCalledTimes(1);
    const file = api.download.mock.calls[0]![0] as { filename: string; content: string };
    expect(file.filename).toBe('sidevogn-sidevogn-standardpakke-0.2.0.json');
    expect(JSON.parse(file.content).meta.changelog).toMatch(/^0\.2\.0 \(2026-03-02\): Første udgave/);
    expect($('export-result')!.textContent).toContain('0.2.0');
  });

  it('asks for host access synchronously from the click', async () => {
    const api = fakeApi(false);
    await mount(api, 'profiles');
    const button = $('host-access-grant');
    expect(button!.hasAttribute('disabled')).toBe(false); // usable even read-only
    expect($('screen-add')!.hasAttribute('disabled')).toBe(true);
    click(button);
    expect(api.requestHostAccess).toHaveBeenCalledWith(getEmbeddedPack().siteProfiles[0]!.origins);
  });

  it('runs the rule examples and shows failures in Danish on the rules tab', async () => {
    const api = fakeApi();
    await mount(api, 'rules');
    expect($('rule-example-failures')).toBeNull();
    typeInto($('threshold-sentenceWords'), '500');
    await settle((ms) => vi.advanceTimersByTimeAsync(ms));
    const failures = $('rule-example-failures');
    expect(failures?.textContent).toMatch(/rules\.lang-saetning: eksemplet .* skulle give et fund/);
    expect($('studio-save')!.hasAttribute('disabled')).toBe(true);
  });

  it('validates raw JSON on every change with Danish path errors', async () => {
    const api = fakeApi();
    await mount(api, 'raw');
    expect($('raw-status')!.textContent).toMatch(/Gyldig pakke/);
    typeInto($('raw-json'), '{"meta": {"format": 1, "municipality": "", "name": "x", "version": "1", "published": "2026-01-01"}}');
    const errors = $('raw-errors')!.textContent ?? '';
    expect(errors).toContain('meta.municipality: må ikke være tom');
    expect(errors).toContain('meta.version: skal være et versionsnummer');
    expect($('raw-apply')!.hasAttribute('disabled')).toBe(true);
    typeInto($('raw-json'), '{nej');
    expect($('raw-errors')!.textContent).toMatch(/ikke gyldig JSON/);
  });
});

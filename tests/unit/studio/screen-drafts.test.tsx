import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { StudioApp, type StudioApi } from '../../../components/studio/StudioApp';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import type { ConfigStatus } from '../../../lib/config/service';
import type { ScreenDraft } from '../../../lib/messaging/screen-drafts';
import type { SiteProfile } from '../../../lib/host/site-profile-schema';
import { click, installDom, settle } from './dom';

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

function status(allowLocalEdits: boolean): ConfigStatus {
  const sources = { meta: 'indbygget', siteProfiles: 'indbygget', catalogue: 'indbygget', rules: 'indbygget', tips: 'indbygget', hints: 'indbygget', checklists: 'indbygget', logbook: 'indbygget' } as const;
  return {
    sources: { indbygget: { state: 'ok', version: '0.1.0' }, lokal: { state: 'ingen' }, fjern: { state: 'ingen' }, politik: { state: 'ingen' } },
    policy: { present: !allowLocalEdits, errors: [], allowLocalEdits, disabledFeatures: [], signatureRequired: false },
    effective: { municipality: 'Sidevogn', name: 'Standardpakke', version: '0.1.0', statusLine: '', sources: { ...sources }, locks: { localEditsAllowed: allowLocalEdits, lockedParts: [], logbookRetentionLocked: false } },
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
}

const older: ScreenDraft = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: '2026-03-01T08:00:00.000Z',
  siteId: 'demo-nexus',
  origin: 'http://localhost/*',
  screen: {
    id: 'bevilling-ny',
    label: 'Bevilling (lært)',
    paths: ['/nexus/bevilling*'],
    signals: [],
    fields: { indsats: { labels: ['Ydelse'], selectors: ['#ydelse'] }, lovgrundlag: { labels: ['Paragraf'], selectors: [] } },
    constants: {},
    letterEditor: { labels: [], selectors: ['#brevtekst'] },
  },
};
const newer: ScreenDraft = {
  id: '22222222-2222-4222-8222-222222222222',
  createdAt: '2026-03-02T08:00:00.000Z',
  origin: 'https://sag.ny.kommune.dk/*',
  screen: { id: 'afgoerelse', label: 'Afgørelse', paths: ['/sag/*'], signals: [], fields: { omfang: { labels: ['Timer'], selectors: [] } }, constants: {} },
};
/** Same id as a screen the demo Nexus profile already has. */
const clash: ScreenDraft = { ...older, id: '33333333-3333-4333-8333-333333333333', createdAt: '2026-02-28T08:00:00.000Z', screen: { ...older.screen, id: 'afgoerelse', label: 'Afgørelse (lært)' } };

function fakeApi(drafts: ScreenDraft[], allowLocalEdits = true) {
  let store = [...drafts];
  const st = status(allowLocalEdits);
  return {
    status: vi.fn(async () => st),
    exportPack: vi.fn(async (which: 'effective' | 'local') => (which === 'effective' ? { found: true, pack: getEmbeddedPack() } : { found: false })),
    saveLocal: vi.fn(async (_pack: unknown) => ({ ok: true, errors: [] as string[], status: st })),
    importPreview: vi.fn(async () => ({ ok: false as const, errors: ['x'] })),
    refreshRemote: vi.fn(async () => st),
    download: vi.fn(),
    requestHostAccess: vi.fn(async () => true),
    // Stored oldest first on purpose: the Studio sorts.
    screenDrafts: vi.fn(async () => ({ drafts: [...store].reverse() })),
    deleteScreenDraft: vi.fn(async (id: string) => {
      store = store.filter((d) => d.id !== id);
      return { count: store.length };
    }),
  } satisfies StudioApi;
}

async function mount(api: StudioApi) {
  act(() => render(h(StudioApp, { api, initialTab: 'profiles', now: () => new Date(2026, 2, 2) }), root));
  await settle((ms) => vi.advanceTimersByTimeAsync(ms));
}
const $ = (id: string, within: ParentNode = root) => within.querySelector(`[data-testid="${id}"]`);
const card = (id: string) => root.querySelector(`[data-testid="screen-draft"][data-id="${id}"]`);
const settleAll = () => settle((ms) => vi.advanceTimersByTimeAsync(ms));

describe('Screen drafts in the Studio', () => {
  it('lists drafts newest first with origin, paths, fields and where they go', async () => {
    const api = fakeApi([clash, older, newer]);
    await mount(api);
    expect(api.screenDrafts).toHaveBeenCalled();
    const cards = [...root.querySelectorAll('[data-testid="screen-draft"]')];
    expect(cards.map((c) => c.getAttribute('data-id'))).toEqual([newer.id, older.id, clash.id]);
    const o = card(older.id)!;
    expect($('screen-draft-origin', o)!.textContent).toBe('http://localhost/*');
    expect(o.textContent).toContain('/nexus/bevilling*');
    const rows = [...o.querySelectorAll('[data-testid="screen-draft-fields"] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-field'))).toEqual(['lovgrundlag', 'indsats', 'letterEditor']);
    expect(rows[1]!.textContent).toContain('Ydelse');
    expect(rows[1]!.textContent).toContain('#ydelse');
    expect(rows[2]!.textContent).toContain('#brevtekst');
    expect($('screen-draft-target', o)!.textContent).toContain('Demo: Nexus-lignende omsorgssystem');
    expect($('screen-draft-target', card(newer.id)!)!.textContent).toContain('ny skærmprofil: sag.ny.kommune.dk');
    expect($('screen-draft-target', card(clash.id)!)!.textContent).toMatch(/Erstatter skærmbilledet afgoerelse/);
  });

  it('accepts into the siteId profile, saves it with Gem, and only then deletes the draft', async () => {
    const api = fakeApi([older]);
    await mount(api);
    click($('screen-draft-accept', card(older.id)!));
    await settleAll();
    expect(card(older.id)!.getAttribute('data-state')).toBe('accepted');
    expect($('screen-draft-accept', card(older.id)!)!.hasAttribute('disabled')).toBe(true);
    expect($('studio')!.getAttribute('data-dirty')).toBe('true');
    expect(api.deleteScreenDraft).not.toHaveBeenCalled();

    click($('studio-save'));
    await settleAll();
    expect(api.saveLocal).toHaveBeenCalledTimes(1);
    const sent = api.saveLocal.mock.calls[0]![0] as { siteProfiles: SiteProfile[] };
    expect(Object.keys(sent)).toEqual(['meta', 'siteProfiles']);
    const nexus = sent.siteProfiles.find((p) => p.id === 'demo-nexus')!;
    const before = getEmbeddedPack().siteProfiles.find((p) => p.id === 'demo-nexus')!;
    expect(nexus.screens.map((s) => s.id)).toEqual([...before.screens.map((s) => s.id), 'bevilling-ny']);
    expect(nexus.fields).toEqual(before.fields);
    expect(api.deleteScreenDraft).toHaveBeenCalledWith(older.id);
    expect(card(older.id)).toBeNull();
    expect($('screen-drafts')!.textContent).toContain('Ingen forslag');
  });

  it('keeps the draft when the support person reverts instead of saving', async () => {
    const api = fakeApi([newer]);
    await mount(api);
    click($('screen-draft-accept', card(newer.id)!));
    await settleAll();
    expect(root.textContent).toContain('sag.ny.kommune.dk');
    click($('studio-revert'));
    await settleAll();
    expect(card(newer.id)!.getAttribute('data-state')).toBe('open');
    expect($('studio')!.getAttribute('data-dirty')).toBe('false');
    expect(api.deleteScreenDraft).not.toHaveBeenCalled();
  });

  it('asks before replacing a screen with the same id', async () => {
    const api = fakeApi([clash]);
    await mount(api);
    click($('screen-draft-accept', card(clash.id)!));
    expect($('screen-draft-conflict')!.textContent).toContain('Erstat det med forslaget?');
    expect($('studio')!.getAttribute('data-dirty')).toBe('false');
    click($('screen-draft-replace-cancel'));
    expect($('screen-draft-conflict')).toBeNull();
    click($('screen-draft-accept', card(clash.id)!));
    click($('screen-draft-replace'));
    await settleAll();
    expect($('studio')!.getAttribute('data-dirty')).toBe('true');
    click($('studio-save'));
    await settleAll();
    const sent = api.saveLocal.mock.calls[0]![0] as { siteProfiles: SiteProfile[] };
    const screens = sent.siteProfiles.find((p) => p.id === 'demo-nexus')!.screens;
    expect(screens.filter((s) => s.id === 'afgoerelse').map((s) => s.label)).toEqual(['Afgørelse (lært)']);
    expect(screens).toHaveLength(getEmbeddedPack().siteProfiles.find((p) => p.id === 'demo-nexus')!.screens.length);
  });

  it('rejects a draft after a confirmation', async () => {
    const api = fakeApi([older, newer]);
    await mount(api);
    click($('screen-draft-reject', card(newer.id)!));
    expect(api.deleteScreenDraft).not.toHaveBeenCalled();
    click($('screen-draft-reject-confirm', card(newer.id)!));
    await settleAll();
    expect(api.deleteScreenDraft).toHaveBeenCalledWith(newer.id);
    expect(card(newer.id)).toBeNull();
    expect(card(older.id)).not.toBeNull();
  });

  it('lists drafts read-only but cannot accept them', async () => {
    const api = fakeApi([older], false);
    await mount(api);
    expect(card(older.id)).not.toBeNull();
    expect($('screen-draft-accept', card(older.id)!)!.hasAttribute('disabled')).toBe(true);
    expect($('screen-drafts')!.textContent).toContain('skrivebeskyttet');
    // Rejecting changes no configuration, so it stays possible.
    expect($('screen-draft-reject', card(older.id)!)!.hasAttribute('disabled')).toBe(false);
  });

  it('shows a Danish error when the drafts cannot be fetched', async () => {
    const api = fakeApi([]);
    api.screenDrafts.mockRejectedValueOnce(new Error('baggrunden svarer ikke'));
    await mount(api);
    expect($('screen-drafts-error')!.textContent).toContain('baggrunden svarer ikke');
    click($('screen-drafts-refresh'));
    await settleAll();
    expect($('screen-drafts-error')).toBeNull();
  });
});

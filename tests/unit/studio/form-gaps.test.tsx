import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { StudioApp, type StudioApi } from '../../../components/studio/StudioApp';
import { mapToText, parseMapText } from '../../../components/studio/model';
import { setConstant } from '../../../components/studio/SiteProfilesSection';
import { patchOverride } from '../../../components/studio/RulesSection';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import type { ConfigStatus } from '../../../lib/config/service';
import type { SiteProfile } from '../../../lib/host/site-profile-schema';
import type { RuleSettings } from '../../../lib/letter/pack-schema';
import { click, installDom, settle, typeInto } from './dom';

describe('value maps as text', () => {
  it('round-trips and reports bad lines with their number', () => {
    const map = { 'Børn og unge': 'boern', Ældre: 'aeldre' };
    expect(mapToText(map)).toBe('Børn og unge = boern\nÆldre = aeldre');
    expect(parseMapText(mapToText(map))).toEqual({ map, errors: [] });
    expect(parseMapText('')).toEqual({ map: undefined, errors: [] });
    const r = parseMapText('a = x = y\n\nBørn\n = tom\nA = igen\nb=c');
    expect(r.map).toEqual({ a: 'x = y', b: 'c' });
    expect(r.errors).toEqual([
      'Linje 3: skriv skærmtekst = værdi, fx Børn og unge = boern.',
      'Linje 4: skriv skærmtekst = værdi, fx Børn og unge = boern.',
      'Linje 5: »A« står der allerede.',
    ]);
  });
});

describe('screen constants and rule overrides', () => {
  it('sets and removes a constant', () => {
    expect(setConstant({}, 'sagsomraade', 'boern')).toEqual({ sagsomraade: 'boern' });
    expect(setConstant({ sagsomraade: 'boern', indsats: 'x' }, 'sagsomraade', '')).toEqual({ indsats: 'x' });
    expect(setConstant({ indsats: 'x' }, 'indsats', '   ')).toEqual({});
  });

  it('patches a rule override and drops emptied texts', () => {
    const made = patchOverride(undefined, { message: 'Kortere sætninger.' });
    expect(made).toEqual({ enabled: true, examples: { valid: [], invalid: [] }, message: 'Kortere sætninger.' });
    expect(patchOverride({ ...made, why: 'Klarsprog.', severity: 'info' }, { message: '' })).toEqual({ enabled: true, examples: { valid: [], invalid: [] }, why: 'Klarsprog.', severity: 'info' });
    expect(patchOverride({ ...made, severity: 'info' }, { severity: undefined })).not.toHaveProperty('severity');
    expect(patchOverride(made, { enabled: false }).message).toBe('Kortere sætninger.');
  });
});

let root: HTMLElement;
let restore: () => void;

function status(): ConfigStatus {
  const sources = { meta: 'indbygget', siteProfiles: 'indbygget', catalogue: 'indbygget', rules: 'indbygget', tips: 'indbygget', hints: 'indbygget', checklists: 'indbygget', logbook: 'indbygget' } as const;
  return {
    sources: { indbygget: { state: 'ok', version: '0.1.0' }, lokal: { state: 'ingen' }, fjern: { state: 'ingen' }, politik: { state: 'ingen' } },
    policy: { present: false, errors: [], allowLocalEdits: true, disabledFeatures: [], signatureRequired: false },
    effective: { municipality: 'Sidevogn', name: 'Standardpakke', version: '0.1.0', statusLine: '', sources: { ...sources }, locks: { localEditsAllowed: true, lockedParts: [], logbookRetentionLocked: false } },
    updatedAt: '2026-03-02T09:00:00.000Z',
  };
}

function fakeApi() {
  const st = status();
  return {
    status: vi.fn(async () => st),
    exportPack: vi.fn(async (which: 'effective' | 'local') => (which === 'effective' ? { found: true, pack: getEmbeddedPack() } : { found: false })),
    saveLocal: vi.fn(async (_pack: unknown) => ({ ok: true, errors: [] as string[], status: st })),
    importPreview: vi.fn(async () => ({ ok: false as const, errors: ['x'] })),
    refreshRemote: vi.fn(async () => st),
    download: vi.fn(),
    requestHostAccess: vi.fn(async () => true),
    screenDrafts: vi.fn(async () => ({ drafts: [] })),
    deleteScreenDraft: vi.fn(async () => ({ count: 0 })),
  } satisfies StudioApi;
}

const $ = (id: string, within: ParentNode = root) => within.querySelector(`[data-testid="${id}"]`);
const settleAll = () => settle((ms) => vi.advanceTimersByTimeAsync(ms));
async function mount(api: StudioApi, initialTab: 'tips' | 'profiles' | 'rules') {
  act(() => render(h(StudioApp, { api, initialTab, now: () => new Date(2026, 2, 2) }), root));
  await settleAll();
}
async function saved(api: ReturnType<typeof fakeApi>): Promise<Record<string, unknown>> {
  await settleAll();
  click($('studio-save'));
  await settleAll();
  expect(api.saveLocal).toHaveBeenCalledTimes(1);
  return api.saveLocal.mock.calls[0]![0] as Record<string, unknown>;
}

describe('Studio forms', () => {
  beforeEach(() => {
    ({ root, restore } = installDom());
    vi.useFakeTimers();
  });
  afterEach(() => {
    render(null, root);
    vi.useRealTimers();
    restore();
  });

  it('edits a screen constant and a value map', async () => {
    const api = fakeApi();
    await mount(api, 'profiles');
    const form = root.querySelectorAll('[data-testid="screen-form"]')[0]!;
    const constants = $('screen-constants', form)!;
    const area = $('screen-constant-sagsomraade', constants)!;
    // linkedom's select.value has no setter; the component reads currentTarget.value.
    Object.defineProperty(area, 'value', { value: 'voksne', configurable: true, writable: true });
    act(() => {
      area.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
    });
    typeInto($('screen-constant-indsats', constants), 'Praktisk hjælp');
    // The profile-wide Sagsområde lookup (first lookup fieldset) gets a map; a half-written line is reported, not lost.
    const maps = root.querySelectorAll('textarea');
    const mapBox = [...maps].find((t) => t.closest('fieldset')?.querySelector('legend')?.textContent === 'Sagsområde' && (t.previousElementSibling?.textContent ?? '').startsWith('Oversæt'))!;
    expect(mapBox).toBeTruthy();
    typeInto(mapBox, 'Børn og unge = boern\nVoksen');
    expect(mapBox.closest('.st-field')!.textContent).toContain('Linje 2: skriv skærmtekst = værdi');
    expect(mapBox.value).toBe('Børn og unge = boern\nVoksen');
    typeInto(mapBox, 'Børn og unge = boern\nVoksen = voksne');
    const sent = await saved(api);
    const profile = (sent.siteProfiles as SiteProfile[])[0]!;
    expect(profile.screens[0]!.constants).toMatchObject({ sagsomraade: 'voksne', indsats: 'Praktisk hjælp' });
    expect(profile.fields.sagsomraade!.map).toEqual({ 'Børn og unge': 'boern', Voksen: 'voksne' });
  });

  it('saves a per-rule message and why, and drops them again when emptied', async () => {
    const api = fakeApi();
    await mount(api, 'rules');
    const box = $('rule-texts-lix')!;
    expect(($('rule-message-lix', box) as HTMLTextAreaElement).placeholder).toContain('LIX {lix}');
    typeInto($('rule-message-lix', box), 'Teksten er svær (LIX {lix}).');
    typeInto($('rule-why-lix', box), 'Klarsprog: borgeren skal forstå afgørelsen.');
    typeInto($('rule-why-lix', box), '');
    const sent = await saved(api);
    const lix = (sent.rules as RuleSettings).rules.lix!;
    expect(lix.message).toBe('Teksten er svær (LIX {lix}).');
    expect(lix).not.toHaveProperty('why');
  });

  it('asks before deleting an item, and Fortryd keeps it', async () => {
    const api = fakeApi();
    await mount(api, 'tips');
    const count = () => root.querySelectorAll('[data-testid="tips-item"]').length;
    const before = count();
    click($('tip-delete'));
    expect(count()).toBe(before);
    expect($('tip-delete-question')!.textContent).toMatch(/^Slet /);
    click($('tip-delete-cancel'));
    expect($('tip-delete-question')).toBeNull();
    expect(count()).toBe(before);
    click($('tip-delete'));
    click($('tip-delete-confirm'));
    expect(count()).toBe(before - 1);
  });
});

import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, exportPack, previewImport, recomputeConfig, refreshRemoteConfig, saveLocalPack, type ConfigDeps } from '../../../lib/config/service';
import { fakeFetch, jsonResponse, memoryStore, partialPack, SAMPLE_SITE_PROFILE } from './helpers';

const URL_ = 'https://config.kommune.dk/sidevogn.json';
const tip = (id: string) => ({ id, title: id, body: 'tekst' });

function setup(policy: unknown, answer: Parameters<typeof fakeFetch>[0] = () => new Response('', { status: 500 })) {
  const store = memoryStore();
  const state = { policy };
  const f = fakeFetch(answer);
  let clock = Date.parse('2025-03-01T10:00:00Z');
  const deps: ConfigDeps = {
    store,
    readManaged: async () => state.policy,
    fetch: f.fetch,
    now: () => new Date((clock += 60_000)),
  };
  return { deps, store, state, calls: f.calls };
}

describe('config service', () => {
  it('fetches the remote pack, caches it and keeps it when the next fetch fails or is invalid', async () => {
    let answer: () => Response = () => jsonResponse(partialPack('Fjern v1', { tips: [tip('v1')] }), { headers: { etag: '"1"' } });
    const { deps, store } = setup({ configUrl: URL_ }, () => answer());
    let { effective, status } = await refreshRemoteConfig(deps);
    expect(effective.pack.tips.map((t) => t.id)).toEqual(['v1']);
    expect(status.sources.fjern).toMatchObject({ state: 'ok', version: '1.0.0', lastResult: 'ny', url: URL_ });
    expect(store.map.has(CONFIG_KEYS.remoteCache)).toBe(true);

    answer = () => jsonResponse({ meta: { format: 1 }, tips: 'ødelagt' });
    ({ effective, status } = await refreshRemoteConfig(deps));
    expect(effective.pack.tips.map((t) => t.id)).toEqual(['v1']);
    expect(status.sources.fjern).toMatchObject({ state: 'fejl', lastResult: 'fejl', usingLastGood: true });
    expect(status.sources.fjern.errors).toContain('tips: forventede en liste, fik tekst');

    answer = () => { throw new TypeError('offline'); };
    ({ effective, status } = await refreshRemoteConfig(deps));
    expect(effective.pack.tips.map((t) => t.id)).toEqual(['v1']);
    expect(status.sources.fjern.message).toMatch(/ingen forbindelse/);
  });

  it('stores the part of the config the panel reads next to it, without the rule settings, with the warning', async () => {
    const good = partialPack('Inline', { tips: [tip('inline')] });
    const { deps, store, state } = setup({ configPack: JSON.stringify(good) });
    await recomputeConfig(deps);
    const panel = store.map.get(CONFIG_KEYS.panel) as Record<string, unknown>;
    expect((panel.tips as { id: string }[]).map((t) => t.id)).toEqual(['inline']);
    expect(Array.isArray(panel.siteProfiles)).toBe(true);
    expect(panel).not.toHaveProperty('rules');
    expect(panel).not.toHaveProperty('warning');
    state.policy = { configPack: JSON.stringify({ ...good, tips: [{ id: 'x' }] }) };
    await recomputeConfig(deps);
    expect((store.map.get(CONFIG_KEYS.panel) as { warning?: string }).warning).toMatch(/senest gode/);
  });

  it('starts offline from the cache', async () => {
    const { deps, store } = setup({ configUrl: URL_ }, () => { throw new TypeError('offline'); });
    await store.set(CONFIG_KEYS.remoteCache, { url: URL_, fetchedAt: '2025-02-01T00:00:00Z', raw: partialPack('Cache', { tips: [tip('cache')] }) });
    const { effective } = await refreshRemoteConfig(deps);
    expect(effective.pack.tips.map((t) => t.id)).toEqual(['cache']);
    expect(effective.sources.tips).toBe('fjern');
  });

  it('ignores a cache for another URL', async () => {
    const { deps, store } = setup({ configUrl: URL_ });
    await store.set(CONFIG_KEYS.remoteCache, { url: 'https://gammel.dk/p.json', fetchedAt: '', raw: partialPack('Gammel', { tips: [tip('gammel')] }) });
    const { effective } = await recomputeConfig(deps);
    expect(effective.sources.tips).toBe('indbygget');
  });

  it('keeps the last good inline pack when policy changes to a broken one, and shows why', async () => {
    const good = partialPack('Inline', { tips: [tip('inline')] });
    const { deps, state } = setup({ configPack: JSON.stringify(good) });
    expect((await recomputeConfig(deps)).effective.pack.tips.map((t) => t.id)).toEqual(['inline']);
    state.policy = { configPack: JSON.stringify({ ...good, tips: [{ id: 'x' }] }) };
    const { effective, status } = await recomputeConfig(deps);
    expect(effective.pack.tips.map((t) => t.id)).toEqual(['inline']);
    expect(status.sources.politik).toMatchObject({ state: 'fejl', usingLastGood: true });
    expect(status.sources.politik.errors).toContain('tips[0].title: mangler (forventede tekst)');
    state.policy = {};
    expect((await recomputeConfig(deps)).effective.sources.tips).toBe('indbygget');
  });

  it('saves local edits, refuses invalid ones, and refuses all when policy forbids them', async () => {
    const { deps, state, store } = setup({});
    const bad = await saveLocalPack(deps, partialPack('Lokal', { tips: [{ id: 'UGYLDIG id', title: 't', body: 'b' }] }));
    expect(bad).toEqual({ ok: false, errors: ['tips[0].id: kun små bogstaver, tal og bindestreg (fx "ugens-tip-1")'] });
    expect(store.map.has(CONFIG_KEYS.local)).toBe(false);
    const ok = await saveLocalPack(deps, partialPack('Lokal', { siteProfiles: [SAMPLE_SITE_PROFILE] }));
    expect(ok.ok && ok.stored.effective.sources.siteProfiles).toBe('lokal');
    expect(ok.ok && ok.stored.effective.sources.tips).toBe('indbygget');
    state.policy = { allowLocalEdits: false };
    expect(await saveLocalPack(deps, partialPack('Lokal', {}))).toEqual({ ok: false, errors: ['Lokale ændringer er slået fra af politikken.'] });
    const { effective, status } = await recomputeConfig(deps);
    expect(effective.sources.siteProfiles).toBe('indbygget');
    expect(status.sources.lokal.message).toMatch(/slået fra/);
  });

  it('reports policy errors without dropping the valid keys', async () => {
    const { deps } = setup({ configUrl: 'http://usikker.dk', disabledFeatures: ['tips'] });
    const { status, effective } = await recomputeConfig(deps);
    expect(status.policy.errors[0]).toMatch(/^configUrl: skal være en https-adresse/);
    expect(effective.disabledFeatures).toEqual(['tips']);
  });

  it('treats a managed-storage error (Firefox without policy) as no policy', async () => {
    const { deps } = setup(undefined);
    deps.readManaged = async () => { throw new Error('Managed storage manifest not found'); };
    const { status } = await recomputeConfig(deps);
    expect(status.policy).toMatchObject({ present: false, errors: [] });
  });

  it('previews an import as a per-part diff and exports the effective pack', async () => {
    const { deps } = setup({});
    const preview = await previewImport(deps, partialPack('Ny', { tips: [tip('ny'), tip('begrundelse-i-egne-ord')] }));
    expect(preview.ok).toBe(true);
    if (preview.ok) {
      const tips = preview.diff.find((d) => d.part === 'tips')!;
      expect(tips.added).toEqual(['ny']);
      expect(tips.changed).toEqual(['begrundelse-i-egne-ord']);
      expect(tips.removed.length).toBeGreaterThan(3);
      expect(preview.diff.find((d) => d.part === 'hints')!.unchanged).toBe(true);
    }
    expect(await previewImport(deps, { meta: 1 })).toMatchObject({ ok: false });
    const exported = await exportPack(deps, 'effective');
    expect(exported?.fileName).toBe('sidevogn-sidevogn-standardpakke-0.1.0.json');
    expect(await exportPack(deps, 'local')).toBeUndefined();
  });
});

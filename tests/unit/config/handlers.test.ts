import { describe, expect, it } from 'vitest';
import { createConfigHandlers } from '../../../entrypoints/background/handlers/config';
import type { ConfigDeps } from '../../../lib/config/service';
import { memoryStore, partialPack } from './helpers';

describe('config handlers', () => {
  const state: { policy: unknown } = { policy: { disabledFeatures: ['tips'], configPack: JSON.stringify(partialPack('Politik', { hints: [] })) } };
  const deps: ConfigDeps = { store: memoryStore(), readManaged: async () => state.policy, fetch: async () => new Response('', { status: 500 }) };
  const handlers = createConfigHandlers(() => deps);
  const sender = {};

  it('gives the content script the effective parts, switches and status line', async () => {
    const effective = await handlers['config/effective']({}, sender);
    expect(effective.disabledFeatures).toEqual(['tips']);
    expect(effective.hints).toEqual([]);
    expect(effective.siteProfiles.length).toBeGreaterThan(0);
    expect(effective.statusLine).toMatch(/^Konfiguration: Testkommune – Politik 1\.0\.0/);
    expect(effective.warning).toBeUndefined();
  });

  it('saves local edits through the validator and reports errors in Danish', async () => {
    const bad = await handlers['config/save-local']({ pack: { meta: {} } }, sender);
    expect(bad.ok).toBe(false);
    expect(bad.errors).toContain('meta.municipality: mangler (forventede tekst)');
    const good = await handlers['config/save-local']({ pack: partialPack('Lokal', { tips: [] }) }, sender);
    expect(good.ok).toBe(true);
    expect(good.status?.effective.sources.tips).toBe('lokal');
    const exported = await handlers['config/export']({ which: 'local' }, sender);
    expect(exported).toMatchObject({ found: true, fileName: 'sidevogn-lokal-1.0.0.json' });
  });

  it('warns the panel when a policy pack is broken and the last good one is used', async () => {
    state.policy = { configPack: '{"meta": 1}' };
    const status = await handlers['config/refresh-remote']({}, sender);
    expect(status.sources.politik.state).toBe('fejl');
    const effective = await handlers['config/effective']({}, sender);
    expect(effective.warning).toMatch(/senest gode/);
  });
});

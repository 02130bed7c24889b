import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../lib/config/load-pack';
import { resolveEffectiveConfig, type SourcePack } from '../../../lib/config/resolve';
import { DEFAULT_POLICY } from '../../../lib/config/policy';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import { partialPack, SAMPLE_SITE_PROFILE } from './helpers';

function source(raw: unknown): SourcePack {
  const result = loadPack(raw);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return { pack: result.pack, parts: result.parts };
}

const tip = (id: string) => ({ id, title: id, body: 'tekst' });
const embedded = getEmbeddedPack();

describe('resolveEffectiveConfig', () => {
  it('uses the embedded pack when nothing else is given', () => {
    const result = resolveEffectiveConfig({ embedded, policy: DEFAULT_POLICY });
    expect(result.pack).toEqual(embedded);
    expect(Object.values(result.sources).every((s) => s === 'indbygget')).toBe(true);
  });

  it('orders embedded < local < remote < inline, part by part', () => {
    const local = source(partialPack('Lokal', { tips: [tip('lokal')], siteProfiles: [SAMPLE_SITE_PROFILE] }));
    const remote = source(partialPack('Fjern', { tips: [tip('fjern')], hints: [] }));
    const inline = source(partialPack('Politik', { hints: [{ id: 'politik', text: 'x' }] }));
    const result = resolveEffectiveConfig({ embedded, local, remote, inline, policy: DEFAULT_POLICY });
    expect(result.pack.tips.map((t) => t.id)).toEqual(['fjern']);
    expect(result.pack.hints.map((h) => h.id)).toEqual(['politik']);
    expect(result.pack.siteProfiles.map((p) => p.id)).toEqual(['demo-dubu']);
    expect(result.pack.checklists).toEqual(embedded.checklists);
    expect(result.sources).toMatchObject({ tips: 'fjern', hints: 'politik', siteProfiles: 'lokal', checklists: 'indbygget', meta: 'politik' });
    expect(result.locks.lockedParts).toEqual(['tips', 'hints']);
    expect(result.statusLine).toContain('Politik');
  });

  it('a tips-only remote pack does not wipe the site profiles', () => {
    const local = source(partialPack('Lokal', { siteProfiles: [SAMPLE_SITE_PROFILE] }));
    const remote = source(partialPack('Fjern', { tips: [tip('ny')] }));
    const result = resolveEffectiveConfig({ embedded, local, remote, policy: DEFAULT_POLICY });
    expect(result.pack.siteProfiles).toHaveLength(1);
    expect(result.pack.tips).toHaveLength(1);
  });

  it('ignores local edits when policy forbids them, and applies policy retention and features', () => {
    const local = source(partialPack('Lokal', { tips: [tip('lokal')] }));
    const result = resolveEffectiveConfig({
      embedded,
      local,
      policy: { allowLocalEdits: false, disabledFeatures: ['logbog'], logbookRetentionMonths: 3 },
    });
    expect(result.pack.tips).toEqual(embedded.tips);
    expect(result.sources.tips).toBe('indbygget');
    expect(result.pack.logbook.retentionMonths).toBe(3);
    expect(result.locks).toMatchObject({ localEditsAllowed: false, logbookRetentionLocked: true });
    expect(result.disabledFeatures).toEqual(['logbog']);
  });

  it('does not let later changes to the result touch the sources', () => {
    const remote = source(partialPack('Fjern', { tips: [tip('a')] }));
    const result = resolveEffectiveConfig({ embedded, remote, policy: DEFAULT_POLICY });
    result.pack.tips[0]!.title = 'ændret';
    expect(remote.pack.tips[0]!.title).toBe('a');
  });
});

import { describe, expect, it } from 'vitest';
import { siteProfilesSchema, type ScreenProfile, type SiteProfile } from '../../../lib/host/site-profile-schema';
import type { ScreenDraft } from '../../../lib/messaging/screen-drafts';
import {
  acceptedIsSaved,
  draftTarget,
  formatDraftTime,
  hostOfPattern,
  mergeScreenDraft,
  slugId,
  sortDraftsNewestFirst,
} from '../../../components/studio/drafts';

function screen(id: string, label = id, extra: Partial<ScreenProfile> = {}): ScreenProfile {
  return { id, label, paths: [`/${id}/*`], signals: [], fields: {}, constants: {}, ...extra };
}

const profiles: SiteProfile[] = [
  {
    id: 'nexus',
    name: 'Nexus',
    origins: ['https://*.nexus.kmd.dk/*'],
    fields: { sagsomraade: { labels: ['Område'], selectors: [] } },
    letterEditor: { labels: [], selectors: ['#brev'] },
    screens: [screen('afgoerelse', 'Afgørelse'), screen('overblik', 'Overblik')],
  },
  { id: 'dubu', name: 'DUBU', origins: ['https://dubu.kommune.dk/*'], fields: {}, screens: [screen('sag')] },
];

function draft(over: Partial<ScreenDraft> = {}): ScreenDraft {
  return {
    id: '8f0c1a8e-2f4b-4c51-9b55-6f1f6c2d3e4a',
    createdAt: '2026-03-02T09:15:00.000Z',
    siteId: 'nexus',
    origin: 'https://aarhus.nexus.kmd.dk/*',
    screen: screen('bevilling', 'Bevilling', {
      fields: { indsats: { labels: ['Ydelse'], selectors: ['#ydelse'] } },
      letterEditor: { labels: ['Brev'], selectors: [] },
    }),
    ...over,
  };
}

describe('mergeScreenDraft', () => {
  it('adds the screen to the profile named by siteId and leaves the site-level fields alone', () => {
    const r = mergeScreenDraft(profiles, draft());
    expect(r.kind).toBe('merged');
    if (r.kind !== 'merged') return;
    expect(r.action).toBe('added');
    expect(r.profileId).toBe('nexus');
    const nexus = r.profiles[0]!;
    expect(nexus.screens.map((s) => s.id)).toEqual(['afgoerelse', 'overblik', 'bevilling']);
    expect(nexus.screens[2]!.fields.indsats).toEqual({ labels: ['Ydelse'], selectors: ['#ydelse'] });
    expect(nexus.screens[2]!.letterEditor).toEqual({ labels: ['Brev'], selectors: [] });
    expect(nexus.origins).toEqual(['https://*.nexus.kmd.dk/*']);
    expect(nexus.fields).toEqual(profiles[0]!.fields);
    expect(nexus.letterEditor).toEqual(profiles[0]!.letterEditor);
    expect(r.profiles[1]).toBe(profiles[1]);
    // The input is not changed.
    expect(profiles[0]!.screens).toHaveLength(2);
    expect(siteProfilesSchema.safeParse(r.profiles).success).toBe(true);
  });

  it('asks before replacing a screen with the same id, then replaces it in place', () => {
    const d = draft({ screen: screen('afgoerelse', 'Afgørelse (ny)') });
    const first = mergeScreenDraft(profiles, d);
    expect(first).toEqual({ kind: 'conflict', profileName: 'Nexus', screenId: 'afgoerelse', screenLabel: 'Afgørelse' });
    const r = mergeScreenDraft(profiles, d, { replace: true });
    expect(r.kind).toBe('merged');
    if (r.kind !== 'merged') return;
    expect(r.action).toBe('replaced');
    expect(r.profiles[0]!.screens.map((s) => s.label)).toEqual(['Afgørelse (ny)', 'Overblik']);
  });

  it('creates a new profile from the origin when siteId is missing or unknown', () => {
    for (const d of [draft({ siteId: undefined, origin: 'https://sag.århus.kommune.dk/*' }), draft({ siteId: 'findes-ikke', origin: 'https://sag.århus.kommune.dk/*' })]) {
      const r = mergeScreenDraft(profiles, d);
      expect(r.kind).toBe('merged');
      if (r.kind !== 'merged') continue;
      expect(r.action).toBe('new-profile');
      const made = r.profiles[2]!;
      expect(made).toEqual({ id: 'sag-aarhus-kommune-dk', name: 'sag.århus.kommune.dk', origins: ['https://sag.århus.kommune.dk/*'], fields: {}, screens: [d.screen] });
      expect(r.profiles.slice(0, 2)).toEqual(profiles);
    }
  });

  it('gives a new profile an id not yet taken', () => {
    const taken = [...profiles, { ...profiles[1]!, id: 'dubu-kommune-dk', origins: ['https://other/*'] }];
    const r = mergeScreenDraft(taken, draft({ siteId: undefined, origin: 'https://dubu.kommune.dk:8443/*' }));
    // Same origin as no profile (port differs) → new profile; the id dubu-kommune-dk is taken.
    expect(r.kind === 'merged' && r.profiles.at(-1)!.id).toBe('dubu-kommune-dk-2');
  });

  it('joins the one profile that already lists the exact origin when there is no siteId', () => {
    const r = mergeScreenDraft(profiles, draft({ siteId: undefined, origin: 'https://dubu.kommune.dk/*' }));
    expect(r.kind === 'merged' && r.action).toBe('added');
    expect(r.kind === 'merged' && r.profiles[1]!.screens.map((s) => s.id)).toEqual(['sag', 'bevilling']);
    // Two profiles on one origin: ambiguous, so a new profile rather than a guess.
    const twins = [profiles[0]!, { ...profiles[1]!, origins: ['http://localhost/*'] }, { ...profiles[1]!, id: 'dubu-2', origins: ['http://localhost/*'] }];
    const amb = mergeScreenDraft(twins, draft({ siteId: undefined, origin: 'http://localhost/*' }));
    expect(amb.kind === 'merged' && amb.action).toBe('new-profile');
    expect(amb.kind === 'merged' && amb.profileId).toBe('localhost');
  });

  it('refuses a draft that does not validate, with the path it would have in the pack', () => {
    const bad = draft({ screen: { ...screen('ny'), id: 'Ny Skærm', paths: [] } as ScreenProfile });
    const r = mergeScreenDraft(profiles, bad);
    expect(r.kind).toBe('invalid');
    if (r.kind !== 'invalid') return;
    expect(r.errors.some((l) => l.startsWith('siteProfiles[0].screens[2].id'))).toBe(true);
    expect(r.errors.some((l) => l.startsWith('siteProfiles[0].screens[2].paths'))).toBe(true);
    const newProfile = mergeScreenDraft(profiles, draft({ siteId: undefined, origin: '' }));
    expect(newProfile.kind === 'invalid' && newProfile.errors.join('\n')).toMatch(/siteProfiles\[2\]\.origins\[0\]/);
  });
});

describe('draft helpers', () => {
  it('describes the target', () => {
    expect(draftTarget(profiles, draft())).toMatchObject({ kind: 'existing', profileIndex: 0, replaces: false });
    expect(draftTarget(profiles, draft({ screen: screen('overblik') }))).toMatchObject({ kind: 'existing', replaces: true });
    expect(draftTarget(profiles, draft({ siteId: undefined }))).toEqual({ kind: 'new', id: 'aarhus-nexus-kmd-dk', name: 'aarhus.nexus.kmd.dk' });
  });

  it('reads the host of a match pattern and makes ids that fit the schema', () => {
    expect(hostOfPattern('https://*.nexus.kmd.dk/*')).toBe('nexus.kmd.dk');
    expect(hostOfPattern('http://127.0.0.1:3000/sag/*')).toBe('127.0.0.1');
    expect(hostOfPattern('*://Sag.Kommune.DK/*')).toBe('sag.kommune.dk');
    expect(slugId('127.0.0.1')).toBe('127-0-0-1');
    expect(slugId('***')).toBe('fagsystem');
    expect(slugId('a'.repeat(80))).toHaveLength(60);
  });

  it('sorts newest first', () => {
    const a = draft({ id: 'a', createdAt: '2026-03-01T10:00:00.000Z' });
    const b = draft({ id: 'b', createdAt: '2026-03-02T08:00:00.000Z' });
    const c = draft({ id: 'c', createdAt: '2026-02-27T23:00:00.000Z' });
    expect(sortDraftsNewestFirst([a, b, c]).map((d) => d.id)).toEqual(['b', 'a', 'c']);
  });

  it('knows when an accepted screen is saved', () => {
    expect(acceptedIsSaved(profiles, { draftId: 'x', profileId: 'nexus', screenId: 'overblik' })).toBe(true);
    expect(acceptedIsSaved(profiles, { draftId: 'x', profileId: 'nexus', screenId: 'sag' })).toBe(false);
    expect(acceptedIsSaved(profiles, { draftId: 'x', profileId: 'ukendt', screenId: 'overblik' })).toBe(false);
  });

  it('formats the time in Danish notation', () => {
    const local = new Date(2026, 2, 2, 9, 5);
    expect(formatDraftTime(local.toISOString())).toBe('02.03.2026 kl. 09.05');
    expect(formatDraftTime('ikke en dato')).toBe('ikke en dato');
  });
});

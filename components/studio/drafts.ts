import { screenProfileSchema, siteProfileSchema, type ScreenProfile, type SiteProfile } from '../../lib/host/site-profile-schema';
import type { ScreenDraft } from '../../lib/messaging/screen-drafts';
import { errorLines, uniqueId, validateAt } from './model';

/**
 * Screen drafts taught with the panel's picker, merged into the Studio's working copy. Pure
 * functions (no DOM, no messaging) so the merge rules can be unit-tested.
 */

/** Where a draft would go in the current site profiles. */
export type DraftTarget =
  /** Into an existing profile; `replaces` when it already has a screen with the draft's id. */
  | { kind: 'existing'; profileIndex: number; profile: SiteProfile; replaces: boolean }
  /** A new profile made from the draft's origin. */
  | { kind: 'new'; id: string; name: string };

export type DraftMergeResult =
  | { kind: 'merged'; profiles: SiteProfile[]; profileId: string; profileName: string; screenId: string; action: 'added' | 'replaced' | 'new-profile' }
  /** The profile already has a screen with this id; ask first, then merge with `replace: true`. */
  | { kind: 'conflict'; profileName: string; screenId: string; screenLabel: string }
  | { kind: 'invalid'; errors: string[] };

/** Newest first (by createdAt; ISO datetimes sort as text). */
export function sortDraftsNewestFirst(drafts: readonly ScreenDraft[]): ScreenDraft[] {
  return [...drafts].sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/** The host of a match pattern, without scheme, wildcard subdomain and path: "https://*.nexus.kmd.dk/*" → "nexus.kmd.dk". */
export function hostOfPattern(pattern: string): string {
  return pattern
    .trim()
    .replace(/^[a-z*]+:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/^\*\.?/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
}

/** A profile id from a host: "sag.aarhus.kommune.dk" → "sag-aarhus-kommune-dk" (fits the schema's id pattern). */
export function slugId(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'fagsystem';
}

/**
 * Finds the profile a draft belongs to: the one with the draft's `siteId`; without one (the
 * panel did not recognise the page), the one profile that already lists exactly the draft's
 * origin, so a second draft from the same new site joins the profile the first one created instead
 * of making a twin. Otherwise a new profile, named after the origin's host.
 */
export function draftTarget(profiles: readonly SiteProfile[], draft: ScreenDraft): DraftTarget {
  let profileIndex = draft.siteId ? profiles.findIndex((p) => p.id === draft.siteId) : -1;
  if (profileIndex < 0) {
    // Only when it is unambiguous: two profiles on one origin (the demo systems) are told apart by siteId.
    const same = profiles.flatMap((p, i) => (p.origins.includes(draft.origin) ? [i] : []));
    if (same.length === 1) profileIndex = same[0] as number;
  }
  const profile = profiles[profileIndex];
  if (profile) return { kind: 'existing', profileIndex, profile, replaces: profile.screens.some((s) => s.id === draft.screen.id) };
  const host = hostOfPattern(draft.origin);
  return { kind: 'new', id: uniqueId(slugId(host), profiles), name: host || 'Nyt fagsystem' };
}

/**
 * Merges a draft's screen into the site profiles: adds it to its profile (or replaces the
 * screen with the same id, only with `replace: true`), or makes a new profile with
 * `origins: [draft.origin]`. The profile's own fields (name, origins, shared lookups) are left
 * alone. Only what the draft adds is validated (the screen, or the whole new profile), so the
 * support person's unfinished edits elsewhere do not block an accept; messages carry the path
 * the screen will have in the pack.
 */
export function mergeScreenDraft(profiles: readonly SiteProfile[], draft: ScreenDraft, options: { replace?: boolean } = {}): DraftMergeResult {
  const target = draftTarget(profiles, draft);
  if (target.kind === 'new') {
    const profile: SiteProfile = { id: target.id, name: target.name, origins: [draft.origin], fields: {}, screens: [draft.screen] };
    const errors = errorLines(validateAt(siteProfileSchema, profile, ['siteProfiles', profiles.length]));
    if (errors.length) return { kind: 'invalid', errors };
    return { kind: 'merged', profiles: [...profiles, profile], profileId: profile.id, profileName: profile.name, screenId: draft.screen.id, action: 'new-profile' };
  }
  const { profile, profileIndex } = target;
  const existing = profile.screens.findIndex((s) => s.id === draft.screen.id);
  if (existing >= 0 && !options.replace) {
    const old = profile.screens[existing] as ScreenProfile;
    return { kind: 'conflict', profileName: profile.name || profile.id, screenId: old.id, screenLabel: old.label };
  }
  const screenIndex = existing >= 0 ? existing : profile.screens.length;
  const errors = errorLines(validateAt(screenProfileSchema, draft.screen, ['siteProfiles', profileIndex, 'screens', screenIndex]));
  if (errors.length) return { kind: 'invalid', errors };
  const screens = existing >= 0 ? profile.screens.map((s, i) => (i === existing ? draft.screen : s)) : [...profile.screens, draft.screen];
  return {
    kind: 'merged',
    profiles: profiles.map((p, i) => (i === profileIndex ? { ...profile, screens } : p)),
    profileId: profile.id,
    profileName: profile.name || profile.id,
    screenId: draft.screen.id,
    action: existing >= 0 ? 'replaced' : 'added',
  };
}

/** A draft accepted into the working copy, waiting for Gem before it is deleted. */
export interface AcceptedDraft {
  draftId: string;
  profileId: string;
  screenId: string;
}

/**
 * True when the saved profiles hold the accepted screen (by profile id and screen id), so the
 * draft may be deleted. False after Fortryd, an import or a Rå JSON edit that removed it: the
 * draft then stays, and nothing taught is lost.
 */
export function acceptedIsSaved(profiles: readonly SiteProfile[], accepted: AcceptedDraft): boolean {
  return profiles.some((p) => p.id === accepted.profileId && p.screens.some((s) => s.id === accepted.screenId));
}

/** "02.03.2026 kl. 09.15" in local time (Danish notation). */
export function formatDraftTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

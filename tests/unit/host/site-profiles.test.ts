import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import profiles from '../../../lib/host/default-site-profiles.json';
import { siteProfilesSchema, type FieldLookup } from '../../../lib/host/site-profile-schema';
import { matchScreen, readContext } from '../../../lib/host/match-profile';
import { findField, readValue, mapValue } from '../../../lib/host/read-field';
import { CONTEXT_FIELDS } from '../../../lib/host/context';

/**
 * The built-in profiles against the saved demo pages (rendered DOM, scripts removed). Each
 * expectation comes from demo/screens.json, written by the demo's author, not from the profile.
 */
const root = join(import.meta.dirname, '../../..');
const screens = JSON.parse(readFileSync(join(root, 'demo/screens.json'), 'utf8')).screens as {
  id: string;
  path: string;
  isCaseScreen: boolean;
  fixture?: string;
  expected: Record<string, string | boolean | null>;
}[];
const sites = siteProfilesSchema.parse(profiles);

const load = (file: string) => parseHTML(readFileSync(join(root, 'tests/fixtures/pages', file), 'utf8')).document as unknown as Document;
const url = (path: string) => new URL('http://127.0.0.1:4477' + path);

describe('built-in site profiles on the saved demo pages', () => {
  it('validate against the schema', () => {
    expect(sites.length).toBeGreaterThanOrEqual(2);
  });

  for (const screen of screens) {
    const file = screen.fixture ?? `${screen.id}.html`;
    it(`${screen.id}: ${screen.isCaseScreen ? 'reads the context' : 'is not a case screen'}`, () => {
      const doc = load(file);
      const match = matchScreen(sites, url(screen.path), doc);
      if (!screen.isCaseScreen) {
        expect(match).toBeNull();
        return;
      }
      expect(match).not.toBeNull();
      const ctx = readContext(doc, match!);
      for (const field of CONTEXT_FIELDS) expect(ctx[field] ?? null, `${screen.id}.${field}`).toBe(screen.expected[field] ?? null);
      // Iframe editors need the live frame document; the snapshot has the frame separately.
      if (screen.expected.letterEditorKind !== 'iframe') expect(ctx.hasLetterEditor).toBe(screen.expected.hasLetterEditor);
    });
  }

  // Each selector is a fallback on its own: it must find the same value as the label does.
  for (const site of sites) {
    for (const [field, lookup] of Object.entries(site.fields) as [string, FieldLookup][]) {
      it(`${site.id}.${field}: some fallback selector finds the expected value on its own`, () => {
        const relevant = screens.filter((s) => s.isCaseScreen && s.expected[field] && s.id.startsWith(site.id.replace('demo-', '')));
        expect(relevant.length).toBeGreaterThan(0);
        for (const screen of relevant) {
          const doc = load(screen.fixture ?? `${screen.id}.html`);
          const hit = findField(doc, { labels: [], selectors: lookup.selectors });
          expect(hit, `${screen.id}: no selector of ${field} matched`).not.toBeNull();
          const value = mapValue(readValue(hit!.element), lookup.map);
          const expected = String(screen.expected[field]);
          expect(field === 'sagsomraade' ? value.length > 0 : value, `${screen.id}.${field}`).toBe(field === 'sagsomraade' ? true : expected);
        }
      });
    }
  }
});

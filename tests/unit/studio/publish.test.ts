import { describe, expect, it } from 'vitest';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import { generateSigningKeys, verifySignedPack } from '../../../lib/config/signature';
import { loadPack } from '../../../lib/config/load-pack';
import { buildDraft, setPart } from '../../../components/studio/model';
import { applyImport, buildPublishFile, parsePackFile } from '../../../components/studio/publish';
import { describeDiff } from '../../../components/studio/PublishSection';

const today = new Date(2026, 2, 2, 9, 0);

describe('buildPublishFile', () => {
  const { draft } = buildDraft(getEmbeddedPack(), undefined);

  it('exports the whole pack with the new version, valid again on load', async () => {
    const result = await buildPublishFile(draft, { scope: 'all', bump: 'minor', note: 'Nye tips', today });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.file.filename).toBe('sidevogn-sidevogn-standardpakke-0.2.0.json');
    const value = JSON.parse(result.file.content);
    expect(value.meta.version).toBe('0.2.0');
    expect(value.meta.changelog.split('\n')[0]).toBe('0.2.0 (2026-03-02): Nye tips');
    const loaded = loadPack(value);
    expect(loaded.ok && loaded.parts.length).toBe(7);
  });

  it('exports only the local parts when asked', async () => {
    const edited = setPart(draft, 'tips', [{ id: 'et', title: 'Et', body: 'To', tags: [] }]);
    const result = await buildPublishFile(edited, { scope: 'local', bump: 'patch', note: '', today });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(Object.keys(JSON.parse(result.file.content))).toEqual(['meta', 'tips']);
  });

  it('refuses an invalid pack with Danish path errors', async () => {
    const broken = setPart(draft, 'tips', [{ id: 'et', title: '', body: 'To', tags: [] }]);
    const result = await buildPublishFile(broken, { scope: 'all', bump: 'patch', note: '', today });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toMatch(/tips\[0\]\.title: må ikke være tom/);
  });

  it('signs with a PKCS#8 key so the public key verifies it; a wrong key does not', async () => {
    const keys = await generateSigningKeys();
    const other = await generateSigningKeys();
    const result = await buildPublishFile(draft, { scope: 'all', bump: 'patch', note: '', today, privateKeyPem: keys.privatePem });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.file.filename).toMatch(/-signeret\.json$/);
    const signed = JSON.parse(result.file.content);
    expect((await verifySignedPack(signed, keys.publicRawBase64)).ok).toBe(true);
    expect((await verifySignedPack(signed, other.publicRawBase64)).ok).toBe(false);
  });

  it('gives a Danish error for a file that is not a private key', async () => {
    const result = await buildPublishFile(draft, { scope: 'all', bump: 'patch', note: '', today, privateKeyPem: 'hej' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/nøgle|PEM/i);
  });
});

describe('import', () => {
  it('parses JSON files (with a BOM) and explains non-JSON in Danish', () => {
    expect(parsePackFile('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    const bad = parsePackFile('{nej');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/ikke gyldig JSON/);
  });

  it('replaces only the imported parts and makes them local', () => {
    const { draft } = buildDraft(getEmbeddedPack(), undefined);
    const edited = setPart(draft, 'hints', []);
    const incoming = { meta: { format: 1, municipality: 'Odense', name: 'Tips', version: '3.0.0', published: '2026-02-01' }, tips: [{ id: 'ny', title: 'Ny', body: 'Tekst' }] };
    const out = applyImport(edited, incoming);
    if (!out.ok) throw new Error(out.errors.join('\n'));
    expect(out.draft.localParts).toEqual(['tips', 'hints']);
    expect(out.draft.pack.tips.map((t) => t.id)).toEqual(['ny']);
    expect(out.draft.pack.meta.municipality).toBe('Odense');
    expect(out.draft.pack.catalogue).toEqual(draft.pack.catalogue);
    expect(applyImport(edited, { meta: {} }).ok).toBe(false);
  });

  it('describes a part diff in Danish', () => {
    expect(describeDiff({ unchanged: false, added: ['a', 'b'], removed: [], changed: ['c'], otherChanges: false })).toBe('2 nye (a, b), 1 ændret (c)');
    expect(describeDiff({ unchanged: true, added: [], removed: [], changed: [], otherChanges: false })).toBe('uændret');
    expect(describeDiff({ unchanged: true, added: [], removed: [], changed: [], otherChanges: false }, false)).toMatch(/ikke i pakken/);
  });
});

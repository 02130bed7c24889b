import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseHTML } from 'linkedom';
import { browserLetterDeps, createLetterHandlers, resetLetterSettingsCache, type LetterPack } from '../../../entrypoints/background/handlers/letter';
import { letterMessages, MAX_LETTER_CHARS } from '../../../lib/messaging/letter';
import { messages, parseEnvelope } from '../../../lib/messaging';
import { ruleSettingsSchema, ELEMENT_IDS } from '../../../lib/letter';
import { exampleCatalogue } from '../../../lib/service-level';
import { getEmbeddedPack } from '../../../lib/config/embedded-pack';
import type { ConfigDeps } from '../../../lib/config/service';

const sender = {} as never;
const nexusLetter = (parseHTML(readFileSync(new URL('../../fixtures/pages/nexus-afgoerelse.html', import.meta.url), 'utf8')).document.querySelector('#nx-brev') as unknown as HTMLTextAreaElement).value;
const nexusContext = {
  sagsomraade: 'aeldre' as const,
  lovgrundlag: 'Ældreloven § 10',
  indsats: 'Praktisk hjælp - rengøring',
  omfang: '1 time hver 14. dag',
  afgoerelsestype: 'Delvis bevilling',
  ansoegningsdato: '14.10.2026',
};

function packOf(over: Partial<LetterPack> = {}): LetterPack {
  return { key: 'v1', rules: {}, catalogue: exampleCatalogue(), ...over };
}
const now = () => new Date(2026, 10, 20);

beforeEach(() => resetLetterSettingsCache());
afterEach(() => vi.restoreAllMocks());

describe('letter/check message', () => {
  it('is in the one message table, open to the content script', () => {
    expect('letter/check' in messages).toBe(true);
    expect(letterMessages['letter/check'].privileged).toBe(false);
  });

  it('validates the request: text size, context fields, ISO date', () => {
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 'Hej', context: nexusContext, date: '2026-11-20' } }).ok).toBe(true);
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 'Hej' } }).ok).toBe(true);
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 'Hej', date: '2026-11-20T10:00:00Z' } }).ok).toBe(true);
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 'Hej', date: '20.11.2026' } }).ok).toBe(false);
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 'Hej', context: { sagsomraade: 'unge' } } }).ok).toBe(false);
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 'x'.repeat(MAX_LETTER_CHARS + 1) } }).ok).toBe(false);
    expect(parseEnvelope({ type: 'letter/check', payload: { text: 42 } }).ok).toBe(false);
  });
});

describe('letter/check handler', () => {
  it('checks the Nexus letter: screen decision type, checklist groups with Danish labels, findings in text order, standard texts', async () => {
    const handlers = createLetterHandlers({ getPack: async () => packOf(), now });
    const res = await handlers['letter/check']({ text: nexusLetter, context: nexusContext, date: '2026-11-20' }, sender);
    expect(letterMessages['letter/check'].response.safeParse(res).success).toBe(true);
    expect(res.decisionType).toBe('delvis');
    expect(res.decisionTypeSource).toBe('screen');
    expect(res.textLength).toBe(nexusLetter.length);
    expect(res.groups.map((g) => g.id)).toEqual(['resultat', 'begrundelse', 'borgerens-synspunkter', 'regler', 'formaal', 'ressourcer', 'omfang', 'opfoelgning', 'klagevejledning']);
    expect(res.groups.find((g) => g.id === 'klagevejledning')!.label).toBe('Klagevejledning og retssikkerhed');
    const listed = res.groups.flatMap((g) => g.elements.map((e) => e.id));
    expect(new Set(listed)).toEqual(new Set(ELEMENT_IDS));
    const klagefrist = res.groups.flatMap((g) => g.elements).find((e) => e.id === 'klagefrist')!;
    expect(klagefrist.label).toBe('Klagefrist på 4 uger');
    expect(res.groups.flatMap((g) => g.elements).find((e) => e.id === 'cpr')!.unwanted).toBe(true);
    // "8 uger" and "send til Ankestyrelsen" are in the letter: both found, at their place.
    const ids = res.findings.map((f) => f.ruleId);
    expect(ids).toContain('klagefrist-forkert');
    expect(ids).toContain('klage-direkte-til-ankestyrelsen');
    const frist = res.findings.find((f) => f.ruleId === 'klagefrist-forkert')!;
    expect(nexusLetter.slice(frist.start, frist.end)).toMatch(/8 uger/);
    for (let i = 1; i < res.findings.length; i++) expect(res.findings[i]!.start).toBeGreaterThanOrEqual(res.findings[i - 1]!.start);
    expect(res.standardTexts.length).toBeGreaterThan(0);
    expect(res.standardTexts[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), text: expect.any(String) });
    expect(res.lixBands.map((b) => b.label)).toEqual(['meget let', 'let', 'middel', 'svær', 'meget svær']);
    expect(res.lix.words).toBeGreaterThan(100);
    expect(res.entry).toMatchObject({ name: 'Praktisk hjælp – rengøring' });
    // The scope in the letter equals the form's: no scope findings.
    expect(ids.some((id) => id.startsWith('omfang-u'))).toBe(false);
  });

  it('adds the service-level scope findings when the letter says something else than the form and the frame', async () => {
    const handlers = createLetterHandlers({ getPack: async () => packOf(), now });
    const text = nexusLetter.replace('i 1 time hver 14. dag', 'i 3 timer om ugen');
    expect(text).not.toBe(nexusLetter);
    const res = await handlers['letter/check']({ text, context: nexusContext }, sender);
    const scope = res.findings.filter((f) => f.ruleId.startsWith('omfang-u'));
    expect(scope.map((f) => f.ruleId).sort()).toEqual(['omfang-uden-for-rammen', 'omfang-uoverensstemmelse']);
    for (const f of scope) expect(text.slice(f.start, f.end)).toMatch(/3 timer om ugen/);
  });

  it('reads the decision type in the letter when the screen has none; no catalogue entry without a good match', async () => {
    const handlers = createLetterHandlers({ getPack: async () => packOf(), now });
    const res = await handlers['letter/check']({ text: nexusLetter, context: { indsats: 'Noget helt andet' } }, sender);
    expect(res.decisionTypeSource).toBe('letter');
    expect(res.decisionType).toBe('delvis');
    expect(res.entry).toBeUndefined();
    const picked = await handlers['letter/check']({ text: nexusLetter, context: { entryId: 'madservice' } }, sender);
    expect(picked.entry?.id).toBe('madservice');
  });

  it('an empty letter gives an empty analysis, not an error', async () => {
    const handlers = createLetterHandlers({ getPack: async () => packOf(), now });
    const res = await handlers['letter/check']({ text: '', context: {} }, sender);
    expect(res.textLength).toBe(0);
    expect(res.lix.words).toBe(0);
    expect(letterMessages['letter/check'].response.safeParse(res).success).toBe(true);
  });

  it('uses the pack’s rule settings: a switched-off rule is gone, a changed message is used', async () => {
    const rules = { rules: { 'klagefrist-forkert': { enabled: false }, 'klage-direkte-til-ankestyrelsen': { message: 'Klagen skal sendes til kommunen.' } } };
    const handlers = createLetterHandlers({ getPack: async () => packOf({ rules }), now });
    const res = await handlers['letter/check']({ text: nexusLetter, context: nexusContext }, sender);
    expect(res.findings.some((f) => f.ruleId === 'klagefrist-forkert')).toBe(false);
    expect(res.findings.find((f) => f.ruleId === 'klage-direkte-til-ankestyrelsen')!.message).toBe('Klagen skal sendes til kommunen.');
  });

  it('parses the rule settings once per pack version (so the engine’s compiled-settings cache hits)', async () => {
    const spy = vi.spyOn(ruleSettingsSchema, 'safeParse');
    let pack = packOf({ rules: { thresholds: { sentenceWords: 30 } } });
    // Storage gives a fresh object on every read.
    const handlers = createLetterHandlers({ getPack: async () => structuredClone(pack), now });
    await handlers['letter/check']({ text: nexusLetter, context: {} }, sender);
    await handlers['letter/check']({ text: nexusLetter, context: {} }, sender);
    expect(spy).toHaveBeenCalledTimes(1);
    pack = { ...pack, key: 'v2' }; // recomputed, same rules
    await handlers['letter/check']({ text: nexusLetter, context: {} }, sender);
    expect(spy).toHaveBeenCalledTimes(1);
    pack = { ...pack, key: 'v3', rules: { thresholds: { sentenceWords: 12 } } };
    const res = await handlers['letter/check']({ text: nexusLetter, context: {} }, sender);
    expect(spy).toHaveBeenCalledTimes(2);
    expect(res.findings.filter((f) => f.ruleId === 'lang-saetning').length).toBeGreaterThan(0);
  });

  it('refuses broken rule settings with a Danish message', async () => {
    const handlers = createLetterHandlers({ getPack: async () => packOf({ rules: { thresholds: { sentenceWords: 'mange' } } }), now });
    await expect(handlers['letter/check']({ text: 'Hej', context: {} }, sender)).rejects.toThrow(/Regelindstillingerne .* ugyldige/);
  });

  it('reads the effective pack through the config service', async () => {
    const map = new Map<string, unknown>();
    const deps: ConfigDeps = {
      store: { get: async (k) => map.get(k), set: async (k, v) => void map.set(k, v), remove: async (k) => void map.delete(k) },
      readManaged: async () => ({}),
      fetch: async () => new Response('', { status: 500 }),
      embedded: getEmbeddedPack,
    };
    const pack = await browserLetterDeps(() => deps).getPack();
    expect(pack.key).toMatch(/\|/);
    expect(Array.isArray(pack.catalogue.entries)).toBe(true);
    const handlers = createLetterHandlers({ ...browserLetterDeps(() => deps), now });
    const res = await handlers['letter/check']({ text: nexusLetter, context: nexusContext }, sender);
    expect(res.findings.length).toBeGreaterThan(0);
  });
});

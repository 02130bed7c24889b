import { describe, expect, it } from 'vitest';
import { fetchRemotePack } from '../../../lib/config/remote';
import { generateSigningKeys, importPrivateKey, signPack } from '../../../lib/config/signature';
import { fakeFetch, jsonResponse, partialPack } from './helpers';

const URL_ = 'https://config.kommune.dk/sidevogn.json';
const pack = partialPack('Fjern', { tips: [{ id: 'a', title: 'A', body: 'tekst' }] });
const now = () => new Date('2025-03-01T10:00:00Z');

describe('fetchRemotePack', () => {
  it('fetches, validates and returns a cache entry with the ETag', async () => {
    const f = fakeFetch(() => jsonResponse(pack, { headers: { etag: '"v1"' } }));
    const out = await fetchRemotePack({ url: URL_, fetch: f.fetch, now });
    expect(out.kind).toBe('updated');
    if (out.kind === 'updated') {
      expect(out.cache).toEqual({ url: URL_, etag: '"v1"', fetchedAt: '2025-03-01T10:00:00.000Z', raw: pack });
      expect(out.parts).toEqual(['tips']);
    }
    expect(f.calls[0]!.init?.credentials).toBe('omit');
  });

  it('sends If-None-Match and handles 304', async () => {
    const f = fakeFetch((_, init) => new Response(null, { status: (init?.headers as Record<string, string>)['If-None-Match'] === '"v1"' ? 304 : 200 }));
    const out = await fetchRemotePack({ url: URL_, fetch: f.fetch, previous: { url: URL_, etag: '"v1"', fetchedAt: '', raw: pack } });
    expect(out).toEqual({ kind: 'not-modified' });
    // A cache for another URL must not lend its ETag.
    const other = fakeFetch(() => jsonResponse(pack));
    await fetchRemotePack({ url: URL_, fetch: other.fetch, previous: { url: 'https://andet.dk/p.json', etag: '"v1"', fetchedAt: '', raw: pack } });
    expect((other.calls[0]!.init?.headers as Record<string, string>)['If-None-Match']).toBeUndefined();
  });

  it('times out', async () => {
    const f = fakeFetch((_, init) => new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    const out = await fetchRemotePack({ url: URL_, fetch: f.fetch, timeoutMs: 30 });
    expect(out).toEqual({ kind: 'error', error: 'svarede ikke inden for 0 sekunder' });
  });

  it('refuses bodies over the size limit, declared or streamed', async () => {
    const big = JSON.stringify({ ...pack, fyld: 'x'.repeat(5000) });
    const declared = fakeFetch(() => new Response(big, { headers: { 'content-length': String(big.length) } }));
    expect(await fetchRemotePack({ url: URL_, fetch: declared.fetch, maxBytes: 1000 })).toMatchObject({ kind: 'error', error: expect.stringMatching(/for stor/) });
    const streamed = fakeFetch(() => new Response(new Blob([big]).stream()));
    expect(await fetchRemotePack({ url: URL_, fetch: streamed.fetch, maxBytes: 1000 })).toMatchObject({ kind: 'error', error: expect.stringMatching(/for stor/) });
  });

  it('reports HTTP errors, network errors, bad JSON and invalid packs in Danish', async () => {
    expect(await fetchRemotePack({ url: URL_, fetch: fakeFetch(() => new Response('nej', { status: 404 })).fetch })).toEqual({ kind: 'error', error: 'serveren svarede 404', httpStatus: 404 });
    expect(await fetchRemotePack({ url: URL_, fetch: async () => { throw new TypeError('offline'); } })).toEqual({ kind: 'error', error: 'kunne ikke hentes (ingen forbindelse?)' });
    expect(await fetchRemotePack({ url: URL_, fetch: fakeFetch(() => new Response('<html>')).fetch })).toEqual({ kind: 'error', error: 'svaret er ikke gyldig JSON' });
    const invalid = await fetchRemotePack({ url: URL_, fetch: fakeFetch(() => jsonResponse({ meta: {} })).fetch });
    expect(invalid).toMatchObject({ kind: 'error', error: 'pakken er ugyldig', errors: expect.arrayContaining(['meta.municipality: mangler (forventede tekst)']) });
  });

  it('refuses a non-https URL without fetching', async () => {
    const f = fakeFetch(() => jsonResponse(pack));
    expect((await fetchRemotePack({ url: 'http://kommune.dk/p.json', fetch: f.fetch })).kind).toBe('error');
    expect(f.calls).toHaveLength(0);
  });

  it('requires a valid signature when a public key is given', async () => {
    const keys = await generateSigningKeys();
    const signed = await signPack(pack, await importPrivateKey(keys.privatePem));
    const ok = await fetchRemotePack({ url: URL_, fetch: fakeFetch(() => jsonResponse(signed)).fetch, publicKey: keys.publicRawBase64 });
    expect(ok.kind).toBe('updated');
    const unsigned = await fetchRemotePack({ url: URL_, fetch: fakeFetch(() => jsonResponse(pack)).fetch, publicKey: keys.publicRawBase64 });
    expect(unsigned).toMatchObject({ kind: 'error', error: expect.stringMatching(/ikke signeret/) });
    const tampered = structuredClone(signed) as { pack: { meta: { name: string } } };
    tampered.pack.meta.name = 'Falsk';
    const bad = await fetchRemotePack({ url: URL_, fetch: fakeFetch(() => jsonResponse(tampered)).fetch, publicKey: keys.publicRawBase64 });
    expect(bad).toMatchObject({ kind: 'error', error: expect.stringMatching(/^signaturen passer ikke/) });
  });
});

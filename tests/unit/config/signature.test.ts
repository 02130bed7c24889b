import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../lib/config/canonical-json';
import {
  bytesToBase64,
  decodePublicKey,
  generateSigningKeys,
  importPrivateKey,
  pemBody,
  signPack,
  verifySignedPack,
} from '../../../lib/config/signature';
import { samplePack } from './helpers';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'æ' } })).toBe('{"a":{"c":"æ","d":[3,{"y":2,"z":1}]},"b":1}');
  });
  it('is the same for re-ordered input and refuses non-finite numbers', () => {
    expect(canonicalJson({ x: 1, y: [true, null] })).toBe(canonicalJson(JSON.parse('{ "y": [true, null], "x": 1 }')));
    expect(() => canonicalJson({ x: Number.NaN })).toThrow();
  });
});

describe('Ed25519 signatures', async () => {
  const keys = await generateSigningKeys();
  const other = await generateSigningKeys();
  const privateKey = await importPrivateKey(keys.privatePem);
  const pack = samplePack();
  const signed = JSON.parse(JSON.stringify(await signPack(pack, privateKey))) as { pack: Record<string, unknown>; signature: Record<string, unknown> };

  it('verifies a valid signature with the raw key, the SPKI base64 and the PEM', async () => {
    expect(signed.signature.alg).toBe('Ed25519');
    expect(signed.signature.keyId).toBe(keys.keyId);
    const spki = pemBody(keys.publicPem);
    for (const key of [keys.publicRawBase64, spki, keys.publicPem]) {
      const result = await verifySignedPack(signed, key);
      expect(result.ok).toBe(true);
    }
  });

  it('still verifies after the JSON is reformatted and keys re-ordered', async () => {
    const reordered = JSON.parse(JSON.stringify({ signature: signed.signature, pack: { ...signed.pack } }, null, 4));
    expect((await verifySignedPack(reordered, keys.publicRawBase64)).ok).toBe(true);
  });

  it('rejects a tampered pack', async () => {
    const tampered = structuredClone(signed);
    (tampered.pack.meta as Record<string, unknown>).version = '9.9.9';
    const result = await verifySignedPack(tampered, keys.publicRawBase64);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/^signaturen passer ikke/) });
  });

  it('rejects a signature made with another key (by keyId, and by the math when keyId is removed)', async () => {
    const byId = await verifySignedPack(signed, other.publicRawBase64);
    expect(byId).toEqual({ ok: false, error: expect.stringMatching(/anden nøgle/) });
    const noId = structuredClone(signed);
    delete noId.signature.keyId;
    expect(await verifySignedPack(noId, other.publicRawBase64)).toEqual({ ok: false, error: expect.stringMatching(/^signaturen passer ikke/) });
  });

  it('rejects a missing or malformed signature when a key is required', async () => {
    expect(await verifySignedPack(pack, keys.publicRawBase64)).toEqual({ ok: false, error: expect.stringMatching(/ikke signeret/) });
    const wrongAlg = { ...signed, signature: { ...signed.signature, alg: 'RS256' } };
    expect((await verifySignedPack(wrongAlg, keys.publicRawBase64)).ok).toBe(false);
    const shortSig = { ...signed, signature: { ...signed.signature, value: 'AAAA' } };
    expect(await verifySignedPack(shortSig, keys.publicRawBase64)).toEqual({ ok: false, error: expect.stringMatching(/64 byte/) });
  });

  it('decodes public keys in the accepted forms only', () => {
    expect(decodePublicKey(keys.publicRawBase64).ok).toBe(true);
    expect(decodePublicKey(bytesToBase64(new Uint8Array(31))).ok).toBe(false);
    expect(decodePublicKey('ikke base64!').ok).toBe(false);
  });
});

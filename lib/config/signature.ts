import { canonicalJson } from './canonical-json';

/**
 * Ed25519 signatures on config packs, with WebCrypto (`crypto.subtle`: Node 20, Chromium
 * 137+, Firefox 129+). A signed pack is
 * `{ "pack": {...}, "signature": { "alg": "Ed25519", "keyId"?: "...", "value": "<base64>" } }`
 * and the signature covers `canonicalJson(pack)` as UTF-8.
 */

export interface PackSignature {
  alg: 'Ed25519';
  keyId?: string;
  value: string;
}

export interface SignedPack {
  pack: unknown;
  signature: PackSignature;
}

const SPKI_PREFIX = Uint8Array.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]);

function subtle(): SubtleCrypto {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (!c?.subtle) throw new Error('WebCrypto er ikke tilgængelig her');
  return c.subtle;
}

/** Base64 (standard alphabet, padding optional) to bytes; undefined when not base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  try {
    const binary = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
    return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  } catch {
    return undefined;
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Strips PEM armour ("-----BEGIN PUBLIC KEY-----") and returns the base64 body. */
export function pemBody(text: string): string {
  return text
    .replace(/-----BEGIN [A-Z ]+-----/g, '')
    .replace(/-----END [A-Z ]+-----/g, '')
    .replace(/\s+/g, '');
}

export function toPem(label: 'PUBLIC KEY' | 'PRIVATE KEY', der: Uint8Array): string {
  const body = bytesToBase64(der).replace(/(.{64})/g, '$1\n').trim();
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/**
 * Reads an Ed25519 public key written as base64 of the raw 32 bytes, base64 of SPKI DER, or a
 * PEM "PUBLIC KEY". Returns the raw 32 bytes or a Danish error.
 */
export function decodePublicKey(text: string): { ok: true; raw: Uint8Array } | { ok: false; error: string } {
  const bytes = base64ToBytes(pemBody(text.trim()));
  const error = 'skal være en Ed25519 offentlig nøgle i base64 (32 byte rå eller SPKI)';
  if (!bytes) return { ok: false, error };
  if (bytes.length === 32) return { ok: true, raw: bytes };
  if (bytes.length === 44 && SPKI_PREFIX.every((b, i) => bytes[i] === b)) return { ok: true, raw: bytes.slice(12) };
  return { ok: false, error };
}

/** A short id of a public key: the first 16 hex digits of SHA-256 of its raw bytes. */
export async function keyIdOf(raw: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', raw as BufferSource));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when a value has the shape of a signed pack (a `pack` and a `signature`, no `meta`). */
export function isSignedPackShape(value: unknown): value is { pack: unknown; signature: unknown } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.prototype.hasOwnProperty.call(value, 'pack') &&
    Object.prototype.hasOwnProperty.call(value, 'signature') &&
    !Object.prototype.hasOwnProperty.call(value, 'meta')
  );
}

function readSignature(value: unknown): PackSignature | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'signature: forventede et objekt';
  const sig = value as Record<string, unknown>;
  if (sig.alg !== 'Ed25519') return 'signature.alg: skal være "Ed25519"';
  if (typeof sig.value !== 'string' || !base64ToBytes(sig.value) || base64ToBytes(sig.value)?.length !== 64)
    return 'signature.value: skal være en Ed25519-signatur i base64 (64 byte)';
  if (sig.keyId !== undefined && typeof sig.keyId !== 'string') return 'signature.keyId: forventede tekst';
  return { alg: 'Ed25519', value: sig.value, ...(typeof sig.keyId === 'string' ? { keyId: sig.keyId } : {}) };
}

/**
 * Verifies a signed pack against a public key. Returns the inner pack (still unvalidated) or
 * a Danish error. Never throws.
 */
export async function verifySignedPack(
  value: unknown,
  publicKeyText: string,
): Promise<{ ok: true; pack: unknown; keyId: string } | { ok: false; error: string }> {
  try {
    if (!isSignedPackShape(value)) return { ok: false, error: 'pakken er ikke signeret, men politikken kræver en signatur' };
    const sig = readSignature(value.signature);
    if (typeof sig === 'string') return { ok: false, error: sig };
    const key = decodePublicKey(publicKeyText);
    if (!key.ok) return { ok: false, error: `configPublicKey: ${key.error}` };
    const keyId = await keyIdOf(key.raw);
    if (sig.keyId && sig.keyId !== keyId) {
      return { ok: false, error: `signaturen er lavet med en anden nøgle (${sig.keyId}) end den i politikken (${keyId})` };
    }
    let message: Uint8Array;
    try {
      message = new TextEncoder().encode(canonicalJson(value.pack));
    } catch (error) {
      return { ok: false, error: `pakken kan ikke læses som JSON: ${error instanceof Error ? error.message : ''}` };
    }
    const cryptoKey = await subtle().importKey('raw', key.raw as BufferSource, { name: 'Ed25519' }, false, ['verify']);
    const good = await subtle().verify(
      { name: 'Ed25519' },
      cryptoKey,
      base64ToBytes(sig.value) as BufferSource,
      message as BufferSource,
    );
    if (!good) return { ok: false, error: 'signaturen passer ikke: pakken er ændret efter signering, eller nøglen er forkert' };
    return { ok: true, pack: value.pack, keyId };
  } catch (error) {
    return { ok: false, error: `signaturen kunne ikke kontrolleres (${error instanceof Error ? error.name : 'ukendt fejl'})` };
  }
}

/** Reads a PKCS#8 private key (PEM or base64 DER) for signing. */
export async function importPrivateKey(pemOrBase64: string): Promise<CryptoKey> {
  const der = base64ToBytes(pemBody(pemOrBase64));
  if (!der) throw new Error('Privatnøglen er ikke en PEM-fil (PKCS#8, "BEGIN PRIVATE KEY").');
  return subtle().importKey('pkcs8', der as BufferSource, { name: 'Ed25519' }, true, ['sign']);
}

/** The raw public key of a private key (via its JWK `x`). */
export async function publicKeyOf(privateKey: CryptoKey): Promise<Uint8Array> {
  const jwk = await subtle().exportKey('jwk', privateKey);
  const x = (jwk.x ?? '').replace(/-/g, '+').replace(/_/g, '/');
  const raw = base64ToBytes(x);
  if (!raw || raw.length !== 32) throw new Error('Kunne ikke udlede den offentlige nøgle.');
  return raw;
}

/** Signs a pack: returns `{ pack, signature }` over `canonicalJson(pack)`. */
export async function signPack(pack: unknown, privateKey: CryptoKey): Promise<SignedPack> {
  const raw = await publicKeyOf(privateKey);
  const message = new TextEncoder().encode(canonicalJson(pack));
  const signature = new Uint8Array(await subtle().sign({ name: 'Ed25519' }, privateKey, message as BufferSource));
  return { pack, signature: { alg: 'Ed25519', keyId: await keyIdOf(raw), value: bytesToBase64(signature) } };
}

/** A new key pair as PEM texts plus the raw public key in base64 (what goes into policy). */
export async function generateSigningKeys(): Promise<{
  privatePem: string;
  publicPem: string;
  publicRawBase64: string;
  keyId: string;
}> {
  const pair = (await subtle().generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey));
  const spki = new Uint8Array(await subtle().exportKey('spki', pair.publicKey));
  const raw = new Uint8Array(await subtle().exportKey('raw', pair.publicKey));
  return {
    privatePem: toPem('PRIVATE KEY', pkcs8),
    publicPem: toPem('PUBLIC KEY', spki),
    publicRawBase64: bytesToBase64(raw),
    keyId: await keyIdOf(raw),
  };
}

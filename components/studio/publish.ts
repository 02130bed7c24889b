import { importPrivateKey, signPack } from '../../lib/config/signature';
import { loadPack, PACK_PARTS } from '../../lib/config/load-pack';
import type { ConfigPack } from '../../lib/config/pack-schema';
import { packFileName, packToPublish, publishMeta, type StudioDraft, type VersionBump } from './model';

/** A file the page offers for download. */
export interface DownloadFile {
  filename: string;
  mimeType: string;
  content: string;
}

export interface PublishOptions {
  scope: 'all' | 'local';
  bump: VersionBump | 'none';
  note: string;
  /** PKCS#8 Ed25519 private key (PEM text, as `sidevogn pack keygen` writes it); signs the pack. */
  privateKeyPem?: string;
  today: Date;
}

export type PublishResult = { ok: true; file: DownloadFile; meta: ConfigPack['meta'] } | { ok: false; errors: string[] };

/**
 * Builds the pack file to publish: new version, date and changelog line in `meta`, validated
 * like any pack (a broken pack is never handed out), optionally signed. The private key is used
 * once and not kept.
 */
export async function buildPublishFile(draft: StudioDraft, options: PublishOptions): Promise<PublishResult> {
  const meta = publishMeta(draft.pack.meta, options);
  const pack = packToPublish(draft, options.scope, meta);
  const loaded = loadPack(pack);
  if (!loaded.ok) return { ok: false, errors: ['Pakken er ugyldig og kan ikke udgives:', ...loaded.errors] };
  let value: unknown = pack;
  if (options.privateKeyPem !== undefined) {
    let key: CryptoKey;
    try {
      key = await importPrivateKey(options.privateKeyPem);
    } catch (error) {
      const why = error instanceof Error && /PEM/.test(error.message) ? error.message : 'Nøglen er ikke en Ed25519-privatnøgle (PKCS#8), som "sidevogn pack keygen" laver.';
      return { ok: false, errors: [why] };
    }
    try {
      value = await signPack(pack, key);
    } catch {
      return { ok: false, errors: ['Pakken kunne ikke signeres med nøglen (er det en Ed25519-nøgle?).'] };
    }
  }
  return {
    ok: true,
    meta,
    file: {
      filename: packFileName(meta, options.privateKeyPem !== undefined),
      mimeType: 'application/json',
      content: JSON.stringify(value, null, 2) + '\n',
    },
  };
}

/** Reads a chosen file's text as JSON; Danish error when it is not JSON. */
export function parsePackFile(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { ok: false, error: 'Filen er ikke gyldig JSON. Vælg en pakkefil (.json), som Sidevogn har lavet.' };
  }
}

/**
 * The working copy after an import: the imported parts replace the draft's, the metadata comes
 * from the imported pack, and the imported parts become local edits.
 */
export function applyImport(draft: StudioDraft, raw: unknown): { ok: true; draft: StudioDraft } | { ok: false; errors: string[] } {
  const loaded = loadPack(raw);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const pack = { ...draft.pack, meta: loaded.pack.meta } as ConfigPack;
  for (const part of loaded.parts) (pack as Record<string, unknown>)[part] = loaded.pack[part];
  const localParts = [...new Set([...draft.localParts, ...loaded.parts])];
  return { ok: true, draft: { pack, localParts: loaded.parts.length ? sortParts(localParts) : draft.localParts } };
}

function sortParts(parts: StudioDraft['localParts']): StudioDraft['localParts'] {
  return PACK_PARTS.filter((p) => parts.includes(p));
}

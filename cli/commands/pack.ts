/**
 * `sidevogn pack <validate|sign|verify|keygen>`: check, sign and verify config packs.
 *   sidevogn pack validate FILE [--json]
 *   sidevogn pack sign --key private.pem --in pack.json --out signed.json
 *   sidevogn pack verify --pubkey KEY|FILE FILE
 *   sidevogn pack keygen --out DIR
 * Reports are in Danish; exit code 0 = fine, 1 = the pack (or signature) failed, 2 = wrong use.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../main.ts';
import { loadPack, loadPackText, PACK_PARTS, type LoadResult } from '../../lib/config/load-pack.ts';
import { isSignedPackShape, generateSigningKeys, importPrivateKey, signPack, verifySignedPack } from '../../lib/config/signature.ts';

const USAGE = `Brug:
  sidevogn pack validate FIL [--json]          tjek en pakke (dansk rapport)
  sidevogn pack sign --key privat.pem --in pakke.json --out signeret.json
  sidevogn pack verify --pubkey NØGLE|FIL FIL  tjek signatur og indhold
  sidevogn pack keygen --out MAPPE             lav et nøglepar til signering`;

/** Splits `--name value` options from positional arguments. */
export function parseOptions(args: string[], flags: readonly string[] = []): { options: Record<string, string | true>; rest: string[] } {
  const options: Record<string, string | true> = {};
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (inline !== undefined) options[name] = inline;
      else if (flags.includes(name)) options[name] = true;
      else if (i + 1 < args.length) options[name] = args[++i]!;
      else options[name] = true;
    } else rest.push(arg);
  }
  return { options, rest };
}

function readText(path: string, io: CliIo): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    io.err(`Kan ikke læse filen ${path}.`);
    return undefined;
  }
}

function report(result: LoadResult, file: string, io: CliIo): number {
  if (!result.ok) {
    io.out(`✗ ${file} er ikke en gyldig konfigurationspakke (${result.errors.length} fejl):`);
    for (const line of result.errors) io.out(`  - ${line}`);
    return 1;
  }
  const { meta } = result.pack;
  io.out(`✓ ${file} er gyldig: ${meta.municipality} – ${meta.name} ${meta.version} (udgivet ${meta.published}).`);
  const counts = PACK_PARTS.filter((p) => result.parts.includes(p)).map((part) => {
    const value = result.pack[part] as unknown;
    if (Array.isArray(value)) return `${part}: ${value.length}`;
    if (part === 'catalogue') return `catalogue: ${result.pack.catalogue.entries.length} indsatser`;
    return part;
  });
  io.out(`  Dele i pakken: ${counts.length ? counts.join(', ') : 'ingen (kun metadata)'}`);
  const missing = PACK_PARTS.filter((p) => !result.parts.includes(p));
  if (missing.length) io.out(`  Ikke i pakken (tages fra andre kilder): ${missing.join(', ')}`);
  return 0;
}

async function validate(args: string[], io: CliIo): Promise<number> {
  const { options, rest } = parseOptions(args, ['json']);
  const file = rest[0];
  if (!file) {
    io.err(USAGE);
    return 2;
  }
  const text = readText(file, io);
  if (text === undefined) return 1;
  const result = loadPackText(text);
  if (options.json) {
    io.out(JSON.stringify(result.ok ? { ok: true, meta: result.pack.meta, parts: result.parts } : result, null, 2));
    return result.ok ? 0 : 1;
  }
  let signedNote = '';
  try {
    if (isSignedPackShape(JSON.parse(text))) signedNote = ' (signeret pakke; signaturen tjekkes med "pack verify")';
  } catch {
    // loadPackText already reported the JSON error.
  }
  const code = report(result, file + signedNote, io);
  return code;
}

async function sign(args: string[], io: CliIo): Promise<number> {
  const { options } = parseOptions(args);
  const keyFile = options.key;
  const input = options.in;
  const output = options.out;
  if (typeof keyFile !== 'string' || typeof input !== 'string' || typeof output !== 'string') {
    io.err(USAGE);
    return 2;
  }
  const text = readText(input, io);
  const keyText = readText(keyFile, io);
  if (text === undefined || keyText === undefined) return 1;
  const result = loadPackText(text);
  if (!result.ok) {
    io.err('Pakken signeres ikke, fordi den er ugyldig:');
    for (const line of result.errors) io.err(`  - ${line}`);
    return 1;
  }
  const parsed = JSON.parse(text) as unknown;
  const pack = isSignedPackShape(parsed) ? parsed.pack : parsed;
  let key: CryptoKey;
  try {
    key = await importPrivateKey(keyText);
  } catch (error) {
    io.err(`Kan ikke læse privatnøglen: ${error instanceof Error ? error.message : ''}`);
    return 1;
  }
  const signed = await signPack(pack, key);
  writeFileSync(output, JSON.stringify(signed, null, 2) + '\n');
  io.out(`✓ Signeret med nøgle ${signed.signature.keyId}: ${output}`);
  return 0;
}

async function verify(args: string[], io: CliIo): Promise<number> {
  const { options, rest } = parseOptions(args);
  const file = rest[0];
  const pub = options.pubkey;
  if (!file || typeof pub !== 'string') {
    io.err(USAGE);
    return 2;
  }
  const keyText = existsSync(pub) ? readText(pub, io) : pub;
  const text = readText(file, io);
  if (text === undefined || keyText === undefined) return 1;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    io.out(`✗ ${file} er ikke gyldig JSON.`);
    return 1;
  }
  const verified = await verifySignedPack(value, keyText);
  if (!verified.ok) {
    io.out(`✗ Signaturen godkendes ikke: ${verified.error}`);
    return 1;
  }
  io.out(`✓ Signaturen passer (nøgle ${verified.keyId}).`);
  return report(loadPack(verified.pack), file, io);
}

async function keygen(args: string[], io: CliIo): Promise<number> {
  const { options } = parseOptions(args);
  const dir = options.out;
  if (typeof dir !== 'string') {
    io.err(USAGE);
    return 2;
  }
  mkdirSync(dir, { recursive: true });
  const privatePath = join(dir, 'sidevogn-sign-private.pem');
  const publicPath = join(dir, 'sidevogn-sign-public.pem');
  const rawPath = join(dir, 'sidevogn-sign-public.txt');
  for (const path of [privatePath, publicPath, rawPath]) {
    if (existsSync(path)) {
      io.err(`${path} findes allerede; vælg en anden mappe (nøgler overskrives aldrig).`);
      return 1;
    }
  }
  const keys = await generateSigningKeys();
  writeFileSync(privatePath, keys.privatePem, { mode: 0o600 });
  writeFileSync(publicPath, keys.publicPem);
  writeFileSync(rawPath, keys.publicRawBase64 + '\n');
  io.out(`✓ Nøglepar lavet (nøgle-id ${keys.keyId}):`);
  io.out(`  Privat nøgle (hold den hemmelig, del den aldrig): ${privatePath}`);
  io.out(`  Offentlig nøgle (PEM): ${publicPath}`);
  io.out(`  Offentlig nøgle til politikken configPublicKey: ${keys.publicRawBase64}`);
  return 0;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case 'validate':
      return validate(rest, io);
    case 'sign':
      return sign(rest, io);
    case 'verify':
      return verify(rest, io);
    case 'keygen':
      return keygen(rest, io);
    default:
      io.err(USAGE);
      return 2;
  }
}

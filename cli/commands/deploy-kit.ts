/**
 * `sidevogn deploy-kit --out DIR [--pack FILE | --url URL] [--pubkey KEY|FILE] [--chrome-id ID]
 *  [--firefox-id ID] [--update-url URL] [--firefox-url URL] [--no-local-edits]
 *  [--disable serviceniveau,logbog,…] [--retention MONTHS]`
 * Writes policy files for Chrome, Edge and Firefox and a Danish guide (VEJLEDNING.md).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../main.ts';
import { parseOptions } from './pack.ts';
import { buildDeployKit, DEFAULT_GECKO_ID, type DeployKitOptions } from '../../lib/config/deploy-kit.ts';
import { loadPackText } from '../../lib/config/load-pack.ts';
import { FEATURES, type Feature } from '../../lib/config/policy.ts';

const USAGE = `Brug: sidevogn deploy-kit --out MAPPE [--pack FIL | --url ADRESSE] [--pubkey NØGLE|FIL]
       [--chrome-id ID] [--firefox-id ID] [--update-url ADRESSE] [--firefox-url ADRESSE]
       [--no-local-edits] [--disable ${FEATURES.join(',')}] [--retention MÅNEDER]`;

/** The dev build's Chrome id (keys/chrome-extension-id.txt). */
export function defaultChromeId(): string {
  const file = fileURLToPath(new URL('../../keys/chrome-extension-id.txt', import.meta.url));
  return readFileSync(file, 'utf8').trim();
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { options } = parseOptions(args, ['no-local-edits']);
  const out = options.out;
  if (typeof out !== 'string') {
    io.err(USAGE);
    return 2;
  }
  if (options.pack !== undefined && options.url !== undefined) {
    io.err('Brug enten --pack eller --url, ikke begge.');
    return 2;
  }
  const kitOptions: DeployKitOptions = {
    chromeId: typeof options['chrome-id'] === 'string' ? options['chrome-id'] : defaultChromeId(),
    firefoxId: typeof options['firefox-id'] === 'string' ? options['firefox-id'] : DEFAULT_GECKO_ID,
  };
  if (typeof options.pack === 'string') {
    let text: string;
    try {
      text = readFileSync(options.pack, 'utf8');
    } catch {
      io.err(`Kan ikke læse ${options.pack}.`);
      return 1;
    }
    const loaded = loadPackText(text);
    if (!loaded.ok) {
      io.err(`Pakken ${options.pack} er ugyldig og kommer ikke med i politikken:`);
      for (const line of loaded.errors) io.err(`  - ${line}`);
      return 1;
    }
    kitOptions.pack = JSON.parse(text) as unknown;
  }
  if (typeof options.url === 'string') kitOptions.url = options.url;
  if (typeof options.pubkey === 'string') {
    kitOptions.publicKey = existsSync(options.pubkey) ? readFileSync(options.pubkey, 'utf8').trim() : options.pubkey;
  }
  if (typeof options['update-url'] === 'string') kitOptions.updateUrl = options['update-url'];
  if (typeof options['firefox-url'] === 'string') kitOptions.firefoxInstallUrl = options['firefox-url'];
  if (options['no-local-edits']) kitOptions.allowLocalEdits = false;
  if (typeof options.disable === 'string') {
    const list = options.disable.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = list.filter((f) => !(FEATURES as readonly string[]).includes(f));
    if (unknown.length) {
      io.err(`Ukendte funktioner: ${unknown.join(', ')}. Mulige: ${FEATURES.join(', ')}.`);
      return 2;
    }
    kitOptions.disabledFeatures = list as Feature[];
  }
  if (typeof options.retention === 'string') kitOptions.logbookRetentionMonths = Number(options.retention);

  let kit;
  try {
    kit = buildDeployKit(kitOptions);
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 1;
  }
  for (const file of kit.files) {
    const path = join(out, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
  }
  io.out(`✓ Udrulningspakke skrevet til ${out}:`);
  for (const file of kit.files) io.out(`  ${file.path}`);
  for (const warning of kit.warnings) io.out(`  Bemærk: ${warning}`);
  io.out(`Læs ${join(out, 'VEJLEDNING.md')} for de næste trin.`);
  return 0;
}

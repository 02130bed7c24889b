import { canonicalJson } from './canonical-json';
import { parsePolicy, type Feature } from './policy';

/**
 * The deploy kit for IT: policy files that force-install Sidevogn and hand it its config
 * (inline pack or URL) in Chrome, Edge (Linux JSON, Windows .reg) and Firefox (policies.json),
 * plus a Danish step-by-step guide. Pure: it returns file texts; the CLI writes them.
 */

export const DEFAULT_GECKO_ID = 'sidevogn@sidevogn.dk';
export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
export const EDGE_ADDONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';
export const FIREFOX_URL_PLACEHOLDER = 'https://UDFYLD-ADRESSEN-PAA/sidevogn.xpi';

export interface DeployKitOptions {
  chromeId: string;
  firefoxId?: string;
  /** An inline pack (plain or signed JSON value). */
  pack?: unknown;
  /** The address the extension fetches the pack from. */
  url?: string;
  /** Ed25519 public key (base64) when the remote pack is signed. */
  publicKey?: string;
  /** The CRX update URL for Chrome and Edge (self-hosted); defaults to each browser's store. */
  updateUrl?: string;
  /** Where Firefox downloads the .xpi. */
  firefoxInstallUrl?: string;
  allowLocalEdits?: boolean;
  disabledFeatures?: Feature[];
  logbookRetentionMonths?: number;
}

export interface KitFile {
  path: string;
  content: string;
}

export interface DeployKit {
  files: KitFile[];
  /** The policy values for the extension (what goes under 3rdparty). */
  policy: Record<string, unknown>;
  warnings: string[];
}

/**
 * JSON with every non-ASCII character escaped (\u00e6). Same value for every JSON parser, and
 * safe inside an ANSI .reg file and any GPO editor.
 */
export function asciiJson(value: unknown): string {
  return canonicalJson(value).replace(/[\u007f-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Builds the policy values and checks them with the same parser the extension uses. */
export function buildPolicyValues(options: DeployKitOptions): { policy: Record<string, unknown>; errors: string[] } {
  const policy: Record<string, unknown> = {};
  if (options.pack !== undefined) policy.configPack = asciiJson(options.pack);
  if (options.url) policy.configUrl = options.url;
  if (options.publicKey) policy.configPublicKey = options.publicKey;
  if (options.allowLocalEdits !== undefined) policy.allowLocalEdits = options.allowLocalEdits;
  if (options.disabledFeatures?.length) policy.disabledFeatures = [...options.disabledFeatures];
  if (options.logbookRetentionMonths !== undefined) policy.logbookRetentionMonths = options.logbookRetentionMonths;
  return { policy, errors: parsePolicy(policy).errors };
}

/** Escapes a string for a .reg file value ("..."). */
function regString(value: string): string {
  return '"' + value.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
}

function regDword(value: number): string {
  return 'dword:' + (value >>> 0).toString(16).padStart(8, '0');
}

/** The .reg lines for one browser's extension policy (values, and lists as numbered subkeys). */
function regPolicyBlock(root: string, chromeId: string, policy: Record<string, unknown>): string[] {
  const key = `${root}\\3rdparty\\extensions\\${chromeId}\\policy`;
  const lines = [`[${key}]`];
  const lists: [string, unknown[]][] = [];
  for (const [name, value] of Object.entries(policy)) {
    if (typeof value === 'string') lines.push(`${regString(name)}=${regString(value)}`);
    else if (typeof value === 'boolean') lines.push(`${regString(name)}=${regDword(value ? 1 : 0)}`);
    else if (typeof value === 'number') lines.push(`${regString(name)}=${regDword(value)}`);
    else if (Array.isArray(value)) lists.push([name, value]);
  }
  for (const [name, list] of lists) {
    // Chrome reads a list policy from a subkey with values "1", "2", … (as for its own lists).
    lines.push('', `[${key}\\${name}]`);
    list.forEach((item, i) => lines.push(`${regString(String(i + 1))}=${regString(String(item))}`));
  }
  return lines;
}

function buildReg(options: DeployKitOptions, policy: Record<string, unknown>): string {
  const chromeUpdate = options.updateUrl ?? CHROME_WEB_STORE_UPDATE_URL;
  const edgeUpdate = options.updateUrl ?? EDGE_ADDONS_UPDATE_URL;
  const chromeRoot = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome';
  const edgeRoot = 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge';
  const lines = [
    'Windows Registry Editor Version 5.00',
    '',
    '; Sidevogn: tvangsinstallation og konfiguration i Google Chrome og Microsoft Edge.',
    '; Tallet "1" under ExtensionInstallForcelist skal rettes, hvis der allerede findes en vaerdi med det navn (se VEJLEDNING.md).',
    '',
    `[${chromeRoot}\\ExtensionInstallForcelist]`,
    `"1"=${regString(`${options.chromeId};${chromeUpdate}`)}`,
    '',
    ...regPolicyBlock(chromeRoot, options.chromeId, policy),
    '',
    `[${edgeRoot}\\ExtensionInstallForcelist]`,
    `"1"=${regString(`${options.chromeId};${edgeUpdate}`)}`,
    '',
    ...regPolicyBlock(edgeRoot, options.chromeId, policy),
    '',
  ];
  return lines.join('\r\n');
}

function linuxPolicy(chromeId: string, updateUrl: string, policy: Record<string, unknown>): string {
  return (
    JSON.stringify(
      {
        ExtensionInstallForcelist: [`${chromeId};${updateUrl}`],
        '3rdparty': { extensions: { [chromeId]: policy } },
      },
      null,
      2,
    ) + '\n'
  );
}

function firefoxPolicies(geckoId: string, installUrl: string, policy: Record<string, unknown>): string {
  return (
    JSON.stringify(
      {
        policies: {
          ExtensionSettings: { [geckoId]: { installation_mode: 'force_installed', install_url: installUrl } },
          '3rdparty': { Extensions: { [geckoId]: policy } },
        },
      },
      null,
      2,
    ) + '\n'
  );
}

/** Builds every file of the kit. Throws (Danish) when the options give an invalid policy. */
export function buildDeployKit(options: DeployKitOptions): DeployKit {
  if (!/^[a-p]{32}$/.test(options.chromeId)) {
    throw new Error(`Chrome-id'et "${options.chromeId}" er ugyldigt: det er 32 bogstaver mellem a og p.`);
  }
  const geckoId = options.firefoxId ?? DEFAULT_GECKO_ID;
  const { policy, errors } = buildPolicyValues(options);
  if (errors.length) throw new Error(`Politikken er ugyldig:\n${errors.join('\n')}`);
  const warnings: string[] = [];
  if (options.pack === undefined && !options.url) {
    warnings.push('Hverken --pack eller --url er givet: Sidevogn bruger sin indbyggede standardpakke.');
  }
  if (!options.firefoxInstallUrl) {
    warnings.push(`Firefox: install_url er sat til ${FIREFOX_URL_PLACEHOLDER}. Ret den til adressen på jeres .xpi (eller brug --firefox-url).`);
  }
  if (options.pack !== undefined && String(policy.configPack).length > 900_000) {
    warnings.push('Pakken er meget stor til en politikværdi. Overvej at lægge den på en webserver og bruge --url.');
  }
  const files: KitFile[] = [
    { path: 'linux/chrome/sidevogn.json', content: linuxPolicy(options.chromeId, options.updateUrl ?? CHROME_WEB_STORE_UPDATE_URL, policy) },
    { path: 'linux/edge/sidevogn.json', content: linuxPolicy(options.chromeId, options.updateUrl ?? EDGE_ADDONS_UPDATE_URL, policy) },
    { path: 'windows/sidevogn.reg', content: buildReg(options, policy) },
    { path: 'firefox/policies.json', content: firefoxPolicies(geckoId, options.firefoxInstallUrl ?? FIREFOX_URL_PLACEHOLDER, policy) },
    { path: 'politik.json', content: JSON.stringify(policy, null, 2) + '\n' },
  ];
  files.push({ path: 'VEJLEDNING.md', content: guide(options, geckoId, policy, warnings) });
  return { files, policy, warnings };
}

function guide(options: DeployKitOptions, geckoId: string, policy: Record<string, unknown>, warnings: string[]): string {
  const id = options.chromeId;
  const keys = Object.keys(policy);
  const source = options.url
    ? `Sidevogn henter konfigurationspakken fra **${options.url}** ved start og hver 3. time.`
    : options.pack !== undefined
      ? 'Konfigurationspakken ligger direkte i politikken (nøglen `configPack`).'
      : 'Der er ingen konfigurationspakke i politikken; Sidevogn bruger sin indbyggede standardpakke.';
  return `# Udrulning af Sidevogn

Denne mappe er lavet med \`npx sidevogn deploy-kit\`. Den tvangsinstallerer Sidevogn og giver den
kommunens konfiguration gennem browserpolitik. ${source}

- Chrome/Edge-id: \`${id}\`
- Firefox-id: \`${geckoId}\`
- Politiknøgler: ${keys.length ? keys.map((k) => `\`${k}\``).join(', ') : '(ingen)'}
${warnings.length ? '\n**Bemærk:**\n\n' + warnings.map((w) => `- ${w}`).join('\n') + '\n' : ''}
## Filerne

| fil | bruges til |
|---|---|
| \`linux/chrome/sidevogn.json\` | Google Chrome og Chromium på Linux |
| \`linux/edge/sidevogn.json\` | Microsoft Edge på Linux |
| \`windows/sidevogn.reg\` | Chrome og Edge på Windows (registreringsdatabasen) |
| \`firefox/policies.json\` | Firefox på Windows, macOS og Linux |
| \`politik.json\` | de rene politikværdier (til Intune, Google Admin og andre værktøjer) |

## Linux

1. Kopiér politikfilen til browserens mappe for tvungne politikker (som root):
   - Google Chrome: \`/etc/opt/chrome/policies/managed/sidevogn.json\`
   - Chromium: \`/etc/chromium/policies/managed/sidevogn.json\`
   - Microsoft Edge: \`/etc/opt/edge/policies/managed/sidevogn.json\` (brug \`linux/edge/sidevogn.json\`)
2. Filen skal kunne læses af alle og kun skrives af root: \`chmod 644\`.
3. Genstart browseren, og åbn \`chrome://policy\` (Edge: \`edge://policy\`). Sidevogns nøgler står under
   udvidelsen \`${id}\`.

Har I allerede en \`ExtensionInstallForcelist\` i en anden fil i samme mappe, så flyt Sidevogns linje
derind: ligger listen i to filer, bruger browseren kun den ene.

## Windows med gruppepolitik (GPO)

1. Åbn \`windows/sidevogn.reg\` i en teksteditor og tjek tallet \`"1"\` under
   \`ExtensionInstallForcelist\`: findes der allerede en værdi \`1\`, så brug det næste ledige tal.
2. I Group Policy Management: opret eller redigér en GPO for computerne →
   *Computer Configuration → Preferences → Windows Settings → Registry* → *New → Registry Wizard* eller
   importér værdierne fra \`.reg\`-filen. Nøglerne er:
   - \`HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${id}\\policy\`
   - \`HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${id}\\policy\`
   - \`...\\Google\\Chrome\\ExtensionInstallForcelist\` og \`...\\Microsoft\\Edge\\ExtensionInstallForcelist\`
3. Til en enkelt pc eller en test: dobbeltklik på \`sidevogn.reg\` som administrator.
4. Kør \`gpupdate /force\`, genstart browseren og tjek \`chrome://policy\` / \`edge://policy\`.

Bruger I Chromes og Edges ADMX-skabeloner, kan \`ExtensionInstallForcelist\` også sættes der
("Configure the list of force-installed apps and extensions" med værdien
\`${id};${options.updateUrl ?? CHROME_WEB_STORE_UPDATE_URL}\`). Sidevogns egne nøgler (\`3rdparty\`)
findes ikke i ADMX og sættes derfor altid som registreringsværdier.

## Windows med Intune

1. Tvangsinstallation: *Devices → Configuration → Create → Settings catalog*, søg efter
   "Configure the list of force-installed apps and extensions" (Chrome og Edge hver for sig), og
   tilføj \`${id};${options.updateUrl ?? CHROME_WEB_STORE_UPDATE_URL}\` (Edge: med Edges opdateringsadresse).
2. Sidevogns nøgler: Intune har ingen indstilling til \`3rdparty\`. Brug et PowerShell-script
   (*Devices → Scripts*) eller en Win32-app, der kører \`reg import sidevogn.reg\` som SYSTEM, eller
   sæt værdierne med en *Remediation*. Værdierne står i \`politik.json\`.
3. Tjek på en pc med \`chrome://policy\` / \`edge://policy\`.

## Firefox

1. Læg \`firefox/policies.json\` i Firefox' \`distribution\`-mappe (fx
   \`C:\\Program Files\\Mozilla Firefox\\distribution\\policies.json\`) eller på Linux i
   \`/etc/firefox/policies/policies.json\`. På Windows kan det samme sættes med Firefox' ADMX-skabeloner.
2. Ret \`install_url\` til adressen på jeres signerede \`.xpi\`, hvis den ikke allerede er rigtig.
3. Firefox læser politikken, når den starter: genstart Firefox, og tjek \`about:policies\`.

## Om nøglen \`configPack\`

Chromes politiksystem tillader kun én type pr. nøgle og smider felter væk, som skemaet ikke kender.
Derfor er \`configPack\` en **JSON-tekst** (en streng), ikke et objekt: sådan kommer hele pakken uændret
igennem GPO, Intune, registreringsdatabasen og JSON-filer. Tegn som æ, ø og å er skrevet som
\`\\u00e6\` osv., så filen også kan læses af ældre værktøjer. Firefox accepterer både en tekst og et objekt.
Store pakker hører hjemme på en webserver (\`configUrl\`), ikke i politikken.

## Om \`configUrl\`

- Adressen skal være **https** (http kun for \`localhost\` og \`127.0.0.1\` ved test).
- Serveren bør sende \`ETag\`, så Sidevogn kun henter pakken, når den er ændret, og
  \`Access-Control-Allow-Origin: *\`, så browseren må læse svaret (pakken er ikke hemmelig).
- En pakke, der ikke kan hentes eller ikke er gyldig, erstatter aldrig den senest gode. Studiet viser,
  hvornår pakken sidst blev hentet, og hvad der eventuelt gik galt.
${options.publicKey ? '- Pakken skal være **signeret** (`sidevogn pack sign`) med den private nøgle, der hører til `configPublicKey`.\n' : '- Vil I sikre, at kun jeres egne pakker bruges: lav et nøglepar med `npx sidevogn pack keygen --out DIR`, signér pakken med `npx sidevogn pack sign`, og giv `--pubkey` til deploy-kit.\n'}
## Afprøv

- Tjek pakken, før den udrulles: \`npx sidevogn pack validate pakke.json\`
- Tjek en signeret pakke: \`npx sidevogn pack verify --pubkey NØGLE signeret.json\`
`;
}

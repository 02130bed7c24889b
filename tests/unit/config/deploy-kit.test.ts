import { describe, expect, it } from 'vitest';
import { buildDeployKit, DEFAULT_GECKO_ID } from '../../../lib/config/deploy-kit';
import { parsePolicy } from '../../../lib/config/policy';
import { loadPack } from '../../../lib/config/load-pack';
import { samplePack } from './helpers';

const CHROME_ID = 'ncelfjmipjicbkmlgdijblbondnpapee';

/** A small .reg reader: sections → { name: value } with strings, dwords and escapes decoded. */
function parseReg(text: string): Map<string, Record<string, string | number>> {
  const lines = text.split('\r\n');
  expect(lines[0]).toBe('Windows Registry Editor Version 5.00');
  const keys = new Map<string, Record<string, string | number>>();
  let current: Record<string, string | number> | undefined;
  for (const line of lines.slice(1)) {
    if (!line || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = {};
      keys.set(section[1]!, current);
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (!value || !current) throw new Error(`ugyldig .reg-linje: ${line.slice(0, 80)}`);
    const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
    current[unescape(value[1]!)] = value[3] !== undefined ? parseInt(value[3], 16) : unescape(value[2]!);
  }
  return keys;
}

describe('deploy kit', () => {
  const pack = samplePack();
  const kit = buildDeployKit({
    chromeId: CHROME_ID,
    pack,
    allowLocalEdits: false,
    disabledFeatures: ['opfoelgning'],
    logbookRetentionMonths: 6,
    updateUrl: 'https://udrul.kommune.dk/sidevogn/updates.xml',
    firefoxInstallUrl: 'https://udrul.kommune.dk/sidevogn/sidevogn.xpi',
  });
  const file = (path: string) => kit.files.find((f) => f.path === path)!.content;

  it('writes Linux policy JSON for Chrome and Edge that carries the pack intact', () => {
    for (const path of ['linux/chrome/sidevogn.json', 'linux/edge/sidevogn.json']) {
      const json = JSON.parse(file(path));
      expect(json.ExtensionInstallForcelist).toEqual([`${CHROME_ID};https://udrul.kommune.dk/sidevogn/updates.xml`]);
      const values = json['3rdparty'].extensions[CHROME_ID];
      const { policy, errors } = parsePolicy(values);
      expect(errors).toEqual([]);
      expect(policy.configPack).toEqual(pack);
      expect(policy).toMatchObject({ allowLocalEdits: false, disabledFeatures: ['opfoelgning'], logbookRetentionMonths: 6 });
      expect(loadPack(policy.configPack).ok).toBe(true);
    }
  });

  it('writes a .reg for Chrome and Edge whose values parse back to the same policy', () => {
    const reg = file('windows/sidevogn.reg');
    expect([...reg].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
    const keys = parseReg(reg);
    for (const root of ['HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome', 'HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge']) {
      expect(keys.get(`${root}\\ExtensionInstallForcelist`)).toEqual({ 1: `${CHROME_ID};https://udrul.kommune.dk/sidevogn/updates.xml` });
      const values = keys.get(`${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy`)!;
      const list = keys.get(`${root}\\3rdparty\\extensions\\${CHROME_ID}\\policy\\disabledFeatures`)!;
      const { policy, errors } = parsePolicy({ ...values, disabledFeatures: Object.values(list) });
      expect(errors).toEqual([]);
      expect(policy.configPack).toEqual(pack);
      expect(policy).toMatchObject({ allowLocalEdits: false, disabledFeatures: ['opfoelgning'], logbookRetentionMonths: 6 });
    }
  });

  it('writes Firefox policies.json with force install and 3rdparty values', () => {
    const json = JSON.parse(file('firefox/policies.json'));
    expect(json.policies.ExtensionSettings[DEFAULT_GECKO_ID]).toEqual({
      installation_mode: 'force_installed',
      install_url: 'https://udrul.kommune.dk/sidevogn/sidevogn.xpi',
    });
    const { policy, errors } = parsePolicy(json.policies['3rdparty'].Extensions[DEFAULT_GECKO_ID]);
    expect(errors).toEqual([]);
    expect(policy.configPack).toEqual(pack);
  });

  it('writes a Danish guide naming the policy paths', () => {
    const guide = file('VEJLEDNING.md');
    for (const path of ['/etc/opt/chrome/policies/managed/', '/etc/chromium/policies/managed/', '/etc/opt/edge/policies/managed/', '3rdparty\\extensions', 'Intune', 'about:policies']) {
      expect(guide).toContain(path);
    }
  });

  it('uses the stores and warns when no URL or pack is given, and refuses bad input', () => {
    const plain = buildDeployKit({ chromeId: CHROME_ID, url: 'https://kommune.dk/p.json' });
    const chrome = JSON.parse(plain.files.find((f) => f.path === 'linux/chrome/sidevogn.json')!.content);
    expect(chrome.ExtensionInstallForcelist[0]).toBe(`${CHROME_ID};https://clients2.google.com/service/update2/crx`);
    expect(plain.warnings.some((w) => w.includes('Firefox'))).toBe(true);
    expect(() => buildDeployKit({ chromeId: 'forkert' })).toThrow(/Chrome-id/);
    expect(() => buildDeployKit({ chromeId: CHROME_ID, url: 'http://kommune.dk/p.json' })).toThrow(/configUrl/);
  });
});

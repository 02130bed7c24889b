import { describe, expect, it } from 'vitest';
import { isAllowedConfigUrl, parsePolicy } from '../../../lib/config/policy';
import { generateSigningKeys } from '../../../lib/config/signature';
import { samplePack } from './helpers';

describe('parsePolicy', () => {
  it('gives defaults for no policy (Chrome {} and Firefox undefined)', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: { allowLocalEdits: true, disabledFeatures: [] }, errors: [] });
    expect(parsePolicy({}).errors).toEqual([]);
  });

  it('accepts configPack as a JSON string (GPO) and as an object (Firefox)', () => {
    const pack = samplePack();
    expect(parsePolicy({ configPack: JSON.stringify(pack) }).policy.configPack).toEqual(pack);
    expect(parsePolicy({ configPack: pack }).policy.configPack).toEqual(pack);
  });

  it('ignores each broken value on its own with a Danish error', () => {
    const { policy, errors } = parsePolicy({
      configPack: '{ikke json',
      configUrl: 'http://config.kommune.dk/pakke.json',
      allowLocalEdits: false,
      disabledFeatures: ['tips', 'ukendt', 'logbog'],
      logbookRetentionMonths: 500,
      configPublicKey: 'kort',
      nytFelt: 1,
    });
    expect(policy).toEqual({ allowLocalEdits: false, disabledFeatures: ['tips', 'logbog'] });
    expect(errors).toEqual([
      'nytFelt: ukendt politiknøgle (ignoreret)',
      'configPack: er ikke gyldig JSON (ignoreret)',
      'configUrl: skal være en https-adresse (http kun for localhost og 127.0.0.1) (ignoreret)',
      'configPublicKey: skal være en Ed25519 offentlig nøgle i base64 (32 byte rå eller SPKI) (ignoreret)',
      'disabledFeatures[1]: skal være en af serviceniveau, afgoerelsestjek, logbog, tips, opfoelgning (ignoreret)',
      'logbookRetentionMonths: skal være højst 120 (ignoreret)',
    ]);
  });

  it('accepts registry-style values (0/1, numeric strings, comma lists)', async () => {
    const key = (await generateSigningKeys()).publicRawBase64;
    const { policy, errors } = parsePolicy({ allowLocalEdits: 0, logbookRetentionMonths: '6', disabledFeatures: 'tips, logbog', configPublicKey: key });
    expect(errors).toEqual([]);
    expect(policy).toMatchObject({ allowLocalEdits: false, logbookRetentionMonths: 6, disabledFeatures: ['tips', 'logbog'], configPublicKey: key });
  });

  it('allows https anywhere and http only on loopback', () => {
    expect(isAllowedConfigUrl('https://kommune.dk/sidevogn.json')).toBe(true);
    expect(isAllowedConfigUrl('http://localhost:8080/p.json')).toBe(true);
    expect(isAllowedConfigUrl('http://127.0.0.1/p.json')).toBe(true);
    expect(isAllowedConfigUrl('http://kommune.dk/p.json')).toBe(false);
    expect(isAllowedConfigUrl('https://bruger:kode@kommune.dk/p.json')).toBe(false);
    expect(isAllowedConfigUrl('ftp://kommune.dk/p.json')).toBe(false);
    expect(isAllowedConfigUrl('ikke en adresse')).toBe(false);
  });

  it('rejects a non-object policy as a whole', () => {
    expect(parsePolicy('tekst').errors).toEqual(['politik: forventede et objekt; hele politikken ignoreres']);
  });
});

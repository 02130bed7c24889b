import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { managedPolicySchema, POLICY_KEYS } from '../../../lib/config/policy';
import { buildManagedSchema, managedSchemaFileText, validateChromeSchema, type ChromeSchema } from '../../../lib/config/managed-schema';

const file = new URL('../../../public/managed-schema.json', import.meta.url);

describe('public/managed-schema.json', () => {
  it('is up to date with the zod policy schema (run npm run gen:managed-schema)', () => {
    expect(readFileSync(file, 'utf8')).toBe(managedSchemaFileText());
  });

  it('declares every policy key with the zod type', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8')) as ChromeSchema;
    const json = z.toJSONSchema(managedPolicySchema, { io: 'input' }) as { properties: Record<string, { type: string; items?: { type: string; enum?: string[] } }> };
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...POLICY_KEYS].sort());
    for (const key of POLICY_KEYS) {
      const declared = schema.properties![key]!;
      expect(declared.type, key).toBe(json.properties[key]!.type);
      expect(declared.title, key).toBeTruthy();
      if (declared.type === 'array') {
        expect(declared.items?.type).toBe(json.properties[key]!.items!.type);
        expect(declared.items?.enum).toEqual(json.properties[key]!.items!.enum);
      }
    }
    expect(schema.properties!.configPack!.type).toBe('string');
    expect(schema.properties!.logbookRetentionMonths).toMatchObject({ type: 'integer', minimum: 1, maximum: 120 });
  });

  it('follows Chrome schema rules (one type, allowed attributes, no required, top-level object)', () => {
    const schema = buildManagedSchema();
    expect(validateChromeSchema(schema)).toEqual([]);
    expect(JSON.stringify(schema)).not.toContain('"required"');
    expect(JSON.stringify(schema)).not.toContain('$schema');
  });

  it('has a validator that really catches what Chrome refuses', () => {
    expect(validateChromeSchema({ type: 'object', properties: { a: { type: ['object', 'string'] } } })).toEqual([
      'skema.a: type skal være én tekst (Chrome tillader ikke lister af typer)',
    ]);
    expect(validateChromeSchema({ type: 'object', properties: { a: { oneOf: [] } } })[0]).toMatch(/mangler type/);
    expect(validateChromeSchema({ type: 'object', additionalProperties: { type: 'string' } })[0]).toMatch(/additionalProperties/);
    expect(validateChromeSchema({ type: 'object', properties: { a: { type: 'string', format: 'uri' } } })[0]).toMatch(/"format"/);
    expect(validateChromeSchema({ type: 'object', properties: { a: { type: 'array' } } })[0]).toMatch(/items/);
  });
});

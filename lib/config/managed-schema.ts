import { z } from 'zod';
import { managedPolicySchema } from './policy';

/**
 * Chrome's managed_schema (public/managed-schema.json) generated from the zod policy schema.
 *
 * Chrome's policy schema engine (components/policy/core/common/schema.cc) is a strict subset
 * of JSON Schema: every schema has exactly one `type` (a string, never an array) or a `$ref`;
 * only a fixed set of attributes per type is allowed; the top level is an object without
 * `additionalProperties`. A value that does not match is dropped silently. So the generator
 * whitelists attributes per type and fails loudly on anything Chrome would not accept
 * (anyOf/oneOf, type arrays, open `{}` schemas), and never emits `required`: a policy with
 * one key set must not be rejected as a whole because another key is missing.
 */

export type ChromeSchema = {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  patternProperties?: Record<string, ChromeSchema>;
  items?: ChromeSchema;
  enum?: (string | number)[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
};

/** Attributes Chrome accepts for each type (from schema.cc's kAttributesAndTypesFor* tables). */
export const CHROME_ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
  array: ['description', 'id', 'items', 'sensitiveValue', 'title', 'type'],
  boolean: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  integer: ['description', 'enum', 'id', 'maximum', 'minimum', 'sensitiveValue', 'title', 'type'],
  number: ['description', 'id', 'sensitiveValue', 'title', 'type'],
  object: ['additionalProperties', 'description', 'id', 'patternProperties', 'properties', 'required', 'sensitiveValue', 'title', 'type'],
  string: ['description', 'enum', 'id', 'pattern', 'sensitiveValue', 'title', 'type'],
  $ref: ['description', '$ref', 'title'],
};

type JsonSchemaNode = Record<string, unknown>;

function convert(node: JsonSchemaNode, path: string): ChromeSchema {
  if (node.anyOf || node.oneOf || node.allOf) throw new Error(`${path}: Chrome kan ikke udtrykke anyOf/oneOf/allOf`);
  const type = node.type;
  if (typeof type !== 'string') throw new Error(`${path}: Chrome kræver præcis én type`);
  const allowed = CHROME_ALLOWED_ATTRIBUTES[type];
  if (!allowed) throw new Error(`${path}: typen "${type}" kendes ikke af Chrome`);
  const out: ChromeSchema = { type };
  if (typeof node.title === 'string') out.title = node.title;
  if (typeof node.description === 'string') out.description = node.description;
  if (Array.isArray(node.enum) && allowed.includes('enum')) out.enum = node.enum as (string | number)[];
  if (allowed.includes('minimum') && typeof node.minimum === 'number') out.minimum = node.minimum;
  if (allowed.includes('maximum') && typeof node.maximum === 'number') out.maximum = node.maximum;
  if (allowed.includes('pattern') && typeof node.pattern === 'string') out.pattern = node.pattern;
  if (type === 'array') {
    if (!node.items || typeof node.items !== 'object') throw new Error(`${path}: en liste skal have én items-type`);
    out.items = convert(node.items as JsonSchemaNode, `${path}.items`);
  }
  if (type === 'object') {
    const props = (node.properties ?? {}) as Record<string, JsonSchemaNode>;
    out.properties = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, convert(v, `${path}.${k}`)]));
    if (node.additionalProperties && typeof node.additionalProperties === 'object') {
      out.additionalProperties = convert(node.additionalProperties as JsonSchemaNode, `${path}.*`);
    }
  }
  return out;
}

/** Builds the Chrome managed schema from `managedPolicySchema`. Throws if Chrome could not accept it. */
export function buildManagedSchema(): ChromeSchema {
  const json = z.toJSONSchema(managedPolicySchema, { io: 'input' }) as JsonSchemaNode;
  const schema = convert(json, 'politik');
  const problems = validateChromeSchema(schema, true);
  if (problems.length) throw new Error(problems.join('\n'));
  return schema;
}

/** The file text of public/managed-schema.json (stable formatting, trailing newline). */
export function managedSchemaFileText(): string {
  return JSON.stringify(buildManagedSchema(), null, 2) + '\n';
}

/**
 * Checks a schema against Chrome's rules (a port of IsValidSchema's checks): one string type
 * or a $ref, only allowed attributes, non-empty enums of the right item type, arrays with
 * items, a top-level object without additionalProperties. Returns problems; empty is good.
 */
export function validateChromeSchema(schema: unknown, topLevel = true, path = 'skema'): string[] {
  const problems: string[] = [];
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return [`${path}: skal være et objekt`];
  const node = schema as Record<string, unknown>;
  if (typeof node.$ref === 'string') {
    for (const key of Object.keys(node)) {
      if (!CHROME_ALLOWED_ATTRIBUTES.$ref!.includes(key)) problems.push(`${path}: ukendt attribut "${key}" ved $ref`);
    }
    return problems;
  }
  if (!('type' in node)) return [`${path}: mangler type eller $ref`];
  if (typeof node.type !== 'string') return [`${path}: type skal være én tekst (Chrome tillader ikke lister af typer)`];
  const allowed = CHROME_ALLOWED_ATTRIBUTES[node.type];
  if (!allowed) return [`${path}: ukendt type "${node.type}"`];
  for (const key of Object.keys(node)) {
    if (!allowed.includes(key)) problems.push(`${path}: attributten "${key}" er ikke tilladt for ${node.type}`);
  }
  if (topLevel) {
    if (node.type !== 'object') problems.push(`${path}: øverste niveau skal være et objekt`);
    if ('additionalProperties' in node) problems.push(`${path}: øverste niveau må ikke have additionalProperties`);
  }
  if ('enum' in node) {
    const list = node.enum;
    const itemType = node.type === 'integer' ? 'number' : 'string';
    if (!Array.isArray(list) || list.length === 0) problems.push(`${path}: enum skal være en ikke-tom liste`);
    else if (!list.every((v) => typeof v === itemType && (itemType === 'string' || Number.isInteger(v))))
      problems.push(`${path}: enum har elementer af forkert type`);
  }
  if (node.type === 'array') {
    if (!node.items) problems.push(`${path}: en liste skal have items`);
    else problems.push(...validateChromeSchema(node.items, false, `${path}.items`));
  }
  if (node.type === 'object') {
    for (const field of ['properties', 'patternProperties'] as const) {
      const props = node[field];
      if (props === undefined) continue;
      if (typeof props !== 'object' || props === null) {
        problems.push(`${path}: ${field} skal være et objekt`);
        continue;
      }
      for (const [key, sub] of Object.entries(props)) {
        problems.push(...validateChromeSchema(sub, false, `${path}.${key}`));
      }
    }
    if (node.additionalProperties !== undefined) {
      problems.push(...validateChromeSchema(node.additionalProperties, false, `${path}.*`));
    }
  }
  for (const attr of ['title', 'description', 'id', 'pattern'] as const) {
    if (attr in node && typeof node[attr] !== 'string') problems.push(`${path}: ${attr} skal være tekst`);
  }
  return problems;
}

/**
 * Canonical JSON: object keys sorted by UTF-16 code units, no whitespace, the rest as
 * JSON.stringify writes it. A signature is made over these bytes, so a pack reformatted or
 * re-ordered by an editor still verifies, while any change of content does not.
 */
export function canonicalJson(value: unknown): string {
  return write(value, 0);
}

function write(value: unknown, depth: number): string {
  if (depth > 200) throw new Error('JSON er for dybt indlejret');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      // JSON has no NaN/Infinity; refuse rather than sign something a reader cannot reproduce.
      if (!Number.isFinite(value)) throw new Error('tal skal være endelige');
      return JSON.stringify(value);
    case 'object': {
      if (Array.isArray(value)) {
        return '[' + value.map((item) => (item === undefined ? 'null' : write(item, depth + 1))).join(',') + ']';
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined && typeof record[key] !== 'function')
        .sort();
      return '{' + keys.map((key) => JSON.stringify(key) + ':' + write(record[key], depth + 1)).join(',') + '}';
    }
    default:
      throw new Error(`kan ikke skrives som JSON (${typeof value})`);
  }
}

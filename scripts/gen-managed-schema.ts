/**
 * Writes public/managed-schema.json (Chrome's storage.managed_schema, copied into the build by
 * WXT) from the zod policy schema in lib/config/policy.ts. Run: `npm run gen:managed-schema`.
 * `--check` exits 1 when the file is out of date (a unit test does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaFileText } from '../lib/config/managed-schema.ts';

const target = fileURLToPath(new URL('../public/managed-schema.json', import.meta.url));
const text = managedSchemaFileText();

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // Missing counts as out of date.
  }
  if (current !== text) {
    console.error('public/managed-schema.json er forældet. Kør: npm run gen:managed-schema');
    process.exit(1);
  }
  console.log('public/managed-schema.json er opdateret.');
} else {
  writeFileSync(target, text);
  console.log('Skrev public/managed-schema.json');
}

// `npm run bench`: prints the performance figures the issues set targets for.
//   letter check:   600 words < 1 ms, 10,000 words < 10 ms (median), audit throughput
//   service level:  matching + scope + verdict < 1 ms per screen update
//   logbook:        capture-to-saved < 50 ms, search over 10,000 notes < 50 ms
//   panel:          visible ≤ 100 ms after DOMContentLoaded; no long task caused by Sidevogn
// The browser part needs a build (npm run build) and Chromium; it is skipped with a note otherwise.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '..');

// The lib benchmarks run the code as the extension ships it: bundled and minified by esbuild for
// ES2022, as the WXT/Vite build does. Run through tsx instead, every function carries esbuild's
// keep-names helper, which the built extension does not: about 3 % of every letter check.
const importBuilt = async (name) => {
  const outfile = join(root, 'node_modules/.cache/sidevogn-bench', `${name}.mjs`);
  await build({
    entryPoints: [join(root, 'scripts', `${name}.ts`)],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
};
const print = (title, figures) => {
  console.log(`\n== ${title}`);
  for (const [k, v] of Object.entries(figures)) console.log(`  ${k.padEnd(72)} ${v}`);
};

const { benchLetter } = await importBuilt('bench-letter');
print('Afgørelsestjek (lib/letter)', await benchLetter());
const { benchServiceLevel } = await importBuilt('bench-service-level');
print('Serviceniveau (lib/service-level)', await benchServiceLevel());
const { benchLogbook } = await importBuilt('bench-logbook');
print('Logbog (lib/logbook, fake-indexeddb i Node)', await benchLogbook());
if (existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
  const { benchPanel, benchPanelFirefox } = await import('./bench-panel.mjs');
  try {
    print('Panelet i Chromium (bygget udvidelse)', await benchPanel());
  } catch (e) {
    console.log(`\n== Panelet i Chromium: sprunget over (${e.message})`);
  }
  try {
    print('Panelet i Firefox ESR (bygget udvidelse)', await benchPanelFirefox());
  } catch (e) {
    console.log(`\n== Panelet i Firefox ESR: sprunget over (${e.message})`);
  }
} else {
  console.log('\n== Panelet i Chromium: sprunget over (ingen build; kør npm run build)');
}

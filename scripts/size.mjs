// `npm run size`: gzipped size of what the extension loads into every case page, against the
// 40 KB budget. Builds first when there is no build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.output/chrome-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  const r = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const BUDGET = 40 * 1024;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const files = (sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => join(sub, f)) : []);
let failed = false;
console.log('fil'.padEnd(44), 'rå'.padStart(10), 'gzip'.padStart(10));
for (const file of [...files('content-scripts'), 'background.js']) {
  if (!file.endsWith('.js')) continue;
  const raw = readFileSync(join(dir, file));
  const gz = gzipSync(raw, { level: 9 }).length;
  const content = file.startsWith('content-scripts');
  const over = content && gz > BUDGET;
  failed ||= over;
  console.log(file.padEnd(44), kb(raw.length).padStart(10), kb(gz).padStart(10), content ? (over ? ` OVER budget (${kb(BUDGET)})` : ` inden for budget (${kb(BUDGET)})`) : '');
}
process.exit(failed ? 1 : 0);

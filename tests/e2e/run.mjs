// Runs the real-browser tests with node's test runner, one file at a time (each launches
// browsers; the machine has 2 cores). A file that fails is run once more and the retry is
// reported as such, so a flake is visible without hiding a real failure (a real failure fails
// twice). Ends with a plain "N passed, N failed" line over the final attempts.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

function runFile(file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', join(dir, file)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => {
      const count = (name) => Number(new RegExp(`^ℹ ${name} (\\d+)`, 'm').exec(out)?.[1] ?? 0);
      resolve({ code: code ?? 1, pass: count('pass'), fail: count('fail') });
    });
  });
}

let passed = 0;
let failed = 0;
const flaky = [];
const broken = [];
for (const file of files) {
  let result = await runFile(file);
  if (result.code !== 0) {
    console.log(`\n↻ ${file} fejlede; kører den én gang til for at skelne en ustabil test fra en fejl.\n`);
    result = await runFile(file);
    if (result.code === 0) flaky.push(file);
    else broken.push(file);
  }
  passed += result.pass;
  failed += result.fail + (result.code !== 0 && result.fail === 0 ? 1 : 0);
}
if (flaky.length) console.log(`\nUstabil (bestod ved andet forsøg): ${flaky.join(', ')}`);
if (broken.length) console.log(`\nFejlede to gange: ${broken.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(broken.length ? 1 : 0);

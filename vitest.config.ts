import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Tests that keep state in shared modules of their own (fake IndexedDB, rendered components) get a fresh module graph
// per file. Everything else is pure: the letter engine, its rule pack and the config checks hold no state a test can
// leave behind, so those files share one module graph per worker. That stops 250 test files from each loading and
// compiling the whole letter rule pack again, which was about 220 s of the CI budget.
const ISOLATED = ['tests/unit/logbook/**/*.test.ts', 'tests/unit/**/*.test.tsx'];

export default defineConfig({
  plugins: [WxtVitest(), preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
  test: {
    environment: 'node',
    pool: 'threads',
    // Vitest's run-mode default leaves one core to its main process, which only waits here: on the
    // 2-core CI machine that meant one worker for the whole suite. Use every core.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});

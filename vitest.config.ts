import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'lib/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    // Vitest's run-mode default leaves one core to its main process, which only waits here: on the
    // 2-core CI machine that meant one worker for the whole suite. Use every core.
    maxWorkers: availableParallelism(),
  },
});

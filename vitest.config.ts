import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'lib/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
  },
});

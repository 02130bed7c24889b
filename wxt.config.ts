import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The dev public key gives unpacked builds a stable id (see docs/it-udrulning.md).
// Its private half is a dev-only key kept in keys/dev-key.pem; municipalities sign their own.
import { readFileSync } from 'node:fs';
const devPublicKey = readFileSync(new URL('./keys/dev-key.pub.b64', import.meta.url), 'utf8').trim();

export const GECKO_ID = 'sidevogn@sidevogn.dk';

/**
 * Component styles live in `*.css.ts` files as template strings (they go into a shadow root).
 * Vite minifies .css files but not strings, so minify those sheets here with esbuild's CSS
 * minifier (the one Vite uses for .css files): the content script has a 40 KB budget.
 */
const minifyCssStrings = () => ({
  name: 'sidevogn-minify-css-strings',
  apply: 'build' as const,
  async transform(code: string, id: string) {
    if (!id.endsWith('.css.ts')) return null;
    const { transform } = await import('esbuild');
    const parts = code.split('`');
    // Odd indexes are the insides of template strings: the style sheets.
    for (let i = 1; i < parts.length; i += 2) {
      parts[i] = (await transform(parts[i]!, { loader: 'css', minify: true })).code.trim();
    }
    return parts.join('`');
  },
});

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The sources zip AMO asks for: what builds the extension, not test output or private keys.
  zip: {
    excludeSources: ['tests/e2e/artifacts/**', 'tests/fixtures/**', 'keys/*.pem', 'coverage/**', '**/*.log'],
  },
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false }), minifyCssStrings()],
    // SIDEVOGN_NOMINIFY=1 keeps function names for a CPU profile of the content script.
    build: { target: 'es2022', sourcemap: process.env.SIDEVOGN_SOURCEMAP === '1', minify: process.env.SIDEVOGN_NOMINIFY === '1' ? false : undefined },
  }),
  manifest: ({ browser }) => ({
    name: 'Sidevogn',
    description: 'Serviceniveau, afgørelsestjek og logbog ved siden af fagsystemet.',
    default_locale: undefined,
    permissions: ['storage', 'scripting', 'alarms'],
    host_permissions: ['http://127.0.0.1/*', 'http://localhost/*'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '128.0' } } }
      : { key: devPublicKey }),
    storage: { managed_schema: 'managed-schema.json' },
    commands: {
      // Alt+Shift+S would open Firefox's History menu (Alt+S, Shift is ignored for menu keys);
      // K is no menu key in Firefox (English or Danish), and Chromium refuses Alt+Shift+P (its own).
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Vis eller skjul Sidevogn',
      },
      'capture-note': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Skriv i logbogen',
      },
    },
  }),
});

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'tests/e2e/artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Byg aldrig HTML af strenge.' },
        { property: 'outerHTML', message: 'Byg aldrig HTML af strenge.' },
        { property: 'insertAdjacentHTML', message: 'Byg aldrig HTML af strenge.' }],
    },
  },
  {
    // Plain browser scripts of the demo host pages declare their globals in /* global */ comments.
    files: ['demo/public/**/*.js', 'scripts/save-demo-pages.mjs'],
    rules: { 'no-redeclare': 'off' },
  },
  {
    // The browser API has one import site: lib/platform/.
    files: ['lib/**/*.ts', 'components/**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts', 'entrypoints/**/*.tsx'],
    ignores: ['lib/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'wxt/browser', message: 'Brug lib/platform/browser.ts' },
        { name: 'webextension-polyfill', message: 'Brug lib/platform/browser.ts' },
      ] }],
    },
  },
);

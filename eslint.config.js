import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'tests/e2e/artifacts', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
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

// Lint: correctness rules for TypeScript, regular expressions that cannot
// backtrack without end (the analysis runs on hostile pages), and a pure core
// that touches neither the DOM nor the extension API.
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

const browserGlobals = ['window', 'document', 'browser', 'chrome', 'location', 'navigator', 'localStorage', 'fetch', 'DOMParser'].map((name) => ({
  name,
  message: 'The core is pure: no DOM, no extension API, no network (see ARCHITECTURE.md).',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'test-results/**', 'playwright-report/**', 'bench/.cache/**'] },
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/index/**/*.ts', 'src/ingest/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...browserGlobals] },
  },
);

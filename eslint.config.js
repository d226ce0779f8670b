// ESLint (flat config): the recommended rule sets of ESLint, typescript-eslint, eslint-plugin-lit and eslint-plugin-wc,
// without type-aware rules. typescript-eslint comes through tools/typescript-eslint-ts5, which gives its parser a
// TypeScript with a JS API (5.9); `tsc` keeps the project's native TypeScript 7. Formatting is Prettier's (`npm run
// format`), so no stylistic rules here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint-ts5';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
      '.test-results/',
      '.wtr-screenshots-actual/',
      'tools/*/node_modules/',
      'src/**/generated/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a parameter or binding kept for its position or shape.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['src/**/*.ts'], ...wc.configs['flat/recommended'] },
  {
    files: ['tests/browser/**', 'tests/csp/**', 'tests/lifecycle/**', 'demo/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) are expressions.
    files: ['tests/browser/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['*.{js,mjs,ts}', 'bin/**', 'scripts/**', 'bench/**', 'tests/unit/**', 'tools/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Functions that the benchmarks and the package test send into the page with `page.evaluate`.
    files: ['bench/**', 'scripts/test-package.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);

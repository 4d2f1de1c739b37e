import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'coverage', 'public/mockServiceWorker.js', 'playwright-report', 'test-results', 'bench/runs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Only src/api/client.ts calls fetch.' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The one place allowed to call fetch in the app, plus the simulated cloud, servers, tests and scripts.
    files: ['src/api/client.ts', 'src/mocks/**', 'server/**', 'scripts/**', 'bench/**', 'e2e/**', '**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
  {
    // Schemas are built from src/lib/zod.ts's `z`, which configures zod first (no eval probe under the CSP).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/zod.ts', 'src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: 'zod', allowTypeImports: true, message: "Import z from src/lib/zod.ts: it sets zod's options before any schema is built." },
        { name: 'zod/mini', allowTypeImports: true, message: "Import z from src/lib/zod.ts: it sets zod's options before any schema is built." },
      ] }],
    },
  },
  {
    // The simulated cloud models the server: it must never borrow the console's own rules or API layer.
    files: ['src/mocks/**'],
    ignores: ['src/mocks/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/domain/**', '**/features/**', '**/api/**', '**/app/**'], message: 'The simulated cloud must not import the console.' },
      ] }],
    },
  },
  {
    // Tests of the simulated cloud read the raw JSON it sends, untyped on purpose.
    files: ['src/mocks/**/*.test.ts', 'src/mocks/test-client.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: ['**/*.js', '**/*.cjs', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);

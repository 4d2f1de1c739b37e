import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Schemas are built from src/lib/zod.ts's `z`, which configures zod first (no eval probe under the CSP).
const zodMessage = "Import z from src/lib/zod.ts: it sets zod's options before any schema is built.";
// Every entry point of the package, the older spellings of both APIs included.
const ZOD_PATHS = ['zod', 'zod/mini', 'zod/v4', 'zod/v4/mini', 'zod/v4-mini', 'zod/v3'].map((name) => ({ name, allowTypeImports: true, message: zodMessage }));

const FEATURES = readdirSync('src/features', { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
/** An import that climbs out of its folder (`../`, `../../`, ...) into `folder`. */
const into = (folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;

/** Who may import what (docs/architecture.md "Layers"); relative imports are matched as written. */
const layers = [
  {
    files: ['src/api/**/*.{ts,tsx}'],
    patterns: [
      { regex: into(['app', 'domain', 'features', 'mocks', 'i18n', 'test']), message: 'src/api imports nothing of the console but src/lib/zod.ts and src/lib/store.ts.' },
      { regex: '^(\\.\\./)+lib/(?!(zod|store)$)', message: 'src/api imports nothing of the console but src/lib/zod.ts and src/lib/store.ts.' },
    ],
  },
  {
    files: ['src/domain/**/*.{ts,tsx}'],
    patterns: [{ regex: into(['app', 'features', 'mocks', 'i18n', 'lib', 'test']), message: 'src/domain holds pure rules: it imports only src/api types and schemas.' }],
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    patterns: [{ regex: into(['api', 'app', 'domain', 'features', 'mocks', 'i18n', 'test']), message: 'src/lib is generic: it imports nothing of the console.' }],
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    patterns: [
      { regex: into(['app', 'mocks', 'test']), message: 'A feature never imports src/app, the simulated cloud or test helpers.' },
      {
        regex: `^(\\.\\./)+(${FEATURES.filter((other) => other !== feature).join('|')})/(?![^/]+-(queries|widgets)$)`,
        message: "Features meet only through query factories: import another feature's root `*-queries.ts` (or the `*-widgets.tsx` of one made to be shown inside others), nothing else of it.",
      },
    ],
  })),
];

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
  // The layers of docs/architecture.md, checked here (see `layers` above). Tests compose what they test and are free.
  ...layers.map(({ files, patterns }) => ({
    files,
    ignores: ['src/lib/zod.ts', 'src/test/**', 'src/**/*test*.{ts,tsx}', 'src/**/__fixtures__/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ZOD_PATHS, patterns }] },
  })),
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

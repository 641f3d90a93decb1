// Not type-checked: some ESLint plugins ship no types.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of the design, enforced: imports flow one way,
 * domain → data → lib → components → features → app, and a feature never imports another feature.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const layerZones = [
  {
    target: './src/domain',
    from: ['./src/data', './src/lib', './src/components', './src/features', './src/app'],
    message: 'src/domain is pure: it imports nothing from the other layers.',
  },
  {
    target: './src/data',
    from: ['./src/lib', './src/components', './src/features', './src/app'],
    message: 'src/data may import only src/domain.',
  },
  {
    target: './src/lib',
    from: ['./src/components', './src/features', './src/app'],
    message: 'src/lib may import only src/domain and src/data.',
  },
  {
    target: './src/components',
    from: ['./src/features', './src/app'],
    message: 'Shared components may not import features or the app.',
  },
  {
    target: './src/features',
    from: ['./src/app'],
    message: 'Features may not import the app layer; the app composes features.',
  },
  {
    // The embed loader runs on schools' pages, outside the app: it bundles only the message and
    // option contracts and the list of languages, to stay a few kilobytes.
    target: './src/embed',
    from: ['./src/domain', './src/data', './src/components', './src/features', './src/app'],
    message: 'src/embed may import only src/lib/embed and src/lib/i18n/languages.ts.',
  },
  {
    target: './src/embed',
    from: './src/lib',
    except: ['./embed', './i18n/languages.ts'],
    message: 'src/embed may import only src/lib/embed and src/lib/i18n/languages.ts.',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move the shared part down a layer.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', '.e2e-artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // The domain is pure TypeScript: no UI, no i18n, no store, no clock, no randomness.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'i18next', 'zustand', 'zustand/*'],
              message: 'src/domain is pure.',
            },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass time in: src/domain is deterministic.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Pass randomness in: src/domain is deterministic.',
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['tests/unit/**/*.{ts,tsx}', 'tests/integration/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // In tests, `!` states what the test has just arranged; a wrong one fails the test loudly.
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'tests/e2e/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

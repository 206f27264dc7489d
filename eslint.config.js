// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The import table of docs/architecture.md, as lint rules. Each message says what to use instead.
 * @param {string[]} layers layer folders under src/ that the file may NOT import
 * @param {string} why
 */
function forbidLayers(layers, why) {
  return layers.map((layer) => ({
    group: [`**/${layer}/**`, `**/${layer}`, `@${layer}/**`],
    message: why,
  }));
}

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'url', 'util'],
  message: 'src/shared is pure TypeScript: take what you need from Node as a parameter.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'release/**',
      'node_modules/**',
      'bench/results/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.test.json'],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'eslint-comments/no-unlimited-disable': 'off',
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'src/shared runs everywhere: Electron belongs in src/main.',
            },
            { name: 'react', message: 'src/shared has no UI: React belongs in src/renderer.' },
            { name: 'dexie', message: 'Only src/renderer/src/data may import Dexie.' },
          ],
          patterns: [
            nodeBuiltins,
            ...forbidLayers(
              ['main', 'preload', 'renderer', 'server'],
              'src/shared imports only src/shared.',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'localStorage',
        'indexedDB',
      ],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'The store lives in the renderer (src/renderer/src/data).' },
          ],
          patterns: forbidLayers(
            ['renderer', 'preload', 'server'],
            'src/main may import src/shared and itself only; talk to the renderer over the IPC contract in src/shared/ipc.',
          ),
        },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...forbidLayers(
              ['main', 'renderer', 'server'],
              'The preload is a bridge of named functions: import only src/shared (types and the contract).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The sync server is plain Node: no Electron.' }],
          patterns: forbidLayers(
            ['main', 'preload', 'renderer'],
            'src/server may import src/shared and itself only.',
          ),
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'The renderer is sandboxed: use the bridge through src/renderer/src/platform.',
            },
            {
              name: 'dexie',
              message:
                'Only src/renderer/src/data may import Dexie: use its repositories and hooks.',
            },
            {
              name: 'dexie-react-hooks',
              message: 'Only src/renderer/src/data may import Dexie: use its hooks.',
            },
          ],
          patterns: [
            {
              group: ['node:*'],
              message: 'The renderer has no Node: ask main over the IPC bridge (platform/).',
            },
            ...forbidLayers(
              ['main', 'server'],
              'The renderer may import src/shared and itself; main is reached over IPC, the server over HTTP.',
            ),
            {
              group: ['**/preload', '**/preload/index', '**/preload/index.ts'],
              message:
                'Import only the preload’s .d.ts types (src/preload/index.d.ts), through platform/.',
            },
            {
              group: ['**/features/*/*', '!**/features/*/index'],
              message: 'A feature is imported only through its index.ts.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='window'][property.name='api']",
          message: 'Only src/renderer/src/platform touches window.api: use the platform module.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/data/**/*.ts', 'src/renderer/src/data/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer is sandboxed.' }],
          patterns: [
            { group: ['node:*'], message: 'The renderer has no Node.' },
            ...forbidLayers(
              ['main', 'server', 'features'],
              'data/ is below the features: it may import src/shared and itself.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/src/platform/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off', 'no-console': 'off' },
  },
);
